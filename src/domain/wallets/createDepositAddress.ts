import { isConstraintViolation, withTx } from '../../db/client'
import { allocateAddressIndex, findAddressByExternalId, getWallet, insertAddress } from '../../db/wallets'
import { addressPath, deriveAddressFromXpub } from '../../custody/hd'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { addressView, type AddressView } from '../views'

export interface CreateDepositAddressInput {
  label?: string
  externalId?: string
}

/**
 * Derives the wallet's next deposit address, m/44'/60'/0'/0/i with i = 1, 2, … from the stored account
 * xpub (BIP-32 public derivation, BIP-44 path). No secret is touched.
 *
 * @throws AppError `wallet_not_found`
 * @throws AppError `invalid_state` for single-key wallets (`kms-key`, `hsm-key`), which have one address
 * @throws AppError `external_id_conflict` (409) when `externalId` is already used in this wallet; the
 *         problem's `existingId` points at that address
 */
export async function createDepositAddress(deps: Deps, walletId: string, input: CreateDepositAddressInput): Promise<AddressView> {
  const wallet = await getWallet(deps.db, walletId)
  if (!wallet) throw new AppError('wallet_not_found', `wallet ${walletId} does not exist`)
  if (wallet.custody !== 'hd' || !wallet.xpub) {
    throw new AppError('invalid_state', `wallet ${walletId} has custody ${wallet.custody}: it has a single address and no deposit addresses`)
  }
  const xpub = wallet.xpub
  try {
    const row = await withTx(deps.db, async (tx) => {
      const index = await allocateAddressIndex(tx, walletId)
      if (index === null) throw new AppError('wallet_not_found', `wallet ${walletId} does not exist`)
      return insertAddress(tx, {
        id: newId(),
        walletId,
        kind: 'deposit',
        derivationIndex: index,
        derivationPath: addressPath(index),
        address: deriveAddressFromXpub(xpub, index).toLowerCase(),
        label: input.label ?? null,
        externalId: input.externalId ?? null,
      })
    })
    return addressView(row)
  } catch (e) {
    if (input.externalId && isConstraintViolation(e, 'addresses_wallet_external_id')) {
      const existing = await findAddressByExternalId(deps.db, walletId, input.externalId)
      throw new AppError('external_id_conflict', `externalId "${input.externalId}" is already used by address ${existing?.id}`, {
        cause: e,
        extra: existing ? { existingId: existing.id } : {},
      })
    }
    throw e
  }
}

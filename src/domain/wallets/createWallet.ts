import { withTx } from '../../db/client'
import { insertWallet } from '../../db/wallets'
import { addressPath } from '../../custody/hd'
import type { CustodyType } from '../../custody/custody'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { walletView, type WalletView } from '../views'

export interface CreateWalletInput {
  label: string
  custody: CustodyType
}

/**
 * Creates a wallet.
 *
 * For `hd` custody: a 24-word BIP-39 seed is generated, sealed under the configured key backend
 * (AES-256-GCM, data key wrapped by the KEK, bound to the wallet id) and stored; the mnemonic is never
 * stored, returned or logged. The hot address is m/44'/60'/0'/0/0 and the account xpub (m/44'/60'/0')
 * is returned so deposit addresses can be derived without secrets.
 *
 * @param actor API client creating it (recorded)
 * @throws AppError `custody_not_supported` for `kms-key` / `hsm-key` when no such backend is configured
 * @throws AppError `key_backend_failed` when the key backend fails
 */
export async function createWallet(deps: Deps, input: CreateWalletInput, actor: { clientId: string } | null): Promise<WalletView> {
  if (input.custody !== 'hd') {
    throw new AppError('custody_not_supported', `custody "${input.custody}" needs the aws-kms or pkcs11 key backend; this service runs ${deps.custody.backend.name}`)
  }
  const id = newId()
  const keys = await deps.custody.createHdWallet(id)
  const row = await withTx(deps.db, (tx) =>
    insertWallet(tx, {
      id,
      label: input.label,
      custody: 'hd',
      keyBackend: keys.backend,
      xpub: keys.xpub,
      hotAddress: keys.hotAddress.toLowerCase(),
      createdBy: actor?.clientId ?? null,
      hotAddressId: newId(),
      hotAddressPath: addressPath(0),
      sealed: keys.sealed,
    }),
  )
  deps.logger.info({ walletId: id, custody: 'hd', hotAddress: keys.hotAddress }, 'wallet created')
  return walletView(row)
}

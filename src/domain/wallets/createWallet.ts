import { isConstraintViolation, withTx } from '../../db/client'
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
  /** `kms-key` / `hsm-key`: adopt this existing key (KMS key id, ARN or alias; PKCS#11 CKA_LABEL) */
  keyRef?: string
}

/**
 * Creates a wallet; the key backend that holds its key is recorded with it.
 *
 * - `hd`: a 24-word BIP-39 seed is generated, sealed under the configured key backend (AES-256-GCM, data
 *   key wrapped by the KEK, bound to the wallet id) and stored; the mnemonic is never stored, returned or
 *   logged. The hot address is m/44'/60'/0'/0/0 and the account xpub (m/44'/60'/0') is returned so
 *   deposit addresses can be derived without secrets.
 * - `kms-key` (KEY_BACKEND=aws-kms) / `hsm-key` (KEY_BACKEND=pkcs11): one secp256k1 key is created inside
 *   AWS KMS or the HSM (or an existing one adopted with `keyRef`); the address is derived from its public
 *   key, which is cached with the wallet. Such a wallet has exactly one address.
 *
 * @param actor API client creating it (recorded)
 * @throws AppError `custody_not_supported` when the configured backend does not serve this custody
 * @throws AppError `validation_failed` for `keyRef` with `hd` custody
 * @throws AppError `invalid_state` when the adopted key already serves another wallet
 * @throws AppError `key_backend_failed`, `key_backend_unavailable`, `key_unusable` from the key backend
 */
export async function createWallet(deps: Deps, input: CreateWalletInput, actor: { clientId: string } | null): Promise<WalletView> {
  const id = newId()
  if (input.custody === 'hd') {
    if (input.keyRef !== undefined) {
      throw new AppError('validation_failed', 'keyRef is only for kms-key and hsm-key wallets', { errors: [{ pointer: '/keyRef', detail: 'not allowed with custody "hd"' }] })
    }
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
    deps.logger.info({ walletId: id, custody: 'hd', keyBackend: keys.backend, hotAddress: keys.hotAddress }, 'wallet created')
    return walletView(row)
  }

  const key = await deps.custody.createSigningKeyWallet(id, input.custody, input.keyRef)
  try {
    const row = await withTx(deps.db, (tx) =>
      insertWallet(tx, {
        id,
        label: input.label,
        custody: input.custody,
        keyBackend: key.backend,
        xpub: null,
        hotAddress: key.hotAddress.toLowerCase(),
        createdBy: actor?.clientId ?? null,
        hotAddressId: newId(),
        hotAddressPath: null,
        signingKey: { keyRef: key.keyRef, publicKey: key.publicKey },
      }),
    )
    deps.logger.info({ walletId: id, custody: input.custody, keyBackend: key.backend, keyRef: key.keyRef, hotAddress: key.hotAddress }, 'wallet created')
    return walletView(row)
  } catch (e) {
    if (isConstraintViolation(e, 'wallet_secrets_key_ref') || isConstraintViolation(e, 'addresses_address_key')) {
      throw new AppError('invalid_state', `key ${key.keyRef} already serves another wallet`, { cause: e })
    }
    throw e
  }
}

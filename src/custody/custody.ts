/**
 * Custody: creates wallet key material and lends out signers for the length of one signing call.
 *
 * Steps for a signing call (`withAccounts`):
 *  1. unwrap the wallet's data key through the key backend (bound to the wallet id);
 *  2. decrypt the BIP-39 seed (AES-256-GCM), derive the private keys of the requested indexes;
 *  3. hand viem accounts to the caller's function (e.g. sign a batch of transactions);
 *  4. zero the data key, the seed and the private keys, whatever happened.
 * A batch of signatures therefore costs one unwrap and one derivation, and no secret outlives the call.
 */
import type { LocalAccount } from 'viem'
import { AppError } from '../lib/errors'
import { openSecret, sealSecret, type SealedSecret } from './envelope'
import { accountXpub, deriveAddressFromXpub, derivePrivateKey, mnemonicToSeed, newMnemonic } from './hd'
import type { KeyBackend } from './keyBackend'
import { digestSignerAccount, keyBytesSigner } from './signer'

export type CustodyType = 'hd' | 'kms-key' | 'hsm-key'

/** What custody needs of a stored wallet to sign for it. */
export interface WalletKeyMaterial {
  walletId: string
  custody: CustodyType
  xpub: string | null
  sealed: SealedSecret | null
}

export interface NewHdWalletKeys {
  xpub: string
  /** EIP-55 address of m/44'/60'/0'/0/0 */
  hotAddress: `0x${string}`
  sealed: SealedSecret
  backend: KeyBackend['name']
}

export class Custody {
  constructor(readonly backend: KeyBackend) {}

  /**
   * Generates a 24-word BIP-39 seed for a new `hd` wallet and seals it under the key backend.
   * The mnemonic and seed exist in memory only during this call and are never returned.
   *
   * @param walletId the new wallet's id; bound into the encryption context
   * @throws AppError `key_backend_failed`
   */
  async createHdWallet(walletId: string): Promise<NewHdWalletKeys> {
    const seed = mnemonicToSeed(newMnemonic())
    try {
      const xpub = accountXpub(seed)
      const sealed = await sealSecret(this.backend, seed, { walletId })
      return { xpub, hotAddress: deriveAddressFromXpub(xpub, 0), sealed, backend: this.backend.name }
    } finally {
      seed.fill(0)
    }
  }

  /**
   * Runs `fn` with viem accounts for the given address indexes of a wallet, then zeroes every secret.
   * The accounts must not be used after `fn` settles (their keys are wiped).
   *
   * @param wallet  key material as stored
   * @param indexes BIP-44 address indexes (0 = hot address)
   * @throws AppError `key_backend_failed` when the key cannot be unwrapped (tampered data, wrong KEK)
   * @throws AppError `custody_not_supported` for custody types this backend cannot sign for
   */
  async withAccounts<T>(wallet: WalletKeyMaterial, indexes: number[], fn: (accounts: LocalAccount[]) => Promise<T>): Promise<T> {
    if (wallet.custody !== 'hd' || !wallet.sealed || !wallet.xpub) {
      throw new AppError('custody_not_supported', `wallet ${wallet.walletId} has custody ${wallet.custody}, which this build cannot sign for`)
    }
    const seed = await openSecret(this.backend, wallet.sealed, { walletId: wallet.walletId })
    const keys: Uint8Array[] = []
    try {
      const accounts = indexes.map((index) => {
        const key = derivePrivateKey(seed, index)
        keys.push(key)
        return digestSignerAccount(deriveAddressFromXpub(wallet.xpub!, index), keyBytesSigner(key))
      })
      seed.fill(0)
      return await fn(accounts)
    } finally {
      seed.fill(0)
      for (const k of keys) k.fill(0)
    }
  }
}

/**
 * Custody: creates wallet key material and lends out signers for the length of one signing call.
 *
 * Steps for a signing call (`withAccounts`) of an `hd` wallet:
 *  1. unwrap the wallet's data key through the key backend (bound to the wallet id);
 *  2. decrypt the BIP-39 seed (AES-256-GCM), derive the private keys of the requested indexes and check
 *     each against its address;
 *  3. hand viem accounts to the caller's function (e.g. sign a batch of transactions);
 *  4. zero the data key, the seed and the private keys, whatever happened.
 * A batch of signatures therefore costs one unwrap and one derivation, and no secret outlives the call.
 *
 * `kms-key` / `hsm-key` wallets have one key inside AWS KMS or the HSM: the account asks the backend for
 * each signature and completes it against the public key cached at creation. Either way every signature is
 * verified by recovery before it is returned (src/custody/signer.ts), and the caller only sees a viem
 * `LocalAccount`.
 */
import type { LocalAccount } from 'viem'
import { AppError } from '../lib/errors'
import { signerDuration, signerErrors, timed } from '../lib/metrics'
import { openSecret, sealSecret, type SealedSecret } from './envelope'
import { accountXpub, deriveAddressFromXpub, derivePrivateKey, mnemonicToSeed, newMnemonic, publicKeyToAddress } from './hd'
import type { KeyBackend, KeyBackendName } from './keyBackend'
import { publicKeyOf } from './secp256k1'
import { backendKeySigner, digestSignerAccount, keyBytesSigner, type DigestSigner } from './signer'

export type CustodyType = 'hd' | 'kms-key' | 'hsm-key'

/** What custody needs of a stored wallet to sign for it. */
export interface WalletKeyMaterial {
  walletId: string
  custody: CustodyType
  /** backend the wallet was created with */
  keyBackend: string
  xpub: string | null
  /** `hd`: the sealed seed */
  sealed: SealedSecret | null
  /** `kms-key` / `hsm-key`: the key inside the backend and its cached public key */
  signingKey: { keyRef: string; publicKey: Uint8Array } | null
}

export interface NewHdWalletKeys {
  xpub: string
  /** EIP-55 address of m/44'/60'/0'/0/0 */
  hotAddress: `0x${string}`
  sealed: SealedSecret
  backend: KeyBackendName
}

export interface NewSigningKeyWallet {
  /** EIP-55 address of the key */
  hotAddress: `0x${string}`
  keyRef: string
  /** uncompressed SEC1 public key (65 bytes) */
  publicKey: Uint8Array
  backend: KeyBackendName
}

/** `sign` with its latency and failures recorded per key backend (custody_signer_* metrics). */
function timedSigner(backend: KeyBackendName, sign: DigestSigner): DigestSigner {
  return (digest) => timed(signerDuration, { backend, operation: 'sign' }, () => sign(digest), signerErrors)
}

/** Which single-key custody a backend serves. */
const SINGLE_KEY_BACKEND: Record<'kms-key' | 'hsm-key', KeyBackendName> = { 'kms-key': 'aws-kms', 'hsm-key': 'pkcs11' }

export class Custody {
  constructor(readonly backend: KeyBackend) {}

  /**
   * Generates a 24-word BIP-39 seed for a new `hd` wallet and seals it under the key backend.
   * The mnemonic and seed exist in memory only during this call and are never returned.
   *
   * @param walletId the new wallet's id; bound into the encryption context
   * @throws AppError `key_backend_failed`, `key_backend_unavailable`, `key_unusable`
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
   * Creates (or adopts) the one key of a `kms-key` / `hsm-key` wallet inside the key backend; its address
   * is derived from the public key the backend reports (keccak256 of the uncompressed point).
   *
   * @param adoptRef an existing key to use instead of creating one (KMS key id, ARN or alias; PKCS#11 CKA_LABEL)
   * @throws AppError `custody_not_supported` when the configured backend does not hold such keys
   * @throws AppError `key_unusable`, `key_backend_unavailable`, `key_backend_failed`
   */
  async createSigningKeyWallet(walletId: string, custody: 'kms-key' | 'hsm-key', adoptRef?: string): Promise<NewSigningKeyWallet> {
    const store = this.backend.signingKeys
    if (!store || store.custody !== custody) {
      throw new AppError('custody_not_supported', `custody "${custody}" needs KEY_BACKEND=${SINGLE_KEY_BACKEND[custody]}; this service runs ${this.backend.name}`)
    }
    const key = adoptRef ? await store.adoptKey(adoptRef) : await store.createKey(walletId)
    return { hotAddress: publicKeyToAddress(key.publicKey), keyRef: key.keyRef, publicKey: key.publicKey, backend: this.backend.name }
  }

  /**
   * Runs `fn` with viem accounts for the given address indexes of a wallet, then zeroes every secret.
   * The accounts must not be used after `fn` settles (their keys are wiped).
   *
   * @param wallet  key material as stored
   * @param indexes BIP-44 address indexes (0 = hot address; single-key wallets only have 0)
   * @throws AppError `key_backend_failed` when the key cannot be unwrapped (tampered data, wrong context)
   *         or a signature does not verify
   * @throws AppError `key_backend_unavailable` (retryable), `key_unusable`
   * @throws AppError `custody_not_supported` when the wallet belongs to another key backend
   */
  async withAccounts<T>(wallet: WalletKeyMaterial, indexes: number[], fn: (accounts: LocalAccount[]) => Promise<T>): Promise<T> {
    if (wallet.keyBackend !== this.backend.name) {
      throw new AppError('custody_not_supported', `wallet ${wallet.walletId} was created with key backend ${wallet.keyBackend}; this service runs ${this.backend.name}`)
    }
    if (wallet.custody === 'hd') return this.#withHdAccounts(wallet, indexes, fn)
    const store = this.backend.signingKeys
    const key = wallet.signingKey
    if (!key || !store || store.custody !== wallet.custody) {
      throw new AppError('custody_not_supported', `wallet ${wallet.walletId} has custody ${wallet.custody}, which ${this.backend.name} cannot sign for`)
    }
    if (indexes.some((i) => i !== 0)) throw new AppError('invalid_state', `wallet ${wallet.walletId} has a single key: only address index 0 exists`)
    const address = publicKeyToAddress(key.publicKey)
    const account = digestSignerAccount(
      address,
      timedSigner(this.backend.name, backendKeySigner(key.publicKey, (digest) => store.signDigest(key.keyRef, digest))),
    )
    return fn(indexes.map(() => account))
  }

  async #withHdAccounts<T>(wallet: WalletKeyMaterial, indexes: number[], fn: (accounts: LocalAccount[]) => Promise<T>): Promise<T> {
    if (!wallet.sealed || !wallet.xpub) throw new AppError('internal', `hd wallet ${wallet.walletId} has no sealed seed`)
    const seed = await timed(signerDuration, { backend: this.backend.name, operation: 'unwrap' }, () => openSecret(this.backend, wallet.sealed!, { walletId: wallet.walletId }), signerErrors)
    const keys: Uint8Array[] = []
    try {
      const accounts = indexes.map((index) => {
        const key = derivePrivateKey(seed, index)
        keys.push(key)
        const address = deriveAddressFromXpub(wallet.xpub!, index)
        // The signer recovers each signature to this public key; that proves the address because the key
        // is checked here to be the address's.
        const publicKey = publicKeyOf(key)
        if (publicKeyToAddress(publicKey) !== address) {
          throw new AppError('key_backend_failed', `the seed of wallet ${wallet.walletId} does not derive its address ${index}`, { retryable: false })
        }
        return digestSignerAccount(address, timedSigner(this.backend.name, keyBytesSigner(key, publicKey)))
      })
      seed.fill(0)
      return await fn(accounts)
    } finally {
      seed.fill(0)
      for (const k of keys) k.fill(0)
    }
  }

  /** Closes the key backend's sessions and connections. */
  async close(): Promise<void> {
    await this.backend.close()
  }
}

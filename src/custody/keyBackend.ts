/**
 * Key backends: where the key-encryption keys (KEKs) and the single signing keys live.
 *
 * A backend never hands out its KEK. It generates data keys and wraps/unwraps them, binding each to an
 * encryption context (the wallet id) so a wrapped key copied to another wallet does not unwrap, and
 * re-wraps them under its current KEK for key rotation. `local` keeps the KEK in configuration
 * (development only); `aws-kms` and `pkcs11` keep it in AWS KMS or an HSM, and also hold non-exportable
 * secp256k1 keys for `kms-key` / `hsm-key` wallets (`signingKeys`).
 */

export type KeyBackendName = 'local' | 'aws-kms' | 'pkcs11'

/** Additional authenticated data bound to a wrapped key, e.g. `{ walletId }`. */
export type EncryptionContext = Readonly<Record<string, string>>

export interface GeneratedDataKey {
  /** 32-byte AES-256 data key. The caller must zero it (`fill(0)`) after use. */
  plaintext: Uint8Array
  /** The data key wrapped by the KEK; safe to store. */
  wrapped: Uint8Array
  /** Identifies the KEK (and its version) that wrapped it. */
  kekId: string
}

export interface RewrappedDataKey {
  wrapped: Uint8Array
  kekId: string
}

/** A secp256k1 key inside the backend (KMS key, HSM key pair). */
export interface SigningKeyInfo {
  /** How the backend finds the key again: the KMS key ARN, or the PKCS#11 CKA_ID (hex) of the key pair. */
  keyRef: string
  /** Uncompressed SEC1 public key (65 bytes), read from the backend once and cached with the wallet. */
  publicKey: Uint8Array
}

/** Non-exportable signing keys of a backend: one per `kms-key` / `hsm-key` wallet. */
export interface SigningKeyStore {
  /** The wallet custody these keys serve. */
  readonly custody: 'kms-key' | 'hsm-key'
  /**
   * Creates a new secp256k1 key inside the backend for a wallet.
   * @throws AppError `key_backend_failed`, `key_backend_unavailable`, `key_unusable`
   */
  createKey(walletId: string): Promise<SigningKeyInfo>
  /**
   * Adopts an existing key (KMS key id, ARN or alias; PKCS#11 CKA_LABEL) after checking it is a
   * secp256k1 signing key; the returned `keyRef` names that key for good (an alias moved later does not
   * move the wallet).
   * @throws AppError `key_unusable` when it is missing, of another kind, disabled or extractable
   */
  adoptKey(ref: string): Promise<SigningKeyInfo>
  /**
   * Signs a 32-byte digest with the key; returns (r, s) as the backend produced them (s may be high).
   * @throws AppError `key_backend_unavailable` (retryable), `key_unusable`, `key_backend_failed`
   */
  signDigest(keyRef: string, digest: Uint8Array): Promise<{ r: bigint; s: bigint }>
}

export interface KeyBackend {
  readonly name: KeyBackendName
  /**
   * Id of the KEK that new data keys are wrapped with (for AWS KMS the key ARN, resolved from an alias
   * each time so that re-pointing the alias starts a rotation).
   * @throws AppError `key_backend_unavailable`, `key_unusable`
   */
  currentKekId(): Promise<string>
  /**
   * Generates a fresh 256-bit data key wrapped under the current KEK and bound to `context`.
   * @throws AppError `key_backend_failed` (retryable when the backend says so), `key_backend_unavailable`
   */
  generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey>
  /**
   * Unwraps a data key. Fails closed: a modified wrapped key, another context or another KEK throws.
   * Data keys wrapped by an earlier KEK version keep unwrapping as long as that version exists.
   * @returns the 32-byte data key; the caller must zero it after use
   * @throws AppError `key_backend_failed`, `key_backend_unavailable`, `key_unusable`
   */
  unwrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext): Promise<Uint8Array>
  /**
   * Re-wraps a data key under the current KEK (`targetKekId`), inside the backend where it can (KMS
   * `ReEncrypt`, PKCS#11 unwrap + wrap of a session object): the secret it protects is never decrypted.
   * @throws as {@link unwrapDataKey}
   */
  rewrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext, targetKekId: string): Promise<RewrappedDataKey>
  /** Single signing keys (`kms-key`, `hsm-key`), when the backend has them. */
  readonly signingKeys?: SigningKeyStore
  /** Releases sessions and connections. */
  close(): Promise<void>
}

/** Canonical byte encoding of an encryption context (sorted keys, JSON) used as AES-GCM AAD. */
export function contextAad(context: EncryptionContext): Buffer {
  const sorted = Object.keys(context)
    .sort()
    .map((k) => [k, context[k]])
  return Buffer.from(JSON.stringify(sorted), 'utf8')
}

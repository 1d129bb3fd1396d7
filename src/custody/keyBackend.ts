/**
 * Key backends: where the key-encryption keys (KEKs) live.
 *
 * A backend never hands out its KEK. It generates data keys and wraps/unwraps them, binding each to an
 * encryption context (the wallet id) so a wrapped key copied to another wallet does not unwrap.
 * `local` keeps the KEK in configuration (development only); `aws-kms` and `pkcs11` keep it in
 * AWS KMS or an HSM.
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

export interface KeyBackend {
  readonly name: KeyBackendName
  /** Id of the KEK new data keys are wrapped with. */
  readonly currentKekId: string
  /**
   * Generates a fresh 256-bit data key wrapped under the current KEK and bound to `context`.
   * @throws AppError `key_backend_failed` (retryable when the backend says so)
   */
  generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey>
  /**
   * Unwraps a data key. Fails closed: a modified wrapped key, another context or another KEK throws.
   * @returns the 32-byte data key; the caller must zero it after use
   * @throws AppError `key_backend_failed`
   */
  unwrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext): Promise<Uint8Array>
}

/** Canonical byte encoding of an encryption context (sorted keys, JSON) used as AES-GCM AAD. */
export function contextAad(context: EncryptionContext): Buffer {
  const sorted = Object.keys(context)
    .sort()
    .map((k) => [k, context[k]])
  return Buffer.from(JSON.stringify(sorted), 'utf8')
}

/**
 * The `local` key backend: the KEK is a 32-byte master key from configuration.
 *
 * For development and tests only; configuration refuses it when NODE_ENV=production. Data keys are
 * wrapped with AES-256-GCM under the master key with the encryption context as AAD:
 * wrapped = 0x01 ‖ iv (12) ‖ tag (16) ‖ ciphertext (32). Earlier master keys (LOCAL_PREVIOUS_MASTER_KEYS)
 * keep unwrapping until a KEK rotation has re-wrapped everything under the current one.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomFillSync } from 'node:crypto'
import { AppError } from '../../lib/errors'
import { decryptZeroing } from '../decrypt'
import { contextAad, type EncryptionContext, type GeneratedDataKey, type KeyBackend, type RewrappedDataKey } from '../keyBackend'

const VERSION = 1

/** A fingerprint, not the key: tells which master key wrapped a data key. */
export function localKekId(masterKey: Uint8Array): string {
  return 'local:' + createHash('sha256').update(masterKey).digest('hex').slice(0, 16)
}

export class LocalKeyBackend implements KeyBackend {
  readonly name = 'local' as const
  readonly #currentId: string
  readonly #keys = new Map<string, Buffer>()

  /**
   * @param masterKey    32-byte KEK; copied, so the caller may zero its own buffer
   * @param previousKeys earlier master keys, still accepted for unwrapping
   */
  constructor(masterKey: Uint8Array, previousKeys: Uint8Array[] = []) {
    for (const k of [masterKey, ...previousKeys]) {
      if (k.length !== 32) throw new AppError('config_invalid', 'local master key must be 32 bytes')
      this.#keys.set(localKekId(k), Buffer.from(k))
    }
    this.#currentId = localKekId(masterKey)
  }

  async currentKekId(): Promise<string> {
    return this.#currentId
  }

  async generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey> {
    // filled in place: no intermediate Buffer holding the data key is left behind
    const plaintext = randomFillSync(new Uint8Array(32))
    return { plaintext, wrapped: this.#wrap(plaintext, this.#currentId, context), kekId: this.#currentId }
  }

  async unwrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext): Promise<Uint8Array> {
    const master = this.#keys.get(kekId)
    if (!master) {
      throw new AppError('key_unusable', `data key was wrapped by ${kekId}, which is neither the local master key (${this.#currentId}) nor one of LOCAL_PREVIOUS_MASTER_KEYS`)
    }
    const buf = Buffer.from(wrapped)
    if (buf.length !== 1 + 12 + 16 + 32 || buf[0] !== VERSION) {
      throw new AppError('key_backend_failed', 'wrapped data key has an unknown format', { retryable: false })
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', master, buf.subarray(1, 13))
      decipher.setAAD(contextAad(context))
      decipher.setAuthTag(buf.subarray(13, 29))
      return decryptZeroing(decipher, buf.subarray(29))
    } catch (cause) {
      throw new AppError('key_backend_failed', 'wrapped data key failed authentication (tampered, or another context)', { cause, retryable: false })
    }
  }

  async rewrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext, targetKekId: string): Promise<RewrappedDataKey> {
    if (targetKekId !== this.#currentId) throw new AppError('invalid_state', `the rotation targets ${targetKekId}, but the local master key is now ${this.#currentId}`)
    const key = await this.unwrapDataKey(wrapped, kekId, context)
    try {
      return { wrapped: this.#wrap(key, targetKekId, context), kekId: targetKekId }
    } finally {
      key.fill(0)
    }
  }

  async close(): Promise<void> {
    for (const k of this.#keys.values()) k.fill(0)
  }

  #wrap(plaintext: Uint8Array, kekId: string, context: EncryptionContext): Uint8Array {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#keys.get(kekId)!, iv)
    cipher.setAAD(contextAad(context))
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()])
    return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ct]))
  }
}

/**
 * The `local` key backend: the KEK is a 32-byte master key from configuration.
 *
 * For development and tests only; configuration refuses it when NODE_ENV=production. Data keys are
 * wrapped with AES-256-GCM under the master key with the encryption context as AAD:
 * wrapped = 0x01 ‖ iv (12) ‖ tag (16) ‖ ciphertext (32).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { AppError } from '../../lib/errors'
import { contextAad, type EncryptionContext, type GeneratedDataKey, type KeyBackend } from '../keyBackend'

const VERSION = 1

export class LocalKeyBackend implements KeyBackend {
  readonly name = 'local' as const
  readonly currentKekId: string
  readonly #masterKey: Buffer

  /** @param masterKey 32-byte KEK; copied, so the caller may zero its own buffer */
  constructor(masterKey: Uint8Array) {
    if (masterKey.length !== 32) throw new AppError('config_invalid', 'local master key must be 32 bytes')
    this.#masterKey = Buffer.from(masterKey)
    // A fingerprint, not the key: lets us tell which master key wrapped a data key.
    this.currentKekId = 'local:' + createHash('sha256').update(this.#masterKey).digest('hex').slice(0, 16)
  }

  async generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey> {
    const plaintext = new Uint8Array(randomBytes(32))
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#masterKey, iv)
    cipher.setAAD(contextAad(context))
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()])
    const wrapped = Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ct])
    return { plaintext, wrapped: new Uint8Array(wrapped), kekId: this.currentKekId }
  }

  async unwrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext): Promise<Uint8Array> {
    if (kekId !== this.currentKekId) {
      throw new AppError('key_backend_failed', `data key was wrapped by ${kekId}, but the local master key is ${this.currentKekId}`, { retryable: false })
    }
    const buf = Buffer.from(wrapped)
    if (buf.length !== 1 + 12 + 16 + 32 || buf[0] !== VERSION) {
      throw new AppError('key_backend_failed', 'wrapped data key has an unknown format', { retryable: false })
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#masterKey, buf.subarray(1, 13))
      decipher.setAAD(contextAad(context))
      decipher.setAuthTag(buf.subarray(13, 29))
      const out = Buffer.concat([decipher.update(buf.subarray(29)), decipher.final()])
      const key = new Uint8Array(out)
      out.fill(0)
      return key
    } catch (cause) {
      throw new AppError('key_backend_failed', 'wrapped data key failed authentication (tampered, or another context)', { cause, retryable: false })
    }
  }
}

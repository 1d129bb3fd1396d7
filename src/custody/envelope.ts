/**
 * Envelope encryption of secrets (HD seeds).
 *
 * A fresh 256-bit data key from the key backend encrypts the secret with AES-256-GCM; the data key is
 * stored only wrapped by the backend's KEK. The encryption context (e.g. `{ walletId }`) is the AAD of
 * both layers, so a sealed secret moved to another wallet fails to open. Plaintext data keys are zeroed
 * as soon as they are used, and so is every intermediate plaintext buffer of a decryption (decrypt.ts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { AppError } from '../lib/errors'
import { decryptZeroing } from './decrypt'
import { contextAad, type EncryptionContext, type KeyBackend } from './keyBackend'

export interface SealedSecret {
  kekId: string
  wrappedDataKey: Uint8Array
  iv: Uint8Array
  ciphertext: Uint8Array
  authTag: Uint8Array
}

/**
 * Encrypts `secret` under a new data key from `backend`.
 * @throws AppError `key_backend_failed` when the backend fails
 */
export async function sealSecret(backend: KeyBackend, secret: Uint8Array, context: EncryptionContext): Promise<SealedSecret> {
  const dk = await backend.generateDataKey(context)
  try {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', dk.plaintext, iv)
    cipher.setAAD(contextAad(context))
    const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()])
    return {
      kekId: dk.kekId,
      wrappedDataKey: dk.wrapped,
      iv: new Uint8Array(iv),
      ciphertext: new Uint8Array(ciphertext),
      authTag: new Uint8Array(cipher.getAuthTag()),
    }
  } finally {
    dk.plaintext.fill(0)
  }
}

/**
 * Decrypts a sealed secret. Fails closed on any modification of the ciphertext, tag, iv, wrapped key or
 * context.
 *
 * @returns the secret bytes; the caller must zero them (`fill(0)`) after use
 * @throws AppError `key_backend_failed` (not retryable) when authentication fails
 */
export async function openSecret(backend: KeyBackend, sealed: SealedSecret, context: EncryptionContext): Promise<Uint8Array> {
  const dataKey = await backend.unwrapDataKey(sealed.wrappedDataKey, sealed.kekId, context)
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, sealed.iv)
    decipher.setAAD(contextAad(context))
    decipher.setAuthTag(sealed.authTag)
    return decryptZeroing(decipher, sealed.ciphertext)
  } catch (cause) {
    throw new AppError('key_backend_failed', 'sealed secret failed authentication (tampered, or another context)', { cause, retryable: false })
  } finally {
    dataKey.fill(0)
  }
}

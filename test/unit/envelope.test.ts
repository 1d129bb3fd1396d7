/**
 * Envelope encryption: round trip, and fail-closed on every kind of tampering.
 */
import { randomBytes } from 'node:crypto'
import { LocalKeyBackend } from '../../src/custody/backends/local'
import { openSecret, sealSecret, type SealedSecret } from '../../src/custody/envelope'
import { AppError } from '../../src/lib/errors'

const backendKey = randomBytes(32)
const backend = new LocalKeyBackend(backendKey)
const secret = new Uint8Array(randomBytes(64))
const ctx = { walletId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' }

function flip(b: Uint8Array, i = 0): Uint8Array {
  const c = Uint8Array.from(b)
  c[i] = c[i]! ^ 0x01
  return c
}

async function expectFailsClosed(p: Promise<unknown>) {
  await expect(p).rejects.toBeInstanceOf(AppError)
  await expect(p).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
}

describe('envelope encryption', () => {
  let sealed: SealedSecret
  beforeAll(async () => {
    sealed = await sealSecret(backend, secret, ctx)
  })

  test('round trip returns the secret; the ciphertext is not the secret', async () => {
    const opened = await openSecret(backend, sealed, ctx)
    expect(Buffer.from(opened)).toEqual(Buffer.from(secret))
    expect(Buffer.from(sealed.ciphertext)).not.toEqual(Buffer.from(secret))
    expect(sealed.iv).toHaveLength(12)
    expect(sealed.authTag).toHaveLength(16)
    expect(sealed.kekId).toBe(await backend.currentKekId())
  })

  test('two seals of the same secret differ (fresh data key and iv)', async () => {
    const again = await sealSecret(backend, secret, ctx)
    expect(Buffer.from(again.ciphertext)).not.toEqual(Buffer.from(sealed.ciphertext))
    expect(Buffer.from(again.wrappedDataKey)).not.toEqual(Buffer.from(sealed.wrappedDataKey))
  })

  test('a modified ciphertext fails closed', () => expectFailsClosed(openSecret(backend, { ...sealed, ciphertext: flip(sealed.ciphertext, 10) }, ctx)))
  test('a modified tag fails closed', () => expectFailsClosed(openSecret(backend, { ...sealed, authTag: flip(sealed.authTag) }, ctx)))
  test('a modified iv fails closed', () => expectFailsClosed(openSecret(backend, { ...sealed, iv: flip(sealed.iv) }, ctx)))
  test('a modified wrapped data key fails closed', () => expectFailsClosed(openSecret(backend, { ...sealed, wrappedDataKey: flip(sealed.wrappedDataKey, 20) }, ctx)))
  test('another wallet id (encryption context) fails closed', () => expectFailsClosed(openSecret(backend, sealed, { walletId: '019a8f6e-3b1c-7d2a-9c1e-000000000000' })))
  test('another master key fails closed: the KEK that wrapped the data key is not available', async () => {
    await expect(openSecret(new LocalKeyBackend(randomBytes(32)), sealed, ctx)).rejects.toMatchObject({ code: 'key_unusable', retryable: false })
  })
  test('a previous master key still unwraps, and re-wrapping moves the data key to the current one', async () => {
    const rotatedKey = randomBytes(32)
    const rotated = new LocalKeyBackend(rotatedKey, [backendKey])
    const opened = await openSecret(rotated, sealed, ctx)
    expect(Buffer.from(opened)).toEqual(Buffer.from(secret))
    const target = await rotated.currentKekId()
    const rewrapped = await rotated.rewrapDataKey(sealed.wrappedDataKey, sealed.kekId, ctx, target)
    expect(rewrapped.kekId).toBe(target)
    const moved = { ...sealed, kekId: rewrapped.kekId, wrappedDataKey: rewrapped.wrapped }
    expect(Buffer.from(await openSecret(new LocalKeyBackend(rotatedKey), moved, ctx))).toEqual(Buffer.from(secret))
    await expect(rotated.rewrapDataKey(sealed.wrappedDataKey, sealed.kekId, { walletId: 'another' }, target)).rejects.toMatchObject({ code: 'key_backend_failed' })
  })
  test('a master key of the wrong size is refused', () => {
    expect(() => new LocalKeyBackend(randomBytes(16))).toThrow(AppError)
  })
})

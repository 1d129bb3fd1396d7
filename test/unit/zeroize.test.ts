/**
 * Plaintext hygiene of decryption (issue 13, L6): every buffer that `decipher.update()` / `final()`
 * hands out while a data key (local backend) or a seed (envelope) is decrypted is zeroed by the time the
 * call returns or throws. The deciphers are the real node:crypto ones, wrapped to keep a reference to
 * each buffer they return.
 */
import crypto, { randomBytes } from 'node:crypto'
import { LocalKeyBackend } from '../../src/custody/backends/local'
import { openSecret, sealSecret } from '../../src/custody/envelope'

const backend = new LocalKeyBackend(randomBytes(32))
const ctx = { walletId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' }
const seed = new Uint8Array(randomBytes(64))

/** Buffers returned by update()/final() of every decipher created while `fn` runs. */
async function captureDecipherOutputs<T>(fn: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; outputs: Buffer[]; deciphers: number }> {
  const real = crypto.createDecipheriv
  const outputs: Buffer[] = []
  let deciphers = 0
  const spy = jest.spyOn(crypto, 'createDecipheriv').mockImplementation(((...args: Parameters<typeof real>) => {
    const d = real(...args)
    deciphers++
    const update = d.update.bind(d) as (...a: unknown[]) => Buffer
    const final = d.final.bind(d) as (...a: unknown[]) => Buffer
    d.update = ((...a: unknown[]) => {
      const o = update(...a)
      outputs.push(o)
      return o
    }) as typeof d.update
    d.final = ((...a: unknown[]) => {
      const o = final(...a)
      outputs.push(o)
      return o
    }) as typeof d.final
    return d
  }) as typeof real)
  try {
    const [result] = await Promise.allSettled([fn()])
    return { result: result!, outputs, deciphers }
  } finally {
    spy.mockRestore()
  }
}

const isZero = (b: Uint8Array) => b.every((x) => x === 0)

test('opening a sealed seed zeroes every plaintext buffer of both decryptions (data key, then seed)', async () => {
  const sealed = await sealSecret(backend, seed, ctx)
  const { result, outputs, deciphers } = await captureDecipherOutputs(() => openSecret(backend, sealed, ctx))
  expect(result.status).toBe('fulfilled')
  const opened = (result as PromiseFulfilledResult<Uint8Array>).value
  expect(Buffer.from(opened)).toEqual(Buffer.from(seed))
  expect(deciphers).toBe(2)
  // the data key (32 bytes) and the seed (64 bytes) passed through update(); both are wiped now
  expect(outputs.map((o) => o.length).filter((n) => n > 0).sort((a, b) => a - b)).toEqual([32, 64])
  expect(outputs.filter((o) => !isZero(o)).map((o) => o.length)).toEqual([])
  // what is returned is the caller's own copy, not a view of a wiped buffer
  opened.fill(0)
})

test('a tampered ciphertext: the unauthenticated plaintext update() produced is zeroed before the error propagates', async () => {
  const sealed = await sealSecret(backend, seed, ctx)
  const ciphertext = Uint8Array.from(sealed.ciphertext)
  ciphertext[5] = ciphertext[5]! ^ 0x01
  const { result, outputs } = await captureDecipherOutputs(() => openSecret(backend, { ...sealed, ciphertext }, ctx))
  expect(result).toMatchObject({ status: 'rejected', reason: { code: 'key_backend_failed' } })
  // GCM's update() returned 64 bytes of (almost) seed before final() refused the tag
  expect(outputs.some((o) => o.length === 64)).toBe(true)
  expect(outputs.filter((o) => !isZero(o)).map((o) => o.length)).toEqual([])
})

test('unwrapping a data key in the local backend zeroes the decipher output; the key returned is intact', async () => {
  const dk = await backend.generateDataKey(ctx)
  const expected = Buffer.from(dk.plaintext)
  const { result, outputs } = await captureDecipherOutputs(() => backend.unwrapDataKey(dk.wrapped, dk.kekId, ctx))
  expect(result.status).toBe('fulfilled')
  expect(Buffer.from((result as PromiseFulfilledResult<Uint8Array>).value)).toEqual(expected)
  expect(outputs.some((o) => o.length === 32)).toBe(true)
  expect(outputs.filter((o) => !isZero(o)).map((o) => o.length)).toEqual([])
})

/**
 * Signatures as key backends return them: DER with r/s of 31–33 bytes, high s, no recovery id. What
 * leaves custody is always a low-s signature whose recovery gives the sender, or nothing.
 */
import { randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1'
import { keccak256, parseSignature, recoverAddress, recoverMessageAddress, serializeSignature, toHex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { publicKeyToAddress } from '../../src/custody/hd'
import {
  CURVE_ORDER,
  completeSignature,
  encodeDerSignature,
  parseDerSignature,
  publicKeyFromEcPoint,
  publicKeyFromSpki,
  signWithKey,
  spkiFromPublicKey,
} from '../../src/custody/secp256k1'
import { backendKeySigner, digestSignerAccount, keyBytesSigner } from '../../src/custody/signer'
import { AppError } from '../../src/lib/errors'

const key = new Uint8Array(randomBytes(32))
const pub = secp256k1.getPublicKey(key, false)
const address = publicKeyToAddress(pub)

/** An (r, s) as KMS would return it: random nonce, s left as it came (high about half the time). */
function rawSignature(digest: Uint8Array) {
  const sig = secp256k1.sign(digest, key, { lowS: false, extraEntropy: randomBytes(32) })
  return { r: sig.r, s: sig.s }
}

function byteLen(v: bigint) {
  return Math.ceil(v.toString(16).length / 2)
}

describe('DER signatures from AWS KMS', () => {
  test('r and s of 31, 32 and 33 bytes (leading 0x00) parse to the same numbers', () => {
    for (const [r, s] of [
      [0x7fn << 240n, (1n << 255n) + 5n], // 31-byte r, s with its top bit set (33 bytes in DER)
      [(1n << 255n) + 1n, 0x01n << 240n],
      [CURVE_ORDER - 1n, 1n],
    ] as const) {
      const der = encodeDerSignature(r, s)
      expect(parseDerSignature(der)).toEqual({ r, s })
    }
    const der31 = encodeDerSignature(0x7fn << 240n, 5n)
    expect(der31[3]).toBe(31)
    const der33 = encodeDerSignature((1n << 255n) + 1n, 5n)
    expect(der33[3]).toBe(33)
    expect(der33[4]).toBe(0)
  })

  test('malformed DER is refused, never guessed at', () => {
    const good = encodeDerSignature(12345n, 67890n)
    const bad = [
      good.subarray(0, good.length - 1),
      Uint8Array.from([...good, 0]),
      Uint8Array.from([0x31, ...good.subarray(1)]),
      Uint8Array.from([0x30, 0x06, 0x02, 0x01, 0x80, 0x02, 0x01, 0x01]), // negative r
      Uint8Array.from([0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x02, 0x01, 0x01]), // non-minimal r
    ]
    for (const der of bad) expect(() => parseDerSignature(der)).toThrow(AppError)
  })

  test('high-s signatures are normalized to low s, and the recovery id recovers the sender', async () => {
    let high = 0
    for (let i = 0; i < 40; i++) {
      const digest = keccak256(toHex(`message ${i}`))
      const bytes = Buffer.from(digest.slice(2), 'hex')
      const raw = rawSignature(bytes)
      if (raw.s > CURVE_ORDER / 2n) high++
      const { r, s } = parseDerSignature(encodeDerSignature(raw.r, raw.s))
      const done = completeSignature(bytes, r, s, pub)
      expect(done.s <= CURVE_ORDER / 2n).toBe(true)
      expect(done.r).toBe(raw.r)
      const hex = serializeSignature({ r: toHex(done.r, { size: 32 }), s: toHex(done.s, { size: 32 }), yParity: done.yParity })
      expect(await recoverAddress({ hash: digest, signature: hex })).toBe(address)
    }
    expect(high).toBeGreaterThan(5)
  })

  test('a signature by another key, over another digest, or out of range is discarded', () => {
    const digest = new Uint8Array(randomBytes(32))
    const other = secp256k1.sign(digest, randomBytes(32), { lowS: false })
    expect(() => completeSignature(digest, other.r, other.s, pub)).toThrow(/does not recover/)
    const mine = rawSignature(digest)
    expect(() => completeSignature(new Uint8Array(randomBytes(32)), mine.r, mine.s, pub)).toThrow(/does not recover/)
    expect(() => completeSignature(digest, 0n, mine.s, pub)).toThrow(AppError)
    expect(() => completeSignature(digest, mine.r, CURVE_ORDER, pub)).toThrow(AppError)
  })

  test('public keys: SPKI DER (KMS GetPublicKey) and CKA_EC_POINT (PKCS#11) give the same key', () => {
    expect(Buffer.from(publicKeyFromSpki(spkiFromPublicKey(pub)))).toEqual(Buffer.from(pub))
    expect(Buffer.from(publicKeyFromEcPoint(Uint8Array.from([0x04, 0x41, ...pub])))).toEqual(Buffer.from(pub))
    expect(Buffer.from(publicKeyFromEcPoint(pub))).toEqual(Buffer.from(pub))
    const p256Spki = Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), pub])
    expect(() => publicKeyFromSpki(p256Spki)).toThrow(expect.objectContaining({ code: 'key_unusable' }))
  })
})

describe('viem accounts over custody signers', () => {
  test('an account over a backend key signs transactions and messages that viem recovers to its address', async () => {
    const account = digestSignerAccount(address, backendKeySigner(pub, async (d) => rawSignature(d)))
    for (let i = 0; i < 10; i++) {
      const sig = await account.signMessage({ message: `hello ${i}` })
      expect(parseSignature(sig).s <= toHex(CURVE_ORDER / 2n, { size: 32 })).toBe(true)
      expect(await recoverMessageAddress({ message: `hello ${i}`, signature: sig })).toBe(address)
    }
  })

  test('a backend that answers with another key\'s signature makes the account throw, not sign', async () => {
    const account = digestSignerAccount(address, backendKeySigner(pub, async (d) => {
      const s = secp256k1.sign(d, randomBytes(32), { lowS: false })
      return { r: s.r, s: s.s }
    }))
    await expect(account.signMessage({ message: 'x' })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
  })

  test('local keys sign exactly as viem does with the same private key (RFC 6979), verified', async () => {
    const hex = toHex(key)
    const viemAccount = privateKeyToAccount(hex)
    const ours = digestSignerAccount(address, keyBytesSigner(key, pub))
    expect(ours.address).toBe(viemAccount.address)
    const tx = { type: 'eip1559' as const, chainId: 1, nonce: 7, to: address, value: 10n ** 18n, gas: 21000n, maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 10n ** 9n }
    expect(await ours.signTransaction(tx)).toBe(await viemAccount.signTransaction(tx))
    expect(await ours.signMessage({ message: 'abc' })).toBe(await viemAccount.signMessage({ message: 'abc' }))
    const digest = new Uint8Array(randomBytes(32))
    const sig = signWithKey(digest, key, pub)
    expect(sig).toEqual(completeSignature(digest, sig.r, sig.s, pub))
    // a key that is not the one the caller vouched for never yields a signature
    expect(() => signWithKey(digest, key, secp256k1.getPublicKey(randomBytes(32), false))).toThrow(/does not recover/)
  })

  test('a wiped key cannot sign', async () => {
    const copy = Uint8Array.from(key)
    const account = digestSignerAccount(address, keyBytesSigner(copy, pub))
    copy.fill(0)
    await expect(account.signMessage({ message: 'x' })).rejects.toMatchObject({ code: 'internal' })
  })
})

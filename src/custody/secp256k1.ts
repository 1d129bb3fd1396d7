/**
 * secp256k1 ECDSA for custody signers: signing with a key at hand, completing signatures that come from a
 * KMS or an HSM, and verifying every signature against the sender's public key before it is used.
 *
 * Steps for a signature from a key backend (`completeSignature`):
 *  1. take (r, s) as the backend returned them (KMS: DER, HSM: raw r‖s), reject values outside [1, n);
 *  2. normalize s to the low half of the curve order (EIP-2; Ethereum refuses high-s);
 *  3. recover: compute R = s⁻¹·(z·G + r·Q) with the known public key Q; the signature is valid for Q exactly
 *     when R.x ≡ r, and the parity of R.y is the recovery id (yParity). Recovering the public key from
 *     (r, s, yParity) and comparing it with Q is the same equation solved for Q, so this one computation both
 *     finds the recovery id and proves the signature recovers to the sender's address.
 *
 * Built on @noble/curves (audited; viem's own curve library). The curve instance here uses Node's native
 * HMAC-SHA256 for RFC 6979 nonces, which makes signing faster than noble's pure-JS HMAC with identical
 * output. Public keys of KMS/HSM keys get precomputed multiplication tables (cached, public data only).
 */
import { createHmac, randomBytes } from 'node:crypto'
import { invert, mod } from '@noble/curves/abstract/modular'
import { weierstrass, type ProjPointType } from '@noble/curves/abstract/weierstrass'
import { secp256k1 as nobleSecp256k1 } from '@noble/curves/secp256k1'
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, hexToBytes, type Hex } from 'viem'
import { AppError } from '../lib/errors'

/** The curve with Node's HMAC for RFC 6979 (deterministic nonces, same signatures as noble's default). */
export const curve = weierstrass({
  ...(nobleSecp256k1.CURVE as Parameters<typeof weierstrass>[0]),
  hash: sha256,
  hmac: (key: Uint8Array, ...msgs: Uint8Array[]) => {
    const h = createHmac('sha256', key)
    for (const m of msgs) h.update(m)
    return new Uint8Array(h.digest())
  },
  randomBytes: (n?: number) => new Uint8Array(randomBytes(n ?? 32)),
})

const Point = curve.ProjectivePoint
const G = Point.BASE
export const CURVE_ORDER: bigint = curve.CURVE.n
const HALF_ORDER = CURVE_ORDER >> 1n

/** An Ethereum signature: 32-byte r and s (low-s) and the recovery id. */
export interface RecoverableSignature {
  r: bigint
  s: bigint
  yParity: 0 | 1
}

type Pt = ProjPointType<bigint>

/**
 * Public keys with precomputed multiplication tables (window 6: ~6 ms once, then a multiplication costs
 * about a tenth). Only public keys are cached; bounded so a service with many keys does not grow without end.
 */
const tableCache = new Map<string, Pt>()
const TABLE_CACHE_MAX = 128

function publicPoint(publicKey: Uint8Array): Pt {
  const hex = bytesToHex(publicKey)
  let p = tableCache.get(hex)
  if (p) {
    // refresh LRU position
    tableCache.delete(hex)
    tableCache.set(hex, p)
    return p
  }
  try {
    p = Point.fromHex(publicKey)
  } catch (cause) {
    throw new AppError('key_backend_failed', 'public key is not a point on secp256k1', { cause, retryable: false })
  }
  p._setWindowSize(6)
  p.multiply(1n) // builds the table now, outside the signing path
  tableCache.set(hex, p)
  if (tableCache.size > TABLE_CACHE_MAX) tableCache.delete(tableCache.keys().next().value!)
  return p
}

function digestScalar(digest: Hex | Uint8Array): bigint {
  const bytes = typeof digest === 'string' ? hexToBytes(digest) : digest
  if (bytes.length !== 32) throw new AppError('internal', `a digest must be 32 bytes, got ${bytes.length}`)
  return mod(BigInt(bytesToHex(bytes)), CURVE_ORDER)
}

/**
 * Completes and verifies a signature made by a key backend over `digest`: normalizes s to the low half
 * (EIP-2) and finds yParity by recovery against the known public key.
 *
 * @param digest    32-byte message digest that was signed (keccak256 of the transaction)
 * @param r         r as returned by the backend
 * @param s         s as returned by the backend (high or low)
 * @param publicKey the key's SEC1 public key (65 bytes uncompressed or 33 compressed)
 * @throws AppError `key_backend_failed` (not retryable) when the signature does not verify for this key:
 *         it must never be used
 */
export function completeSignature(digest: Hex | Uint8Array, r: bigint, s: bigint, publicKey: Uint8Array): RecoverableSignature {
  if (r <= 0n || r >= CURVE_ORDER || s <= 0n || s >= CURVE_ORDER) {
    throw new AppError('key_backend_failed', 'the key backend returned a signature with r or s outside [1, n)', { retryable: false })
  }
  const low = s > HALF_ORDER ? CURVE_ORDER - s : s
  const z = digestScalar(digest)
  const w = invert(low, CURVE_ORDER)
  // Both scalars are public (derived from the digest and the signature), the tables hold public points only.
  const u1 = mod(z * w, CURVE_ORDER)
  const R = (u1 === 0n ? Point.ZERO : G.multiply(u1)).add(publicPoint(publicKey).multiply(mod(r * w, CURVE_ORDER)))
  if (R.equals(Point.ZERO)) throw invalid()
  const { x, y } = R.toAffine()
  if (mod(x, CURVE_ORDER) !== r) throw invalid()
  return { r, s: low, yParity: Number(y & 1n) as 0 | 1 }
}

function invalid(): AppError {
  return new AppError('key_backend_failed', 'the signature from the key backend does not recover to the key\'s address; it was discarded', { retryable: false })
}

/**
 * Signs a digest with a private key at hand (RFC 6979 deterministic nonce, low-s) and verifies the result
 * before returning it.
 *
 * The verification recovers the signer: R' = s⁻¹·(z·G + r·Q) must equal the signature's R (x ≡ r, y parity
 * = yParity). With the private key d at hand, Q = d·G, so R' = (s⁻¹·(z + r·d))·G, one fixed-base
 * multiplication (constant time: the scalar equals the secret nonce). The caller checks once per signing
 * call that d·G is the sender's address.
 *
 * @param digest 32-byte digest
 * @param key    32-byte private key (not copied)
 * @throws AppError `key_backend_failed` when the signature does not verify (never returned)
 */
export function signWithKey(digest: Hex | Uint8Array, key: Uint8Array): RecoverableSignature {
  const z = digestScalar(digest)
  const sig = curve.sign(typeof digest === 'string' ? hexToBytes(digest) : digest, key, { lowS: true })
  const d = BigInt(bytesToHex(key))
  const k = mod((z + sig.r * d) * invert(sig.s, CURVE_ORDER), CURVE_ORDER)
  const R = G.multiply(k).toAffine()
  if (mod(R.x, CURVE_ORDER) !== sig.r || Number(R.y & 1n) !== sig.recovery || sig.s > HALF_ORDER) throw invalid()
  return { r: sig.r, s: sig.s, yParity: sig.recovery as 0 | 1 }
}

/** Uncompressed SEC1 public key (65 bytes) of a private key. */
export function publicKeyOf(key: Uint8Array): Uint8Array {
  return curve.getPublicKey(key, false)
}

/**
 * Parses a DER ECDSA-Sig-Value (`SEQUENCE { r INTEGER, s INTEGER }`, RFC 3279 §2.2.3) as AWS KMS returns it.
 * Integers are minimal two's complement, so r and s take 31, 32 or 33 bytes (a leading 0x00 when the top
 * bit is set, fewer bytes when the top byte is zero); they are returned as numbers, to be padded to 32 bytes.
 *
 * @throws AppError `key_backend_failed` (not retryable) for anything that is not strict DER of that shape
 */
export function parseDerSignature(der: Uint8Array): { r: bigint; s: bigint } {
  const fail = (why: string) => new AppError('key_backend_failed', `malformed DER signature from the key backend: ${why}`, { retryable: false })
  let i = 0
  const byte = () => {
    if (i >= der.length) throw fail('truncated')
    return der[i++]!
  }
  const length = () => {
    const first = byte()
    if (first < 0x80) return first
    if (first !== 0x81) throw fail('length too long')
    const l = byte()
    if (l < 0x80) throw fail('non-minimal length')
    return l
  }
  const integer = () => {
    if (byte() !== 0x02) throw fail('expected INTEGER')
    const len = length()
    if (len < 1 || len > 33 || i + len > der.length) throw fail('bad INTEGER length')
    const bytes = der.subarray(i, i + len)
    i += len
    if (bytes[0]! & 0x80) throw fail('negative INTEGER')
    if (len > 1 && bytes[0] === 0 && !(bytes[1]! & 0x80)) throw fail('non-minimal INTEGER')
    return BigInt(bytesToHex(bytes))
  }
  if (byte() !== 0x30) throw fail('expected SEQUENCE')
  const seqLen = length()
  if (i + seqLen !== der.length) throw fail('trailing or missing bytes')
  const r = integer()
  const s = integer()
  if (i !== der.length) throw fail('trailing bytes in SEQUENCE')
  return { r, s }
}

/** Encodes (r, s) as a DER ECDSA-Sig-Value (the inverse of {@link parseDerSignature}; used by tests). */
export function encodeDerSignature(r: bigint, s: bigint): Uint8Array {
  const int = (v: bigint) => {
    let hex = v.toString(16)
    if (hex.length % 2) hex = '0' + hex
    let bytes = Buffer.from(hex, 'hex')
    if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes])
    return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes])
  }
  const body = Buffer.concat([int(r), int(s)])
  return new Uint8Array(Buffer.concat([Buffer.from([0x30, body.length]), body]))
}

/** DER SubjectPublicKeyInfo prefix of an uncompressed secp256k1 key (id-ecPublicKey, secp256k1 OID 1.3.132.0.10). */
const SPKI_SECP256K1_PREFIX = Buffer.from('3056301006072a8648ce3d020106052b8104000a034200', 'hex')

/**
 * The uncompressed public key (65 bytes) in a DER SubjectPublicKeyInfo of a secp256k1 key (RFC 5480), as
 * KMS GetPublicKey returns it.
 * @throws AppError `key_unusable` when the key is not a secp256k1 key
 */
export function publicKeyFromSpki(spki: Uint8Array): Uint8Array {
  const buf = Buffer.from(spki)
  if (buf.length !== SPKI_SECP256K1_PREFIX.length + 65 || !buf.subarray(0, SPKI_SECP256K1_PREFIX.length).equals(SPKI_SECP256K1_PREFIX)) {
    throw new AppError('key_unusable', 'the key\'s public key is not an uncompressed secp256k1 SubjectPublicKeyInfo (ECC_SECG_P256K1 expected)')
  }
  const pub = new Uint8Array(buf.subarray(SPKI_SECP256K1_PREFIX.length))
  publicPoint(pub)
  return pub
}

/** DER SubjectPublicKeyInfo of an uncompressed secp256k1 public key (the inverse; used by the test KMS). */
export function spkiFromPublicKey(publicKey: Uint8Array): Uint8Array {
  return new Uint8Array(Buffer.concat([SPKI_SECP256K1_PREFIX, Buffer.from(publicKey)]))
}

/**
 * The uncompressed public key in a PKCS#11 `CKA_EC_POINT`: a DER OCTET STRING around the SEC1 point
 * (PKCS#11 v2.40 §2.3.3), or, from some tokens, the bare point.
 * @throws AppError `key_unusable` when it is not an uncompressed secp256k1 point
 */
export function publicKeyFromEcPoint(ecPoint: Uint8Array): Uint8Array {
  let point = ecPoint
  if (point.length === 67 && point[0] === 0x04 && point[1] === 0x41) point = point.subarray(2)
  if (point.length !== 65 || point[0] !== 0x04) throw new AppError('key_unusable', 'CKA_EC_POINT is not an uncompressed secp256k1 point')
  const pub = new Uint8Array(point)
  try {
    Point.fromHex(pub)
  } catch (cause) {
    throw new AppError('key_unusable', 'CKA_EC_POINT is not on secp256k1', { cause })
  }
  return pub
}

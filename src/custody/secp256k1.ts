/**
 * secp256k1 ECDSA for custody signers: signing with a key at hand, completing signatures that come from a
 * KMS or an HSM, and verifying every signature by recovering the signer before it is used.
 *
 * Steps for a signature from a key backend (`completeSignature`):
 *  1. take (r, s) as the backend returned them (KMS: DER, HSM: raw r‖s), reject values outside [1, n);
 *  2. normalize s to the low half of the curve order (EIP-2; Ethereum refuses high-s);
 *  3. recover the public key with recovery id 0, then 1; the one that gives the key's known public key is
 *     the yParity. If neither does, the signature is not the sender's and is discarded.
 * A signature made with a key at hand (`signWithKey`) is recovered the same way and compared with the
 * key's public key before it is returned.
 *
 * The curve arithmetic is libsecp256k1 (Bitcoin Core's library) compiled to WebAssembly, through
 * tiny-secp256k1: RFC 6979 deterministic nonces and low-s, so the signatures are byte for byte the ones
 * viem's own signer makes, at about twice its speed, which pays for the recovery. tiny-secp256k1 zeroes its
 * input buffers (keys included) after each call.
 */
import * as ecc from 'tiny-secp256k1'
import { bytesToHex, hexToBytes, type Hex } from 'viem'
import { AppError } from '../lib/errors'

/** Order n of the secp256k1 group. */
export const CURVE_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
const HALF_ORDER = CURVE_ORDER >> 1n

/** An Ethereum signature: r and s (low-s) and the recovery id. */
export interface RecoverableSignature {
  r: bigint
  s: bigint
  yParity: 0 | 1
}

function digestBytes(digest: Hex | Uint8Array): Uint8Array {
  const bytes = typeof digest === 'string' ? hexToBytes(digest) : digest
  if (bytes.length !== 32) throw new AppError('internal', `a digest must be 32 bytes, got ${bytes.length}`)
  return bytes
}

function to32(v: bigint): Uint8Array {
  return hexToBytes(`0x${v.toString(16).padStart(64, '0')}`)
}

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

function invalid(): AppError {
  return new AppError('key_backend_failed', "the signature does not recover to the key's address; it was discarded", { retryable: false })
}

/**
 * Completes and verifies a signature made by a key backend over `digest`: normalizes s to the low half
 * (EIP-2) and finds yParity by recovery against the known public key.
 *
 * @param digest    32-byte message digest that was signed (keccak256 of the transaction)
 * @param r         r as returned by the backend
 * @param s         s as returned by the backend (high or low)
 * @param publicKey the key's uncompressed SEC1 public key (65 bytes)
 * @throws AppError `key_backend_failed` (not retryable) when the signature does not recover to this key:
 *         it must never be used
 */
export function completeSignature(digest: Hex | Uint8Array, r: bigint, s: bigint, publicKey: Uint8Array): RecoverableSignature {
  if (r <= 0n || r >= CURVE_ORDER || s <= 0n || s >= CURVE_ORDER) {
    throw new AppError('key_backend_failed', 'the key backend returned a signature with r or s outside [1, n)', { retryable: false })
  }
  const low = s > HALF_ORDER ? CURVE_ORDER - s : s
  const h = digestBytes(digest)
  const compact = new Uint8Array(64)
  compact.set(to32(r), 0)
  compact.set(to32(low), 32)
  for (const yParity of [0, 1] as const) {
    if (sameBytes(ecc.recover(h, compact, yParity, false), publicKey)) return { r, s: low, yParity }
  }
  throw invalid()
}

/**
 * Signs a digest with a private key at hand (RFC 6979 deterministic nonce, low-s) and verifies the result
 * by recovering the signer's public key before returning it.
 *
 * @param digest    32-byte digest
 * @param key       32-byte private key (not copied)
 * @param publicKey the key's uncompressed public key ({@link publicKeyOf}), checked by the caller against
 *                  the sender's address
 * @throws AppError `key_backend_failed` when the signature does not recover to `publicKey` (never returned)
 */
export function signWithKey(digest: Hex | Uint8Array, key: Uint8Array, publicKey: Uint8Array): RecoverableSignature {
  const h = digestBytes(digest)
  const { signature, recoveryId } = ecc.signRecoverable(h, key)
  if (recoveryId > 1 || !sameBytes(ecc.recover(h, signature, recoveryId, false), publicKey)) throw invalid()
  return { r: BigInt(bytesToHex(signature.subarray(0, 32))), s: BigInt(bytesToHex(signature.subarray(32))), yParity: recoveryId as 0 | 1 }
}

/**
 * Uncompressed SEC1 public key (65 bytes) of a private key.
 * @throws AppError `internal` for a value that is not a private key
 */
export function publicKeyOf(key: Uint8Array): Uint8Array {
  const pub = ecc.isPrivate(key) ? ecc.pointFromScalar(key, false) : null
  if (!pub) throw new AppError('internal', 'not a secp256k1 private key')
  return pub
}

function assertPoint(pub: Uint8Array, what: string): Uint8Array {
  if (!ecc.isPoint(pub)) throw new AppError('key_unusable', `${what} is not a point on secp256k1`)
  return pub
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
  return assertPoint(new Uint8Array(buf.subarray(SPKI_SECP256K1_PREFIX.length)), 'the KMS public key')
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
  return assertPoint(new Uint8Array(point), 'CKA_EC_POINT')
}

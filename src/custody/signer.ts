/**
 * viem accounts whose signatures come from a key at hand (HD) or from a key backend (KMS, HSM).
 *
 * viem's `privateKeyToAccount` keeps the key as a hex string, which JavaScript cannot wipe. This builds
 * the same kind of `LocalAccount` with `toAccount`, holding the key as a Uint8Array that the custody
 * code zeroes when the signing call is over, or asking a key backend for each signature, so the rest of
 * the code never knows which backend signed. Every signature is verified against the sender's public
 * key (recovery) before it leaves this module: a wrong signature is never returned, so never broadcast.
 */
import {
  hashMessage,
  hashTypedData,
  keccak256,
  numberToHex,
  serializeSignature,
  serializeTransaction,
  type Address,
  type Hex,
  type LocalAccount,
  type Signature,
} from 'viem'
import { toAccount } from 'viem/accounts'
import { AppError } from '../lib/errors'
import { completeSignature, signWithKey, type RecoverableSignature } from './secp256k1'

/** Signs a 32-byte digest; returns r, s (low-s, EIP-2) and yParity. */
export type DigestSigner = (digest: Hex) => Promise<Signature>

function toViemSignature(sig: RecoverableSignature): Signature {
  return {
    r: numberToHex(sig.r, { size: 32 }),
    s: numberToHex(sig.s, { size: 32 }),
    yParity: sig.yParity,
    v: sig.yParity ? 28n : 27n,
  }
}

/**
 * A digest signer over a private key held in `key` (not copied: zeroing `key` disables it). Each
 * signature is verified by recovery against `publicKey` before it is returned (see `signWithKey`).
 *
 * @param publicKey the key's uncompressed public key, which the caller has checked against the address
 * @throws AppError `internal` once the key was wiped
 */
export function keyBytesSigner(key: Uint8Array, publicKey: Uint8Array): DigestSigner {
  return async (digest) => {
    if (key.every((b) => b === 0)) throw new AppError('internal', 'signing key was wiped: the account was used after its signing call ended')
    return toViemSignature(signWithKey(digest, key, publicKey))
  }
}

/** Raw (r, s) of a key backend: not normalized, without recovery id. */
export type RawDigestSign = (digest: Uint8Array) => Promise<{ r: bigint; s: bigint }>

/**
 * A digest signer over a key that lives in a key backend (KMS `Sign`, PKCS#11 `C_Sign`). The backend's
 * (r, s) is normalized to low-s (EIP-2) and completed with the recovery id found by recovery against the
 * known public key, which also proves the signature belongs to the sender; otherwise it is discarded.
 *
 * @param publicKey the key's uncompressed SEC1 public key (65 bytes), as cached at wallet creation
 * @param sign      the backend call
 * @throws AppError `key_backend_failed` for a signature that does not verify; the backend's own errors
 */
export function backendKeySigner(publicKey: Uint8Array, sign: RawDigestSign): DigestSigner {
  return async (digest) => {
    const bytes = Buffer.from(digest.slice(2), 'hex')
    const { r, s } = await sign(bytes)
    return toViemSignature(completeSignature(bytes, r, s, publicKey))
  }
}

/**
 * Builds a viem `LocalAccount` whose every signature comes from `sign`.
 *
 * @param address the account's EIP-55 address
 * @param sign    digest signer (local key, KMS, HSM)
 */
export function digestSignerAccount(address: Address, sign: DigestSigner): LocalAccount {
  return toAccount({
    address,
    async signMessage({ message }) {
      return serializeSignature(await sign(hashMessage(message)))
    },
    async signTypedData(typedData) {
      return serializeSignature(await sign(hashTypedData(typedData)))
    },
    async signTransaction(transaction, options) {
      const serializer = options?.serializer ?? serializeTransaction
      const signable = transaction.type === 'eip4844' ? { ...transaction, sidecars: false as const } : transaction
      const signature = await sign(keccak256(await serializer(signable)))
      return serializer(transaction, signature)
    },
  })
}

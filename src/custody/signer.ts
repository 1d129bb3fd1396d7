/**
 * viem accounts over raw key bytes that the caller zeroes.
 *
 * viem's `privateKeyToAccount` keeps the key as a hex string, which JavaScript cannot wipe. This builds
 * the same kind of `LocalAccount` with `toAccount`, holding the key as a Uint8Array that the custody
 * code zeroes when the signing call is over, so the rest of the code never knows which backend signed.
 */
import { secp256k1 } from '@noble/curves/secp256k1'
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

/** Signs a 32-byte digest; returns r, s (low-s, EIP-2) and yParity. */
export type DigestSigner = (digest: Hex) => Promise<Signature>

/** A digest signer over a private key held in `key` (not copied: zeroing `key` disables it). */
export function keyBytesSigner(key: Uint8Array): DigestSigner {
  return async (digest) => {
    if (key.every((b) => b === 0)) throw new Error('signing key was wiped')
    const sig = secp256k1.sign(digest.slice(2), key, { lowS: true })
    return {
      r: numberToHex(sig.r, { size: 32 }),
      s: numberToHex(sig.s, { size: 32 }),
      yParity: sig.recovery,
      v: sig.recovery ? 28n : 27n,
    }
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

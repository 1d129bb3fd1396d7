/**
 * HD wallets: BIP-39 mnemonics and seeds, BIP-32 derivation on the BIP-44 Ethereum path.
 *
 * Paths: the account is m/44'/60'/0' (its xpub is stored with the wallet), addresses are
 * m/44'/60'/0'/0/i with i = 0 the hot address and i >= 1 deposit addresses. Deposit addresses are
 * derived from the account xpub alone, so creating one never touches a secret.
 *
 * Built on @scure/bip32 and @scure/bip39 (audited, the libraries viem itself uses); the tests check them
 * against the official BIP-32/BIP-39 vectors and anvil's well-known accounts. The private derivation on the
 * signing path (`derivePrivateKey`) is BIP-32 CKDpriv written out over Node's HMAC-SHA512 and libsecp256k1:
 * @scure/bip32 computes a public key at every level (six curve multiplications per derivation), which made
 * the per-batch cost of signing dominate; here only the two non-hardened steps need one. The tests check it
 * against @scure/bip32 and the vectors.
 */
import { createHmac } from 'node:crypto'
import { HDKey } from '@scure/bip32'
import { generateMnemonic, mnemonicToSeedSync, validateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english'
import { getAddress, keccak256, toHex, type Address } from 'viem'
import { secp256k1 } from '@noble/curves/secp256k1'
import * as ecc from 'tiny-secp256k1'
import { AppError } from '../lib/errors'

export const ACCOUNT_PATH = "m/44'/60'/0'"

/** BIP-44 path of address `index` (0 = hot address). */
export function addressPath(index: number): string {
  return `${ACCOUNT_PATH}/0/${index}`
}

/** A new 24-word English BIP-39 mnemonic (256 bits of entropy from the OS CSPRNG). */
export function newMnemonic(): string {
  return generateMnemonic(wordlist, 256)
}

/**
 * BIP-39 seed (64 bytes) of a mnemonic. The caller must zero it after use.
 * @throws AppError `validation_failed` for an invalid mnemonic (bad word or checksum)
 */
export function mnemonicToSeed(mnemonic: string, passphrase = ''): Uint8Array {
  if (!validateMnemonic(mnemonic, wordlist)) throw new AppError('validation_failed', 'invalid BIP-39 mnemonic')
  return mnemonicToSeedSync(mnemonic, passphrase)
}

/** Account-level extended public key (xpub, m/44'/60'/0') of a BIP-39 seed. */
export function accountXpub(seed: Uint8Array): string {
  const root = HDKey.fromMasterSeed(seed)
  const account = root.derive(ACCOUNT_PATH)
  const xpub = account.publicExtendedKey
  account.wipePrivateData()
  root.wipePrivateData()
  return xpub
}

/** EIP-55 address of a 33- or 65-byte secp256k1 public key. */
export function publicKeyToAddress(publicKey: Uint8Array): Address {
  const uncompressed = publicKey.length === 65 ? publicKey : secp256k1.ProjectivePoint.fromHex(publicKey).toRawBytes(false)
  return getAddress(`0x${keccak256(toHex(uncompressed.subarray(1))).slice(-40)}`)
}

/** Addresses derived from xpubs: public data, cached because signing calls derive the same ones again. */
const addressCache = new Map<string, Address>()
const ADDRESS_CACHE_MAX = 4096

/**
 * Derives address `index` (m/44'/60'/0'/0/index) from an account xpub, without any secret.
 * @throws AppError `validation_failed` for a malformed xpub or an index outside [0, 2^31)
 */
export function deriveAddressFromXpub(xpub: string, index: number): Address {
  if (!Number.isInteger(index) || index < 0 || index >= 0x80000000) {
    throw new AppError('validation_failed', `address index ${index} is outside [0, 2^31)`)
  }
  const cacheKey = `${xpub}/${index}`
  const cached = addressCache.get(cacheKey)
  if (cached) return cached
  const address = deriveAddressUncached(xpub, index)
  addressCache.set(cacheKey, address)
  if (addressCache.size > ADDRESS_CACHE_MAX) addressCache.delete(addressCache.keys().next().value!)
  return address
}

function deriveAddressUncached(xpub: string, index: number): Address {
  let account: HDKey
  try {
    account = HDKey.fromExtendedKey(xpub)
  } catch (cause) {
    throw new AppError('validation_failed', 'malformed account xpub', { cause })
  }
  const child = account.deriveChild(0).deriveChild(index)
  if (!child.publicKey) throw new AppError('internal', 'derived key has no public key')
  return publicKeyToAddress(child.publicKey)
}

const HARDENED = 0x80000000
/** m/44'/60'/0'/0 followed by the address index */
const BIP44_ETH_PREFIX = [44 + HARDENED, 60 + HARDENED, 0 + HARDENED, 0]

/**
 * Private key of address `index` (m/44'/60'/0'/0/index), by BIP-32 CKDpriv: a master key from
 * HMAC-SHA512("Bitcoin seed", seed), then per step I = HMAC-SHA512(chain code, 0x00 ‖ k ‖ i) for hardened i
 * or (serP(k·G) ‖ i) otherwise, child k = (I_L + k) mod n, chain code I_R. Intermediate keys and HMAC
 * outputs are zeroed; the caller must zero the returned 32 bytes after use.
 *
 * @throws AppError `validation_failed` for an index outside [0, 2^31)
 * @throws AppError `internal` in the (probability < 2^-127) case BIP-32 calls invalid
 */
export function derivePrivateKey(seed: Uint8Array, index: number): Uint8Array {
  if (!Number.isInteger(index) || index < 0 || index >= HARDENED) {
    throw new AppError('validation_failed', `address index ${index} is outside [0, 2^31)`)
  }
  const master = createHmac('sha512', 'Bitcoin seed').update(seed).digest()
  let key = new Uint8Array(master.subarray(0, 32))
  let chainCode = new Uint8Array(master.subarray(32))
  master.fill(0)
  if (!ecc.isPrivate(key)) {
    key.fill(0)
    chainCode.fill(0)
    throw new AppError('internal', 'BIP-32 master key is invalid for this seed')
  }
  const data = new Uint8Array(37)
  try {
    for (const i of [...BIP44_ETH_PREFIX, index]) {
      if (i >= HARDENED) {
        data[0] = 0
        data.set(key, 1)
      } else {
        data.set(ecc.pointFromScalar(key, true)!, 0)
      }
      new DataView(data.buffer).setUint32(33, i >>> 0)
      const I = createHmac('sha512', chainCode).update(data).digest()
      const child = ecc.isPrivate(I.subarray(0, 32)) ? ecc.privateAdd(key, I.subarray(0, 32)) : null
      key.fill(0)
      chainCode.fill(0)
      chainCode = new Uint8Array(I.subarray(32))
      I.fill(0)
      if (!child) throw new AppError('internal', `BIP-32 child ${i} is invalid for this seed`)
      key = new Uint8Array(child)
      child.fill(0)
    }
    return key
  } catch (e) {
    key.fill(0)
    throw e
  } finally {
    data.fill(0)
    chainCode.fill(0)
  }
}

/**
 * HD wallets: BIP-39 mnemonics and seeds, BIP-32 derivation on the BIP-44 Ethereum path.
 *
 * Paths: the account is m/44'/60'/0' (its xpub is stored with the wallet), addresses are
 * m/44'/60'/0'/0/i with i = 0 the hot address and i >= 1 deposit addresses. Deposit addresses are
 * derived from the account xpub alone, so creating one never touches a secret.
 *
 * Built on @scure/bip32 and @scure/bip39 (audited, the libraries viem itself uses); the tests check them
 * against the official BIP-32/BIP-39 vectors and anvil's well-known accounts.
 */
import { HDKey } from '@scure/bip32'
import { generateMnemonic, mnemonicToSeedSync, validateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english'
import { getAddress, keccak256, toHex, type Address } from 'viem'
import { secp256k1 } from '@noble/curves/secp256k1'
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

/**
 * Derives address `index` (m/44'/60'/0'/0/index) from an account xpub, without any secret.
 * @throws AppError `validation_failed` for a malformed xpub or an index outside [0, 2^31)
 */
export function deriveAddressFromXpub(xpub: string, index: number): Address {
  if (!Number.isInteger(index) || index < 0 || index >= 0x80000000) {
    throw new AppError('validation_failed', `address index ${index} is outside [0, 2^31)`)
  }
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

/**
 * Private key of address `index` (m/44'/60'/0'/0/index). Intermediate keys are wiped; the caller must
 * zero the returned 32 bytes after use.
 */
export function derivePrivateKey(seed: Uint8Array, index: number): Uint8Array {
  const root = HDKey.fromMasterSeed(seed)
  const node = root.derive(addressPath(index))
  try {
    if (!node.privateKey) throw new AppError('internal', 'derived key has no private key')
    return Uint8Array.from(node.privateKey)
  } finally {
    node.wipePrivateData()
    root.wipePrivateData()
  }
}

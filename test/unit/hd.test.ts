/**
 * BIP-32 / BIP-39 / BIP-44 derivation against the official test vectors and anvil's dev accounts.
 */
import { randomBytes } from 'node:crypto'
import { HDKey } from '@scure/bip32'
import { privateKeyToAddress } from 'viem/accounts'
import { accountXpub, addressPath, deriveAddressFromXpub, derivePrivateKey, mnemonicToSeed, newMnemonic } from '../../src/custody/hd'
import { AppError } from '../../src/lib/errors'

// trezor/python-mnemonic vectors.json (English, passphrase "TREZOR").
const BIP39_VECTORS = [
  ['abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about', 'c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04'],
  ['legal winner thank year wave sausage worth useful legal winner thank yellow', '2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607'],
  ['letter advice cage absurd amount doctor acoustic avoid letter advice cage above', 'd71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8'],
  ['zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong', 'ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069'],
] as const

// BIP-32 test vectors 1 and 2 (bitcoin/bips bip-0032.mediawiki).
const BIP32_VECTORS = [
  {
    seed: '000102030405060708090a0b0c0d0e0f',
    chains: [
      ['m', 'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8', 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi'],
      ["m/0'", 'xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw', null],
      ["m/0'/1/2'", 'xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5', 'xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM'],
      ["m/0'/1/2'/2", 'xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV', 'xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334'],
      ["m/0'/1/2'/2/1000000000", 'xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy', 'xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76'],
    ],
  },
  {
    seed: 'fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542',
    chains: [
      ['m', 'xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB', 'xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U'],
      ["m/0/2147483647'/1/2147483646'/2", null, 'xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j'],
    ],
  },
] as const

// anvil's dev accounts for the mnemonic `test test … junk`, m/44'/60'/0'/0/i.
const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk'
const ANVIL_ACCOUNTS = [
  '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  '0x976EA74026E726554dB657fA54763abd0C3a0aa9',
  '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955',
  '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f',
  '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720',
]
const ANVIL_KEY_0 = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'

describe('BIP-39', () => {
  test.each(BIP39_VECTORS)('%s gives the official seed', (mnemonic, seed) => {
    expect(Buffer.from(mnemonicToSeed(mnemonic, 'TREZOR')).toString('hex')).toBe(seed)
  })

  test('a new mnemonic has 24 words (256 bits) and is valid', () => {
    const m = newMnemonic()
    expect(m.split(' ')).toHaveLength(24)
    expect(mnemonicToSeed(m)).toHaveLength(64)
    expect(newMnemonic()).not.toBe(m)
  })

  test('a bad checksum or word is refused', () => {
    expect(() => mnemonicToSeed('abandon '.repeat(11) + 'abandon')).toThrow(AppError)
    expect(() => mnemonicToSeed('abandon '.repeat(11) + 'notaword')).toThrow(AppError)
  })
})

describe('BIP-32', () => {
  test.each(BIP32_VECTORS.flatMap((v) => v.chains.map((c) => [v.seed, ...c] as const)))('seed %s chain %s', (seed, path, xpub, xprv) => {
    const node = HDKey.fromMasterSeed(Buffer.from(seed, 'hex')).derive(path)
    if (xpub) expect(node.publicExtendedKey).toBe(xpub)
    if (xprv) expect(node.privateExtendedKey).toBe(xprv)
  })
})

describe('BIP-44 Ethereum paths', () => {
  const seed = mnemonicToSeed(ANVIL_MNEMONIC)

  test("addresses derived from the account xpub are anvil's dev accounts", () => {
    const xpub = accountXpub(seed)
    expect(ANVIL_ACCOUNTS.map((_, i) => deriveAddressFromXpub(xpub, i))).toEqual(ANVIL_ACCOUNTS)
  })

  test('private keys derived from the seed match the public derivation', () => {
    const key0 = derivePrivateKey(seed, 0)
    expect('0x' + Buffer.from(key0).toString('hex')).toBe(ANVIL_KEY_0)
    for (let i = 0; i < 5; i++) {
      const k = derivePrivateKey(seed, i)
      expect(privateKeyToAddress(`0x${Buffer.from(k).toString('hex')}`)).toBe(ANVIL_ACCOUNTS[i])
    }
  })

  test('the signing path\'s private derivation equals @scure/bip32\'s, for the vector seeds and random ones', () => {
    const seeds = [...BIP32_VECTORS.map((v) => Buffer.from(v.seed, 'hex')), ...Array.from({ length: 20 }, () => randomBytes(64))]
    for (const sd of seeds) {
      const root = HDKey.fromMasterSeed(sd)
      for (const i of [0, 1, 7, 2 ** 31 - 1]) {
        expect(Buffer.from(derivePrivateKey(sd, i)).toString('hex')).toBe(Buffer.from(root.derive(addressPath(i)).privateKey!).toString('hex'))
      }
    }
    expect(() => derivePrivateKey(seed, 2 ** 31)).toThrow(AppError)
  })

  test('paths follow m/44\'/60\'/0\'/0/i', () => {
    expect(addressPath(0)).toBe("m/44'/60'/0'/0/0")
    expect(addressPath(7)).toBe("m/44'/60'/0'/0/7")
  })

  test('indexes outside [0, 2^31) and malformed xpubs are refused', () => {
    const xpub = accountXpub(seed)
    expect(() => deriveAddressFromXpub(xpub, -1)).toThrow(AppError)
    expect(() => deriveAddressFromXpub(xpub, 2 ** 31)).toThrow(AppError)
    expect(() => deriveAddressFromXpub('xpub-garbage', 1)).toThrow(AppError)
  })
})

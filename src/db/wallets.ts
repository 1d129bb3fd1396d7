/**
 * Wallets, their encrypted key material and their addresses.
 * Addresses are stored lowercase (`0x` + 40 hex) and checksummed (EIP-55) only on output.
 */
import type { SealedSecret } from '../custody/envelope'
import type { WalletKeyMaterial, CustodyType } from '../custody/custody'
import type { DbOrTx, DbTx } from './client'

export interface WalletRow {
  id: string
  label: string
  custody: CustodyType
  keyBackend: string
  xpub: string | null
  hotAddress: string
  nextAddressIndex: number
  createdAt: Date
}

export interface AddressRow {
  id: string
  walletId: string
  kind: 'hot' | 'deposit'
  derivationIndex: number
  derivationPath: string | null
  address: string
  label: string | null
  externalId: string | null
  createdAt: Date
}

export interface NewWallet {
  id: string
  label: string
  custody: CustodyType
  keyBackend: string
  xpub: string | null
  hotAddress: string
  createdBy: string | null
  hotAddressId: string
  hotAddressPath: string | null
  /** `hd` wallets: the sealed seed */
  sealed?: SealedSecret
  /** `kms-key` / `hsm-key` wallets: the key inside the backend */
  signingKey?: { keyRef: string; publicKey: Uint8Array }
}

/** Inserts a wallet, its sealed secret and its hot address (index 0). */
export async function insertWallet(tx: DbTx, w: NewWallet): Promise<WalletRow> {
  const row = await tx.wallet.create({
    data: {
      id: w.id,
      label: w.label,
      custody: w.custody,
      keyBackend: w.keyBackend,
      xpub: w.xpub,
      hotAddress: w.hotAddress,
      createdBy: w.createdBy,
    },
  })
  await tx.walletSecret.create({
    data: w.sealed
      ? {
          walletId: w.id,
          backend: w.keyBackend,
          kekId: w.sealed.kekId,
          wrappedDataKey: Buffer.from(w.sealed.wrappedDataKey),
          ciphertext: Buffer.from(w.sealed.ciphertext),
          iv: Buffer.from(w.sealed.iv),
          authTag: Buffer.from(w.sealed.authTag),
        }
      : { walletId: w.id, backend: w.keyBackend, keyRef: w.signingKey!.keyRef, publicKey: Buffer.from(w.signingKey!.publicKey) },
  })
  await tx.address.create({
    data: { id: w.hotAddressId, walletId: w.id, kind: 'hot', derivationIndex: 0, derivationPath: w.hotAddressPath, address: w.hotAddress },
  })
  return row as WalletRow
}

export async function getWallet(db: DbOrTx, id: string): Promise<WalletRow | null> {
  return (await db.wallet.findUnique({ where: { id } })) as WalletRow | null
}

export async function listWallets(db: DbOrTx, page: { limit: number; before?: string }): Promise<WalletRow[]> {
  return (await db.wallet.findMany({
    where: page.before ? { id: { lt: page.before } } : {},
    orderBy: { id: 'desc' },
    take: page.limit,
  })) as WalletRow[]
}

/** The key material custody needs to sign for a wallet. */
export async function getWalletKeyMaterial(db: DbOrTx, walletId: string): Promise<WalletKeyMaterial | null> {
  const w = await db.wallet.findUnique({ where: { id: walletId }, include: { secret: true } })
  if (!w) return null
  const s = w.secret
  return {
    walletId: w.id,
    custody: w.custody as CustodyType,
    keyBackend: w.keyBackend,
    xpub: w.xpub,
    sealed:
      s && s.kekId && s.wrappedDataKey && s.ciphertext && s.iv && s.authTag
        ? { kekId: s.kekId, wrappedDataKey: s.wrappedDataKey, ciphertext: s.ciphertext, iv: s.iv, authTag: s.authTag }
        : null,
    signingKey: s && s.keyRef && s.publicKey ? { keyRef: s.keyRef, publicKey: s.publicKey } : null,
  }
}

/** The backend key reference of a single-key wallet (KMS key ARN, PKCS#11 CKA_ID), or null. */
export async function getWalletKeyRef(db: DbOrTx, walletId: string): Promise<string | null> {
  return (await db.walletSecret.findUnique({ where: { walletId }, select: { keyRef: true } }))?.keyRef ?? null
}

/** Reserves the wallet's next deposit address index (row-locked increment). */
export async function allocateAddressIndex(tx: DbTx, walletId: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ idx: number }[]>`
    UPDATE wallets SET next_address_index = next_address_index + 1
     WHERE id = ${walletId}::uuid
    RETURNING next_address_index - 1 AS idx`
  return rows[0]?.idx ?? null
}

export async function insertAddress(tx: DbTx, a: Omit<AddressRow, 'createdAt'>): Promise<AddressRow> {
  return (await tx.address.create({ data: a })) as AddressRow
}

export async function listAddresses(db: DbOrTx, walletId: string, page: { limit: number; before?: string }): Promise<AddressRow[]> {
  return (await db.address.findMany({
    where: { walletId, ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: 'desc' },
    take: page.limit,
  })) as AddressRow[]
}

export async function findAddressByExternalId(db: DbOrTx, walletId: string, externalId: string): Promise<AddressRow | null> {
  return (await db.address.findFirst({ where: { walletId, externalId } })) as AddressRow | null
}

/**
 * The custody addresses among `addresses` (lowercase), in one indexed query (one array parameter,
 * whatever the number of addresses: a catch-up batch asks for thousands at once).
 */
export async function findCustodyAddresses(db: DbOrTx, addresses: string[]): Promise<AddressRow[]> {
  if (!addresses.length) return []
  const rows = await db.$queryRaw<
    { id: string; wallet_id: string; kind: string; derivation_index: number; derivation_path: string | null; address: string; label: string | null; external_id: string | null; created_at: Date }[]
  >`SELECT id, wallet_id, kind, derivation_index, derivation_path, address, label, external_id, created_at
      FROM addresses WHERE address = ANY(${addresses}::text[])`
  return rows.map((r) => ({
    id: r.id,
    walletId: r.wallet_id,
    kind: r.kind as AddressRow['kind'],
    derivationIndex: r.derivation_index,
    derivationPath: r.derivation_path,
    address: r.address,
    label: r.label,
    externalId: r.external_id,
    createdAt: r.created_at,
  }))
}

/**
 * Deposits: inbound transfers to custody addresses, keyed by (chain, tx hash, log index); native
 * transfers use log index -1. The key makes detection idempotent: re-scanning a block (restart,
 * reorg) updates the same row instead of adding one.
 */
import { toBigInt } from '../lib/amounts'
import { newId } from '../lib/ids'
import { Prisma, type DbOrTx, type DbTx } from './client'

export type DepositStatus = 'detected' | 'confirmed' | 'orphaned'

export interface DepositRow {
  id: string
  chainId: number
  asset: string
  walletId: string
  addressId: string
  address: string
  fromAddress: string
  amount: bigint
  txHash: string
  logIndex: number
  blockNumber: bigint
  blockHash: string
  status: DepositStatus
  creditEntryId: string | null
  detectedAt: Date
  confirmedAt: Date | null
  orphanedAt: Date | null
}

type PrismaDeposit = Awaited<ReturnType<DbTx['deposit']['findFirstOrThrow']>>

export function mapDeposit(r: PrismaDeposit): DepositRow {
  return { ...r, status: r.status as DepositStatus, amount: toBigInt(r.amount) }
}

export interface DetectedTransfer {
  chainId: number
  asset: string
  walletId: string
  addressId: string
  address: string
  fromAddress: string
  amount: bigint
  txHash: string
  logIndex: number
  blockNumber: bigint
  blockHash: string
}

/**
 * Records detected transfers, in one statement whatever their number. New ones are inserted as
 * `detected`; one seen before in another block (re-mined after a reorg) moves to the new block and back
 * to `detected` unless already confirmed; one seen before in the same block is left as it is.
 *
 * @returns the deposits that are newly `detected` by this call (for `deposit.detected` events), in
 *          the order of `transfers`
 */
export async function upsertDetected(tx: DbTx, transfers: DetectedTransfer[]): Promise<DepositRow[]> {
  if (!transfers.length) return []
  const col = <T>(f: (t: DetectedTransfer) => T) => transfers.map(f)
  const rows = await tx.$queryRaw<RawDeposit[]>`
    INSERT INTO deposits (id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index,
                          block_number, block_hash, status)
    SELECT id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index, block_number, block_hash, 'detected'
      FROM unnest(${col(() => newId())}::uuid[], ${col((t) => t.chainId)}::int[], ${col((t) => t.asset)}::text[],
                  ${col((t) => t.walletId)}::uuid[], ${col((t) => t.addressId)}::uuid[], ${col((t) => t.address)}::text[],
                  ${col((t) => t.fromAddress)}::text[], ${col((t) => t.amount.toString())}::numeric[], ${col((t) => t.txHash)}::text[],
                  ${col((t) => t.logIndex)}::int[], ${col((t) => t.blockNumber.toString())}::bigint[], ${col((t) => t.blockHash)}::text[])
        AS t(id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index, block_number, block_hash)
    ON CONFLICT (chain_id, tx_hash, log_index) DO UPDATE
      SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash, status = 'detected',
          orphaned_at = NULL, detected_at = now(), updated_at = now()
      WHERE deposits.status = 'orphaned' OR (deposits.status = 'detected' AND deposits.block_hash <> EXCLUDED.block_hash)
    RETURNING ${DEPOSIT_COLUMNS}`
  const order = new Map(transfers.map((t, i) => [`${t.txHash}:${t.logIndex}`, i]))
  return rows.map(mapRawDeposit).sort((a, b) => order.get(`${a.txHash}:${a.logIndex}`)! - order.get(`${b.txHash}:${b.logIndex}`)!)
}

interface RawDeposit {
  id: string
  chain_id: number
  asset: string
  wallet_id: string
  address_id: string
  address: string
  from_address: string
  amount: string
  tx_hash: string
  log_index: number
  block_number: bigint
  block_hash: string
  status: string
  credit_entry_id: string | null
  detected_at: Date
  confirmed_at: Date | null
  orphaned_at: Date | null
}

const DEPOSIT_COLUMNS = Prisma.sql`id, chain_id, asset, wallet_id, address_id, address, from_address, amount::text AS amount, tx_hash, log_index,
  block_number, block_hash, status, credit_entry_id, detected_at, confirmed_at, orphaned_at`

function mapRawDeposit(r: RawDeposit): DepositRow {
  return {
    id: r.id,
    chainId: r.chain_id,
    asset: r.asset,
    walletId: r.wallet_id,
    addressId: r.address_id,
    address: r.address,
    fromAddress: r.from_address,
    amount: BigInt(r.amount),
    txHash: r.tx_hash,
    logIndex: r.log_index,
    blockNumber: BigInt(r.block_number),
    blockHash: r.block_hash,
    status: r.status as DepositStatus,
    creditEntryId: r.credit_entry_id,
    detectedAt: r.detected_at,
    confirmedAt: r.confirmed_at,
    orphanedAt: r.orphaned_at,
  }
}

export async function getDeposit(db: DbOrTx, id: string): Promise<DepositRow | null> {
  const r = await db.deposit.findUnique({ where: { id } })
  return r ? mapDeposit(r) : null
}

export async function listDeposits(
  db: DbOrTx,
  filter: { walletId?: string; status?: DepositStatus; chainId?: number; address?: string },
  page: { limit: number; before?: string },
): Promise<DepositRow[]> {
  const rows = await db.deposit.findMany({
    where: {
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.chainId ? { chainId: filter.chainId } : {}),
      ...(filter.address ? { address: filter.address } : {}),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapDeposit)
}

/** Detected deposits at or below `maxBlock` (enough confirmations), oldest first. */
export async function listConfirmable(db: DbOrTx, chainId: number, maxBlock: bigint, limit: number): Promise<DepositRow[]> {
  const rows = await db.deposit.findMany({
    where: { chainId, status: 'detected', blockNumber: { lte: maxBlock } },
    orderBy: [{ blockNumber: 'asc' }, { id: 'asc' }],
    take: limit,
  })
  return rows.map(mapDeposit)
}

/** Orphans `detected` deposits in blocks above `forkBlock` (reorged out). @returns them */
export async function orphanAbove(tx: DbTx, chainId: number, forkBlock: bigint): Promise<DepositRow[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE deposits SET status = 'orphaned', orphaned_at = now(), updated_at = now()
     WHERE chain_id = ${chainId} AND status = 'detected' AND block_number > ${forkBlock.toString()}::bigint
    RETURNING id`
  if (!rows.length) return []
  return (await tx.deposit.findMany({ where: { id: { in: rows.map((r) => r.id) } } })).map(mapDeposit)
}

/** Confirmed deposits in blocks above `forkBlock`: a reorg deeper than the confirmation depth. */
export async function confirmedAbove(db: DbOrTx, chainId: number, forkBlock: bigint): Promise<DepositRow[]> {
  return (await db.deposit.findMany({ where: { chainId, status: 'confirmed', blockNumber: { gt: forkBlock } } })).map(mapDeposit)
}

/** `detected → confirmed` guarded on block hash and depth; returns the row when it changed now. */
export async function markConfirmed(tx: DbTx, d: DepositRow, maxBlock: bigint): Promise<DepositRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE deposits SET status = 'confirmed', confirmed_at = now(), updated_at = now()
     WHERE id = ${d.id}::uuid AND status = 'detected' AND block_hash = ${d.blockHash}
       AND block_number <= ${maxBlock.toString()}::bigint
    RETURNING id`
  if (!rows.length) return null
  return mapDeposit(await tx.deposit.findUniqueOrThrow({ where: { id: d.id } }))
}

/**
 * `detected → confirmed` for a batch, guarded on status and depth (the caller holds the chain cursor's
 * lock, so the follower cannot move these deposits meanwhile). @returns the rows that changed now
 */
export async function markConfirmedMany(tx: DbTx, ids: string[], maxBlock: bigint): Promise<DepositRow[]> {
  if (!ids.length) return []
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE deposits SET status = 'confirmed', confirmed_at = now(), updated_at = now()
     WHERE id = ANY(${ids}::uuid[]) AND status = 'detected' AND block_number <= ${maxBlock.toString()}::bigint
    RETURNING id`
  if (!rows.length) return []
  return (await tx.deposit.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: [{ blockNumber: 'asc' }, { id: 'asc' }] })).map(mapDeposit)
}

/** Links deposits to their credit entries (one statement). */
export async function setCreditEntries(tx: DbTx, links: { depositId: string; entryId: string }[]): Promise<void> {
  if (!links.length) return
  await tx.$executeRaw`
    UPDATE deposits d SET credit_entry_id = t.entry
      FROM unnest(${links.map((l) => l.depositId)}::uuid[], ${links.map((l) => l.entryId)}::uuid[]) AS t(id, entry)
     WHERE d.id = t.id`
}

export async function setCreditEntry(tx: DbTx, depositId: string, entryId: string): Promise<void> {
  await tx.deposit.update({ where: { id: depositId }, data: { creditEntryId: entryId } })
}

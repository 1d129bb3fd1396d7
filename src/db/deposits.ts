/**
 * Deposits: inbound transfers to custody addresses, keyed by (chain, tx hash, log index); native
 * transfers use log index -1. The key makes detection idempotent: re-scanning a block (restart,
 * reorg) updates the same row instead of adding one.
 */
import { toBigInt } from '../lib/amounts'
import { newId } from '../lib/ids'
import type { DbOrTx, DbTx } from './client'

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
 * Records detected transfers. New ones are inserted as `detected`; one seen before in another block
 * (re-mined after a reorg) moves to the new block and back to `detected` unless already confirmed.
 *
 * @returns the deposits that are newly `detected` by this call (for `deposit.detected` events)
 */
export async function upsertDetected(tx: DbTx, transfers: DetectedTransfer[]): Promise<DepositRow[]> {
  if (!transfers.length) return []
  const ids: string[] = []
  for (const t of transfers) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO deposits (id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index,
                            block_number, block_hash, status)
      VALUES (${newId()}::uuid, ${t.chainId}, ${t.asset}, ${t.walletId}::uuid, ${t.addressId}::uuid, ${t.address}, ${t.fromAddress},
              ${t.amount.toString()}::numeric, ${t.txHash}, ${t.logIndex}, ${t.blockNumber.toString()}::bigint, ${t.blockHash}, 'detected')
      ON CONFLICT (chain_id, tx_hash, log_index) DO UPDATE
        SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash, status = 'detected',
            orphaned_at = NULL, detected_at = now(), updated_at = now()
        WHERE deposits.status = 'orphaned' OR (deposits.status = 'detected' AND deposits.block_hash <> EXCLUDED.block_hash)
      RETURNING id`
    if (rows[0]) ids.push(rows[0].id)
  }
  if (!ids.length) return []
  const rows = await tx.deposit.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })
  return rows.map(mapDeposit)
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

export async function setCreditEntry(tx: DbTx, depositId: string, entryId: string): Promise<void> {
  await tx.deposit.update({ where: { id: depositId }, data: { creditEntryId: entryId } })
}

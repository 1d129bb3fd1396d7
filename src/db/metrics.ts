/**
 * Cheap aggregate reads behind the state gauges of src/lib/metrics.ts (run at most every few seconds,
 * at scrape time). Each is an index scan or a scan of a small table.
 */
import type { Db } from './client'

/** Withdrawals (all kinds) per chain and status; an index-only scan of `withdrawals_status`. */
export async function countWithdrawalsByState(db: Db): Promise<{ chain: number; state: string; count: number }[]> {
  const rows = await db.$queryRaw<{ chain_id: number; status: string; n: bigint }[]>`
    SELECT chain_id, status, count(*) AS n FROM withdrawals GROUP BY chain_id, status`
  return rows.map((r) => ({ chain: r.chain_id, state: r.status, count: Number(r.n) }))
}

/** In-flight withdrawals flagged stuck, per chain (chains without any are absent). */
export async function countStuckWithdrawals(db: Db): Promise<{ chain: number; count: number }[]> {
  const rows = await db.$queryRaw<{ chain_id: number; n: bigint }[]>`
    SELECT chain_id, count(*) AS n FROM withdrawals
     WHERE status IN ('signing', 'submitted') AND stuck GROUP BY chain_id`
  return rows.map((r) => ({ chain: r.chain_id, count: Number(r.n) }))
}

/** The last finished (matched or mismatched) reconciliation of every chain. */
export async function lastFinishedReconciliations(db: Db): Promise<{ chain: number; mismatched: number; finishedAt: Date }[]> {
  const rows = await db.$queryRaw<{ chain_id: number; mismatched_count: number; finished_at: Date }[]>`
    SELECT DISTINCT ON (chain_id) chain_id, mismatched_count, finished_at FROM reconciliations
     WHERE status IN ('matched', 'mismatched') AND finished_at IS NOT NULL
     ORDER BY chain_id, finished_at DESC`
  return rows.map((r) => ({ chain: r.chain_id, mismatched: r.mismatched_count, finishedAt: r.finished_at }))
}

/**
 * Posted balance (debits − credits, base units) of the asset accounts of hot and treasury addresses,
 * largest first, at most `limit` rows.
 */
export async function hotAddressBalances(db: Db, limit: number): Promise<{ chain: number; asset: string; address: string; balance: bigint }[]> {
  const rows = await db.$queryRaw<{ chain_id: number; asset: string; address: string; balance: string }[]>`
    SELECT a.chain_id, a.asset, a.address, (b.posted_debits - b.posted_credits)::text AS balance
      FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id
     WHERE a.type = 'asset' AND a.role IN ('hot', 'treasury') AND a.address IS NOT NULL
     ORDER BY b.posted_debits - b.posted_credits DESC
     LIMIT ${limit}`
  return rows.map((r) => ({ chain: r.chain_id, asset: r.asset, address: r.address, balance: BigInt(r.balance) }))
}

/** Block timestamps (as stored by the follower) of some blocks of a chain; blocks already pruned are absent. */
export async function blockTimestamps(db: Db, chainId: number, numbers: bigint[]): Promise<Map<bigint, Date>> {
  if (!numbers.length) return new Map()
  const rows = await db.chainBlock.findMany({ where: { chainId, number: { in: [...new Set(numbers)] } }, select: { number: true, timestamp: true } })
  return new Map(rows.map((r) => [r.number, r.timestamp]))
}

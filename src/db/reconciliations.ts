/**
 * Reconciliations of the ledger against the chain at a block height: the run records, their report
 * lines, and the ledger-side figures a run compares with the chain.
 *
 * A report line's `difference` = on chain − (ledger posted at the block + pending inbound − pending
 * outbound), where pending inbound is what the chain follower has seen arrive at or below the block and
 * not yet credited (deposits awaiting their confirmation depth), and pending outbound is what our own
 * transactions mined at or below the block spent and the ledger has not yet settled (their value and
 * gas).
 */
import type { DbOrTx, DbTx } from './client'

export type ReconciliationStatus = 'queued' | 'running' | 'matched' | 'mismatched' | 'failed'
export type LikelyCause = 'unbooked_inbound_transfer' | 'unbooked_gas' | 'unknown_outflow'

export interface ReconciliationRow {
  id: string
  chainId: number
  blockNumber: bigint | null
  blockHash: string | null
  status: ReconciliationStatus
  statusReason: string | null
  trigger: 'api' | 'schedule'
  requestedByKeyId: string | null
  accountsChecked: number
  matchedCount: number
  mismatchedCount: number
  createdAt: Date
  startedAt: Date | null
  finishedAt: Date | null
}

export interface ReconciliationItemRow {
  reconciliationId: string
  address: string
  asset: string
  accountId: string | null
  walletId: string | null
  onChain: bigint
  ledgerPosted: bigint
  pendingInbound: bigint
  pendingOutbound: bigint
  difference: bigint
  status: 'matched' | 'mismatched'
  likelyCause: LikelyCause | null
  firstSeenBlock: bigint | null
  detail: string | null
}

type PrismaReconciliation = Awaited<ReturnType<DbTx['reconciliation']['findFirstOrThrow']>>
type PrismaItem = Awaited<ReturnType<DbTx['reconciliationItem']['findFirstOrThrow']>>

function mapReconciliation(r: PrismaReconciliation): ReconciliationRow {
  return { ...r, status: r.status as ReconciliationStatus, trigger: r.trigger as ReconciliationRow['trigger'] }
}

function mapItem(r: PrismaItem): ReconciliationItemRow {
  return {
    ...r,
    onChain: BigInt(r.onChain.toFixed()),
    ledgerPosted: BigInt(r.ledgerPosted.toFixed()),
    pendingInbound: BigInt(r.pendingInbound.toFixed()),
    pendingOutbound: BigInt(r.pendingOutbound.toFixed()),
    difference: BigInt(r.difference.toFixed()),
    status: r.status as ReconciliationItemRow['status'],
    likelyCause: r.likelyCause as LikelyCause | null,
  }
}

export async function insertReconciliation(
  db: DbOrTx,
  r: { id: string; chainId: number; blockNumber: bigint | null; trigger: ReconciliationRow['trigger']; requestedByKeyId: string | null },
): Promise<ReconciliationRow> {
  return mapReconciliation(await db.reconciliation.create({ data: { ...r, status: 'queued' } }))
}

export async function getReconciliation(db: DbOrTx, id: string): Promise<ReconciliationRow | null> {
  const r = await db.reconciliation.findUnique({ where: { id } })
  return r ? mapReconciliation(r) : null
}

/** Reconciliations, newest first, paginated by id. */
export async function listReconciliations(db: DbOrTx, filter: { chainId?: number; status?: ReconciliationStatus }, page: { limit: number; before?: string }): Promise<ReconciliationRow[]> {
  const rows = await db.reconciliation.findMany({
    where: {
      ...(filter.chainId ? { chainId: filter.chainId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapReconciliation)
}

/** Reconciliations still `queued` or `running` (to re-enqueue their jobs after Redis lost them). */
export async function listOpenReconciliations(db: DbOrTx, limit = 100): Promise<ReconciliationRow[]> {
  const rows = await db.reconciliation.findMany({ where: { status: { in: ['queued', 'running'] } }, orderBy: { id: 'asc' }, take: limit })
  return rows.map(mapReconciliation)
}

/**
 * Marks a run `running` at `blockNumber` (pinned the first time; a retried run keeps its block).
 * @returns the row, or null when the run has finished already
 */
export async function startReconciliation(db: DbOrTx, id: string, blockNumber: bigint, blockHash: string): Promise<ReconciliationRow | null> {
  const n = await db.$executeRaw`
    UPDATE reconciliations SET status = 'running', started_at = coalesce(started_at, now()),
           block_number = coalesce(block_number, ${blockNumber.toString()}::bigint), block_hash = ${blockHash}
     WHERE id = ${id}::uuid AND status IN ('queued', 'running')`
  return n ? getReconciliation(db, id) : null
}

export async function failReconciliation(db: DbOrTx, id: string, reason: string): Promise<void> {
  await db.$executeRaw`
    UPDATE reconciliations SET status = 'failed', status_reason = ${reason.slice(0, 1000)}, finished_at = now()
     WHERE id = ${id}::uuid AND status IN ('queued', 'running')`
}

/**
 * Stores a run's report lines and its outcome (in the caller's transaction, with the outbox event).
 * @returns false when the run had finished already (a duplicate job)
 */
export async function finishReconciliation(tx: DbTx, id: string, items: Omit<ReconciliationItemRow, 'reconciliationId'>[]): Promise<boolean> {
  const mismatched = items.filter((i) => i.status === 'mismatched').length
  const n = await tx.$executeRaw`
    UPDATE reconciliations SET status = ${mismatched ? 'mismatched' : 'matched'}, finished_at = now(),
           accounts_checked = ${items.length}, matched_count = ${items.length - mismatched}, mismatched_count = ${mismatched}
     WHERE id = ${id}::uuid AND status = 'running'`
  if (!n) return false
  const CHUNK = 5000
  for (let i = 0; i < items.length; i += CHUNK) {
    const c = items.slice(i, i + CHUNK)
    await tx.$executeRaw`
      INSERT INTO reconciliation_items (reconciliation_id, address, asset, account_id, wallet_id, on_chain, ledger_posted, pending_inbound,
                                        pending_outbound, difference, status, likely_cause, first_seen_block, detail)
      SELECT ${id}::uuid, address, asset, account_id, wallet_id, on_chain::numeric, posted::numeric, pin::numeric, pout::numeric, diff::numeric,
             status, cause, first_seen, detail
        FROM unnest(${c.map((x) => x.address)}::text[], ${c.map((x) => x.asset)}::text[], ${c.map((x) => x.accountId)}::uuid[],
                    ${c.map((x) => x.walletId)}::uuid[], ${c.map((x) => x.onChain.toString())}::text[], ${c.map((x) => x.ledgerPosted.toString())}::text[],
                    ${c.map((x) => x.pendingInbound.toString())}::text[], ${c.map((x) => x.pendingOutbound.toString())}::text[],
                    ${c.map((x) => x.difference.toString())}::text[], ${c.map((x) => x.status)}::text[], ${c.map((x) => x.likelyCause)}::text[],
                    ${c.map((x) => (x.firstSeenBlock === null ? null : x.firstSeenBlock.toString()))}::bigint[], ${c.map((x) => x.detail)}::text[])
             AS t(address, asset, account_id, wallet_id, on_chain, posted, pin, pout, diff, status, cause, first_seen, detail)`
  }
  return true
}

export async function getReconciliationItem(db: DbOrTx, id: string, address: string, asset: string): Promise<ReconciliationItemRow | null> {
  const r = await db.reconciliationItem.findUnique({ where: { reconciliationId_address_asset: { reconciliationId: id, address, asset } } })
  return r ? mapItem(r) : null
}

/** A run's report lines, by address then asset, paginated by (address, asset). */
export async function listReconciliationItems(
  db: DbOrTx,
  id: string,
  filter: { status?: 'matched' | 'mismatched' },
  page: { limit: number; after?: { address: string; asset: string } },
): Promise<ReconciliationItemRow[]> {
  const a = page.after
  const rows = await db.reconciliationItem.findMany({
    where: {
      reconciliationId: id,
      ...(filter.status ? { status: filter.status } : {}),
      ...(a ? { OR: [{ address: { gt: a.address } }, { address: a.address, asset: { gt: a.asset } }] } : {}),
    },
    orderBy: [{ address: 'asc' }, { asset: 'asc' }],
    take: page.limit,
  })
  return rows.map(mapItem)
}

// ------------------------------------------------------------------ ledger-side figures at a block

export interface CustodyAddress {
  address: string
  walletId: string | null
}

/**
 * Every custody address to reconcile on a chain: the wallets' addresses (an EVM address is the same on
 * every chain) and any address with an asset account on the chain.
 */
export async function listCustodyAddresses(db: DbOrTx, chainId: number): Promise<CustodyAddress[]> {
  const rows = await db.$queryRaw<{ address: string; wallet_id: string | null }[]>`
    SELECT address, (array_agg(wallet_id))[1] AS wallet_id FROM (
      SELECT address, wallet_id FROM addresses
      UNION ALL
      SELECT address, wallet_id FROM ledger_accounts WHERE chain_id = ${chainId} AND type = 'asset' AND address IS NOT NULL
    ) t GROUP BY address ORDER BY address`
  return rows.map((r) => ({ address: r.address, walletId: r.wallet_id }))
}

export interface LedgerFigure {
  address: string
  asset: string
  accountId: string | null
  /** posted balance (debits − credits) of entries of blocks ≤ the block */
  posted: bigint
  pendingInbound: bigint
  pendingOutbound: bigint
}

const key = (address: string, asset: string) => `${address}|${asset}`

/**
 * The ledger side of a reconciliation at `blockNumber`, per (custody address, asset): the posted
 * balance of the address's asset account counting entries of blocks ≤ `blockNumber`, and the chain
 * effects at or below the block that the ledger has not booked yet (pending inbound: deposits detected
 * and awaiting their confirmation depth; pending outbound: value and gas of our transactions mined and
 * not yet settled). Read in one snapshot (the caller runs it in a REPEATABLE READ transaction), so a
 * settlement that commits meanwhile is counted exactly once. `address` limits it to one address.
 */
export async function ledgerFiguresAt(tx: DbOrTx, chainId: number, nativeAsset: string, blockNumber: bigint, address?: string): Promise<Map<string, LedgerFigure>> {
  const b = blockNumber.toString()
  const only = address ?? null
  // The whole-chain read aggregates every asset account at once: hash joins are right whatever the
  // statistics say (right after a bulk load they say "one row", and the nested loops that follow are
  // quadratic in the number of accounts).
  if (only === null) await tx.$executeRaw`SET LOCAL enable_nestloop = off`
  const [posted, inbound, outbound] = await Promise.all([
    only === null
      ? // every account: one pass over the postings of the chain's asset accounts
        tx.$queryRaw<{ address: string; asset: string; id: string; posted: string }[]>`
          SELECT a.address, a.asset, a.id, coalesce(s.posted, 0)::text AS posted
            FROM ledger_accounts a
            LEFT JOIN (
              SELECT p.account_id, sum(p.amount) AS posted
                FROM postings p
                JOIN ledger_accounts pa ON pa.id = p.account_id
                JOIN journal_entries e ON e.id = p.entry_id
               WHERE pa.chain_id = ${chainId} AND pa.type = 'asset' AND e.kind IN ('standard', 'post') AND e.block_number <= ${b}::bigint
               GROUP BY p.account_id
            ) s ON s.account_id = a.id
           WHERE a.chain_id = ${chainId} AND a.type = 'asset' AND a.address IS NOT NULL`
      : // one address (bisection): its accounts' postings only
        tx.$queryRaw<{ address: string; asset: string; id: string; posted: string }[]>`
          SELECT a.address, a.asset, a.id,
                 coalesce((SELECT sum(p.amount) FROM postings p JOIN journal_entries e ON e.id = p.entry_id
                            WHERE p.account_id = a.id AND e.kind IN ('standard', 'post') AND e.block_number <= ${b}::bigint), 0)::text AS posted
            FROM ledger_accounts a
           WHERE a.chain_id = ${chainId} AND a.type = 'asset' AND a.address = ${only}::text`,
    tx.$queryRaw<{ address: string; asset: string; amount: string }[]>`
      SELECT address, asset, sum(amount)::text AS amount FROM deposits
       WHERE chain_id = ${chainId} AND status = 'detected' AND block_number <= ${b}::bigint AND (${only}::text IS NULL OR address = ${only}::text)
       GROUP BY address, asset`,
    tx.$queryRaw<{ address: string; asset: string; amount: string }[]>`
      SELECT address, asset, sum(amount)::text AS amount FROM (
        SELECT w.from_address AS address, ${nativeAsset} AS asset, t.gas_used * t.effective_gas_price AS amount
          FROM tx_attempts t JOIN withdrawals w ON w.id = t.withdrawal_id
         WHERE t.chain_id = ${chainId} AND t.status = 'mined' AND w.status = 'mined' AND t.block_number <= ${b}::bigint
        UNION ALL
        SELECT w.from_address, w.asset, w.amount
          FROM tx_attempts t JOIN withdrawals w ON w.id = t.withdrawal_id
         WHERE t.chain_id = ${chainId} AND t.status = 'mined' AND w.status = 'mined' AND t.block_number <= ${b}::bigint
           AND t.receipt_status = 'success' AND t.kind <> 'cancel' AND w.amount > 0
      ) x WHERE ${only}::text IS NULL OR address = ${only}::text
       GROUP BY address, asset`,
  ])
  const out = new Map<string, LedgerFigure>()
  const get = (address: string, asset: string) => {
    const k = key(address, asset)
    let f = out.get(k)
    if (!f) out.set(k, (f = { address, asset, accountId: null, posted: 0n, pendingInbound: 0n, pendingOutbound: 0n }))
    return f
  }
  for (const r of posted) Object.assign(get(r.address, r.asset), { accountId: r.id, posted: BigInt(r.posted) })
  for (const r of inbound) get(r.address, r.asset).pendingInbound += BigInt(r.amount)
  for (const r of outbound) get(r.address, r.asset).pendingOutbound += BigInt(r.amount)
  return out
}

/** The ledger figure of (address, asset) from {@link ledgerFiguresAt}'s map (zero when absent). */
export function figureOf(map: Map<string, LedgerFigure>, address: string, asset: string): LedgerFigure {
  return map.get(key(address, asset)) ?? { address, asset, accountId: null, posted: 0n, pendingInbound: 0n, pendingOutbound: 0n }
}

/** How many nonces of `address` our own transactions used in blocks ≤ `blockNumber`. */
export async function minedNonceCount(db: DbOrTx, chainId: number, address: string, blockNumber: bigint): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT nonce)::int AS n FROM tx_attempts
     WHERE chain_id = ${chainId} AND from_address = ${address} AND status = 'mined' AND block_number <= ${blockNumber.toString()}::bigint`
  return rows[0]?.n ?? 0
}

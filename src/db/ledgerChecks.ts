/**
 * Whole-ledger invariant queries (read-only). Each returns the violations it finds (at most `limit`
 * samples) and how many there are; {@link ../domain/ledger/checkLedger} runs them in one snapshot.
 */
import type { DbOrTx } from './client'

export interface Violations<T> {
  count: number
  samples: T[]
}

async function collect<T>(rows: Promise<(T & { total: number })[]>): Promise<Violations<T>> {
  const r = await rows
  return { count: r[0]?.total ?? 0, samples: r.map(({ total: _t, ...x }) => x as unknown as T) }
}

export async function ledgerTotals(db: DbOrTx) {
  const [r] = await db.$queryRaw<{ entries: number; postings: number; accounts: number; withdrawals: number; deposits: number; adjustments: number }[]>`
    SELECT (SELECT count(*) FROM journal_entries)::int AS entries, (SELECT count(*) FROM postings)::int AS postings,
           (SELECT count(*) FROM ledger_accounts)::int AS accounts, (SELECT count(*) FROM withdrawals)::int AS withdrawals,
           (SELECT count(*) FROM deposits)::int AS deposits, (SELECT count(*) FROM ledger_adjustments)::int AS adjustments`
  return r!
}

/** Entries whose postings do not sum to zero in some asset. */
export function unbalancedEntries(db: DbOrTx, limit: number) {
  return collect<{ entryId: string; asset: string; sum: string }>(db.$queryRaw`
    SELECT entry_id AS "entryId", asset, sum::text, count(*) OVER ()::int AS total FROM (
      SELECT entry_id, asset, sum(amount) AS sum FROM postings GROUP BY entry_id, asset HAVING sum(amount) <> 0) t
     ORDER BY entry_id LIMIT ${limit}`)
}

/** Entries with the wrong number of postings: a void with postings, any other kind with fewer than two. */
export function malformedEntries(db: DbOrTx, limit: number) {
  return collect<{ entryId: string; kind: string; postings: number }>(db.$queryRaw`
    SELECT id AS "entryId", kind, n AS postings, count(*) OVER ()::int AS total FROM (
      SELECT e.id, e.kind, count(p.id)::int AS n FROM journal_entries e LEFT JOIN postings p ON p.entry_id = e.id GROUP BY e.id) t
     WHERE (kind = 'void' AND n > 0) OR (kind <> 'void' AND n < 2)
     ORDER BY id LIMIT ${limit}`)
}

/** Assets whose debits and credits differ, over all postings and over the balances table. */
export function debitsNotCredits(db: DbOrTx, limit: number) {
  return collect<{ source: string; asset: string; debits: string; credits: string }>(db.$queryRaw`
    SELECT source, asset, debits::text, credits::text, count(*) OVER ()::int AS total FROM (
      SELECT 'postings' AS source, asset, sum(greatest(amount, 0)) AS debits, sum(greatest(-amount, 0)) AS credits FROM postings GROUP BY asset
      UNION ALL
      SELECT 'balances.posted', a.asset, sum(b.posted_debits), sum(b.posted_credits)
        FROM ledger_balances b JOIN ledger_accounts a ON a.id = b.account_id GROUP BY a.asset
      UNION ALL
      SELECT 'balances.pending', a.asset, sum(b.pending_debits), sum(b.pending_credits)
        FROM ledger_balances b JOIN ledger_accounts a ON a.id = b.account_id GROUP BY a.asset
    ) t WHERE debits <> credits ORDER BY source, asset LIMIT ${limit}`)
}

/** Customer liability accounts whose posted or available balance is below zero. */
export function negativeCustomerBalances(db: DbOrTx, limit: number) {
  return collect<{ accountId: string; posted: string; available: string }>(db.$queryRaw`
    SELECT a.id AS "accountId", (b.posted_credits - b.posted_debits)::text AS posted,
           (b.posted_credits - b.posted_debits - b.pending_debits)::text AS available, count(*) OVER ()::int AS total
      FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id
     WHERE a.type = 'liability' AND (b.posted_credits - b.posted_debits < 0 OR b.posted_credits - b.posted_debits - b.pending_debits < 0)
     ORDER BY a.id LIMIT ${limit}`)
}

/**
 * Accounts whose balance row differs from the sums of their postings (posted: `standard` and `post`
 * entries; pending: holds not yet posted or voided), or that have no balance row, or whose latest
 * running balance (on its newest posting or release) is not the balance row.
 */
export function balanceDrift(db: DbOrTx, limit: number) {
  return collect<{ accountId: string; problem: string; table: string; fromPostings: string }>(db.$queryRaw`
    WITH s AS (
      SELECT p.account_id,
             coalesce(sum(greatest(p.amount, 0)) FILTER (WHERE e.kind IN ('standard', 'post')), 0) AS pd,
             coalesce(sum(greatest(-p.amount, 0)) FILTER (WHERE e.kind IN ('standard', 'post')), 0) AS pc,
             coalesce(sum(greatest(p.amount, 0)) FILTER (WHERE e.kind = 'hold' AND r.id IS NULL), 0) AS hd,
             coalesce(sum(greatest(-p.amount, 0)) FILTER (WHERE e.kind = 'hold' AND r.id IS NULL), 0) AS hc
        FROM postings p JOIN journal_entries e ON e.id = p.entry_id
        LEFT JOIN journal_entries r ON r.hold_id = e.id
       GROUP BY p.account_id
    ),
    last AS (
      SELECT DISTINCT ON (account_id) account_id, d, c, hd, hc FROM (
        SELECT account_id, after_version AS v, after_posted_debits AS d, after_posted_credits AS c, after_pending_debits AS hd, after_pending_credits AS hc FROM postings
        UNION ALL
        SELECT account_id, after_version, after_posted_debits, after_posted_credits, after_pending_debits, after_pending_credits FROM ledger_releases
      ) x ORDER BY account_id, v DESC
    ),
    problems AS (
      SELECT a.id AS account_id, 'no balance row' AS problem, '' AS tbl, '' AS sums
        FROM ledger_accounts a LEFT JOIN ledger_balances b ON b.account_id = a.id WHERE b.account_id IS NULL
      UNION ALL
      SELECT b.account_id, 'balance row is not the sum of the postings',
             concat_ws('/', b.posted_debits, b.posted_credits, b.pending_debits, b.pending_credits),
             concat_ws('/', coalesce(s.pd, 0), coalesce(s.pc, 0), coalesce(s.hd, 0), coalesce(s.hc, 0))
        FROM ledger_balances b LEFT JOIN s ON s.account_id = b.account_id
       WHERE b.posted_debits <> coalesce(s.pd, 0) OR b.posted_credits <> coalesce(s.pc, 0)
          OR b.pending_debits <> coalesce(s.hd, 0) OR b.pending_credits <> coalesce(s.hc, 0)
      UNION ALL
      SELECT b.account_id, 'latest running balance is not the balance row',
             concat_ws('/', b.posted_debits, b.posted_credits, b.pending_debits, b.pending_credits),
             concat_ws('/', l.d, l.c, l.hd, l.hc)
        FROM ledger_balances b JOIN last l ON l.account_id = b.account_id
       WHERE (b.posted_debits, b.posted_credits, b.pending_debits, b.pending_credits) <> (l.d, l.c, l.hd, l.hc)
    )
    SELECT account_id AS "accountId", problem, tbl AS "table", sums AS "fromPostings", count(*) OVER ()::int AS total
      FROM problems ORDER BY account_id LIMIT ${limit}`)
}

/** Entries that point at a withdrawal, deposit or adjustment that does not exist. */
export function danglingEntries(db: DbOrTx, limit: number) {
  return collect<{ entryId: string; refType: string; refId: string }>(db.$queryRaw`
    SELECT e.id AS "entryId", e.ref_type AS "refType", e.ref_id AS "refId", count(*) OVER ()::int AS total
      FROM journal_entries e
     WHERE (e.ref_type = 'withdrawal' AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.id = e.ref_id))
        OR (e.ref_type = 'deposit' AND NOT EXISTS (SELECT 1 FROM deposits d WHERE d.id = e.ref_id))
        OR (e.ref_type = 'adjustment' AND NOT EXISTS (SELECT 1 FROM ledger_adjustments x WHERE x.id = e.ref_id))
     ORDER BY e.id LIMIT ${limit}`)
}

/** A journal entry of a business object, with its postings by account code. */
export interface ObjectEntry {
  id: string
  kind: 'standard' | 'hold' | 'post' | 'void'
  event: string
  hold: string | null
  block: string | null
  postings: { code: string; amount: string }[] | null
}

export interface WithdrawalWithEntries {
  id: string
  kind: string
  status: string
  walletId: string
  chainId: number
  asset: string
  fromAddress: string
  amount: string
  feePaid: string | null
  blockNumber: string | null
  holdEntryId: string | null
  entries: ObjectEntry[] | null
}

/** Withdrawals with their journal entries (postings by account code), by id, a page at a time. */
export async function withdrawalsWithEntries(db: DbOrTx, after: string | null, limit: number): Promise<WithdrawalWithEntries[]> {
  return db.$queryRaw<WithdrawalWithEntries[]>`
    SELECT w.id, w.kind, w.status, w.wallet_id AS "walletId", w.chain_id AS "chainId", w.asset, w.from_address AS "fromAddress",
           w.amount::text, w.fee_paid::text AS "feePaid", w.block_number::text AS "blockNumber", w.hold_entry_id AS "holdEntryId",
           (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'event', e.event, 'hold', e.hold_id, 'block', e.block_number::text,
                    'postings', (SELECT json_agg(json_build_object('code', a.code, 'amount', p.amount::text) ORDER BY p.id)
                                   FROM postings p JOIN ledger_accounts a ON a.id = p.account_id WHERE p.entry_id = e.id)) ORDER BY e.seq)
              FROM journal_entries e WHERE e.ref_type = 'withdrawal' AND e.ref_id = w.id) AS entries
      FROM withdrawals w
     WHERE ${after}::uuid IS NULL OR w.id > ${after}::uuid
     ORDER BY w.id LIMIT ${limit}`
}

export interface DepositWithEntries {
  id: string
  status: string
  walletId: string
  chainId: number
  asset: string
  address: string
  amount: string
  blockNumber: string
  creditEntryId: string | null
  entries: ObjectEntry[] | null
}

/** Deposits with their journal entries, by id, a page at a time. */
export async function depositsWithEntries(db: DbOrTx, after: string | null, limit: number): Promise<DepositWithEntries[]> {
  return db.$queryRaw<DepositWithEntries[]>`
    SELECT d.id, d.status, d.wallet_id AS "walletId", d.chain_id AS "chainId", d.asset, d.address, d.amount::text,
           d.block_number::text AS "blockNumber", d.credit_entry_id AS "creditEntryId",
           (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'event', e.event, 'hold', e.hold_id, 'block', e.block_number::text,
                    'postings', (SELECT json_agg(json_build_object('code', a.code, 'amount', p.amount::text) ORDER BY p.id)
                                   FROM postings p JOIN ledger_accounts a ON a.id = p.account_id WHERE p.entry_id = e.id)) ORDER BY e.seq)
              FROM journal_entries e WHERE e.ref_type = 'deposit' AND e.ref_id = d.id) AS entries
      FROM deposits d
     WHERE ${after}::uuid IS NULL OR d.id > ${after}::uuid
     ORDER BY d.id LIMIT ${limit}`
}

/** Adjustments whose entry is not exactly (account +amount, counter account −amount) at their block. */
export function malformedAdjustments(db: DbOrTx, limit: number) {
  return collect<{ adjustmentId: string; entryId: string }>(db.$queryRaw`
    SELECT x.id AS "adjustmentId", x.entry_id AS "entryId", count(*) OVER ()::int AS total
      FROM ledger_adjustments x JOIN journal_entries e ON e.id = x.entry_id
     WHERE e.ref_type <> 'adjustment' OR e.ref_id <> x.id OR e.kind <> 'standard' OR e.block_number IS DISTINCT FROM x.block_number
        OR (SELECT count(*) FROM postings p WHERE p.entry_id = e.id) <> 2
        OR NOT EXISTS (SELECT 1 FROM postings p WHERE p.entry_id = e.id AND p.account_id = x.account_id AND p.amount = x.amount)
        OR NOT EXISTS (SELECT 1 FROM postings p WHERE p.entry_id = e.id AND p.account_id = x.counter_account_id AND p.amount = -x.amount)
     ORDER BY x.id LIMIT ${limit}`)
}

/**
 * Ledger exports read through a server-side cursor (`DECLARE … CURSOR` / `FETCH n`) on a connection of
 * their own, in one REPEATABLE READ READ ONLY transaction: the rows come in batches of bounded size
 * (the whole export is never in memory) and all of them from one consistent snapshot, however long the
 * client takes to read them. The column names are a contract (README, "Exports").
 *
 * The dedicated connection is bounded (issue 13, L7): `statement_timeout` ends a query that runs too
 * long, and `idle_in_transaction_session_timeout` ends the snapshot of a reader that stopped reading
 * (its transaction waits, idle, between two FETCHes), so no export holds a connection and an old
 * snapshot (which keeps VACUUM from reclaiming rows) without bound. Either ends the export with
 * AppError `dependency_unavailable`.
 */
import { Client } from 'pg'
import { AppError } from '../lib/errors'
import { pgErrorCode } from './client'

/** Limits of an export's dedicated connection, milliseconds. */
export interface ExportConnectionLimits {
  statementTimeoutMs: number
  idleInTransactionTimeoutMs: number
}

export interface ExportFilter {
  /** entries booked at or after (inclusive) */
  from: Date
  /** entries booked before (exclusive) */
  to: Date
  accountId?: string
  walletId?: string
  asset?: string
  chainId?: number
}

/** Column names of the entries export, one row per posting (a void entry: one row without posting). */
export const ENTRY_COLUMNS = [
  'entry_id',
  'entry_seq',
  'created_at',
  'kind',
  'event',
  'ref_type',
  'ref_id',
  'hold_id',
  'chain_id',
  'block_number',
  'description',
  'posting_id',
  'account_id',
  'account_code',
  'account_type',
  'account_role',
  'asset',
  'wallet_id',
  'address',
  'amount',
  'debit',
  'credit',
  'account_version',
  'account_posted_after',
] as const

/** Column names of the balances export, one row per account. */
export const BALANCE_COLUMNS = [
  'account_id',
  'account_code',
  'account_type',
  'account_role',
  'normal_balance',
  'asset',
  'chain_id',
  'wallet_id',
  'address',
  'from',
  'to',
  'opening_posted',
  'debits',
  'credits',
  'closing_posted',
  'closing_pending',
  'closing_available',
  'entries',
] as const

export type ExportRow = Record<string, string | null>

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`

function filterParams(f: ExportFilter): unknown[] {
  return [f.from.toISOString(), f.to.toISOString(), f.accountId ?? null, f.walletId ?? null, f.asset ?? null, f.chainId ?? null]
}

const ENTRIES_SQL = `
  SELECT e.id::text AS entry_id, e.seq::text AS entry_seq, to_char(e.created_at AT TIME ZONE 'UTC', ${ISO}) AS created_at,
         e.kind, e.event, e.ref_type, e.ref_id::text, e.hold_id::text, e.chain_id::text, e.block_number::text, e.description,
         p.id::text AS posting_id, a.id::text AS account_id, a.code AS account_code, a.type AS account_type, a.role AS account_role,
         p.asset, a.wallet_id::text, a.address,
         p.amount::text, greatest(p.amount, 0)::text AS debit, greatest(-p.amount, 0)::text AS credit,
         p.after_version::text AS account_version,
         (CASE WHEN a.normal_balance = 'debit' THEN p.after_posted_debits - p.after_posted_credits
               ELSE p.after_posted_credits - p.after_posted_debits END)::text AS account_posted_after
    FROM journal_entries e
    LEFT JOIN postings p ON p.entry_id = e.id
    LEFT JOIN ledger_accounts a ON a.id = p.account_id
   WHERE e.created_at >= $1::timestamptz AND e.created_at < $2::timestamptz
     AND ($3::uuid IS NULL OR p.account_id = $3::uuid)
     AND ($4::uuid IS NULL OR a.wallet_id = $4::uuid)
     AND ($5::text IS NULL OR p.asset = $5::text)
     AND ($6::int IS NULL OR e.chain_id = $6::int)
   ORDER BY e.seq, p.id`

const BALANCES_SQL = `
  SELECT a.id::text AS account_id, a.code AS account_code, a.type AS account_type, a.role AS account_role, a.normal_balance,
         a.asset, a.chain_id::text, a.wallet_id::text, a.address,
         to_char($1::timestamptz AT TIME ZONE 'UTC', ${ISO}) AS "from", to_char($2::timestamptz AT TIME ZONE 'UTC', ${ISO}) AS "to",
         (s.sign * s.opening)::text AS opening_posted, s.debits::text, s.credits::text,
         (s.sign * (s.opening + s.debits - s.credits))::text AS closing_posted,
         (s.sign * (s.opening + s.debits - s.credits) + s.pending_in - s.pending_out)::text AS closing_pending,
         (s.sign * (s.opening + s.debits - s.credits) - s.pending_out)::text AS closing_available,
         s.entries::text
    FROM ledger_accounts a
    CROSS JOIN LATERAL (
      SELECT CASE WHEN a.normal_balance = 'debit' THEN 1 ELSE -1 END AS sign,
             coalesce(sum(p.amount) FILTER (WHERE e.kind IN ('standard', 'post') AND e.created_at < $1::timestamptz), 0) AS opening,
             coalesce(sum(greatest(p.amount, 0)) FILTER (WHERE e.kind IN ('standard', 'post') AND e.created_at >= $1::timestamptz), 0) AS debits,
             coalesce(sum(greatest(-p.amount, 0)) FILTER (WHERE e.kind IN ('standard', 'post') AND e.created_at >= $1::timestamptz), 0) AS credits,
             coalesce(sum(CASE WHEN a.normal_balance = 'debit' THEN greatest(p.amount, 0) ELSE greatest(-p.amount, 0) END)
                        FILTER (WHERE e.kind = 'hold' AND NOT EXISTS (
                          SELECT 1 FROM journal_entries r WHERE r.hold_id = e.id AND r.created_at < $2::timestamptz)), 0) AS pending_in,
             coalesce(sum(CASE WHEN a.normal_balance = 'debit' THEN greatest(-p.amount, 0) ELSE greatest(p.amount, 0) END)
                        FILTER (WHERE e.kind = 'hold' AND NOT EXISTS (
                          SELECT 1 FROM journal_entries r WHERE r.hold_id = e.id AND r.created_at < $2::timestamptz)), 0) AS pending_out,
             count(DISTINCT e.id) FILTER (WHERE e.created_at >= $1::timestamptz) AS entries
        FROM postings p JOIN journal_entries e ON e.id = p.entry_id
       WHERE p.account_id = a.id AND e.created_at < $2::timestamptz
    ) s
   WHERE ($3::uuid IS NULL OR a.id = $3::uuid)
     AND ($4::uuid IS NULL OR a.wallet_id = $4::uuid)
     AND ($5::text IS NULL OR a.asset = $5::text)
     AND ($6::int IS NULL OR a.chain_id = $6::int)
   ORDER BY a.id`

/**
 * Streams the rows of `sql` in batches of `batch` through a cursor on a dedicated connection. Closing
 * the iterator early (the client went away) ends the transaction and the connection.
 */
async function* cursorBatches(databaseUrl: string, sql: string, params: unknown[], batch: number, limits?: ExportConnectionLimits): AsyncGenerator<ExportRow[]> {
  const c = new Client({
    connectionString: databaseUrl,
    application_name: 'custody-ledger-export',
    ...(limits ? { statement_timeout: limits.statementTimeoutMs, idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs } : {}),
  })
  // The server ends an idle-in-transaction session by closing it (25P03): that arrives as an 'error'
  // event (uncaught without a listener), and the next query fails with a generic "not queryable".
  let connectionError: unknown
  c.on('error', (e) => {
    connectionError ??= e
  })
  await c.connect()
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    await c.query(`DECLARE ledger_export NO SCROLL CURSOR FOR ${sql}`, params)
    for (;;) {
      const r = await c.query<ExportRow>(`FETCH ${batch} FROM ledger_export`)
      if (!r.rows.length) break
      yield r.rows
    }
    await c.query('COMMIT')
  } catch (e) {
    // 57014: statement_timeout; 25P03: idle_in_transaction_session_timeout
    const code = pgErrorCode(e) ?? pgErrorCode(connectionError)
    if (code === '57014' || code === '25P03') throw new AppError('dependency_unavailable', 'the export exceeded its time limits (LEDGER_EXPORT_STATEMENT_TIMEOUT_SECONDS / LEDGER_EXPORT_IDLE_TIMEOUT_SECONDS); narrow it with from/to', { cause: e, extra: { retryAfterSeconds: 5 } })
    throw e
  } finally {
    await c.end().catch(() => undefined)
  }
}

/** Entries (one row per posting) booked in [from, to), by entry sequence then posting, in batches. */
export function streamEntryRows(databaseUrl: string, f: ExportFilter, batch = 2000, limits?: ExportConnectionLimits): AsyncGenerator<ExportRow[]> {
  return cursorBatches(databaseUrl, ENTRIES_SQL, filterParams(f), batch, limits)
}

/** Per account: opening and closing balances and the debits and credits of [from, to), in batches. */
export function streamBalanceRows(databaseUrl: string, f: ExportFilter, batch = 2000, limits?: ExportConnectionLimits): AsyncGenerator<ExportRow[]> {
  return cursorBatches(databaseUrl, BALANCES_SQL, filterParams(f), batch, limits)
}

/**
 * Exports of the ledger for finance tools: journal entries (one row per posting) and balances per
 * account over a time range, as CSV (RFC 4180, with a header row) or JSON lines (one object per line,
 * the same keys). Both are produced batch by batch from a database cursor, so an export of any size
 * is streamed with bounded memory. Amounts are decimal strings of base units; times are ISO 8601 UTC.
 */
import { BALANCE_COLUMNS, ENTRY_COLUMNS, streamBalanceRows, streamEntryRows, type ExportFilter, type ExportRow } from '../../db/ledgerExports'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'

export type ExportFormat = 'csv' | 'jsonl'

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson' }

export interface ExportQuery {
  format: ExportFormat
  /** inclusive; default: the beginning */
  from?: Date
  /** exclusive; default: now */
  to?: Date
  accountId?: string
  walletId?: string
  asset?: string
  chainId?: number
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; null is empty. */
export function csvField(v: string | null | undefined): string {
  if (v === null || v === undefined) return ''
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

async function* render(columns: readonly string[], batches: AsyncGenerator<ExportRow[]>, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield columns.join(',') + '\r\n'
  for await (const rows of batches) {
    let out = ''
    for (const r of rows) {
      if (format === 'csv') out += columns.map((c) => csvField(r[c])).join(',') + '\r\n'
      else out += JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null]))) + '\n'
    }
    yield out
  }
}

// Exports running in this process (each holds a dedicated database connection and a snapshot).
let runningExports = 0

/**
 * Runs an export in one of LEDGER_EXPORT_CONCURRENCY slots of this process: the slot is taken when the
 * first piece is asked for (before anything is sent, so a full house is still a problem response) and
 * given back when the export ends, fails or its reader goes away.
 * @throws AppError `too_many_exports` (429, Retry-After) when every slot is taken
 */
async function* inExportSlot(deps: Deps, body: () => AsyncGenerator<string>): AsyncGenerator<string> {
  const max = deps.config.ledgerExport.concurrency
  if (runningExports >= max) {
    throw new AppError('too_many_exports', `${max} ledger export(s) are running in this process (LEDGER_EXPORT_CONCURRENCY); retry shortly`, { extra: { retryAfterSeconds: 5 } })
  }
  runningExports++
  try {
    yield* body()
  } finally {
    runningExports--
  }
}

function limitsOf(deps: Deps) {
  return { statementTimeoutMs: deps.config.ledgerExport.statementTimeoutSeconds * 1000, idleInTransactionTimeoutMs: deps.config.ledgerExport.idleTimeoutSeconds * 1000 }
}

function filterOf(q: ExportQuery): ExportFilter {
  const from = q.from ?? new Date(0)
  const to = q.to ?? new Date()
  if (from >= to) throw new AppError('validation_failed', '`from` must be before `to`', { errors: [{ pointer: '/query/from', detail: 'must be before to' }] })
  return {
    from,
    to,
    ...(q.accountId ? { accountId: q.accountId } : {}),
    ...(q.walletId ? { walletId: q.walletId } : {}),
    ...(q.asset ? { asset: q.asset } : {}),
    ...(q.chainId ? { chainId: q.chainId } : {}),
  }
}

/**
 * Journal entries booked in [from, to): one row per posting (a void entry, which has none, as one row
 * with empty posting columns), by entry sequence. Columns: {@link ENTRY_COLUMNS}.
 * @throws AppError `validation_failed` when `from` is not before `to` (before any row is produced)
 */
export function exportLedgerEntries(deps: Deps, q: ExportQuery): AsyncGenerator<string> {
  const f = filterOf(q)
  return inExportSlot(deps, () => render(ENTRY_COLUMNS, streamEntryRows(deps.config.database.url, f, 2000, limitsOf(deps)), q.format))
}

/**
 * Per account: posted balance at `from` (opening) and at `to` (closing), debits and credits of posted
 * entries in between, pending and available at `to`, and how many entries touched it in the range;
 * balances are signed by the account's normal balance. Columns: {@link BALANCE_COLUMNS}.
 * @throws AppError `validation_failed` when `from` is not before `to`
 */
export function exportLedgerBalances(deps: Deps, q: ExportQuery): AsyncGenerator<string> {
  const f = filterOf(q)
  return inExportSlot(deps, () => render(BALANCE_COLUMNS, streamBalanceRows(deps.config.database.url, f, 2000, limitsOf(deps)), q.format))
}

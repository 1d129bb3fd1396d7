/**
 * Read-side use cases of reconciliations: a report, the list of runs, a run's report lines.
 */
import { getReconciliation, listReconciliationItems, listReconciliations, type ReconciliationStatus } from '../../db/reconciliations'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { reconciliationItemView, reconciliationView } from './views'

/** Mismatched lines returned inline with a report; the rest are paged with the items endpoint. */
export const REPORT_MISMATCHES = 100

/**
 * A run with its mismatched lines (the first {@link REPORT_MISMATCHES}, by address).
 * @throws AppError `reconciliation_not_found`
 */
export async function getReconciliationReport(deps: Deps, id: string) {
  const r = await getReconciliation(deps.db, id)
  if (!r) throw new AppError('reconciliation_not_found', `reconciliation ${id} does not exist`)
  const mismatches = r.mismatchedCount ? await listReconciliationItems(deps.db, id, { status: 'mismatched' }, { limit: REPORT_MISMATCHES }) : []
  return { ...reconciliationView(r), mismatches: mismatches.map(reconciliationItemView), mismatchesTruncated: r.mismatchedCount > mismatches.length }
}
export type ReconciliationReport = Awaited<ReturnType<typeof getReconciliationReport>>

export async function listReconciliationViews(deps: Deps, filter: { chainId?: number; status?: ReconciliationStatus }, page: Page) {
  return (await listReconciliations(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })).map(reconciliationView)
}

/** Cursor of a report line: `{address}|{asset}`. */
export function itemCursor(i: { address: string; asset: string }): string {
  return `${i.address.toLowerCase()}|${i.asset}`
}

/** @throws AppError `reconciliation_not_found`, `validation_failed` (bad cursor) */
export async function listReconciliationItemViews(deps: Deps, id: string, filter: { status?: 'matched' | 'mismatched' }, page: Page) {
  if (!(await getReconciliation(deps.db, id))) throw new AppError('reconciliation_not_found', `reconciliation ${id} does not exist`)
  let after: { address: string; asset: string } | undefined
  if (page.cursor !== undefined) {
    const m = /^(0x[0-9a-f]{40})\|(.+)$/.exec(page.cursor)
    if (!m) throw new AppError('validation_failed', 'the cursor is not one this list returned', { errors: [{ pointer: '/query/cursor', detail: 'invalid cursor' }] })
    after = { address: m[1]!, asset: m[2]! }
  }
  const rows = await listReconciliationItems(deps.db, id, filter, { limit: page.limit, ...(after ? { after } : {}) })
  return rows.map(reconciliationItemView)
}

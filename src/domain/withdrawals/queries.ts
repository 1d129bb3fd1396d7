/**
 * Read-side use cases of withdrawals and sweeps.
 */
import { getAttempts, getWithdrawal, listWithdrawals, type WithdrawalFilter } from '../../db/withdrawals'
import { listApprovals } from '../../db/policies'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { withdrawalView, type WithdrawalView } from '../views'

/** A withdrawal with all its attempts and approver decisions. @throws AppError `withdrawal_not_found` */
export async function getWithdrawalView(deps: Deps, id: string, kind: WithdrawalFilter['kind'] = 'withdrawal'): Promise<WithdrawalView> {
  const w = await getWithdrawal(deps.db, id)
  if (!w || (kind && w.kind !== kind)) throw new AppError('withdrawal_not_found', `withdrawal ${id} does not exist`)
  const [attempts, approvals] = await Promise.all([getAttempts(deps.db, id), listApprovals(deps.db, id)])
  return withdrawalView(w, attempts, approvals)
}

export async function listWithdrawalViews(deps: Deps, filter: WithdrawalFilter, page: Page): Promise<WithdrawalView[]> {
  const rows = await listWithdrawals(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  return rows.map((w) => withdrawalView(w))
}

/**
 * Read-side use cases of deposits.
 */
import { getDeposit, listDeposits, type DepositStatus } from '../../db/deposits'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { depositView, type DepositView } from '../views'

/** @throws AppError `deposit_not_found` */
export async function getDepositView(deps: Deps, id: string): Promise<DepositView> {
  const d = await getDeposit(deps.db, id)
  if (!d) throw new AppError('deposit_not_found', `deposit ${id} does not exist`)
  return depositView(d)
}

export async function listDepositViews(
  deps: Deps,
  filter: { walletId?: string; status?: DepositStatus; chainId?: number; address?: string },
  page: Page,
): Promise<DepositView[]> {
  const rows = await listDeposits(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  return rows.map(depositView)
}

/**
 * Read-side use cases of sweeps and sweep policies.
 */
import { availableInLedger, getSweeps, listSweepPolicies } from '../../db/sweeps'
import { getAttempts, getWithdrawal, listWithdrawals, type WithdrawalRow, type WithdrawalStatus } from '../../db/withdrawals'
import { getWallet } from '../../db/wallets'
import { AppError } from '../../lib/errors'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { sweepPolicyView, sweepView, type SweepPolicyView, type SweepView } from '../views'

/** @throws AppError `wallet_not_found` */
export async function listSweepPolicyViews(deps: Deps, walletId: string): Promise<SweepPolicyView[]> {
  if (!(await getWallet(deps.db, walletId))) throw new AppError('wallet_not_found', `wallet ${walletId} does not exist`)
  return (await listSweepPolicies(deps.db, { walletId })).map(sweepPolicyView)
}

async function toViews(deps: Deps, rows: WithdrawalRow[], withAttempts: boolean): Promise<SweepView[]> {
  const sweeps = await getSweeps(deps.db, rows.map((r) => r.id))
  return Promise.all(
    rows.map(async (w) => {
      const s = sweeps.get(w.id)
      const topUp = s?.topupWithdrawalId ? await getWithdrawal(deps.db, s.topupWithdrawalId) : null
      const dust = await availableInLedger(deps.db, nativeAsset(w.chainId), w.fromAddress)
      return sweepView(w, s, topUp, dust, withAttempts ? await getAttempts(deps.db, w.id) : undefined)
    }),
  )
}

/** Sweeps, newest first. */
export async function listSweepViews(deps: Deps, filter: { walletId?: string; status?: WithdrawalStatus; chainId?: number }, page: Page): Promise<SweepView[]> {
  const rows = await listWithdrawals(deps.db, { kind: 'sweep', ...filter }, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  return toViews(deps, rows, false)
}

/** A sweep with its attempts. @throws AppError `withdrawal_not_found` */
export async function getSweepView(deps: Deps, id: string): Promise<SweepView> {
  const w = await getWithdrawal(deps.db, id)
  if (!w || w.kind !== 'sweep') throw new AppError('withdrawal_not_found', `sweep ${id} does not exist`)
  return (await toViews(deps, [w], true))[0]!
}

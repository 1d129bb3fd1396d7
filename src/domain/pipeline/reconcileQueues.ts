/**
 * Re-creates queue work from Postgres state. Redis only carries work; this makes losing it harmless.
 * Runs at worker start and on every chain tick (cheap: one indexed query).
 */
import { findRunningKekRotation } from '../../db/kekRotations'
import { queuedHeads } from '../../db/withdrawals'
import { enqueueKekRotation, enqueueSubmit, scheduleChainTick, scheduleSweeps } from '../../jobs/queues'
import type { Deps } from '../deps'

/** Enqueues the submit job of the oldest queued withdrawal of each (chain, from-address). */
export async function requeueQueuedWithdrawals(deps: Deps, chainId?: number): Promise<number> {
  const heads = (await queuedHeads(deps.db)).filter((h) => chainId === undefined || h.chainId === chainId)
  for (const h of heads) await enqueueSubmit(deps.queues, { withdrawalId: h.withdrawalId })
  return heads.length
}

/** Schedules every configured chain's tick and sweep job, re-enqueues queued withdrawals and a running KEK rotation. */
export async function reconcileQueues(deps: Deps): Promise<void> {
  for (const c of deps.config.chains) await scheduleChainTick(deps.queues, { chainId: c.chainId }, c.pollIntervalMs)
  for (const c of deps.config.chains) await scheduleSweeps(deps.queues, { chainId: c.chainId }, c.sweepIntervalMs)
  const rotation = await findRunningKekRotation(deps.db, deps.custody.backend.name)
  if (rotation) await enqueueKekRotation(deps.queues, { rotationId: rotation.id })
  const n = await requeueQueuedWithdrawals(deps)
  deps.logger.info({ chains: deps.config.chains.map((c) => c.chainId), requeued: n }, 'queues reconciled from Postgres')
}

/**
 * Re-creates queue work from Postgres state. Redis only carries work; this makes losing it harmless.
 * Runs at worker start, on every chain tick (cheap: one indexed query), and when a worker process finds
 * the schedules gone from Redis (`schedulesLost`, checked every QUEUE_RECONCILE_SECONDS).
 */
import { findRunningKekRotation } from '../../db/kekRotations'
import { queuedHeads } from '../../db/withdrawals'
import { chainTickScheduled, enqueueKekRotation, enqueueSubmit, scheduleChainTick, scheduleSweeps } from '../../jobs/queues'
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

/**
 * Whether Redis lost the repeating schedules (it restarted empty, or was flushed): a configured chain has
 * no tick scheduled. Everything else is re-created from the chain tick, except the schedules themselves,
 * which only `reconcileQueues` at worker start wrote, so a worker that keeps running must notice.
 * @throws when Redis is unreachable
 */
export async function schedulesLost(deps: Deps): Promise<boolean> {
  for (const c of deps.config.chains) if (!(await chainTickScheduled(deps.queues, { chainId: c.chainId }))) return true
  return false
}

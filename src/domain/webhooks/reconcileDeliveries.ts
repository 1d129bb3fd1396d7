/**
 * Re-creates delivery jobs from Postgres: Redis only carries work, so losing it (a flush, a failover
 * without persistence, a relay that committed but could not enqueue) loses no delivery.
 *
 * At worker start every pending delivery is enqueued again, with its remaining delay; periodically,
 * the ones overdue by more than twice the reconcile period. Job ids are deterministic, so a job that still
 * exists is left as it is. A job that runs twice finds the delivery already moved on and does nothing.
 */
import { pendingDeliveries } from '../../db/webhooks'
import { enqueueWebhookDeliveries } from '../../jobs/queues'
import type { Deps } from '../deps'

const BATCH = 2000

/**
 * @param scope `all`: pending deliveries (at start; the 100,000 due first, the periodic scan covers any
 *              beyond as they fall due); `overdue`: the 2,000 most overdue by more than 2 × the period
 * @returns how many jobs were (re-)submitted to the queue
 */
export async function reconcileDeliveries(deps: Deps, scope: 'all' | 'overdue'): Promise<number> {
  const overdueMs = scope === 'all' ? null : deps.config.webhooks.reconcileSeconds * 2000
  const max = scope === 'all' ? 100_000 : BATCH
  let total = 0
  const rows = await pendingDeliveries(deps.db, overdueMs, max)
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH)
    await enqueueWebhookDeliveries(
      deps.queues,
      chunk.map((d) => ({ deliveryId: d.id, endpointId: d.endpointId, round: d.round, delayMs: Math.max(0, d.dueInMs) })),
    )
    total += chunk.length
  }
  return total
}

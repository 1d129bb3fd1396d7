/**
 * The outbox relay: publishes committed events and turns each into one delivery per matching endpoint.
 *
 * Steps of one run (one database transaction, one relay at a time across processes):
 *  1. take the relay lock (another process relaying → nothing to do);
 *  2. read the oldest committed events not yet relayed (`relay_seq IS NULL`);
 *  3. match them with the enabled endpoints (event-type filter; an endpoint receives events that
 *     happened from its creation on);
 *  4. stamp their publication sequence, insert the deliveries and advance the counter; commit;
 *  5. enqueue one BullMQ job per delivery (deterministic id).
 * A crash before 4 commits leaves the events unrelayed (the next run takes them); a crash or a Redis
 * failure between 4 and 5 leaves pending deliveries without a job, which reconcileDeliveries enqueues
 * from Postgres. Nothing committed is lost, whatever stops when.
 */
import { withTx } from '../../db/client'
import { enabledEndpoints, hasUnrelayedEvents, lockRelay, publishEvents, unrelayedEvents } from '../../db/webhooks'
import { enqueueWebhookDeliveries } from '../../jobs/queues'
import { errorMessage } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { matchesEventFilter } from './eventTypes'

export interface RelayResult {
  /** events published by this run */
  events: number
  /** deliveries created */
  deliveries: number
  /** whether their jobs were enqueued (false: Redis failed; the reconciler will) */
  enqueued: boolean
  /** another relay held the lock */
  busy: boolean
}

/**
 * Relays up to `limit` events.
 * @throws AppError `dependency_unavailable` when Postgres is down
 */
export async function relayEvents(deps: Deps, limit: number = deps.config.webhooks.relayBatchSize): Promise<RelayResult> {
  if (!(await hasUnrelayedEvents(deps.db))) return { events: 0, deliveries: 0, enqueued: true, busy: false }
  const r = await withTx(deps.db, async (tx) => {
    const next = await lockRelay(tx)
    if (next === null) return null
    const events = await unrelayedEvents(tx, limit)
    if (!events.length) return { events: 0, created: [] }
    const endpoints = await enabledEndpoints(tx)
    const deliveries: { id: string; eventId: string; endpointId: string }[] = []
    for (const e of events) {
      for (const ep of endpoints) {
        if (ep.createdAt <= e.createdAt && matchesEventFilter(e.type, ep.eventTypes)) deliveries.push({ id: newId(), eventId: e.id, endpointId: ep.id })
      }
    }
    const created = await publishEvents(tx, events.map((e) => e.id), next, deliveries)
    return { events: events.length, created }
  })
  if (!r) return { events: 0, deliveries: 0, enqueued: true, busy: true }
  let enqueued = true
  try {
    await enqueueWebhookDeliveries(deps.queues, r.created.map((d) => ({ deliveryId: d.id, endpointId: d.endpointId, round: 1 })))
  } catch (e) {
    enqueued = false
    deps.logger.warn({ err: errorMessage(e), deliveries: r.created.length }, 'could not enqueue webhook deliveries; the reconciler will')
  }
  return { events: r.events, deliveries: r.created.length, enqueued, busy: false }
}

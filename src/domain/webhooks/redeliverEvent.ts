/**
 * Sends an event again (`POST /v1/events/{id}/redeliver`): to one endpoint, or to every enabled endpoint
 * whose filter matches the event type (including endpoints created after the event).
 *
 * Each delivery starts a new round with the full retry schedule; earlier attempts stay in the log. The
 * request carries the same `webhook-id` (the event id) as before, so a receiver that already processed
 * the event recognises it.
 */
import { withTx } from '../../db/client'
import { enabledEndpoints, getEndpoint, getEvent, listAttempts, listDeliveries, startRedeliveries } from '../../db/webhooks'
import { enqueueWebhookDeliveries } from '../../jobs/queues'
import { AppError, errorMessage } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { matchesEventFilter } from './eventTypes'
import { deliveryView, type DeliveryView } from './views'

/**
 * @returns the deliveries now pending
 * @throws AppError `event_not_found`, `webhook_endpoint_not_found`, `invalid_state` (endpoint disabled)
 */
export async function redeliverEvent(deps: Deps, eventId: string, input: { endpointId?: string }): Promise<DeliveryView[]> {
  const event = await getEvent(deps.db, eventId)
  if (!event) throw new AppError('event_not_found', `event ${eventId} does not exist`)
  let endpointIds: string[]
  if (input.endpointId) {
    const e = await getEndpoint(deps.db, input.endpointId)
    if (!e) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${input.endpointId} does not exist`)
    if (e.status !== 'enabled') throw new AppError('invalid_state', `webhook endpoint ${e.id} is disabled; enable it first`)
    endpointIds = [e.id]
  } else {
    endpointIds = (await enabledEndpoints(deps.db)).filter((e) => matchesEventFilter(event.type, e.eventTypes)).map((e) => e.id)
  }
  const started = await withTx(deps.db, (tx) => startRedeliveries(tx, eventId, endpointIds, newId))
  // After commit: if Redis is unavailable now, the reconciler enqueues them from Postgres.
  await enqueueWebhookDeliveries(
    deps.queues,
    started.map((d) => ({ deliveryId: d.id, endpointId: d.endpointId, round: d.round })),
  ).catch((e) => deps.logger.warn({ err: errorMessage(e), eventId }, 'could not enqueue redeliveries; the reconciler will'))
  const rows = (await listDeliveries(deps.db, { eventId }, { limit: 1000 })).filter((d) => started.some((s) => s.id === d.id))
  const attempts = await listAttempts(deps.db, rows.map((r) => r.id))
  return rows.map((r) => deliveryView(r, attempts))
}

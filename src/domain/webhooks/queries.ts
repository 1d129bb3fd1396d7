/**
 * Read side of webhooks: endpoints, their delivery log, and the published events.
 */
import { getEndpoint, getEvent, listAttempts, listDeliveries, listEndpoints, listPublishedEvents, signingSecretsMeta, type DeliveryStatus, type EndpointStatus } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { deliveryView, endpointView, eventView, type DeliveryView, type EndpointView, type EventView } from './views'

/** @throws AppError `webhook_endpoint_not_found` */
export async function getWebhookEndpointView(deps: Deps, id: string): Promise<EndpointView> {
  const e = await getEndpoint(deps.db, id)
  if (!e) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${id} does not exist`)
  return endpointView(e, await signingSecretsMeta(deps.db, [id]))
}

/** Endpoints, newest first. */
export async function listWebhookEndpointViews(deps: Deps, filter: { status?: EndpointStatus }, page: Page): Promise<EndpointView[]> {
  const rows = await listEndpoints(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  const metas = await signingSecretsMeta(deps.db, rows.map((r) => r.id))
  return rows.map((r) => endpointView(r, metas))
}

/**
 * An endpoint's deliveries, newest first, each with every attempt (status code, latency, error,
 * selected response headers, and an excerpt of the response body only when the endpoint opted in).
 * @throws AppError `webhook_endpoint_not_found`
 */
export async function listDeliveryViews(deps: Deps, endpointId: string, filter: { status?: DeliveryStatus; eventId?: string }, page: Page): Promise<DeliveryView[]> {
  if (!(await getEndpoint(deps.db, endpointId))) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${endpointId} does not exist`)
  const rows = await listDeliveries(deps.db, { endpointId, ...filter }, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  const attempts = await listAttempts(deps.db, rows.map((r) => r.id))
  return rows.map((r) => deliveryView(r, attempts))
}

export interface EventQuery {
  /** exact types and `group.*` */
  types?: string[]
  walletId?: string
  since?: Date
  until?: Date
}

/**
 * Published events in publication order, after the sequence `after` (exclusive). Paging by sequence
 * never skips an event, so a client can catch up from the last sequence it processed.
 */
export async function listEventViews(deps: Deps, q: EventQuery, page: { limit: number; after?: bigint }): Promise<EventView[]> {
  const types = (q.types ?? []).filter((t) => !t.endsWith('.*'))
  const prefixes = (q.types ?? []).filter((t) => t.endsWith('.*')).map((t) => t.slice(0, -1))
  const rows = await listPublishedEvents(
    deps.db,
    {
      ...(types.length ? { types } : {}),
      ...(prefixes.length ? { prefixes } : {}),
      ...(q.walletId ? { walletId: q.walletId } : {}),
      ...(q.since ? { since: q.since } : {}),
      ...(q.until ? { until: q.until } : {}),
    },
    { limit: page.limit, ...(page.after !== undefined ? { afterSeq: page.after } : {}) },
  )
  return rows.map(eventView)
}

/** @throws AppError `event_not_found` */
export async function getEventView(deps: Deps, id: string): Promise<EventView> {
  const e = await getEvent(deps.db, id)
  if (!e) throw new AppError('event_not_found', `event ${id} does not exist`)
  return eventView(e)
}

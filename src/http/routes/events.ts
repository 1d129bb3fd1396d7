import { z } from 'zod'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { getEventView, listEventViews } from '../../domain/webhooks/queries'
import { redeliverEvent } from '../../domain/webhooks/redeliverEvent'
import { AppError } from '../../lib/errors'
import { defineRoute } from '../route'
import { Uuid } from '../schemas'
import { Delivery, Event, EventTypeFilter } from '../webhookSchemas'

const Sequence = z.string().regex(/^\d{1,19}$/, 'must be an event sequence number')
const IsoTime = z.iso.datetime({ offset: true })

const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100).meta({ description: 'Page size (1–500)', example: 100 }),
  cursor: z.string().max(200).optional().meta({ description: 'Opaque cursor from the previous page\'s `nextCursor`' }),
  after: Sequence.optional().meta({ description: 'Only events published after this `sequence` (catch-up: pass the sequence of the last event you processed)', example: '1042' }),
  type: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Comma-separated event types or groups, e.g. `deposit.confirmed,withdrawal.*`', example: 'deposit.*' }),
  walletId: Uuid.optional(),
  since: IsoTime.optional().meta({ description: 'Events that happened at or after this time (ISO 8601)', example: '2026-11-21T00:00:00Z' }),
  until: IsoTime.optional().meta({ description: 'Events that happened before this time (ISO 8601)' }),
})

export const eventRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/events',
    operationId: 'listEvents',
    summary: 'List events (catch-up and audit)',
    description:
      'Every published event, oldest first in publication order: an event appears here once the outbox relay has published it (within about a second of its commit), and sequences only grow, so paging with `after=<last sequence>` never misses one even when transactions commit out of order. Each item is the webhook payload (`type`, `timestamp`, `data`) with its `id` (the `webhook-id`).',
    tags: ['Events'],
    scope: 'events:read',
    query: ListQuery,
    responses: { 200: { description: 'A page of events', schema: z.object({ data: z.array(Event), nextCursor: z.string().nullable() }).meta({ id: 'EventList' }) } },
    async handler({ deps, query }) {
      const types = query.type ? query.type.split(',').map((t) => t.trim()).filter(Boolean) : []
      const bad = types.filter((t) => !EventTypeFilter.safeParse(t).success)
      if (bad.length) throw new AppError('validation_failed', `unknown event types: ${bad.join(', ')}`, { errors: [{ pointer: '/query/type', detail: `unknown: ${bad.join(', ')}` }] })
      let after = query.after !== undefined ? BigInt(query.after) : undefined
      if (query.cursor) {
        const c = decodeCursor(query.cursor)
        if (!/^\d{1,19}$/.test(c)) throw new AppError('validation_failed', 'invalid cursor', { errors: [{ pointer: '/query/cursor', detail: 'not a cursor of this list' }] })
        after = BigInt(c)
      }
      const items = await listEventViews(
        deps,
        {
          ...(types.length ? { types } : {}),
          ...(query.walletId ? { walletId: query.walletId } : {}),
          ...(query.since ? { since: new Date(query.since) } : {}),
          ...(query.until ? { until: new Date(query.until) } : {}),
        },
        { limit: query.limit, ...(after !== undefined ? { after } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (e) => e.sequence!) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/events/{eventId}',
    operationId: 'getEvent',
    summary: 'Get an event',
    tags: ['Events'],
    scope: 'events:read',
    params: z.strictObject({ eventId: Uuid }),
    responses: { 200: { description: 'The event', schema: Event } },
    errors: ['event_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getEventView(deps, params.eventId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/events/{eventId}/redeliver',
    operationId: 'redeliverEvent',
    summary: 'Send an event again',
    description:
      'To one endpoint (`endpointId`), or to every enabled endpoint whose event types match. Each delivery starts a new round with the full retry schedule and the same `webhook-id`; earlier attempts stay in the log.',
    tags: ['Events'],
    scope: 'webhooks:write',
    params: z.strictObject({ eventId: Uuid }),
    body: z.strictObject({ endpointId: Uuid.optional().meta({ description: 'Only to this endpoint' }) }).meta({ id: 'RedeliverEventRequest' }),
    responses: { 202: { description: 'The deliveries now pending', schema: z.object({ data: z.array(Delivery) }).meta({ id: 'RedeliveryList' }) } },
    errors: ['event_not_found', 'webhook_endpoint_not_found', 'invalid_state'],
    async handler({ deps, params, body }) {
      const data = await redeliverEvent(deps, params.eventId, body.endpointId ? { endpointId: body.endpointId } : {})
      return { status: 202, body: { data } }
    },
  }),
]

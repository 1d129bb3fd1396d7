import { z } from 'zod'
import { decodeCursor, pageOf, parseSequence } from '../../domain/pagination'
import { getEventView, listEventViews } from '../../domain/webhooks/queries'
import { redeliverEvent } from '../../domain/webhooks/redeliverEvent'
import { AppError } from '../../lib/errors'
import { defineRoute } from '../route'
import { PageQuery, Uuid, listOf } from '../schemas'
import { Delivery, Event, EventTypeFilter } from '../webhookSchemas'

const Sequence = z.string().regex(/^\d{1,19}$/, 'must be an event sequence number')
const IsoTime = z.iso.datetime({ offset: true })

const ListQuery = PageQuery.extend({
  after: Sequence.optional().meta({ description: 'Only events published after this `sequence` (catch-up: pass the sequence of the last event you processed)', example: '1042' }),
  type: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'Comma-separated event types or groups, e.g. `deposit.confirmed,withdrawal.*`', example: 'deposit.*' }),
  walletId: Uuid.optional().meta({ description: 'Only events about this wallet' }),
  since: IsoTime.optional().meta({ description: 'Events that happened at or after this time (ISO 8601)', example: '2026-11-21T00:00:00Z' }),
  until: IsoTime.optional().meta({ description: 'Events that happened before this time (ISO 8601)', example: '2026-11-22T00:00:00Z' }),
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
    responses: { 200: { description: 'A page of events', schema: listOf(Event, 'EventList') } },
    async handler({ deps, query }) {
      const types = query.type ? query.type.split(',').map((t) => t.trim()).filter(Boolean) : []
      const bad = types.filter((t) => !EventTypeFilter.safeParse(t).success)
      if (bad.length) throw new AppError('validation_failed', `unknown event types: ${bad.join(', ')}`, { errors: [{ pointer: '/query/type', detail: `unknown: ${bad.join(', ')}` }] })
      let after = query.after !== undefined ? parseSequence(query.after, '/query/after') : undefined
      if (query.cursor) after = BigInt(decodeCursor(query.cursor, 'sequence'))
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
    body: z
      .strictObject({ endpointId: Uuid.optional().meta({ description: 'Only to this endpoint; absent: every enabled endpoint whose event types match' }) })
      .meta({ id: 'RedeliverEventRequest', description: 'Where to send the event again' }),
    responses: {
      202: {
        description: 'The deliveries now pending',
        schema: z
          .object({ data: z.array(Delivery).meta({ description: 'One delivery per endpoint the event is sent to again, each in a new round' }) })
          .meta({ id: 'RedeliveryList', description: 'The deliveries a redelivery started' }),
      },
    },
    errors: ['event_not_found', 'webhook_endpoint_not_found', 'invalid_state'],
    async handler({ deps, params, body }) {
      const data = await redeliverEvent(deps, params.eventId, body.endpointId ? { endpointId: body.endpointId } : {})
      return { status: 202, body: { data } }
    },
  }),
]

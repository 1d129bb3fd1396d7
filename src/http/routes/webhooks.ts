import { z } from 'zod'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { createWebhookEndpoint } from '../../domain/webhooks/createWebhookEndpoint'
import { deleteWebhookEndpoint } from '../../domain/webhooks/deleteWebhookEndpoint'
import { getWebhookEndpointView, listDeliveryViews, listWebhookEndpointViews } from '../../domain/webhooks/queries'
import { rotateWebhookSecret } from '../../domain/webhooks/rotateWebhookSecret'
import { setWebhookEndpointStatus } from '../../domain/webhooks/setWebhookEndpointStatus'
import { updateWebhookEndpoint } from '../../domain/webhooks/updateWebhookEndpoint'
import { defineRoute } from '../route'
import { PageQuery, Uuid, listOf } from '../schemas'
import { Delivery, EventTypeFilter, RotatedWebhookEndpoint, WebhookEndpoint, WebhookEndpointWithSecret } from '../webhookSchemas'

const Url = z.string().min(1).max(2048).meta({
  description: 'Where deliveries are POSTed. https (http only in development and tests); it must not resolve to a private, loopback or link-local address unless WEBHOOK_ALLOWED_NETWORKS allows it',
  example: 'https://merchant.example/webhooks/custody',
})
const Description = z.string().max(500).meta({ description: 'Your description of the endpoint (at most 500 characters)', example: 'Order service, production' })
const StoreResponseBody = z.boolean().meta({
  description:
    'Keep an excerpt of each response body (at most 1,024 characters) in the delivery log. Off by default: the log keeps the status and a few headers only. Turning it on needs a key with the `admin` scope; a URL change by another key turns it off.',
  example: false,
})
const EventTypes = z.array(EventTypeFilter).max(50).meta({ description: 'Event types or groups to receive; empty or absent = every event', example: ['deposit.*', 'withdrawal.confirmed'] })

const CreateBody = z
  .strictObject({ url: Url, description: Description.optional(), eventTypes: EventTypes.optional(), storeResponseBody: StoreResponseBody.optional() })
  .meta({ id: 'CreateWebhookEndpointRequest', description: 'A URL to receive events, and which events' })
const UpdateBody = z
  .strictObject({ url: Url.optional(), description: Description.optional(), eventTypes: EventTypes.optional(), storeResponseBody: StoreResponseBody.optional() })
  .meta({ id: 'UpdateWebhookEndpointRequest', description: 'The fields to change; absent fields keep their value' })
const RotateBody = z
  .strictObject({
    gracePeriodSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .optional()
      .meta({ description: 'How long the current secret keeps signing beside the new one (default 86400 = 24 h; 0 = stop at once)', example: 86400 }),
  })
  .meta({ id: 'RotateWebhookSecretRequest', description: 'How long the current secret keeps signing beside the new one' })
const Params = z.strictObject({ endpointId: Uuid })
const ENDPOINT_ERRORS = ['webhook_endpoint_not_found'] as const

export const webhookEndpointRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints',
    operationId: 'createWebhookEndpoint',
    summary: 'Create a webhook endpoint',
    description:
      'Registers a URL to receive events, signed per Standard Webhooks. The response carries the signing secret (`whsec_…`): it is shown only once (stored sealed under the key backend, never returned again; rotate to get a new one). The URL is checked now and again at every delivery (DNS rebinding): https only in production, and no private, loopback, link-local or cloud metadata address. An API client may have at most `WEBHOOK_MAX_ENDPOINTS_PER_CLIENT` endpoints (10 by default): 409 `webhook_endpoint_limit_reached` beyond.',
    tags: ['Webhooks'],
    scope: 'webhooks:write',
    secretFields: ['secret'],
    body: CreateBody,
    responses: { 201: { description: 'The endpoint, with its secret (shown once)', schema: WebhookEndpointWithSecret } },
    errors: ['webhook_url_refused', 'webhook_endpoint_limit_reached', 'key_backend_failed', 'key_backend_unavailable', 'key_unusable'],
    async handler({ deps, body, principal }) {
      const created = await createWebhookEndpoint(
        deps,
        {
          url: body.url,
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.eventTypes ? { eventTypes: body.eventTypes } : {}),
          ...(body.storeResponseBody !== undefined ? { storeResponseBody: body.storeResponseBody } : {}),
        },
        principal ? { clientId: principal.clientId, admin: principal.scopes.has('admin') } : null,
      )
      return { status: 201, body: created }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhook-endpoints',
    operationId: 'listWebhookEndpoints',
    summary: 'List webhook endpoints',
    tags: ['Webhooks'],
    scope: 'webhooks:read',
    query: PageQuery.extend({ status: z.enum(['enabled', 'disabled']).optional().meta({ description: 'Only endpoints in this status', example: 'enabled' }) }),
    responses: { 200: { description: 'A page of endpoints, newest first (without secrets)', schema: listOf(WebhookEndpoint, 'WebhookEndpointList') } },
    async handler({ deps, query }) {
      const items = await listWebhookEndpointViews(deps, query.status ? { status: query.status } : {}, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (e) => e.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhook-endpoints/{endpointId}',
    operationId: 'getWebhookEndpoint',
    summary: 'Get a webhook endpoint',
    tags: ['Webhooks'],
    scope: 'webhooks:read',
    params: Params,
    responses: { 200: { description: 'The endpoint (without secrets)', schema: WebhookEndpoint } },
    errors: [...ENDPOINT_ERRORS],
    async handler({ deps, params }) {
      return { status: 200, body: await getWebhookEndpointView(deps, params.endpointId) }
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/webhook-endpoints/{endpointId}',
    operationId: 'updateWebhookEndpoint',
    summary: 'Change a webhook endpoint\'s URL, description or event types',
    tags: ['Webhooks'],
    scope: 'webhooks:write',
    params: Params,
    body: UpdateBody,
    responses: { 200: { description: 'The endpoint', schema: WebhookEndpoint } },
    errors: [...ENDPOINT_ERRORS, 'webhook_url_refused'],
    async handler({ deps, params, body, principal }) {
      return {
        status: 200,
        body: await updateWebhookEndpoint(
          deps,
          params.endpointId,
          {
            ...(body.url !== undefined ? { url: body.url } : {}),
            ...(body.description !== undefined ? { description: body.description } : {}),
            ...(body.eventTypes ? { eventTypes: body.eventTypes } : {}),
            ...(body.storeResponseBody !== undefined ? { storeResponseBody: body.storeResponseBody } : {}),
          },
          principal ? { clientId: principal.clientId, admin: principal.scopes.has('admin') } : null,
        ),
      }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/webhook-endpoints/{endpointId}',
    operationId: 'deleteWebhookEndpoint',
    summary: 'Delete a webhook endpoint',
    description: 'Removes the endpoint, its secrets and its delivery log. Events stay listed in `GET /v1/events`.',
    tags: ['Webhooks'],
    scope: 'webhooks:write',
    params: Params,
    responses: { 204: { description: 'Deleted' } },
    errors: [...ENDPOINT_ERRORS],
    async handler({ deps, params }) {
      await deleteWebhookEndpoint(deps, params.endpointId)
      return { status: 204 }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints/{endpointId}/rotate-secret',
    operationId: 'rotateWebhookSecret',
    summary: 'Rotate the signing secret',
    description:
      'Creates a new secret that signs from now on. The previous one keeps signing beside it for the grace period, so every request carries both signatures (`v1,<sig> v1,<sig>`) and receivers can switch secrets without losing a message. The new secret is shown only in this response.',
    tags: ['Webhooks'],
    scope: 'webhooks:write',
    secretFields: ['secret'],
    params: Params,
    body: RotateBody,
    responses: { 200: { description: 'The endpoint with its new secret (shown once)', schema: RotatedWebhookEndpoint } },
    errors: [...ENDPOINT_ERRORS, 'key_backend_failed', 'key_backend_unavailable', 'key_unusable'],
    async handler({ deps, params, body }) {
      return { status: 200, body: await rotateWebhookSecret(deps, params.endpointId, body.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: body.gracePeriodSeconds } : {}) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints/{endpointId}/enable',
    operationId: 'enableWebhookEndpoint',
    summary: 'Enable a webhook endpoint',
    description: 'New events are delivered again and the failing clock restarts. Events missed while disabled are not sent by themselves: redeliver them (`POST /v1/events/{id}/redeliver`) or catch up with `GET /v1/events`.',
    tags: ['Webhooks'],
    scope: 'webhooks:write',
    params: Params,
    responses: { 200: { description: 'The endpoint', schema: WebhookEndpoint } },
    errors: [...ENDPOINT_ERRORS],
    async handler({ deps, params }) {
      return { status: 200, body: await setWebhookEndpointStatus(deps, params.endpointId, true) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhook-endpoints/{endpointId}/disable',
    operationId: 'disableWebhookEndpoint',
    summary: 'Disable a webhook endpoint',
    description: 'Nothing more is sent to it (pending deliveries end `failed`); a `webhook_endpoint.disabled` event is emitted.',
    tags: ['Webhooks'],
    scope: 'webhooks:write',
    params: Params,
    responses: { 200: { description: 'The endpoint', schema: WebhookEndpoint } },
    errors: [...ENDPOINT_ERRORS],
    async handler({ deps, params }) {
      return { status: 200, body: await setWebhookEndpointStatus(deps, params.endpointId, false) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhook-endpoints/{endpointId}/deliveries',
    operationId: 'listWebhookDeliveries',
    summary: 'List an endpoint\'s deliveries with every attempt',
    description:
      'One delivery per event sent to the endpoint, newest first, each with all its attempts: HTTP status, latency, error, a few response headers, and the start of the response body only when the endpoint keeps it (`storeResponseBody`, set by an admin key).',
    tags: ['Webhooks'],
    scope: 'webhooks:read',
    params: Params,
    query: PageQuery.extend({
      status: z.enum(['pending', 'delivered', 'failed']).optional().meta({ description: 'Only deliveries in this status', example: 'failed' }),
      eventId: Uuid.optional().meta({ description: 'Only the delivery of this event' }),
    }),
    responses: { 200: { description: 'A page of deliveries', schema: listOf(Delivery, 'WebhookDeliveryList') } },
    errors: [...ENDPOINT_ERRORS],
    async handler({ deps, params, query }) {
      const items = await listDeliveryViews(
        deps,
        params.endpointId,
        { ...(query.status ? { status: query.status } : {}), ...(query.eventId ? { eventId: query.eventId } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (d) => d.id) }
    },
  }),
]

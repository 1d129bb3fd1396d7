/**
 * Zod schemas of the webhook resources and of every webhook payload. The payloads make the OpenAPI 3.1
 * `webhooks` section: one entry per event type of the catalogue (src/domain/webhooks/eventTypes.ts),
 * each a POST with the Standard Webhooks headers and the body `{type, timestamp, data}`, `data` being the
 * REST shape of the resource.
 */
import { z } from 'zod'
import type { ZodOpenApiPathsObject } from 'zod-openapi'
import { EVENT_GROUPS, EVENT_TYPE_NAMES, EVENT_TYPES, isKnownEventFilter, type EventResource } from '../domain/webhooks/eventTypes'
import { AddressString, AmountString, AssetId, ChainId, Deposit, Timestamp, Uuid, Withdrawal } from './schemas'
import { AdjustmentRequest, LedgerAdjustment } from './routes/ledger'
import { PolicyChange } from './routes/policyChanges'
import { Reconciliation, ReconciliationItem } from './routes/reconciliations'

export const EventTypeFilter = z
  .string()
  .max(100)
  .refine(isKnownEventFilter, 'must be an event type of the catalogue or a group such as "deposit.*"')
  .meta({
    description: `An event type (${EVENT_TYPE_NAMES.map((t) => `\`${t}\``).join(', ')}) or a group (${EVENT_GROUPS.map((g) => `\`${g}.*\``).join(', ')})`,
    example: 'deposit.confirmed',
  })

export const SigningSecretInfo = z
  .object({
    id: Uuid.meta({ description: 'Id of the signing secret' }),
    createdAt: Timestamp.meta({ description: 'When the secret was created (by the endpoint\'s creation or a rotation)' }),
    expiresAt: Timestamp.nullable().meta({ description: 'When this secret stops signing (a rotated-out secret in its grace period); null for the current secret' }),
  })
  .meta({ id: 'WebhookSigningSecret', description: 'A secret that signs deliveries now (never the secret itself)' })

export const WebhookEndpoint = z
  .object({
    id: Uuid.meta({ description: 'Webhook endpoint id' }),
    url: z.string().meta({ description: 'Where deliveries are POSTed', example: 'https://merchant.example/webhooks/custody' }),
    description: z.string().meta({ description: 'Your description of the endpoint (empty when none was given)', example: 'Order service, production' }),
    eventTypes: z.array(z.string()).meta({ description: 'Event types and groups delivered; empty = every event', example: ['deposit.*', 'withdrawal.confirmed'] }),
    status: z.enum(['enabled', 'disabled']).meta({ description: '`enabled`: events are delivered; `disabled`: nothing is sent to it', example: 'enabled' }),
    disabledReason: z
      .enum(['manual', 'gone', 'failing'])
      .nullable()
      .meta({ description: 'Why it is disabled: `manual` (API), `gone` (the endpoint answered 410), `failing` (no successful attempt for 5 days); null while enabled', example: null }),
    disabledAt: Timestamp.nullable().meta({ description: 'When it was disabled; null while enabled' }),
    failingSince: Timestamp.nullable().meta({ description: 'First failed attempt since the last success; null while healthy' }),
    storeResponseBody: z.boolean().meta({ description: 'Whether attempts keep an excerpt of the response body (set by an admin key; off by default)', example: false }),
    signingSecrets: z.array(SigningSecretInfo).meta({ description: 'Secrets that sign deliveries now: one, or two or more during a rotation grace period' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'WebhookEndpoint', description: 'A URL that receives events, signed per Standard Webhooks (never with its secrets)' })

const WhSecret = z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/).meta({
  description: 'Signing secret (Standard Webhooks `whsec_` + base64). Shown only in this response: store it now.',
  example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwHiJ4cRSrd9k=',
})

export const WebhookEndpointWithSecret = WebhookEndpoint.extend({ secret: WhSecret }).meta({
  id: 'WebhookEndpointWithSecret',
  description: 'A new webhook endpoint with its signing secret (shown once)',
})

export const RotatedWebhookEndpoint = WebhookEndpoint.extend({
  secret: WhSecret,
  previousSecretExpiresAt: Timestamp.nullable().meta({ description: 'Until then the previous secret signs too (both signatures are sent)' }),
}).meta({ id: 'RotatedWebhookEndpoint', description: 'A webhook endpoint with its new signing secret (shown once)' })

export const DeliveryAttempt = z
  .object({
    id: Uuid.meta({ description: 'Attempt id' }),
    round: z.number().int().meta({ description: '1 for the first delivery, +1 per redelivery', example: 1 }),
    attempt: z.number().int().meta({ description: 'Attempt number within the round', example: 2 }),
    startedAt: Timestamp.meta({ description: 'When the request was sent' }),
    durationMs: z.number().int().meta({ description: 'Latency of the attempt, ms', example: 183 }),
    statusCode: z.number().int().nullable().meta({ description: 'HTTP status; null when no response came', example: 503 }),
    success: z.boolean().meta({ description: 'True when the endpoint answered 2xx in time', example: false }),
    error: z.string().nullable().meta({ description: 'Why the attempt failed (a non-2xx status, a timeout, a refused address); null on success', example: 'timed out after 15 s' }),
    responseHeaders: z
      .record(z.string(), z.string())
      .nullable()
      .meta({
        description: 'Selected response headers (`content-type`, `content-length`, `retry-after`, `x-request-id`; values cut to 200 characters); null when no response came',
        example: { 'content-type': 'text/plain', 'retry-after': '30' },
      }),
    responseBody: z
      .string()
      .nullable()
      .meta({ description: 'Start of the response body (at most 1,024 characters), only while the endpoint keeps bodies (`storeResponseBody`); null otherwise', example: null }),
  })
  .meta({ id: 'WebhookDeliveryAttempt', description: 'One HTTP request of a delivery' })

export const Delivery = z
  .object({
    id: Uuid.meta({ description: 'Delivery id' }),
    eventId: Uuid.meta({ description: 'The event, also the `webhook-id` of every request' }),
    eventType: z.string().meta({ description: 'Type of the event', example: 'deposit.confirmed' }),
    endpointId: Uuid.meta({ description: 'The webhook endpoint it is sent to' }),
    status: z
      .enum(['pending', 'delivered', 'failed'])
      .meta({ description: '`pending` (being sent or waiting for a retry), `delivered` (answered 2xx), `failed` (retries exhausted, or the endpoint was disabled)', example: 'delivered' }),
    round: z.number().int().meta({ description: '1 for the first delivery, +1 per redelivery', example: 1 }),
    attemptCount: z.number().int().meta({ description: 'Attempts in the current round', example: 2 }),
    nextAttemptAt: Timestamp.nullable().meta({ description: 'When the next attempt is due; null when none is' }),
    lastAttemptAt: Timestamp.nullable().meta({ description: 'When the last attempt was sent; null before the first' }),
    lastStatusCode: z.number().int().nullable().meta({ description: 'HTTP status of the last attempt; null when none came', example: 200 }),
    lastError: z.string().nullable().meta({ description: 'Why the last attempt failed; null when it succeeded', example: null }),
    deliveredAt: Timestamp.nullable().meta({ description: 'When the endpoint answered 2xx; null until then' }),
    createdAt: Timestamp,
    attempts: z.array(DeliveryAttempt).meta({ description: 'Every attempt, of every round, oldest first' }),
  })
  .meta({ id: 'WebhookDelivery', description: 'An event sent to one webhook endpoint, with every attempt' })

export const Event = z
  .object({
    id: Uuid.meta({ description: 'Event id; the `webhook-id` header of its deliveries' }),
    sequence: z.string().nullable().meta({ description: 'Publication sequence: catch up with `GET /v1/events?after=<sequence>`', example: '1042' }),
    type: z.string().meta({ description: 'Event type (the catalogue is the `webhooks` section)', example: 'deposit.confirmed' }),
    timestamp: Timestamp.meta({ description: 'When the change happened' }),
    walletId: Uuid.nullable().meta({ description: 'The wallet the event is about; null for events of no wallet (webhook endpoints, reconciliations)' }),
    data: z.record(z.string(), z.unknown()).meta({
      description: 'The resource, in the shape the REST API returns it (see the `webhooks` section)',
      example: {
        id: '019a8f6e-4d2c-7e1a-8b3f-6a7b8c9d0e1f',
        walletId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e',
        addressId: '019a8f6e-3c5d-7f10-a2b4-1c2d3e4f5a6b',
        chainId: 31337,
        asset: '31337:native',
        address: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
        from: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
        amount: '1500000000000000000',
        txHash: '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
        logIndex: -1,
        blockNumber: '18234567',
        blockHash: '0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5',
        status: 'confirmed',
        detectedAt: '2026-11-21T09:29:48.000Z',
        confirmedAt: '2026-11-21T09:30:00.000Z',
        orphanedAt: null,
      },
    }),
  })
  .meta({ id: 'Event', description: 'A published event: the webhook payload (`type`, `timestamp`, `data`) with its id and publication sequence' })

export const LowBalanceAlert = z
  .object({
    walletId: Uuid.meta({ description: 'The wallet whose hot address cannot pay' }),
    chainId: ChainId,
    asset: AssetId,
    address: AddressString.meta({ description: 'The hot address that cannot pay' }),
    spendable: AmountString.meta({ description: 'What it can spend now (base units)', example: '20000000000000000' }),
    waitingWithdrawals: z.number().int().meta({ description: 'Withdrawals waiting for funds (status reason `insufficient_funds`)', example: 3 }),
    oldestWithdrawalId: Uuid.meta({ description: 'The oldest of them: it is paid first once funds arrive' }),
    reason: z
      .string()
      .optional()
      .meta({
        description: 'Set when a signed transaction was refused by the node for insufficient funds (it is held and re-sent on new blocks)',
        example: 'a signed transaction was refused for insufficient funds; it is held and re-sent on new blocks',
      }),
  })
  .meta({ id: 'LowBalanceAlert', description: 'A hot address cannot pay for its oldest queued withdrawal; the withdrawals wait until funds arrive' })

export const ReconciliationMismatch = Reconciliation.extend({
  mismatches: z.array(ReconciliationItem).meta({ description: 'The mismatched report lines (the first 100; the full report is at GET /v1/reconciliations/{id}/items)' }),
}).meta({ id: 'ReconciliationMismatch', description: 'A reconciliation that found mismatches, with the first mismatched report lines' })

/** The zod shape of each event resource, and how the payloads describe their `data`. */
const RESOURCES: Record<EventResource, { schema: z.ZodType; description: string }> = {
  Deposit: { schema: Deposit, description: 'The deposit, in the shape the REST API returns it' },
  Withdrawal: { schema: Withdrawal, description: 'The withdrawal (or sweep), in the shape the REST API returns it' },
  LowBalanceAlert: { schema: LowBalanceAlert, description: 'The hot address that cannot pay, what it can spend and the withdrawals waiting' },
  WebhookEndpoint: { schema: WebhookEndpoint, description: 'The webhook endpoint, in the shape the REST API returns it' },
  ReconciliationMismatch: { schema: ReconciliationMismatch, description: 'The reconciliation run with its first mismatched report lines' },
  Reconciliation: { schema: Reconciliation, description: 'The reconciliation run, in the shape `GET /v1/reconciliations` lists it' },
  LedgerAdjustment: { schema: LedgerAdjustment, description: 'The adjustment, in the shape `GET /v1/ledger/adjustments` lists it' },
  AdjustmentRequest: { schema: AdjustmentRequest, description: 'The adjustment request, in the shape `GET /v1/ledger/adjustment-requests/{requestId}` returns it' },
  PolicyChange: { schema: PolicyChange, description: 'The policy change, in the shape `GET /v1/policy-changes/{changeId}` returns it' },
}

function pascal(type: string): string {
  return type
    .split(/[._]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('')
}

/** The body of a webhook of `type`. */
export function webhookPayload(type: (typeof EVENT_TYPE_NAMES)[number]) {
  const info = EVENT_TYPES[type]
  return z
    .object({
      type: z.literal(type),
      timestamp: Timestamp.meta({ description: 'When the change happened (the same on every retry)' }),
      data: RESOURCES[info.resource].schema,
    })
    .meta({ id: `${pascal(type)}Event`, description: info.description })
}

const SIGNATURE_HEADERS = z.object({
  'webhook-id': Uuid.meta({ description: 'The event id: the same on every attempt and redelivery; deduplicate on it' }),
  'webhook-timestamp': z.string().meta({ description: 'Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes)', example: '1795253400' }),
  'webhook-signature': z.string().meta({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  }),
})

/**
 * The OpenAPI `webhooks` object (every event type of the catalogue) and the components it refers to.
 *
 * The payload components are written as plain JSON Schema that refers to the response components
 * (`#/components/schemas/Deposit`, …): given as zod, the same resources would also be rendered in
 * zod-openapi's request ("input") form and every response would then point at a second `…Output` copy.
 */
export function webhookDocs(): { webhooks: ZodOpenApiPathsObject; schemas: Record<string, unknown> } {
  const webhooks: ZodOpenApiPathsObject = {}
  const schemas: Record<string, unknown> = { LowBalanceAlert, ReconciliationMismatch }
  for (const type of EVENT_TYPE_NAMES) {
    const info = EVENT_TYPES[type]
    const id = `${pascal(type)}Event`
    schemas[id] = {
      type: 'object',
      description: info.description,
      properties: {
        type: { type: 'string', const: type, description: `The event type: always \`${type}\``, example: type },
        timestamp: { type: 'string', format: 'date-time', description: 'When the change happened (the same on every retry)', example: '2026-11-21T09:30:00.000Z' },
        data: { $ref: `#/components/schemas/${info.resource}`, description: RESOURCES[info.resource].description },
      },
      required: ['type', 'timestamp', 'data'],
      additionalProperties: false,
    }
    webhooks[type] = {
      post: {
        operationId: `webhook.${type}`,
        summary: type,
        description: `${info.description} Sent to every enabled endpoint whose \`eventTypes\` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before \`Retry-After\`).`,
        tags: ['Webhooks'],
        // Deliveries carry no API key: receivers authenticate them by the Standard Webhooks signature headers.
        security: [],
        requestParams: { header: SIGNATURE_HEADERS },
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } } },
        responses: {
          '200': { description: 'Any 2xx: delivered' },
          '410': { description: 'Gone: the endpoint is disabled and nothing more is sent to it' },
          default: { description: 'Anything else (or no answer within 15 s): retried' },
        },
      },
    }
  }
  return { webhooks, schemas }
}

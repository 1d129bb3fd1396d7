/**
 * Zod schemas of the webhook resources and of every webhook payload. The payloads make the OpenAPI 3.1
 * `webhooks` section: one entry per event type of the catalogue (src/domain/webhooks/eventTypes.ts),
 * each a POST with the Standard Webhooks headers and the body `{type, timestamp, data}`, `data` being the
 * REST shape of the resource.
 */
import { z } from 'zod'
import type { ZodOpenApiPathsObject } from 'zod-openapi'
import { EVENT_GROUPS, EVENT_TYPE_NAMES, EVENT_TYPES, isKnownEventFilter, type EventResource } from '../domain/webhooks/eventTypes'
import { AddressString, AmountString, AssetId, Deposit, Timestamp, Uuid, Withdrawal } from './schemas'
import { LedgerAdjustment } from './routes/ledger'
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
    id: Uuid,
    createdAt: Timestamp,
    expiresAt: Timestamp.nullable().meta({ description: 'When this secret stops signing (a rotated-out secret in its grace period); null for the current secret' }),
  })
  .meta({ id: 'WebhookSigningSecret', description: 'A secret that signs deliveries now (never the secret itself)' })

export const WebhookEndpoint = z
  .object({
    id: Uuid,
    url: z.string().meta({ example: 'https://merchant.example/webhooks/custody' }),
    description: z.string(),
    eventTypes: z.array(z.string()).meta({ description: 'Event types and groups delivered; empty = every event', example: ['deposit.*', 'withdrawal.confirmed'] }),
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z
      .enum(['manual', 'gone', 'failing'])
      .nullable()
      .meta({ description: '`manual` (API), `gone` (the endpoint answered 410), `failing` (no successful attempt for 5 days)' }),
    disabledAt: Timestamp.nullable(),
    failingSince: Timestamp.nullable().meta({ description: 'First failed attempt since the last success; null while healthy' }),
    signingSecrets: z.array(SigningSecretInfo).meta({ description: 'Secrets that sign deliveries now: one, or two or more during a rotation grace period' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'WebhookEndpoint' })

const WhSecret = z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/).meta({
  description: 'Signing secret (Standard Webhooks `whsec_` + base64). Shown only in this response: store it now.',
  example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwHiJ4cRSrd9k=',
})

export const WebhookEndpointWithSecret = WebhookEndpoint.extend({ secret: WhSecret }).meta({ id: 'WebhookEndpointWithSecret' })

export const RotatedWebhookEndpoint = WebhookEndpoint.extend({
  secret: WhSecret,
  previousSecretExpiresAt: Timestamp.nullable().meta({ description: 'Until then the previous secret signs too (both signatures are sent)' }),
}).meta({ id: 'RotatedWebhookEndpoint' })

export const DeliveryAttempt = z
  .object({
    id: Uuid,
    round: z.number().int().meta({ description: '1 for the first delivery, +1 per redelivery' }),
    attempt: z.number().int().meta({ description: 'Attempt number within the round' }),
    startedAt: Timestamp,
    durationMs: z.number().int().meta({ description: 'Latency of the attempt, ms' }),
    statusCode: z.number().int().nullable().meta({ description: 'HTTP status; null when no response came' }),
    success: z.boolean(),
    error: z.string().nullable().meta({ example: 'timed out after 15 s' }),
    responseBody: z.string().nullable().meta({ description: 'Start of the response body (at most 4,096 characters)' }),
  })
  .meta({ id: 'WebhookDeliveryAttempt' })

export const Delivery = z
  .object({
    id: Uuid,
    eventId: Uuid.meta({ description: 'The event, also the `webhook-id` of every request' }),
    eventType: z.string(),
    endpointId: Uuid,
    status: z.enum(['pending', 'delivered', 'failed']),
    round: z.number().int(),
    attemptCount: z.number().int().meta({ description: 'Attempts in the current round' }),
    nextAttemptAt: Timestamp.nullable(),
    lastAttemptAt: Timestamp.nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: Timestamp.nullable(),
    createdAt: Timestamp,
    attempts: z.array(DeliveryAttempt),
  })
  .meta({ id: 'WebhookDelivery' })

export const Event = z
  .object({
    id: Uuid.meta({ description: 'Event id; the `webhook-id` header of its deliveries' }),
    sequence: z.string().nullable().meta({ description: 'Publication sequence: catch up with `GET /v1/events?after=<sequence>`', example: '1042' }),
    type: z.string().meta({ example: 'deposit.confirmed' }),
    timestamp: Timestamp.meta({ description: 'When the change happened' }),
    walletId: Uuid.nullable(),
    data: z.record(z.string(), z.unknown()).meta({ description: 'The resource, in the shape the REST API returns it (see the `webhooks` section)' }),
  })
  .meta({ id: 'Event' })

export const LowBalanceAlert = z
  .object({
    walletId: Uuid,
    chainId: z.number().int(),
    asset: AssetId,
    address: AddressString.meta({ description: 'The hot address that cannot pay' }),
    spendable: AmountString.meta({ description: 'What it can spend now (base units)' }),
    waitingWithdrawals: z.number().int(),
    oldestWithdrawalId: Uuid,
    reason: z.string().optional().meta({ description: 'Set when a signed transaction was refused by the node for insufficient funds (it is held and re-sent on new blocks)' }),
  })
  .meta({ id: 'LowBalanceAlert' })

export const ReconciliationMismatch = Reconciliation.extend({
  mismatches: z.array(ReconciliationItem).meta({ description: 'The mismatched report lines (the first 100; the full report is at GET /v1/reconciliations/{id}/items)' }),
}).meta({ id: 'ReconciliationMismatch' })

const RESOURCES: Record<EventResource, z.ZodType> = {
  Deposit,
  Withdrawal,
  LowBalanceAlert,
  WebhookEndpoint,
  ReconciliationMismatch,
  Reconciliation,
  LedgerAdjustment,
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
      data: RESOURCES[info.resource],
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
        type: { type: 'string', const: type },
        timestamp: { type: 'string', format: 'date-time', description: 'When the change happened (the same on every retry)', example: '2026-11-21T09:30:00.000Z' },
        data: { $ref: `#/components/schemas/${info.resource}` },
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

/**
 * Public shapes of webhook resources (REST responses, and `data` of `webhook_endpoint.*` events).
 * Secrets never appear here: a secret is returned once, by the call that creates it.
 */
import type { AttemptRow, DeliveryRow, EndpointRow, PublishedEventRow, SecretMeta } from '../../db/webhooks'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export function endpointView(e: EndpointRow, secrets: SecretMeta[] = []) {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    status: e.status,
    disabledReason: e.disabledReason,
    disabledAt: iso(e.disabledAt),
    failingSince: iso(e.failingSince),
    storeResponseBody: e.storeResponseBody,
    signingSecrets: secrets
      .filter((s) => s.endpointId === e.id)
      .map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString(), expiresAt: iso(s.expiresAt) })),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  }
}
export type EndpointView = ReturnType<typeof endpointView>

/** An event as `GET /v1/events` lists it: the webhook payload plus its id (= `webhook-id`) and sequence. */
export function eventView(e: Pick<PublishedEventRow, 'id' | 'type' | 'data' | 'walletId' | 'createdAt'> & { relaySeq: bigint | null }) {
  return {
    id: e.id,
    sequence: e.relaySeq === null ? null : e.relaySeq.toString(),
    type: e.type,
    timestamp: e.createdAt.toISOString(),
    walletId: e.walletId,
    data: e.data as Record<string, unknown>,
  }
}
export type EventView = ReturnType<typeof eventView>

/**
 * The body of a webhook request: `{type, timestamp, data}` (Standard Webhooks payload structure), with
 * `data` the REST shape of the resource and `timestamp` when the event happened (stable across retries;
 * the time of each attempt is in the `webhook-timestamp` header).
 */
export function webhookBody(type: string, createdAt: Date, dataJson: string): string {
  // `data` is spliced in as stored (JSON text from Postgres): no parse and re-serialisation per request
  return `{"type":${JSON.stringify(type)},"timestamp":"${createdAt.toISOString()}","data":${dataJson}}`
}

export function attemptView(a: AttemptRow) {
  return {
    id: a.id,
    round: a.round,
    attempt: a.attempt,
    startedAt: a.startedAt.toISOString(),
    durationMs: a.durationMs,
    statusCode: a.statusCode,
    success: a.success,
    error: a.error,
    responseHeaders: a.responseHeaders,
    responseBody: a.responseBody,
  }
}

export function deliveryView(d: DeliveryRow, attempts: AttemptRow[]) {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    endpointId: d.endpointId,
    status: d.status,
    round: d.round,
    attemptCount: d.attemptCount,
    nextAttemptAt: iso(d.nextAttemptAt),
    lastAttemptAt: iso(d.lastAttemptAt),
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    deliveredAt: iso(d.deliveredAt),
    createdAt: d.createdAt.toISOString(),
    attempts: attempts.filter((a) => a.deliveryId === d.id).map(attemptView),
  }
}
export type DeliveryView = ReturnType<typeof deliveryView>

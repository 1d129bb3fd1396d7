/**
 * One delivery attempt: the `webhooks` job's use case.
 *
 * Steps for a job (delivery id, endpoint id, round):
 *  1. at most WEBHOOK_ENDPOINT_CONCURRENCY requests to one endpoint per process: over that, the job comes
 *     back a moment later (it is not an attempt), so a slow endpoint cannot take every worker slot;
 *  2. load the delivery with its event and endpoint (Postgres is the truth): nothing to do when it was
 *     delivered, given up, deleted or redelivered in a newer round, and not yet when it is not due;
 *  3. sign the body `{type, timestamp, data}` with every secret that signs now (Standard Webhooks v1) and
 *     POST it (http.ts: URL vetted again, connection pinned to the vetted address, 15 s timeout);
 *  4. decide: 2xx delivered; 410 failed and the endpoint disabled; otherwise the next delay of the retry
 *     schedule (with jitter, never before `Retry-After`), or failed when the schedule is exhausted;
 *  5. record the attempt and the delivery's next state in one transaction, guarded on the state read in
 *     2 (another worker that got there first wins); the endpoint's failing clock starts or stops, and an
 *     endpoint failing for WEBHOOK_DISABLE_AFTER_SECONDS is disabled with a `webhook_endpoint.disabled`
 *     event in the same transaction.
 * Reads and writes of concurrent jobs are grouped into batches (src/lib/batcher.ts), so a busy worker
 * makes a few round trips per batch instead of per delivery.
 *
 * Delivery is at least once: a worker that dies after the receiver answered but before step 5 commits
 * sends the request again later, with the same `webhook-id` (the event id), which receivers use to
 * deduplicate.
 */
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import {
  disableGoneEndpoints,
  loadDeliveryContexts,
  markEndpointsFailing,
  markEndpointsHealthy,
  recordAttempts,
  signingSecrets,
  signingSecretsMeta,
  type AttemptRecord,
  type DeliveryContext,
  type SealedSecretRow,
} from '../../db/webhooks'
import type { WebhookDeliveryPayload } from '../../jobs/queues'
import { Batcher } from '../../lib/batcher'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { WebhookHttpClient } from './http'
import { nextRetryDelay } from './retrySchedule'
import { SecretCache } from './secrets'
import { signatureHeader } from './signature'
import { UrlGuard, type Resolver } from './urlPolicy'
import { endpointView, webhookBody } from './views'

export type DeliverOutcome =
  | { kind: 'delivered'; statusCode: number }
  | { kind: 'failed'; reason: string }
  /** come back in `delayMs` (a retry, a delivery not yet due, or an endpoint at its concurrency limit) */
  | { kind: 'later'; delayMs: number; reason: 'retry' | 'not_due' | 'throttled' }
  /** nothing to do: delivered or given up already, deleted, or replaced by a newer round */
  | { kind: 'skipped'; reason: string }

export interface DelivererOptions {
  /** DNS resolver (tests inject one to play DNS rebinding) */
  resolver?: Resolver
  /** uniform [0, 1) source for jitter */
  random?: () => number
}

type LoadedContext = DeliveryContext & { secrets: SealedSecretRow[] }

/** Early jobs (clock differences between processes) are accepted up to this much before due time. */
const DUE_TOLERANCE_MS = 1000

export class WebhookDeliverer {
  private readonly http: WebhookHttpClient
  private readonly secrets: SecretCache
  private readonly loader: Batcher<string, LoadedContext | null>
  private readonly writer: Batcher<AttemptRecord, boolean>
  private readonly inFlight = new Map<string, number>()
  private readonly random: () => number

  constructor(
    private readonly deps: Deps,
    opts: DelivererOptions = {},
  ) {
    const cfg = deps.config.webhooks
    this.http = new WebhookHttpClient(new UrlGuard(cfg, opts.resolver), cfg.endpointConcurrency)
    this.secrets = new SecretCache(deps.custody.backend)
    this.random = opts.random ?? Math.random
    this.loader = new Batcher((ids) => this.load(ids), 500, 2)
    this.writer = new Batcher((records) => this.write(records), 500, 1)
  }

  /**
   * Makes the attempt a delivery job asks for.
   * @throws AppError `dependency_unavailable` (Postgres), `key_backend_failed`: the job is retried
   */
  async deliver(job: WebhookDeliveryPayload): Promise<DeliverOutcome> {
    const busy = this.inFlight.get(job.endpointId) ?? 0
    if (busy >= this.deps.config.webhooks.endpointConcurrency) {
      return { kind: 'later', reason: 'throttled', delayMs: 200 + Math.round(this.random() * 800) }
    }
    this.inFlight.set(job.endpointId, busy + 1)
    try {
      return await this.attempt(job)
    } finally {
      const n = (this.inFlight.get(job.endpointId) ?? 1) - 1
      if (n <= 0) this.inFlight.delete(job.endpointId)
      else this.inFlight.set(job.endpointId, n)
    }
  }

  /** Closes pooled connections and forgets opened secrets. */
  close(): void {
    this.http.close()
    this.secrets.clear()
  }

  private async attempt(job: WebhookDeliveryPayload): Promise<DeliverOutcome> {
    const cfg = this.deps.config.webhooks
    const ctx = await this.loader.add(job.deliveryId)
    if (!ctx) return { kind: 'skipped', reason: 'deleted' }
    if (ctx.round !== job.round) return { kind: 'skipped', reason: `round ${job.round} was replaced by round ${ctx.round}` }
    if (ctx.status !== 'pending') return { kind: 'skipped', reason: `already ${ctx.status}` }
    if (ctx.dueInMs !== null && ctx.dueInMs > DUE_TOLERANCE_MS) return { kind: 'later', reason: 'not_due', delayMs: ctx.dueInMs }

    const base = { deliveryId: ctx.id, endpointId: ctx.endpointId, round: ctx.round, attemptsBefore: ctx.attemptCount }
    if (ctx.endpointStatus !== 'enabled') {
      const applied = await this.writer.add({
        ...base,
        requestMade: false,
        startedAt: new Date(),
        durationMs: 0,
        statusCode: null,
        success: false,
        error: 'endpoint disabled',
        responseBody: null,
        next: 'failed',
        endpointGone: false,
      })
      return applied ? { kind: 'failed', reason: 'endpoint disabled' } : { kind: 'skipped', reason: 'raced' }
    }

    const keys = await this.secrets.keysOf(ctx.secrets)
    if (!keys.length) throw new AppError('internal', `webhook endpoint ${ctx.endpointId} has no signing secret`, { retryable: false })
    const body = webhookBody(ctx.eventType, ctx.eventCreatedAt, ctx.eventData)
    const timestamp = Math.floor(Date.now() / 1000)
    const startedAt = new Date()
    const res = await this.http.post(
      ctx.url,
      { 'webhook-id': ctx.eventId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(keys, ctx.eventId, timestamp, body) },
      body,
      cfg.timeoutMs,
    )
    const success = res.statusCode !== null && res.statusCode >= 200 && res.statusCode < 300
    const gone = res.statusCode === 410
    let next: AttemptRecord['next']
    if (success) next = 'delivered'
    else if (gone) next = 'failed'
    else {
      const delay = nextRetryDelay(cfg.retryScheduleMs, ctx.attemptCount + 1, res.retryAfterMs, this.random)
      next = delay === null ? 'failed' : { retryInMs: delay }
    }
    const error = success ? null : (res.error ?? `HTTP ${res.statusCode}`)
    const applied = await this.writer.add({
      ...base,
      requestMade: true,
      startedAt,
      durationMs: res.durationMs,
      statusCode: res.statusCode,
      success,
      error,
      responseBody: res.responseBody,
      next,
      endpointGone: gone,
    })
    const line = { deliveryId: ctx.id, eventId: ctx.eventId, eventType: ctx.eventType, endpointId: ctx.endpointId, attempt: ctx.attemptCount + 1, statusCode: res.statusCode, ms: res.durationMs }
    if (success) this.deps.logger.debug(line, 'webhook delivered')
    else this.deps.logger.info({ ...line, error, next: typeof next === 'string' ? next : `retry in ${Math.round(next.retryInMs / 1000)} s` }, 'webhook attempt failed')
    if (!applied) return { kind: 'skipped', reason: 'raced' }
    if (next === 'delivered') return { kind: 'delivered', statusCode: res.statusCode! }
    if (next === 'failed') return { kind: 'failed', reason: gone ? 'endpoint answered 410 Gone' : `retry schedule exhausted (${error})` }
    return { kind: 'later', reason: 'retry', delayMs: next.retryInMs }
  }

  private async load(ids: string[]): Promise<(LoadedContext | null)[]> {
    const unique = [...new Set(ids)]
    const rows = await loadDeliveryContexts(this.deps.db, unique)
    const secrets = await signingSecrets(this.deps.db, [...new Set(rows.map((r) => r.endpointId))])
    const byId = new Map(rows.map((r) => [r.id, { ...r, secrets: secrets.filter((s) => s.endpointId === r.endpointId) }]))
    return ids.map((id) => byId.get(id) ?? null)
  }

  private async write(records: AttemptRecord[]): Promise<boolean[]> {
    const cfg = this.deps.config.webhooks
    const applied = await withTx(this.deps.db, async (tx) => {
      const applied = await recordAttempts(tx, records, newId)
      const made = records.filter((r) => r.requestMade)
      const healthy = new Set(made.filter((r) => r.success).map((r) => r.endpointId))
      const failing = [...new Set(made.filter((r) => !r.success && !healthy.has(r.endpointId)).map((r) => r.endpointId))].sort()
      const gone = [...new Set(made.filter((r) => r.endpointGone).map((r) => r.endpointId))].sort()
      await markEndpointsHealthy(tx, [...healthy].sort())
      const disabled = [...(await disableGoneEndpoints(tx, gone)), ...(await markEndpointsFailing(tx, failing, cfg.disableAfterMs))]
      if (disabled.length) {
        const metas = await signingSecretsMeta(tx, disabled.map((e) => e.id))
        await insertEvents(tx, disabled.map((e) => ({ type: 'webhook_endpoint.disabled', data: endpointView(e, metas) })))
        for (const e of disabled) this.deps.logger.warn({ endpointId: e.id, reason: e.disabledReason }, 'webhook endpoint disabled')
      }
      return applied
    })
    return records.map((r) => applied.has(r.deliveryId))
  }
}

/**
 * One delivery attempt: the `webhooks` job's use case.
 *
 * Steps for a job (delivery id, endpoint id, round):
 *  1. load the delivery with its event and endpoint (Postgres is the truth): nothing to do when it was
 *     delivered, given up, deleted or redelivered in a newer round, and not yet when it is not due;
 *  2. at most WEBHOOK_ENDPOINT_CONCURRENCY requests to one endpoint per process: over that, wait for a slot
 *     while the endpoint answers quickly, or, while it is slow, let the job come back a moment later (not
 *     an attempt), so a slow endpoint cannot take every worker slot;
 *  3. sign the body `{type, timestamp, data}` with every secret that signs now (Standard Webhooks v1) and
 *     POST it (http.ts: URL vetted again, connection pinned to the vetted address, 15 s timeout; the
 *     answer's status and selected headers are logged, its body only if the endpoint opted in);
 *  4. decide: 2xx delivered; 410 failed and the endpoint disabled; otherwise the next delay of the retry
 *     schedule (with jitter, never before `Retry-After`), or failed when the schedule is exhausted;
 *  5. record the attempt and the delivery's next state in one transaction, guarded on the state read in
 *     1 (another worker that got there first wins); the endpoint's failing clock starts or stops, and an
 *     endpoint failing for WEBHOOK_DISABLE_AFTER_SECONDS is disabled with a `webhook_endpoint.disabled`
 *     event in the same transaction. A batch of successes only is recorded in one statement.
 * Reads and writes of concurrent jobs are grouped into batches (src/lib/batcher.ts), so a busy worker
 * makes a few round trips per batch instead of per delivery.
 *
 * Delivery is at least once: a worker that dies after the receiver answered but before step 5 commits
 * sends the request again later, with the same `webhook-id` (the event id), which receivers use to
 * deduplicate.
 */
import { observeWebhookAttempt } from '../../lib/metrics'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import {
  disableGoneEndpoints,
  loadDeliveryContexts,
  markEndpointsFailing,
  markEndpointsHealthy,
  recordAttempts,
  recordDelivered,
  createHotPool,
  type HotPool,
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

/** Early jobs (clock differences between processes) are accepted up to this much before due time. */
const DUE_TOLERANCE_MS = 1000
/** An endpoint whose answers take this long, or time out, is slow for the next SLOW_FOR_MS. */
const SLOW_MS = 2000
const SLOW_FOR_MS = 30_000

/**
 * At most `limit` requests in flight to one endpoint (per process). A caller over the limit waits for a
 * slot while the endpoint answers quickly (slots free within milliseconds); while it is slow, the caller
 * is turned away instead (the job comes back later), so a slow or dead endpoint holds at most `limit`
 * worker slots and cannot starve the others.
 */
class EndpointGate {
  private inFlight = 0
  private readonly waiters: (() => void)[] = []
  private slowUntil = 0

  constructor(private readonly limit: number) {}

  /** nothing in flight, nobody waiting, not slow: the gate can be forgotten */
  get idle(): boolean {
    return this.inFlight === 0 && !this.waiters.length && Date.now() >= this.slowUntil
  }

  /** @returns false when the caller should come back later */
  async enter(): Promise<boolean> {
    if (this.inFlight < this.limit) {
      this.inFlight++
      return true
    }
    if (Date.now() < this.slowUntil || this.waiters.length >= this.limit) return false
    // leave() hands its slot over: inFlight stays counted
    await new Promise<void>((resolve) => this.waiters.push(resolve))
    return true
  }

  leave(): void {
    const next = this.waiters.shift()
    if (next) next()
    else this.inFlight--
  }

  markSlow(): void {
    this.slowUntil = Date.now() + SLOW_FOR_MS
  }
}

export class WebhookDeliverer {
  private readonly http: WebhookHttpClient
  private readonly secrets: SecretCache
  private readonly loader: Batcher<string, DeliveryContext | null>
  private readonly writer: Batcher<AttemptRecord, boolean>
  private readonly gates = new Map<string, EndpointGate>()
  private readonly secretLists = new Map<string, { version: number; secrets: SealedSecretRow[] }>()
  private readonly random: () => number
  private readonly pool: HotPool

  constructor(
    private readonly deps: Deps,
    opts: DelivererOptions = {},
  ) {
    const cfg = deps.config.webhooks
    this.http = new WebhookHttpClient(new UrlGuard(cfg, opts.resolver), cfg.endpointConcurrency)
    this.secrets = new SecretCache(deps.custody.backend)
    this.random = opts.random ?? Math.random
    this.pool = createHotPool(deps.config.database.url)
    this.loader = new Batcher((ids) => this.load(ids), 500, 2)
    this.writer = new Batcher((records) => this.write(records), 500, 2)
  }

  /**
   * Makes the attempt a delivery job asks for.
   * @throws AppError `dependency_unavailable` (Postgres), `key_backend_failed`: the job is retried
   */
  async deliver(job: WebhookDeliveryPayload): Promise<DeliverOutcome> {
    const ctx = await this.loader.add(job.deliveryId)
    if (!ctx) return { kind: 'skipped', reason: 'deleted' }
    if (ctx.round !== job.round) return { kind: 'skipped', reason: `round ${job.round} was replaced by round ${ctx.round}` }
    if (ctx.status !== 'pending') return { kind: 'skipped', reason: `already ${ctx.status}` }
    if (ctx.dueInMs !== null && ctx.dueInMs > DUE_TOLERANCE_MS) return { kind: 'later', reason: 'not_due', delayMs: ctx.dueInMs }
    return this.send(ctx)
  }

  /** Closes pooled connections and forgets opened secrets. */
  async close(): Promise<void> {
    this.http.close()
    this.secrets.clear()
    await this.pool.end().catch(() => undefined)
  }

  private gateOf(endpointId: string): EndpointGate {
    let g = this.gates.get(endpointId)
    if (!g) this.gates.set(endpointId, (g = new EndpointGate(this.deps.config.webhooks.endpointConcurrency)))
    return g
  }

  private async send(ctx: DeliveryContext): Promise<DeliverOutcome> {
    const cfg = this.deps.config.webhooks
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
        responseHeaders: null,
        next: 'failed',
        endpointGone: false,
      })
      return applied ? { kind: 'failed', reason: 'endpoint disabled' } : { kind: 'skipped', reason: 'raced' }
    }

    const keys = await this.secrets.keysOf(await this.signingSecretsOf(ctx))
    if (!keys.length) throw new AppError('internal', `webhook endpoint ${ctx.endpointId} has no signing secret`, { retryable: false })
    const body = webhookBody(ctx.eventType, ctx.eventCreatedAt, ctx.eventDataJson)

    // The endpoint's slot is held for the HTTP exchange only, not while the outcome is written.
    const gate = this.gateOf(ctx.endpointId)
    // (while an endpoint is slow its excess jobs come back every 10–30 s rather than spin)
    if (!(await gate.enter())) return { kind: 'later', reason: 'throttled', delayMs: 10_000 + Math.round(this.random() * 20_000) }
    const timestamp = Math.floor(Date.now() / 1000)
    const startedAt = new Date()
    let res
    try {
      res = await this.http.post(
        ctx.url,
        { 'webhook-id': ctx.eventId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(keys, ctx.eventId, timestamp, body) },
        body,
        cfg.timeoutMs,
        { keepBody: ctx.storeResponseBody },
      )
      if (res.durationMs >= SLOW_MS || (res.statusCode === null && res.error?.startsWith('timed out'))) gate.markSlow()
    } finally {
      gate.leave()
      if (gate.idle) this.gates.delete(ctx.endpointId)
    }
    const success = res.statusCode !== null && res.statusCode >= 200 && res.statusCode < 300
    observeWebhookAttempt(success, res.durationMs)
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
      responseBody: ctx.storeResponseBody ? res.responseBody : null,
      responseHeaders: res.responseHeaders,
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

  private async load(ids: string[]): Promise<(DeliveryContext | null)[]> {
    const rows = await loadDeliveryContexts(this.pool, [...new Set(ids)])
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.map((id) => byId.get(id) ?? null)
  }

  /**
   * The sealed secrets that sign now. Kept per endpoint until the endpoint row changes (a rotation
   * touches it: `endpointVersion`); a rotated-out secret is dropped by the clock when its grace ends.
   */
  private async signingSecretsOf(ctx: DeliveryContext): Promise<SealedSecretRow[]> {
    let hit = this.secretLists.get(ctx.endpointId)
    if (!hit || hit.version !== ctx.endpointVersion) {
      hit = { version: ctx.endpointVersion, secrets: await signingSecrets(this.deps.db, [ctx.endpointId]) }
      this.secretLists.set(ctx.endpointId, hit)
      if (this.secretLists.size > 10_000) this.secretLists.clear()
    }
    const now = Date.now()
    return hit.secrets.filter((x) => x.expiresAt === null || x.expiresAt.getTime() > now)
  }

  private async write(records: AttemptRecord[]): Promise<boolean[]> {
    const cfg = this.deps.config.webhooks
    if (records.every((r) => r.requestMade && r.success)) {
      // The common case, in one statement: attempts logged, deliveries delivered, failing clocks stopped.
      const applied = await recordDelivered(this.pool, records, newId)
      return records.map((r) => applied.has(r.deliveryId))
    }
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

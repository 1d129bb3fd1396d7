/**
 * Webhooks: endpoints and their sealed secrets, the outbox relay, deliveries (one per event × endpoint)
 * and their attempts. The delivery hot path (relay, load, record) uses set-based SQL over arrays so that
 * a batch of any size costs a handful of statements.
 */
import { Pool } from 'pg'
import type { SealedSecret } from '../custody/envelope'
import type { DbOrTx, DbTx } from './client'

/**
 * A small `pg` pool for the delivery hot path (load a batch, record a batch of successes): plain
 * parameterised statements cost about a third of the CPU of the same statement through Prisma, which
 * matters at thousands of deliveries per second. Everything else goes through Prisma.
 */
export type HotPool = Pick<Pool, 'query' | 'end'>

export function createHotPool(url: string, size = 4): HotPool {
  const pool = new Pool({ connectionString: url, max: size })
  // an idle connection that breaks is replaced on next use; without a listener the error would crash
  pool.on('error', () => undefined)
  return pool
}

// ---------------------------------------------------------------- endpoints and secrets

export type EndpointStatus = 'enabled' | 'disabled'
export type DisabledReason = 'manual' | 'gone' | 'failing'

export interface EndpointRow {
  id: string
  url: string
  description: string
  eventTypes: string[]
  status: EndpointStatus
  disabledReason: DisabledReason | null
  disabledAt: Date | null
  failingSince: Date | null
  createdBy: string | null
  createdAt: Date
  updatedAt: Date
  /** whether attempts keep an excerpt of the response body (opt-in by an admin key) */
  storeResponseBody: boolean
}

type PrismaEndpoint = Awaited<ReturnType<DbTx['webhookEndpoint']['findFirstOrThrow']>>

function mapEndpoint(r: PrismaEndpoint): EndpointRow {
  return { ...r, status: r.status as EndpointStatus, disabledReason: r.disabledReason as DisabledReason | null }
}

export interface SecretMeta {
  id: string
  endpointId: string
  createdAt: Date
  expiresAt: Date | null
}

export interface SealedSecretRow extends SecretMeta {
  sealed: SealedSecret
}

export async function insertEndpoint(
  tx: DbTx,
  e: { id: string; url: string; description: string; eventTypes: string[]; createdBy: string | null; storeResponseBody?: boolean },
): Promise<EndpointRow> {
  return mapEndpoint(await tx.webhookEndpoint.create({ data: e }))
}

/**
 * How many webhook endpoints an API client has (any status), after taking a transaction-scoped
 * advisory lock on that client's endpoint set, so that concurrent creations are counted one after
 * the other and the cap cannot be overshot.
 */
export async function lockAndCountClientEndpoints(tx: DbTx, clientId: string): Promise<number> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended('webhook_endpoints:' || ${clientId}::text, 0))`
  const [r] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM webhook_endpoints WHERE created_by = ${clientId}::uuid`
  return r?.n ?? 0
}

/** Stores a sealed secret; without `expiresAt` it becomes the endpoint's current secret. */
export async function insertSecret(tx: DbTx, s: { id: string; endpointId: string; backend: string; sealed: SealedSecret }): Promise<SecretMeta> {
  const r = await tx.webhookSecret.create({
    data: {
      id: s.id,
      endpointId: s.endpointId,
      backend: s.backend,
      kekId: s.sealed.kekId,
      wrappedDataKey: Buffer.from(s.sealed.wrappedDataKey),
      iv: Buffer.from(s.sealed.iv),
      ciphertext: Buffer.from(s.sealed.ciphertext),
      authTag: Buffer.from(s.sealed.authTag),
    },
  })
  return { id: r.id, endpointId: r.endpointId, createdAt: r.createdAt, expiresAt: r.expiresAt }
}

/**
 * Rotation: the current secret keeps signing for `graceSeconds` more; secrets already past their grace
 * period are deleted.
 * @returns when the rotated-out secret stops signing
 */
export async function retireCurrentSecret(tx: DbTx, endpointId: string, graceSeconds: number): Promise<Date | null> {
  await tx.$executeRaw`DELETE FROM webhook_secrets WHERE endpoint_id = ${endpointId}::uuid AND expires_at <= now()`
  const rows = await tx.$queryRaw<{ expires_at: Date }[]>`
    UPDATE webhook_secrets SET expires_at = now() + ${graceSeconds} * interval '1 second'
     WHERE endpoint_id = ${endpointId}::uuid AND expires_at IS NULL
    RETURNING expires_at`
  return rows[0]?.expires_at ?? null
}

export async function getEndpoint(db: DbOrTx, id: string): Promise<EndpointRow | null> {
  const r = await db.webhookEndpoint.findUnique({ where: { id } })
  return r ? mapEndpoint(r) : null
}

/** Locks an endpoint row for a change (rotation, status). */
export async function lockEndpoint(tx: DbTx, id: string): Promise<EndpointRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM webhook_endpoints WHERE id = ${id}::uuid FOR UPDATE`
  return rows.length ? getEndpoint(tx, id) : null
}

export async function listEndpoints(db: DbOrTx, filter: { status?: EndpointStatus }, page: { limit: number; before?: string }): Promise<EndpointRow[]> {
  const rows = await db.webhookEndpoint.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapEndpoint)
}

export async function updateEndpoint(
  tx: DbTx,
  id: string,
  patch: { url?: string; description?: string; eventTypes?: string[]; status?: EndpointStatus; disabledReason?: DisabledReason | null; storeResponseBody?: boolean },
): Promise<EndpointRow> {
  const status = patch.status
  return mapEndpoint(
    await tx.webhookEndpoint.update({
      where: { id },
      data: {
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.eventTypes !== undefined ? { eventTypes: patch.eventTypes } : {}),
        ...(patch.storeResponseBody !== undefined ? { storeResponseBody: patch.storeResponseBody } : {}),
        ...(status === 'enabled' ? { status, disabledReason: null, disabledAt: null, failingSince: null } : {}),
        ...(status === 'disabled' ? { status, disabledReason: patch.disabledReason ?? 'manual', disabledAt: new Date() } : {}),
        updatedAt: new Date(),
      },
    }),
  )
}

/** Deletes an endpoint with its secrets, deliveries and attempts. @returns whether it existed */
export async function deleteEndpoint(db: DbOrTx, id: string): Promise<boolean> {
  return (await db.webhookEndpoint.deleteMany({ where: { id } })).count > 0
}

/** Metadata (no key material) of the secrets that sign now, per endpoint, newest first. */
export async function signingSecretsMeta(db: DbOrTx, endpointIds: string[]): Promise<SecretMeta[]> {
  if (!endpointIds.length) return []
  return db.$queryRaw<SecretMeta[]>`
    SELECT id, endpoint_id AS "endpointId", created_at AS "createdAt", expires_at AS "expiresAt"
      FROM webhook_secrets
     WHERE endpoint_id = ANY(${endpointIds}::uuid[]) AND (expires_at IS NULL OR expires_at > now())
     ORDER BY created_at DESC`
}

/** The sealed secrets that sign now, per endpoint (current first). */
export async function signingSecrets(db: DbOrTx, endpointIds: string[]): Promise<SealedSecretRow[]> {
  if (!endpointIds.length) return []
  const rows = await db.$queryRaw<
    { id: string; endpoint_id: string; kek_id: string; wrapped_data_key: Uint8Array; iv: Uint8Array; ciphertext: Uint8Array; auth_tag: Uint8Array; created_at: Date; expires_at: Date | null }[]
  >`
    SELECT id, endpoint_id, kek_id, wrapped_data_key, iv, ciphertext, auth_tag, created_at, expires_at
      FROM webhook_secrets
     WHERE endpoint_id = ANY(${endpointIds}::uuid[]) AND (expires_at IS NULL OR expires_at > now())
     ORDER BY expires_at DESC NULLS FIRST, created_at DESC`
  return rows.map((r) => ({
    id: r.id,
    endpointId: r.endpoint_id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    sealed: { kekId: r.kek_id, wrappedDataKey: r.wrapped_data_key, iv: r.iv, ciphertext: r.ciphertext, authTag: r.auth_tag },
  }))
}

// ---------------------------------------------------------------- events (published outbox rows)

export interface PublishedEventRow {
  id: string
  relaySeq: bigint
  type: string
  data: unknown
  walletId: string | null
  createdAt: Date
}

export interface EventFilter {
  /** exact types */
  types?: string[]
  /** type prefixes such as `deposit.` (from `deposit.*`) */
  prefixes?: string[]
  walletId?: string
  since?: Date
  until?: Date
}

/** Events the relay has published, in publication order (`relay_seq`), after `afterSeq`. */
export async function listPublishedEvents(db: DbOrTx, filter: EventFilter, page: { limit: number; afterSeq?: bigint }): Promise<PublishedEventRow[]> {
  const typeOr = [
    ...(filter.types?.length ? [{ type: { in: filter.types } }] : []),
    ...(filter.prefixes ?? []).map((p) => ({ type: { startsWith: p } })),
  ]
  const rows = await db.event.findMany({
    where: {
      relaySeq: page.afterSeq !== undefined ? { gt: page.afterSeq } : { not: null },
      ...(typeOr.length ? { OR: typeOr } : {}),
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.since || filter.until ? { createdAt: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {}),
    },
    orderBy: { relaySeq: 'asc' },
    take: page.limit,
  })
  return rows.map((r) => ({ id: r.id, relaySeq: r.relaySeq!, type: r.type, data: r.data, walletId: r.walletId, createdAt: r.createdAt }))
}

export async function getEvent(db: DbOrTx, id: string): Promise<{ id: string; relaySeq: bigint | null; type: string; data: unknown; walletId: string | null; createdAt: Date } | null> {
  const r = await db.event.findUnique({ where: { id } })
  return r ? { id: r.id, relaySeq: r.relaySeq, type: r.type, data: r.data, walletId: r.walletId, createdAt: r.createdAt } : null
}

// ---------------------------------------------------------------- relay

/**
 * Takes the relay lock (one relay transaction at a time across processes).
 * @returns the next publication number, or null when another relay holds the lock
 */
export async function lockRelay(tx: DbTx): Promise<bigint | null> {
  const rows = await tx.$queryRaw<{ next_relay_seq: bigint }[]>`SELECT next_relay_seq FROM webhook_relay_state FOR UPDATE SKIP LOCKED`
  return rows[0]?.next_relay_seq ?? null
}

export interface UnrelayedEvent {
  id: string
  type: string
  createdAt: Date
}

/** Whether any committed event waits for the relay (one index probe; lets an idle relay skip its transaction). */
export async function hasUnrelayedEvents(db: DbOrTx): Promise<boolean> {
  const rows = await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM events WHERE relay_seq IS NULL LIMIT 1`
  return rows.length > 0
}

/** Committed events not yet relayed, oldest first. */
export async function unrelayedEvents(tx: DbTx, limit: number): Promise<UnrelayedEvent[]> {
  return tx.$queryRaw<UnrelayedEvent[]>`
    SELECT id, type, created_at AS "createdAt" FROM events WHERE relay_seq IS NULL ORDER BY seq LIMIT ${limit}`
}

export interface RelayEndpoint {
  id: string
  eventTypes: string[]
  createdAt: Date
}

export async function enabledEndpoints(tx: DbOrTx): Promise<RelayEndpoint[]> {
  return tx.$queryRaw<RelayEndpoint[]>`
    SELECT id, event_types AS "eventTypes", created_at AS "createdAt" FROM webhook_endpoints WHERE status = 'enabled'`
}

/**
 * Publishes events: stamps `relay_seq` = firstSeq, firstSeq + 1, … in the given order, creates their
 * deliveries and advances the relay's counter, in the caller's transaction.
 * @returns the deliveries created (pairs that already had one are skipped)
 */
export async function publishEvents(
  tx: DbTx,
  eventIds: string[],
  firstSeq: bigint,
  deliveries: { id: string; eventId: string; endpointId: string }[],
): Promise<{ id: string; endpointId: string }[]> {
  const seqs = eventIds.map((_, i) => (firstSeq + BigInt(i)).toString())
  await tx.$executeRaw`
    UPDATE events e SET relay_seq = u.seq
      FROM unnest(${eventIds}::uuid[], ${seqs}::bigint[]) AS u(id, seq)
     WHERE e.id = u.id AND e.relay_seq IS NULL`
  const nextSeq = (firstSeq + BigInt(eventIds.length)).toString()
  await tx.$executeRaw`UPDATE webhook_relay_state SET next_relay_seq = ${nextSeq}::bigint, relayed_at = now()`
  if (!deliveries.length) return []
  return tx.$queryRaw<{ id: string; endpointId: string }[]>`
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id)
    SELECT * FROM unnest(${deliveries.map((d) => d.id)}::uuid[], ${deliveries.map((d) => d.eventId)}::uuid[], ${deliveries.map((d) => d.endpointId)}::uuid[])
    ON CONFLICT (event_id, endpoint_id) DO NOTHING
    RETURNING id, endpoint_id AS "endpointId"`
}

// ---------------------------------------------------------------- delivery

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

/** What one attempt needs: the delivery, its event and its endpoint. */
export interface DeliveryContext {
  id: string
  round: number
  status: DeliveryStatus
  attemptCount: number
  /** ms until the next attempt is due (≤ 0: due), by the database clock; null unless pending */
  dueInMs: number | null
  eventId: string
  eventType: string
  /** the event's `data` as JSON text (spliced into the body as is) */
  eventDataJson: string
  eventCreatedAt: Date
  endpointId: string
  url: string
  endpointStatus: EndpointStatus
  /** changes whenever the endpoint row does (rotation touches it): invalidates cached secret lists */
  endpointVersion: number
  /** keep an excerpt of the response body (the endpoint opted in) */
  storeResponseBody: boolean
}

export async function loadDeliveryContexts(pool: HotPool, ids: string[]): Promise<DeliveryContext[]> {
  if (!ids.length) return []
  const r = await pool.query<DeliveryContext>(
    `SELECT d.id, d.round, d.status, d.attempt_count AS "attemptCount",
            (extract(epoch FROM d.next_attempt_at - clock_timestamp()) * 1000)::float8 AS "dueInMs",
            e.id AS "eventId", e.type AS "eventType", e.data::text AS "eventDataJson", e.created_at AS "eventCreatedAt",
            w.id AS "endpointId", w.url, w.status AS "endpointStatus", (extract(epoch FROM w.updated_at) * 1e6)::float8 AS "endpointVersion",
            w.store_response_body AS "storeResponseBody"
       FROM webhook_deliveries d
       JOIN events e ON e.id = d.event_id
       JOIN webhook_endpoints w ON w.id = d.endpoint_id
      WHERE d.id = ANY($1::uuid[])`,
    [ids],
  )
  return r.rows
}

/** The outcome of one attempt (or of a delivery given up without a request). */
export interface AttemptRecord {
  deliveryId: string
  endpointId: string
  round: number
  /** attempt_count before this attempt: the update applies only if nobody recorded it first */
  attemptsBefore: number
  /** false when no request was made (endpoint disabled): no attempt row, the count stays */
  requestMade: boolean
  startedAt: Date
  durationMs: number
  statusCode: number | null
  success: boolean
  error: string | null
  /** the excerpt of the response body, only when the endpoint opted in */
  responseBody: string | null
  /** selected response headers (src/domain/webhooks/http.ts), null when no response came */
  responseHeaders: Record<string, string> | null
  next: 'delivered' | 'failed' | { retryInMs: number }
  /** disable the endpoint now (it answered 410 Gone) */
  endpointGone: boolean
}

/**
 * Records attempts and moves their deliveries on, in the caller's transaction.
 * @returns ids of the deliveries whose row was updated (a delivery that another worker already moved
 *          on keeps its state; its attempt is still logged)
 */
export async function recordAttempts(tx: DbTx, records: AttemptRecord[], newId: () => string): Promise<Set<string>> {
  const made = records.filter((r) => r.requestMade)
  if (made.length) {
    // (a delivery deleted with its endpoint meanwhile has no log to add to)
    await tx.$executeRaw`
      INSERT INTO webhook_attempts (id, delivery_id, round, attempt, started_at, duration_ms, status_code, success, error, response_body, response_headers)
      SELECT * FROM unnest(
        ${made.map(() => newId())}::uuid[], ${made.map((r) => r.deliveryId)}::uuid[], ${made.map((r) => r.round)}::int[],
        ${made.map((r) => r.attemptsBefore + 1)}::int[], ${made.map((r) => r.startedAt.toISOString())}::timestamptz[],
        ${made.map((r) => r.durationMs)}::int[], ${made.map((r) => r.statusCode)}::int[], ${made.map((r) => r.success)}::bool[],
        ${made.map((r) => r.error?.slice(0, 1000) ?? null)}::text[], ${made.map((r) => r.responseBody)}::text[],
        ${made.map((r) => (r.responseHeaders ? JSON.stringify(r.responseHeaders) : null))}::jsonb[]) AS u(id, did)
      WHERE EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = u.did)`
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE webhook_deliveries d SET
      status = u.status,
      attempt_count = u.attempts,
      last_attempt_at = CASE WHEN u.made THEN u.started ELSE d.last_attempt_at END,
      last_status_code = CASE WHEN u.made THEN u.code ELSE d.last_status_code END,
      last_error = u.err,
      next_attempt_at = CASE WHEN u.status = 'pending' THEN clock_timestamp() + u.retry_ms * interval '1 millisecond' END,
      delivered_at = CASE WHEN u.status = 'delivered' THEN now() END,
      updated_at = now()
      FROM unnest(
        ${records.map((r) => r.deliveryId)}::uuid[], ${records.map((r) => r.round)}::int[], ${records.map((r) => r.attemptsBefore)}::int[],
        ${records.map((r) => (typeof r.next === 'string' ? r.next : 'pending'))}::text[],
        ${records.map((r) => (r.requestMade ? r.attemptsBefore + 1 : r.attemptsBefore))}::int[],
        ${records.map((r) => r.requestMade)}::bool[], ${records.map((r) => r.startedAt.toISOString())}::timestamptz[],
        ${records.map((r) => r.statusCode)}::int[], ${records.map((r) => r.error?.slice(0, 1000) ?? null)}::text[],
        ${records.map((r) => (typeof r.next === 'object' ? r.next.retryInMs : null))}::float8[]
      ) AS u(id, round, prev, status, attempts, made, started, code, err, retry_ms)
     WHERE d.id = u.id AND d.round = u.round AND d.status = 'pending' AND d.attempt_count = u.prev
    RETURNING d.id`
  return new Set(rows.map((r) => r.id))
}

/**
 * The common case in one statement (no transaction round trips): successful attempts logged, their
 * deliveries `delivered` (guarded like recordAttempts), their endpoints' failing clocks stopped.
 * @returns ids of the deliveries updated
 */
export async function recordDelivered(pool: HotPool, records: AttemptRecord[], newId: () => string): Promise<Set<string>> {
  const r = await pool.query<{ id: string }>(
    `WITH u AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::timestamptz[], $6::int[], $7::int[], $8::text[], $9::uuid[], $10::jsonb[])
         AS u(aid, did, round, prev, started, dur, code, body, ep, headers)
     ), ins AS (
       INSERT INTO webhook_attempts (id, delivery_id, round, attempt, started_at, duration_ms, status_code, success, error, response_body, response_headers)
       SELECT aid, did, round, prev + 1, started, dur, code, true, NULL, body, headers FROM u
        WHERE EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = u.did)
     ), upd AS (
       UPDATE webhook_deliveries d SET status = 'delivered', attempt_count = u.prev + 1, last_attempt_at = u.started,
              last_status_code = u.code, last_error = NULL, next_attempt_at = NULL, delivered_at = now(), updated_at = now()
         FROM u
        WHERE d.id = u.did AND d.round = u.round AND d.status = 'pending' AND d.attempt_count = u.prev
       RETURNING d.id
     ), healthy AS (
       UPDATE webhook_endpoints SET failing_since = NULL WHERE id IN (SELECT ep FROM u) AND failing_since IS NOT NULL
     )
     SELECT id FROM upd`,
    [
      records.map(() => newId()),
      records.map((x) => x.deliveryId),
      records.map((x) => x.round),
      records.map((x) => x.attemptsBefore),
      records.map((x) => x.startedAt.toISOString()),
      records.map((x) => x.durationMs),
      records.map((x) => x.statusCode),
      records.map((x) => x.responseBody),
      records.map((x) => x.endpointId),
      records.map((x) => (x.responseHeaders ? JSON.stringify(x.responseHeaders) : null)),
    ],
  )
  return new Set(r.rows.map((x) => x.id))
}

/** Marks an endpoint changed (cached secret lists of workers are reloaded). */
export async function touchEndpoint(tx: DbTx, id: string): Promise<void> {
  await tx.$executeRaw`UPDATE webhook_endpoints SET updated_at = clock_timestamp() WHERE id = ${id}::uuid`
}

/** A success clears the endpoint's failing clock. */
export async function markEndpointsHealthy(tx: DbTx, endpointIds: string[]): Promise<void> {
  if (!endpointIds.length) return
  await tx.$executeRaw`UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ANY(${endpointIds}::uuid[]) AND failing_since IS NOT NULL`
}

/**
 * Starts the failing clock of endpoints whose attempt failed, and disables those failing for
 * `disableAfterMs` or more.
 * @returns the endpoints disabled now
 */
export async function markEndpointsFailing(tx: DbTx, endpointIds: string[], disableAfterMs: number): Promise<EndpointRow[]> {
  if (!endpointIds.length) return []
  await tx.$executeRaw`UPDATE webhook_endpoints SET failing_since = now() WHERE id = ANY(${endpointIds}::uuid[]) AND failing_since IS NULL`
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = 'failing', disabled_at = now(), updated_at = now()
     WHERE id = ANY(${endpointIds}::uuid[]) AND status = 'enabled'
       AND failing_since <= now() - ${disableAfterMs} * interval '1 millisecond'
    RETURNING id`
  return endpointsByIds(tx, rows.map((r) => r.id))
}

/** Disables endpoints that answered 410 Gone. @returns the endpoints disabled now */
export async function disableGoneEndpoints(tx: DbTx, endpointIds: string[]): Promise<EndpointRow[]> {
  if (!endpointIds.length) return []
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = 'gone', disabled_at = now(), updated_at = now()
     WHERE id = ANY(${endpointIds}::uuid[]) AND status = 'enabled'
    RETURNING id`
  return endpointsByIds(tx, rows.map((r) => r.id))
}

async function endpointsByIds(db: DbOrTx, ids: string[]): Promise<EndpointRow[]> {
  if (!ids.length) return []
  return (await db.webhookEndpoint.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })).map(mapEndpoint)
}

// ---------------------------------------------------------------- reconciliation and redelivery

export interface PendingDelivery {
  id: string
  endpointId: string
  round: number
  /** ms until due (≤ 0: due) */
  dueInMs: number
}

/**
 * Pending deliveries, most overdue first.
 * @param overdueMs only those due at least this long ago (null: every pending delivery)
 */
export async function pendingDeliveries(db: DbOrTx, overdueMs: number | null, limit: number): Promise<PendingDelivery[]> {
  const rows = await db.$queryRaw<(Omit<PendingDelivery, 'dueInMs'> & { dueInMs: number | string })[]>`
    SELECT id, endpoint_id AS "endpointId", round, (extract(epoch FROM next_attempt_at - clock_timestamp()) * 1000)::float8 AS "dueInMs"
      FROM webhook_deliveries
     WHERE status = 'pending'
       AND (${overdueMs}::float8 IS NULL OR next_attempt_at <= clock_timestamp() - ${overdueMs}::float8 * interval '1 millisecond')
     ORDER BY next_attempt_at
     LIMIT ${limit}`
  return rows.map((r) => ({ ...r, dueInMs: Number(r.dueInMs) }))
}

/**
 * Starts a new round of delivery of an event to endpoints: a new delivery, or the existing one back to
 * `pending` with its attempt count reset (attempts of earlier rounds stay in the log).
 */
export async function startRedeliveries(tx: DbTx, eventId: string, endpointIds: string[], newId: () => string): Promise<{ id: string; endpointId: string; round: number }[]> {
  if (!endpointIds.length) return []
  return tx.$queryRaw<{ id: string; endpointId: string; round: number }[]>`
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id)
    SELECT u.id, ${eventId}::uuid, u.endpoint_id FROM unnest(${endpointIds.map(() => newId())}::uuid[], ${endpointIds}::uuid[]) AS u(id, endpoint_id)
    ON CONFLICT (event_id, endpoint_id) DO UPDATE SET
      status = 'pending', round = webhook_deliveries.round + 1, attempt_count = 0, next_attempt_at = now(),
      delivered_at = NULL, updated_at = now()
    RETURNING id, endpoint_id AS "endpointId", round`
}

// ---------------------------------------------------------------- delivery log

export interface DeliveryRow {
  id: string
  eventId: string
  eventType: string
  endpointId: string
  status: DeliveryStatus
  round: number
  attemptCount: number
  nextAttemptAt: Date | null
  lastAttemptAt: Date | null
  lastStatusCode: number | null
  lastError: string | null
  deliveredAt: Date | null
  createdAt: Date
}

export interface AttemptRow {
  id: string
  deliveryId: string
  round: number
  attempt: number
  startedAt: Date
  durationMs: number
  statusCode: number | null
  success: boolean
  error: string | null
  responseBody: string | null
  responseHeaders: Record<string, string> | null
}

export async function listDeliveries(
  db: DbOrTx,
  filter: { endpointId?: string; eventId?: string; status?: DeliveryStatus },
  page: { limit: number; before?: string },
): Promise<DeliveryRow[]> {
  const rows = await db.webhookDelivery.findMany({
    where: {
      ...(filter.endpointId ? { endpointId: filter.endpointId } : {}),
      ...(filter.eventId ? { eventId: filter.eventId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    include: { event: { select: { type: true } } },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(({ event, ...r }) => ({ ...r, status: r.status as DeliveryStatus, eventType: event.type }))
}

/**
 * The attempts of deliveries, oldest first. `responseBody` is null unless the delivery's endpoint opts
 * in now (`store_response_body`), whatever was stored.
 */
export async function listAttempts(db: DbOrTx, deliveryIds: string[]): Promise<AttemptRow[]> {
  if (!deliveryIds.length) return []
  const rows = await db.webhookAttempt.findMany({
    where: { deliveryId: { in: deliveryIds } },
    include: { delivery: { select: { endpoint: { select: { storeResponseBody: true } } } } },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
  })
  // A body excerpt is served only while its endpoint opts in: turning the option off hides what was kept.
  return rows.map(({ delivery, ...r }) => ({
    ...r,
    responseBody: delivery.endpoint.storeResponseBody ? r.responseBody : null,
    responseHeaders: (r.responseHeaders as Record<string, string> | null) ?? null,
  }))
}

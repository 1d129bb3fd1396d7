/**
 * `Idempotency-Key` handling per draft-ietf-httpapi-idempotency-key-header.
 *
 *  - the key is claimed in Postgres for (API client, key) with a hash of method, path and body;
 *  - same key + same request after completion: the stored status and body are replayed
 *    (`Idempotent-Replayed: true`);
 *  - same key + a different request: 422 `idempotency_key_reused`;
 *  - same key while the first request is in flight: 409 `idempotency_key_in_flight`;
 *  - the response is stored in the same database transaction as the request's effects, so a crash
 *    can never leave effects without a stored response; a request that fails changes nothing and
 *    releases the key;
 *  - records are kept IDEMPOTENCY_TTL_SECONDS (24 h by default);
 *  - each claim carries a fencing token: a request that stalled past IDEMPOTENCY_LOCK_SECONDS and was
 *    taken over by a retry cannot store its response nor release the retry's claim; its transaction
 *    rolls back with 409 `idempotency_claim_lost`;
 *  - a response that carries a secret is stored without it (`opts.redact`), never in clear.
 */
import { createHash } from 'node:crypto'
import type { Request } from 'express'
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../../db/idempotency'
import type { DbTx } from '../../db/client'
import type { Deps } from '../../domain/deps'
import { AppError } from '../../lib/errors'
import type { IdempotencyContext, RouteResult } from '../route'

/** Parses the header: an sf-string (`"abc"`) or, leniently, a bare token. */
export function parseIdempotencyKey(raw: string | undefined): string | null {
  if (raw === undefined) return null
  const v = raw.trim()
  const key = v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v
  if (!key || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError('validation_failed', 'Idempotency-Key must be 1–255 printable ASCII characters', { errors: [{ pointer: '/headers/idempotency-key', detail: 'invalid' }] })
  }
  return key
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${canonicalJson(body ?? null)}`).digest('hex')
}

export type IdempotentOutcome = { replay: RouteResult } | { run: IdempotencyContext; finish(result: RouteResult): Promise<void>; abort(): Promise<void> }

/**
 * Claims the key of a request or says what to replay.
 * `opts.alsoWithin` runs in the transaction that stores the response (the caller's), e.g. the audit event.
 * @throws AppError `idempotency_key_reused` (422), `idempotency_key_in_flight` (409)
 */
export async function beginIdempotent(
  deps: Deps,
  req: Request,
  clientId: string,
  key: string,
  body: unknown,
  opts: {
    alsoWithin?: (tx: DbTx, status: number, body: unknown) => Promise<void>
    /** what of a response body may be stored (e.g. without its secret); the client still gets the whole response */
    redact?: (body: unknown) => unknown
  } = {},
): Promise<IdempotentOutcome> {
  const path = req.baseUrl + req.path
  const hash = requestFingerprint(req.method, path, body)
  const claim = await claimIdempotencyKey(deps.db, {
    clientId,
    key,
    method: req.method,
    path,
    requestHash: hash,
    ttlSeconds: deps.config.idempotency.ttlSeconds,
    lockSeconds: deps.config.idempotency.lockSeconds,
  })
  if (!claim.claimed) {
    const r = claim.record
    if (r.requestHash !== hash) {
      throw new AppError('idempotency_key_reused', `Idempotency-Key "${key}" was used with a different request (${r.method} ${r.path})`)
    }
    if (r.status !== 'completed' || r.responseStatus === null) {
      throw new AppError('idempotency_key_in_flight', `the request with Idempotency-Key "${key}" is still in progress; retry later`, { extra: { retryAfterSeconds: 1 } })
    }
    return { replay: { status: r.responseStatus, body: r.responseBody, headers: { 'Idempotent-Replayed': 'true' } } }
  }
  let stored = false
  const token = claim.token
  const redact = opts.redact ?? ((b: unknown) => b)
  const ctx: IdempotencyContext = {
    key,
    clientId,
    within: (status) => async (tx, responseBody) => {
      await completeIdempotencyKey(tx, clientId, key, token, status, (redact(responseBody) ?? null) as unknown)
      await opts.alsoWithin?.(tx, status, responseBody)
      stored = true
    },
  }
  return {
    run: ctx,
    async finish(result) {
      if (stored) return
      try {
        await deps.db.$transaction((tx) => completeIdempotencyKey(tx, clientId, key, token, result.status, (redact(result.body) ?? null) as unknown))
      } catch (e) {
        // This route committed its effects before its response could be stored (it does not store it in
        // its own transaction): they stand, and the client gets their response; only the record is lost.
        if (!(e instanceof AppError && e.code === 'idempotency_claim_lost')) throw e
        deps.logger.warn({ key, clientId }, 'idempotency claim taken over while the request ran; its response was not stored')
      }
    },
    async abort() {
      // Deletes the claim only while it is `in_flight`: if the request's transaction committed the
      // response, the record is `completed` and stays.
      await releaseIdempotencyKey(deps.db, clientId, key, token)
    },
  }
}

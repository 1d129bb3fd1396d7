/**
 * Stored requests and responses for the `Idempotency-Key` header
 * (draft-ietf-httpapi-idempotency-key-header): one row per (API client, key).
 */
import { randomUUID } from 'node:crypto'
import type { Prisma } from '../generated/prisma/client'
import { AppError } from '../lib/errors'
import type { DbOrTx, DbTx } from './client'

export interface IdempotencyRecord {
  requestHash: string
  method: string
  path: string
  status: 'in_flight' | 'completed'
  responseStatus: number | null
  responseBody: unknown
  lockedAt: Date
  expiresAt: Date
}

/** `token`: the fencing token of the claim (a random UUID); only its holder may complete or release it. */
export type ClaimResult = { claimed: true; token: string } | { claimed: false; record: IdempotencyRecord }

/**
 * Claims a key for a new request. Succeeds when the key is unused, expired, or `in_flight` with a lock
 * older than `lockSeconds` (its request died, or stalled: then its own completion finds the token
 * changed and rolls back, see {@link completeIdempotencyKey}).
 */
export async function claimIdempotencyKey(
  db: DbOrTx,
  k: { clientId: string; key: string; method: string; path: string; requestHash: string; ttlSeconds: number; lockSeconds: number },
): Promise<ClaimResult> {
  const token = randomUUID()
  const rows = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO idempotency_keys (client_id, key, method, path, request_hash, status, locked_at, expires_at, claim_token)
    VALUES (${k.clientId}::uuid, ${k.key}, ${k.method}, ${k.path}, ${k.requestHash}, 'in_flight', now(),
            now() + make_interval(secs => ${k.ttlSeconds}), ${token}::uuid)
    ON CONFLICT (client_id, key) DO UPDATE
      SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash,
          status = 'in_flight', response_status = NULL, response_body = NULL, locked_at = now(),
          created_at = now(), expires_at = EXCLUDED.expires_at, claim_token = EXCLUDED.claim_token
      WHERE idempotency_keys.expires_at < now()
         OR (idempotency_keys.status = 'in_flight' AND idempotency_keys.request_hash = EXCLUDED.request_hash
             AND idempotency_keys.locked_at < now() - make_interval(secs => ${k.lockSeconds}))
    RETURNING key`
  if (rows.length) return { claimed: true, token }
  const r = await db.idempotencyKey.findUnique({ where: { clientId_key: { clientId: k.clientId, key: k.key } } })
  if (!r) return claimIdempotencyKey(db, k)
  return {
    claimed: false,
    record: {
      requestHash: r.requestHash,
      method: r.method,
      path: r.path,
      status: r.status as IdempotencyRecord['status'],
      responseStatus: r.responseStatus,
      responseBody: r.responseBody,
      lockedAt: r.lockedAt,
      expiresAt: r.expiresAt,
    },
  }
}

/**
 * Stores the response of a claimed key, in the transaction that committed the request's effects, if
 * this request still holds the claim (`token`, a fencing token).
 *
 * @throws AppError `idempotency_claim_lost` (409, retryable) when the claim was taken over by a retry
 *         after IDEMPOTENCY_LOCK_SECONDS: the caller's transaction must roll back, so the effects are
 *         made once, by the request that holds the claim
 */
export async function completeIdempotencyKey(tx: DbTx, clientId: string, key: string, token: string, status: number, body: unknown): Promise<void> {
  const { count } = await tx.idempotencyKey.updateMany({
    where: { clientId, key, claimToken: token, status: 'in_flight' },
    data: { status: 'completed', responseStatus: status, responseBody: body as Prisma.InputJsonValue },
  })
  if (count !== 1) {
    throw new AppError('idempotency_claim_lost', `the request with Idempotency-Key "${key}" ran longer than the idempotency lock and a retry took it over; this one was rolled back (retry to get the response)`, { extra: { retryAfterSeconds: 1 } })
  }
}

/**
 * Releases a claim whose request failed before changing anything, so the client may retry at once. Only
 * the holder's claim (`token`) is released: a claim taken over by a retry stays with that retry.
 */
export async function releaseIdempotencyKey(db: DbOrTx, clientId: string, key: string, token: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { clientId, key, status: 'in_flight', claimToken: token } })
}

/** Deletes expired records. @returns how many */
export async function pruneIdempotencyKeys(db: DbOrTx): Promise<number> {
  return db.$executeRaw`DELETE FROM idempotency_keys WHERE expires_at < now()`
}

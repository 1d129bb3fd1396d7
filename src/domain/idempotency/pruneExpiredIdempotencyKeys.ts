import { pruneIdempotencyKeys } from '../../db/idempotency'
import type { Deps } from '../deps'

/**
 * Deletes idempotency records past their retention (IDEMPOTENCY_TTL_SECONDS after they were claimed,
 * 24 h by default; draft-ietf-httpapi-idempotency-key-header leaves the expiry to the server and asks
 * that it be documented). Run by the `maintenance` queue every IDEMPOTENCY_PRUNE_INTERVAL_SECONDS. A
 * key used again after its record expired starts a new request.
 *
 * @returns how many records were deleted
 */
export async function pruneExpiredIdempotencyKeys(deps: Pick<Deps, 'db' | 'logger'>): Promise<number> {
  const n = await pruneIdempotencyKeys(deps.db)
  if (n > 0) deps.logger.info({ pruned: n }, 'pruned expired idempotency keys')
  return n
}

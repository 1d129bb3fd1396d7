/**
 * Rate limits per API key, counted in Redis (rate-limiter-flexible, fixed window of
 * RATE_LIMIT_WINDOW_SECONDS), so every API replica shares one budget per key.
 *
 * Every authenticated response carries the fields of draft-ietf-httpapi-ratelimit-headers:
 *   RateLimit-Policy: "per-key";q=1200;w=60      (quota q requests per window w seconds)
 *   RateLimit: "per-key";r=1187;t=42             (r requests remain for the next t seconds)
 * and, for clients written against the earlier drafts, RateLimit-Limit / RateLimit-Remaining /
 * RateLimit-Reset (seconds). Over the budget: 429 `rate_limited` problem+json with Retry-After.
 *
 * If Redis is not ready, each process falls back to an in-memory counter of the same budget
 * (`insuranceLimiter`), so an outage of Redis neither blocks the API nor lifts the limits entirely.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { Principal } from '../../domain/apiKeys/apiKeys'
import type { Deps } from '../../domain/deps'

export const RATE_LIMIT_POLICY_NAME = 'per-key'

export interface RateLimitOutcome {
  /** response header fields to send (on success and on 429) */
  headers: Record<string, string>
  /** set when the budget is used up: refuse with 429 `rate_limited` and this Retry-After */
  retryAfterSeconds?: number
  /** the budget of the window */
  limit: number
}

export interface RateLimiter {
  /** Counts one request of `principal`. @returns the RateLimit header fields and whether it is over the budget */
  consume(principal: Principal): Promise<RateLimitOutcome>
}

function headersOf(limit: number, windowSeconds: number, remaining: number, msBeforeNext: number): Record<string, string> {
  const reset = Math.max(0, Math.ceil(msBeforeNext / 1000))
  const r = Math.max(0, remaining)
  return {
    'RateLimit-Policy': `"${RATE_LIMIT_POLICY_NAME}";q=${limit};w=${windowSeconds}`,
    RateLimit: `"${RATE_LIMIT_POLICY_NAME}";r=${r};t=${reset}`,
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(r),
    'RateLimit-Reset': String(reset),
  }
}

/** One limiter per distinct budget (keys may have their own), all sharing the Redis connection of `deps`. */
export function createRateLimiter(deps: Pick<Deps, 'redis' | 'config'>): RateLimiter {
  const { requests, windowSeconds } = deps.config.rateLimit
  const limiters = new Map<number, RateLimiterRedis>()
  const limiterFor = (points: number) => {
    let l = limiters.get(points)
    if (!l) {
      l = new RateLimiterRedis({
        storeClient: deps.redis,
        keyPrefix: `${deps.config.redis.queuePrefix}:ratelimit:${points}`,
        points,
        duration: windowSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ points, duration: windowSeconds }),
      })
      limiters.set(points, l)
    }
    return l
  }
  return {
    async consume(p) {
      const points = p.rateLimit ?? requests
      try {
        const r = await limiterFor(points).consume(p.keyId)
        return { limit: points, headers: headersOf(points, windowSeconds, r.remainingPoints, r.msBeforeNext) }
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e
        const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000))
        return { limit: points, headers: { ...headersOf(points, windowSeconds, 0, e.msBeforeNext), 'Retry-After': String(retryAfterSeconds) }, retryAfterSeconds }
      }
    },
  }
}

/**
 * Budget of requests that present no valid API key, per client IP (`req.ip`, so it follows TRUST_PROXY):
 * RATE_LIMIT_UNAUTHENTICATED_REQUESTS per RATE_LIMIT_WINDOW_SECONDS, counted in Redis like the per-key
 * budgets. It slows down guessing keys and keeps anonymous callers from loading the key lookup.
 */
export interface UnauthenticatedLimiter {
  /** @returns seconds to wait when `ip` has used up its budget of failed authentications, else undefined */
  blocked(ip: string): Promise<number | undefined>
  /** Counts one request of `ip` that failed authentication. @returns seconds to wait when this one was over the budget */
  failed(ip: string): Promise<number | undefined>
  limit: number
}

export function createUnauthenticatedLimiter(deps: Pick<Deps, 'redis' | 'config'>): UnauthenticatedLimiter {
  const points = deps.config.unauthenticatedRateLimit.requests
  const duration = deps.config.rateLimit.windowSeconds
  // created on first use, like the per-key limiters (an app built without Redis serves public routes)
  let limiter: RateLimiterRedis | undefined
  const l = () =>
    (limiter ??= new RateLimiterRedis({
      storeClient: deps.redis,
      keyPrefix: `${deps.config.redis.queuePrefix}:ratelimit:anon`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    }))
  const wait = (msBeforeNext: number) => Math.max(1, Math.ceil(msBeforeNext / 1000))
  // Addresses over the budget, until when (ms). Kept per process so that authenticated requests cost no
  // extra Redis round trip; the count itself is shared, so every replica blocks an address at its next failure.
  const blockedUntil = new Map<string, number>()
  return {
    limit: points,
    async blocked(ip) {
      const until = blockedUntil.get(ip)
      if (until === undefined) return undefined
      if (until <= Date.now()) {
        blockedUntil.delete(ip)
        return undefined
      }
      return wait(until - Date.now())
    },
    async failed(ip) {
      try {
        await l().consume(ip)
        return undefined
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e
        if (blockedUntil.size > 100_000) blockedUntil.clear()
        blockedUntil.set(ip, Date.now() + e.msBeforeNext)
        return wait(e.msBeforeNext)
      }
    },
  }
}

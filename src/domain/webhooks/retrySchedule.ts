/**
 * When to try a delivery again.
 *
 * The schedule (WEBHOOK_RETRY_SCHEDULE, default `5s,5m,30m,2h,5h,10h,14h,20h,24h`: 10 attempts over about
 * 3 days) gives the delay before retry n. Each delay gets ±10 % jitter so that deliveries that failed
 * together (an endpoint outage) do not all come back in the same second. A `Retry-After` the receiver
 * sent (RFC 9110 §10.2.3: seconds or an HTTP date) is honoured: the retry is never earlier than it asks,
 * up to 24 h.
 */

export const JITTER = 0.1
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000

/**
 * Parses a `Retry-After` header value.
 * @returns milliseconds from `now`, or undefined when absent or malformed
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}

/**
 * Delay before the next attempt after `attemptsMade` failed attempts, or null when the schedule is
 * exhausted (the delivery has failed for good).
 *
 * @param scheduleMs   delays before retry 1, 2, … (ms)
 * @param attemptsMade attempts made so far in this round (≥ 1)
 * @param retryAfterMs the receiver's Retry-After, if any (ms)
 * @param random       uniform [0, 1) source (injectable for tests)
 * @returns milliseconds
 */
export function nextRetryDelay(scheduleMs: readonly number[], attemptsMade: number, retryAfterMs?: number, random: () => number = Math.random): number | null {
  const base = scheduleMs[attemptsMade - 1]
  if (base === undefined) return null
  const jittered = Math.round(base * (1 - JITTER + 2 * JITTER * random()))
  const asked = retryAfterMs === undefined ? 0 : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS)
  return Math.max(jittered, asked)
}

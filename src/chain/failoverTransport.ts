/**
 * JSON-RPC over several URLs with failover and a cooldown for failing nodes.
 *
 * Each request tries the URLs in configured order, skipping those that failed at the transport level
 * (connection refused, timeout, HTTP 5xx/429) within their cooldown, which doubles per consecutive
 * failure (from `cooldownMs` up to 16×). A node that answers with a JSON-RPC error is healthy: the request
 * still moves on to the next URL unless the error is deterministic (a revert, a rejected transaction), as
 * viem's own `fallback` does. No background timers: health is judged on the requests themselves, so a
 * process (or a test) ends when its work does.
 *
 * viem's `fallback` with `rank` would do the ordering, but its ranking loop runs forever on a timer that
 * cannot be stopped; without `rank`, a dead first URL costs a failed call on every request.
 */
import { createTransport, http, shouldThrow, HttpRequestError, TimeoutError, type EIP1193RequestFn, type Transport } from 'viem'

export interface FailoverOptions {
  /** per-request timeout (ms) of each URL */
  timeoutMs: number
  /** first cooldown (ms) of a URL after a transport failure */
  cooldownMs?: number
}

interface Health {
  downUntil: number
  failures: number
}

function isTransportFailure(e: unknown): boolean {
  if (e instanceof TimeoutError) return true
  if (e instanceof HttpRequestError) return e.status === undefined || e.status >= 500 || e.status === 429
  return false
}

export function failoverTransport(urls: readonly string[], opts: FailoverOptions): Transport {
  const cooldown = opts.cooldownMs ?? 5_000
  const health: Health[] = urls.map(() => ({ downUntil: 0, failures: 0 }))
  return ({ chain }) => {
    const nodes = urls.map((url) => http(url, { timeout: opts.timeoutMs, retryCount: 0, batch: { batchSize: 200, wait: 0 } })({ chain, retryCount: 0 }))
    return createTransport(
      {
        key: 'failover',
        name: 'Failover',
        type: 'failover',
        retryCount: 1,
        retryDelay: 100,
        request: (async ({ method, params }: { method: string; params?: unknown }) => {
          const now = Date.now()
          const up = urls.map((_, i) => i).filter((i) => health[i]!.downUntil <= now)
          const down = urls
            .map((_, i) => i)
            .filter((i) => health[i]!.downUntil > now)
            .sort((a, b) => health[a]!.downUntil - health[b]!.downUntil)
          let last: unknown
          for (const i of [...up, ...down]) {
            try {
              const result = await nodes[i]!.request({ method, params } as never)
              health[i] = { downUntil: 0, failures: 0 }
              return result
            } catch (e) {
              if (shouldThrow(e as Error)) throw e
              if (isTransportFailure(e)) {
                const h = health[i]!
                h.failures++
                h.downUntil = Date.now() + cooldown * Math.min(16, 2 ** (h.failures - 1))
              }
              last = e
            }
          }
          throw last
        }) as EIP1193RequestFn,
      },
      { urls },
    )
  }
}

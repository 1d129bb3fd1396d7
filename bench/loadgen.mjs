#!/usr/bin/env node
/**
 * Load generator for bench/api.ts, run as a separate process so that it does not share the event
 * loop of the server it measures. Argument: one JSON object
 *   { url, method, headers, body | bodies (cycled through, one per request), connections, duration (s),
 *     rate (requests/s overall, 0 = as fast as possible), idempotencyKey (true: a fresh Idempotency-Key
 *     per request) }
 * Prints one JSON line: requests/s, latency percentiles (ms), status counts, errors.
 */
import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'

const o = JSON.parse(process.argv[2])
// `bodies`: the requests cycle through these bodies (e.g. one per wallet)
let n = 0
const result = await autocannon({
  url: o.url,
  method: o.method ?? 'GET',
  headers: o.headers ?? {},
  ...(o.body ? { body: o.body } : {}),
  connections: o.connections ?? 50,
  duration: o.duration ?? 10,
  ...(o.rate ? { overallRate: o.rate } : {}),
  ...(o.idempotencyKey || o.bodies
    ? {
        requests: [
          {
            setupRequest(req) {
              if (o.idempotencyKey) req.headers = { ...req.headers, 'idempotency-key': randomUUID() }
              if (o.bodies) req.body = o.bodies[n++ % o.bodies.length]
              return req
            },
          },
        ],
      }
    : {}),
})
const l = result.latency
console.log(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    latencyMs: { p50: l.p50, p90: l.p90, p99: l.p99, max: l.max, mean: l.mean },
    status: { '2xx': result['2xx'], non2xx: result.non2xx },
    errors: result.errors,
    timeouts: result.timeouts,
  }),
)

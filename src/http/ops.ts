/**
 * Operational endpoints mounted beside the API's route table (they are not part of the OpenAPI
 * document: they serve Prometheus text and HTML, not JSON resources):
 *
 *  - `GET /metrics`: Prometheus text format (src/lib/metrics.ts). Open unless `METRICS_TOKEN` is set;
 *    then it requires `Authorization: Bearer <METRICS_TOKEN>` (401 problem otherwise). It is meant
 *    for a scraper on the internal network; put it behind the token when the API port is public.
 *  - `/admin/queues`: Bull Board (read-only) over every BullMQ queue, for API keys with the `admin`
 *    scope (the same checks as the API: key, IP allowlist, rate limit, scope). The key goes in
 *    `Authorization: Bearer <key>`, or, from a browser, as the password of HTTP Basic auth. Read-only because
 *    Postgres is the truth and the reconcilers re-enqueue what is due: an operator has nothing to fix
 *    by hand in Redis, and mutating calls here would bypass the audit log.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Request, Response, Express } from 'express'
import { createBullBoard } from '@bull-board/api'
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter'
import { ExpressAdapter } from '@bull-board/express'
import { Queue } from 'bullmq'
import type { Scope } from '../domain/apiKeys/apiKeys'
import type { Deps } from '../domain/deps'
import { AppError } from '../lib/errors'
import { renderMetrics } from '../lib/metrics'

/** Where Bull Board is mounted. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues'

type Authorize = (req: Request, res: Response, scope: Scope) => Promise<unknown>

/** The `route` label of a finished request: the route template, a fixed name for ops endpoints, or `unmatched`. */
export function routeLabel(res: Response): string {
  const route = res.locals.route as { path?: string } | undefined
  return route?.path ?? (res.locals.routeLabel as string | undefined) ?? 'unmatched'
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/**
 * Checks the metrics token of a request, if one is configured.
 * @throws AppError `unauthorized` when `token` is set and the request does not carry it
 */
export function checkMetricsToken(authorization: string | undefined, token: string | undefined): void {
  if (!token) return
  const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null
  if (!m || !sameSecret(m[1]!, token)) throw new AppError('unauthorized', 'send the metrics token as "Authorization: Bearer <METRICS_TOKEN>"')
}

/** Mounts `/metrics` and Bull Board on `app`; `authorize` runs the API's access checks. */
export function mountOps(app: Express, deps: Deps, authorize: Authorize): void {
  app.get('/metrics', async (req, res) => {
    res.locals.routeLabel = '/metrics'
    checkMetricsToken(req.get('authorization'), deps.config.metrics.token)
    const m = await renderMetrics()
    res.set('Cache-Control', 'no-store').type(m.contentType).send(m.body)
  })

  const board = new ExpressAdapter()
  board.setBasePath(QUEUE_DASHBOARD_PATH)
  const queues = Object.values(deps.queues ?? {}).filter((q): q is Queue => q instanceof Queue)
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: true })), serverAdapter: board, options: { uiConfig: { boardTitle: 'custody queues' } } })
  app.use(
    QUEUE_DASHBOARD_PATH,
    async (req, res, next) => {
      res.locals.routeLabel = QUEUE_DASHBOARD_PATH
      // never framed by another site (clickjacking), never cached
      res.set({ 'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'", 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store' })
      // A browser cannot send a Bearer header by itself: it may send the key as the password of HTTP
      // Basic auth (any user name) instead, which it prompts for after the 401 below.
      const basic = /^Basic\s+(\S+)$/i.exec(req.get('authorization') ?? '')
      if (basic) {
        const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8')
        req.headers.authorization = `Bearer ${decoded.slice(decoded.indexOf(':') + 1)}`
      }
      try {
        await authorize(req, res, 'admin')
      } catch (e) {
        if (e instanceof AppError && e.code === 'unauthorized') res.set('WWW-Authenticate', 'Basic realm="custody admin", charset="UTF-8"')
        throw e
      }
      next()
    },
    board.getRouter(),
  )
}

/**
 * The express application: request ids, logging, JSON parsing, routes from the route table, RFC 9457
 * errors. No business logic lives here: handlers parse input and call one domain use case.
 *
 * Each authenticated route runs, in order: API key → IP allowlist of the key → rate limit of the key →
 * scope → input validation → idempotency → handler; mutating calls are then audited (src/http/middleware/audit.ts).
 */
import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import express, { type NextFunction, type Request, type Response } from 'express'
import { z } from 'zod'
import * as OpenApiValidator from 'express-openapi-validator'
import { authenticate, hasScope, type Principal, type Scope } from '../domain/apiKeys/apiKeys'
import { isIpAllowed } from '../domain/apiKeys/ipAllowlist'
import type { Deps } from '../domain/deps'
import { AppError, errorMessage, type FieldError } from '../lib/errors'
import { httpRequestDuration } from '../lib/metrics'
import { auditCall, auditInTx, confirmAuditInTx, discardAuditInTx } from './middleware/audit'
import { beginIdempotent, parseIdempotencyKey } from './middleware/idempotency'
import { findDuplicateJsonKey } from './middleware/jsonGuard'
import { createRateLimiter, createUnauthenticatedLimiter, type RateLimiter, type UnauthenticatedLimiter } from './middleware/rateLimit'
import { buildOpenApi } from './openapi'
import { mountOps, routeLabel } from './ops'
import { problemOf, sendProblem } from './problem'
import type { RouteDef, RouteResult } from './route'
import { allRoutes, API_VERSION } from './routes'

export interface AppOptions {
  /**
   * validate every response against its zod schema and, with express-openapi-validator, against the
   * OpenAPI 3.1 document (on in tests; a mismatch is a 500)
   */
  validateResponses?: boolean
}

/** Express path of an OpenAPI path template: `/v1/wallets/{id}` → `/v1/wallets/:id`. */
export function toExpressPath(p: string): string {
  return p.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1')
}

function fieldErrors(error: z.ZodError, root: string): FieldError[] {
  return error.issues.map((i) => ({
    pointer: root + (i.path.length ? '/' + i.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : ''),
    detail: i.message,
  }))
}

function parseWith<T extends z.ZodType>(schema: T | undefined, value: unknown, root: string): z.output<T> {
  if (!schema) return value as z.output<T>
  const r = schema.safeParse(value)
  if (!r.success) {
    const errors = fieldErrors(r.error, root)
    throw new AppError('validation_failed', errors.map((e) => `${e.pointer || '/'}: ${e.detail}`).join('; '), { errors })
  }
  return r.data
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0
}

async function principalOf(deps: Deps, req: Request): Promise<Principal> {
  const h = req.get('authorization')
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null
  if (!m) throw new AppError('unauthorized', 'send the API key as "Authorization: Bearer <key>"')
  return authenticate(deps.db, m[1]!)
}

function anonymousLimited(retryAfterSeconds: number, limit: number, windowSeconds: number): AppError {
  return new AppError('rate_limited', `too many requests without a valid API key from this address (${limit} per ${windowSeconds} s); retry in ${retryAfterSeconds} s`, { extra: { retryAfterSeconds } })
}

/**
 * Authenticates `req`, throttling callers without a valid key per client IP: an address that used up
 * RATE_LIMIT_UNAUTHENTICATED_REQUESTS failed authentications in the window gets 429 before any lookup.
 * @throws AppError `unauthorized`, `rate_limited`
 */
async function throttledPrincipalOf(deps: Deps, req: Request, res: Response, anon: UnauthenticatedLimiter): Promise<Principal> {
  const ip = req.ip ?? 'unknown'
  const windowSeconds = deps.config.rateLimit.windowSeconds
  const wait = await anon.blocked(ip)
  if (wait !== undefined) {
    res.set('Retry-After', String(wait))
    throw anonymousLimited(wait, anon.limit, windowSeconds)
  }
  try {
    return await principalOf(deps, req)
  } catch (e) {
    if (e instanceof AppError && e.code === 'unauthorized') {
      const over = await anon.failed(ip)
      if (over !== undefined) {
        res.set('Retry-After', String(over))
        throw anonymousLimited(over, anon.limit, windowSeconds)
      }
    }
    throw e
  }
}

/**
 * The access checks of an authenticated request, in order: API key (`Authorization: Bearer`) → IP
 * allowlist of the key → rate limit of the key → scope. Used by the route table and by the operational
 * endpoints mounted beside it (Bull Board).
 *
 * @returns the caller, also stored in `res.locals.principal`
 * @throws AppError `unauthorized`, `ip_not_allowed`, `rate_limited`, `forbidden`
 */
export async function authorize(deps: Deps, req: Request, res: Response, scope: Scope, limiter: RateLimiter, anon?: UnauthenticatedLimiter): Promise<Principal> {
  const principal = anon ? await throttledPrincipalOf(deps, req, res, anon) : await principalOf(deps, req)
  res.locals.principal = principal
  if (!isIpAllowed(principal.allowedCidrs, req.ip)) throw new AppError('ip_not_allowed', `this API key may not be used from ${req.ip}`)
  const limit = await limiter.consume(principal)
  res.set(limit.headers)
  if (limit.retryAfterSeconds !== undefined) throw new AppError('rate_limited', `this API key may send ${limit.limit} requests per ${deps.config.rateLimit.windowSeconds} s; retry in ${limit.retryAfterSeconds} s`, { extra: { retryAfterSeconds: limit.retryAfterSeconds } })
  if (!hasScope(principal, scope)) throw new AppError('forbidden', `this operation needs the "${scope}" scope`)
  return principal
}

/** Drops the secret members of a response body (what an idempotency record may hold). */
function withoutSecrets(body: unknown, fields: readonly string[]): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([k]) => !fields.includes(k)))
}

function handlerFor(deps: Deps, route: RouteDef, opts: AppOptions, limiter: RateLimiter, anon: UnauthenticatedLimiter) {
  return async (req: Request, res: Response) => {
    const requestId = res.locals.requestId as string
    const log = res.locals.log as Deps['logger']
    res.locals.route = route
    // Responses of authenticated routes are private to the caller (and some carry a secret): never cached.
    if (route.scope || route.secretFields) res.set('Cache-Control', 'no-store')
    const principal: Principal | null = route.scope ? await authorize(deps, req, res, route.scope, limiter, anon) : null
    let rawBody: unknown = undefined
    if (route.body) {
      const hasBody = req.get('content-length') !== undefined && req.get('content-length') !== '0' || req.get('transfer-encoding') !== undefined
      if (hasBody && !req.is('application/json')) throw new AppError('unsupported_media_type', 'send the body as application/json')
      rawBody = hasBody ? req.body : {}
    } else if (route.method !== 'get' && req.body !== undefined && !isEmptyObject(req.body)) {
      // A POST/PUT/PATCH/DELETE without a request body takes none (or `{}`): a body it would silently
      // ignore (e.g. options the client believes were applied) is refused instead.
      throw new AppError('validation_failed', 'this operation takes no request body (send none, or {})', { errors: [{ pointer: '', detail: 'no body expected' }] })
    }
    const params = parseWith(route.params, req.params, '/path')
    const query = parseWith(route.query, req.query, '/query')
    const body = parseWith(route.body, rawBody, '')
    // The use cases log through deps.logger: give them the request's logger, so their lines carry the request id.
    // A reporting read goes to the replica when one is configured: its Prisma client and, for streamed
    // exports that open their own connection, its URL.
    const replica = route.readReplica && deps.replicaDb && deps.config.database.replicaUrl
      ? { db: deps.replicaDb, config: { ...deps.config, database: { ...deps.config.database, url: deps.config.database.replicaUrl } } }
      : {}
    const ctx = { deps: { ...deps, ...replica, logger: log }, params, query, body, principal, requestId, log, idempotency: null, req }

    let result: RouteResult
    const key = route.idempotency ? parseIdempotencyKey(req.get('idempotency-key')) : null
    if (route.idempotency === 'required' && !key) {
      throw new AppError('idempotency_key_missing', 'this operation moves money: send an Idempotency-Key header (e.g. a UUID)')
    }
    if (key && principal) {
      // the audit event commits with the change when the handler stores its response in its transaction
      const idem = await beginIdempotent(deps, req, principal.clientId, key, rawBody, {
        alsoWithin: (tx, status, b) => auditInTx(tx, req, res, { status, body: b }),
        // a secret is shown once: the stored response never holds it (and is not replayed, below)
        ...(route.secretFields ? { redact: (b: unknown) => withoutSecrets(b, route.secretFields!) } : {}),
      })
      if ('replay' in idem) {
        if (route.secretFields) {
          const resourceId = (idem.replay.body as { id?: unknown } | undefined)?.id
          throw new AppError('idempotency_response_withheld', `the request with Idempotency-Key "${key}" already succeeded, and its response held a secret that is shown only once; it is not replayed${typeof resourceId === 'string' ? ` (it created ${resourceId})` : ''}`, {
            ...(typeof resourceId === 'string' ? { extra: { resourceId } } : {}),
          })
        }
        result = idem.replay
      } else {
        try {
          result = await route.handler({ ...ctx, idempotency: idem.run })
        } catch (e) {
          discardAuditInTx(res)
          await idem.abort().catch((err) => log.error({ err }, 'could not release idempotency key'))
          throw e
        }
        confirmAuditInTx(res)
        await idem.finish(result)
      }
    } else {
      result = await route.handler(ctx)
    }

    if (opts.validateResponses && !result.stream) {
      const schema = route.responses[result.status]?.schema
      if (!route.responses[result.status]) throw new AppError('internal', `${route.operationId} returned undocumented status ${result.status}`)
      if (schema) {
        const r = schema.safeParse(result.body)
        if (!r.success) throw new AppError('internal', `${route.operationId} response does not match its schema: ${r.error.message}`)
      }
    }
    await auditCall(deps, req, res, { status: result.status, code: null, body: result.body })
    if (result.headers) res.set(result.headers)
    if (result.stream) {
      // The first piece is produced before anything is sent, so that a failure to start (e.g. the
      // database is down) is still a problem response; a failure after it aborts the transfer, which
      // the client sees as truncated.
      const pieces = result.stream.body[Symbol.asyncIterator]()
      const first = await pieces.next()
      // Once sending has begun, a reader that stops reading for LEDGER_EXPORT_IDLE_TIMEOUT_SECONDS (nothing
      // could be written) is cut off: the stream's producer is closed and frees its database connection.
      // (Before the first piece, the query's own statement_timeout bounds the wait.)
      res.setTimeout(deps.config.ledgerExport.idleTimeoutSeconds * 1000, () => res.destroy())
      res.status(result.status).type(result.stream.contentType)
      if (result.stream.filename) res.set('Content-Disposition', `attachment; filename="${result.stream.filename}"`)
      async function* rest() {
        if (!first.done) yield first.value
        for (let n = await pieces.next(); !n.done; n = await pieces.next()) yield n.value
      }
      await pipeline(Readable.from(rest(), { objectMode: false }), res)
    } else if (result.raw) res.status(result.status).type(result.raw.contentType).send(result.raw.data)
    else if (result.body === undefined) res.status(result.status).end()
    else res.status(result.status).json(result.body)
  }
}

/**
 * Creates the express app for `deps`.
 *
 * @param routes the route table (defaults to every route of the API)
 */
export function createApp(deps: Deps, opts: AppOptions = {}, routes: RouteDef[] = allRoutes()): express.Express {
  const app = express()
  app.disable('x-powered-by')
  // Every response: the browser must not guess a content type (a JSON body never runs as HTML or script).
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff')
    next()
  })
  app.set('trust proxy', deps.config.http.trustProxy)
  app.set('query parser', 'simple')

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id')
    const requestId = incoming && /^[A-Za-z0-9._:-]{1,128}$/.test(incoming) ? incoming : randomUUID()
    res.locals.requestId = requestId
    res.locals.log = deps.logger.child({ requestId })
    res.set('X-Request-Id', requestId)
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      httpRequestDuration.observe({ method: req.method, route: routeLabel(res), status: String(res.statusCode) }, ms / 1000)
      const line = { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }
      if (res.statusCode >= 500) res.locals.log.error(line, 'request')
      else res.locals.log.debug(line, 'request')
    })
    next()
  })
  // JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset (utf-16, latin1…) is 415, not decoded.
  app.use((req, _res, next) => {
    const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(req.get('content-type') ?? '')
    if (m && !/^utf-?8$/i.test(m[1]!)) return next(new AppError('unsupported_media_type', `charset "${m[1]!.slice(0, 32)}" is not supported: send JSON in UTF-8`))
    next()
  })
  app.use(
    express.json({
      limit: deps.config.http.bodyLimit,
      strict: true,
      type: ['application/json', 'application/*+json'],
      // RFC 7493 (I-JSON) §2.3: a repeated member name is refused rather than silently resolved (src/http/middleware/jsonGuard.ts)
      verify: (_req, _res, buf) => {
        const dup = findDuplicateJsonKey(buf.toString('utf8'))
        if (dup !== null) throw Object.assign(new Error(`the member "${dup.slice(0, 64)}" occurs twice in one object`), { type: 'entity.duplicate.key', status: 400 })
      },
    }),
  )

  if (opts.validateResponses) {
    // The document served at /openapi.json, checked against every real response (problems included).
    app.use(
      OpenApiValidator.middleware({
        apiSpec: structuredClone(buildOpenApi(routes, API_VERSION)) as never,
        validateRequests: false,
        validateResponses: true,
        validateSecurity: false,
        ignoreUndocumented: true,
      }),
    )
  }
  const limiter = createRateLimiter(deps)
  const anon = createUnauthenticatedLimiter(deps)
  // Operational endpoints beside the API (not in the OpenAPI document): /metrics, /admin/queues.
  mountOps(app, deps, (req, res, scope) => authorize(deps, req, res, scope, limiter, anon))
  for (const r of routes) {
    app[r.method](toExpressPath(r.path), handlerFor(deps, r, opts, limiter, anon))
  }

  app.use((req: Request, _res: Response, next: NextFunction) => {
    next(new AppError('not_found', `no route for ${req.method} ${req.path}`))
  })
  // express identifies error handlers by their four parameters.
  const handleError = (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const requestId = (res.locals.requestId as string | undefined) ?? randomUUID()
    const log = (res.locals.log as Deps['logger'] | undefined) ?? deps.logger
    let e: AppError
    if (err instanceof AppError) e = err
    else if ((err as { type?: string }).type === 'entity.parse.failed') e = new AppError('invalid_json', 'the body is not valid JSON', { cause: err })
    else if ((err as { type?: string }).type === 'entity.duplicate.key') e = new AppError('invalid_json', `the body repeats a member name (RFC 7493 I-JSON): ${errorMessage(err)}`, { cause: err })
    else if ((err as { type?: string }).type === 'entity.too.large') e = new AppError('payload_too_large', `the body exceeds ${deps.config.http.bodyLimit}`, { cause: err })
    else if ((err as { status?: number }).status === 415) e = new AppError('unsupported_media_type', errorMessage(err), { cause: err })
    else if ((err as { type?: string; status?: number }).status && (err as { status: number }).status < 500) {
      e = new AppError('validation_failed', errorMessage(err), { cause: err })
    } else e = new AppError('internal', 'an internal error occurred; it was logged with the request id', { cause: err })
    if (e.status >= 500) log.error({ err: e.cause ?? e, code: e.code }, e.message)
    else log.info({ code: e.code, status: e.status }, e.message)
    if (res.headersSent) return
    if ((e.code === 'idempotency_key_in_flight' || e.code === 'rate_limited' || e.code === 'dependency_unavailable' || e.code === 'too_many_exports' || e.code === 'idempotency_claim_lost' || e.code === 'replacement_too_soon') && !res.get('Retry-After')) res.set('Retry-After', String(e.extra?.retryAfterSeconds ?? 1))
    const problem = problemOf(e, req.originalUrl.split('?')[0] ?? req.path, requestId)
    void auditCall(deps, req, res, { status: problem.status, code: problem.code }).finally(() => {
      if (!res.headersSent) sendProblem(res, problem)
    })
  }
  app.use(handleError)
  // Errors raised while a response is being sent (the OpenAPI response validator in tests reports a
  // response that breaks the document this way) continue from the handler above: answer them too.
  app.use(handleError)
  return app
}

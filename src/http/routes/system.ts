import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { docsContentSecurityPolicy, redocBundlePath } from '../openapi'
import { defineRoute, type RouteDef } from '../route'

let redocBundle: Buffer | undefined

const Readiness = z
  .object({
    status: z.enum(['ok', 'unavailable']).meta({ description: '`ok` when every check is `ok`', example: 'ok' }),
    checks: z.record(z.string(), z.enum(['ok', 'unavailable'])).meta({ description: 'Each dependency (`postgres`, `redis`, `chain:<id>`) → `ok` or `unavailable` (the reason is logged, never sent: this route is public)', example: { postgres: 'ok', redis: 'ok', 'chain:31337': 'ok' } }),
  })
  .meta({ id: 'Readiness', description: 'Readiness of the process and its dependencies' })

/** `/healthz`, `/readyz` and the API description. The document is built lazily from the route table. */
export function systemRoutes(spec: () => unknown, docsHtml: () => string): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'health',
      summary: 'Liveness',
      tags: ['System'],
      scope: null,
      responses: { 200: { description: 'The process is alive', schema: z.object({ status: z.literal('ok').meta({ description: 'Always `ok`', example: 'ok' }) }).meta({ id: 'Health', description: 'Liveness' }) } },
      async handler() {
        return { status: 200, body: { status: 'ok' } }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'ready',
      summary: 'Readiness: Postgres, Redis and every chain RPC reachable',
      tags: ['System'],
      scope: null,
      responses: {
        200: { description: 'Ready', schema: Readiness },
        503: { description: 'A dependency is unavailable', schema: Readiness },
      },
      async handler({ deps, log }) {
        const checks: Record<string, 'ok' | 'unavailable'> = {}
        const run = async (name: string, f: () => Promise<unknown>) => {
          try {
            await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 2000))])
            checks[name] = 'ok'
          } catch (e) {
            // dependency errors name hosts, users and versions: they go to the log only
            checks[name] = 'unavailable'
            log.warn({ check: name, err: (e as Error).message.split('\n')[0] }, 'readiness check failed')
          }
        }
        await Promise.all([
          run('postgres', () => deps.db.$queryRaw`SELECT 1`),
          run('redis', () => deps.redis.ping()),
          ...[...deps.chains.values()].map((c) => run(`chain:${c.config.chainId}`, () => c.client.getBlockNumber({ cacheTime: 0 }))),
        ])
        const ok = Object.values(checks).every((v) => v === 'ok')
        return { status: ok ? 200 : 503, body: { status: ok ? 'ok' : 'unavailable', checks } }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'openapi',
      summary: 'This API as an OpenAPI 3.1 document',
      tags: ['System'],
      scope: null,
      responses: { 200: { description: 'OpenAPI 3.1 document', schema: z.record(z.string(), z.unknown()).meta({ id: 'OpenApiDocument', description: 'This document (OpenAPI 3.1)', example: { openapi: '3.1.0' } }) } },
      async handler() {
        return { status: 200, body: spec() }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/docs',
      operationId: 'docs',
      summary: 'API reference (HTML)',
      tags: ['System'],
      scope: null,
      responses: { 200: { description: 'HTML page rendering /openapi.json with Redoc' } },
      async handler() {
        const html = docsHtml()
        return { status: 200, raw: { contentType: 'text/html; charset=utf-8', data: html }, headers: { 'Content-Security-Policy': docsContentSecurityPolicy(html), 'X-Frame-Options': 'DENY' } }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/docs/redoc.standalone.js',
      operationId: 'docsRenderer',
      summary: 'The API reference renderer (Redoc standalone bundle, served from this server)',
      tags: ['System'],
      scope: null,
      responses: { 200: { description: 'JavaScript' } },
      async handler() {
        redocBundle ??= readFileSync(redocBundlePath())
        return { status: 200, raw: { contentType: 'application/javascript; charset=utf-8', data: redocBundle }, headers: { 'Cache-Control': 'public, max-age=3600' } }
      },
    }),
  ]
}

/**
 * The contract: openapi/openapi.json is generated from the route table's zod schemas and must not
 * drift; every field has a description and an example; it passes the Redocly linter; the error
 * catalogue is documented in it; the typed client's types are generated from it; /docs renders it with
 * Redoc served from node_modules; and in tests every real response is checked against it.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { loadConfig } from '../../src/config'
import type { Deps } from '../../src/domain/deps'
import { createApp } from '../../src/http/app'
import { buildOpenApi, redocBundlePath } from '../../src/http/openapi'
import { defineRoute, type RouteDef } from '../../src/http/route'
import { allRoutes, API_VERSION } from '../../src/http/routes'
import { AppError, ErrorCodes } from '../../src/lib/errors'
import { captureLogger } from '../support/logs'
import { undocumentedFields } from '../support/openapiCoverage'
import { z } from 'zod'

const ROOT = resolve(__dirname, '../..')

describe('OpenAPI document', () => {
  const generated = buildOpenApi(allRoutes(), API_VERSION)

  test('the committed openapi/openapi.json equals the generated one (run `npm run openapi`)', () => {
    const committed = JSON.parse(readFileSync(resolve(ROOT, 'openapi/openapi.json'), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)))
  })

  test('every route is documented with an operation id, and money-moving POSTs require Idempotency-Key', () => {
    const paths = generated.paths as Record<string, Record<string, { operationId: string; parameters?: { in: string; name: string; required?: boolean }[] }>>
    for (const r of allRoutes()) {
      const op = paths[r.path]?.[r.method]
      expect(op?.operationId).toBe(r.operationId)
    }
    const create = paths['/v1/withdrawals']!.post!
    expect(create.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true })]))
    expect(generated.openapi).toBe('3.1.0')
  })

  test('every property of every schema and every parameter has a description and an example', () => {
    expect(undocumentedFields(generated)).toEqual([])
  })

  test('the coverage check notices a field without a description or an example', () => {
    const doc = JSON.parse(JSON.stringify(generated))
    delete doc.components.schemas.Withdrawal.properties.statusReason.description
    delete doc.components.schemas.Withdrawal.properties.statusReason.example
    expect(undocumentedFields(doc)).toEqual([
      '#/components/schemas/Withdrawal/properties/statusReason: no description',
      '#/components/schemas/Withdrawal/properties/statusReason: no example',
    ])
  })

  test('the error catalogue documents every code: status, title and when, in the description, x-error-codes and the ErrorCode schema', () => {
    const catalogue = generated['x-error-codes'] as Record<string, { status: number; title: string; description: string }>
    const enumSchema = (generated.components as { schemas: Record<string, { enum: string[]; 'x-enumDescriptions': Record<string, string> }> }).schemas.ErrorCode!
    const description = (generated.info as { description: string }).description
    for (const [code, def] of Object.entries(ErrorCodes)) {
      expect(catalogue[code]).toEqual({ status: def.status, title: def.title, description: expect.any(String) })
      expect(catalogue[code]!.description.length).toBeGreaterThan(10)
      expect(enumSchema.enum).toContain(code)
      expect(enumSchema['x-enumDescriptions'][code]).toMatch(new RegExp(`^${def.status} — `))
      expect(description).toContain(`| \`${code}\` | ${def.status} |`)
    }
    // each operation's problem responses name the codes it may return
    const op = (generated.paths as Record<string, Record<string, { responses: Record<string, { description: string }> }>>)['/v1/withdrawals']!.post!
    expect(op.responses['422']!.description).toContain('`policy_violation`')
    expect(op.responses['429']!.description).toContain('`rate_limited`')
  })

  test('README.md lists the same catalogue', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
    for (const [code, def] of Object.entries(ErrorCodes)) expect(readme).toContain(`| \`${code}\` | ${def.status} |`)
  })

  test('passes the Redocly linter (redocly.yaml: recommended-strict and example checks)', () => {
    const r = spawnSync(resolve(ROOT, 'node_modules/.bin/redocly'), ['lint', 'openapi/openapi.json', '--format=stylish'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      timeout: 60_000,
    })
    expect({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, out: '' })
  })

  test('the typed client (src/client/schema.d.ts) is generated from the committed document (run `npm run client:generate`)', () => {
    const r = spawnSync(process.execPath, [resolve(ROOT, 'tools/openapi-codegen/generate.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect({ status: r.status, err: r.stderr }).toEqual({ status: 0, err: '' })
  })
})

describe('served document, reference and response validation', () => {
  let server: Server
  let url: string
  const logs = captureLogger()

  // A route that breaks its own contract: it returns an error code it does not document.
  const liar = defineRoute({
    method: 'get',
    path: '/v1/liar',
    operationId: 'liar',
    summary: 'Returns an undocumented problem',
    tags: ['System'],
    scope: null,
    responses: { 200: { description: 'never', schema: z.object({ ok: z.boolean() }) } },
    async handler() {
      throw new AppError('wallet_not_found', 'no such wallet')
    },
  })
  const honest = defineRoute({ ...liar, path: '/v1/honest', operationId: 'honest', errors: ['wallet_not_found'] } as RouteDef)

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: '11'.repeat(32), LOG_LEVEL: 'debug' })
    // Public routes touch neither Postgres nor Redis.
    const deps = { config, logger: logs.logger } as unknown as Deps
    const app = createApp(deps, { validateResponses: true }, [...allRoutes(), liar, honest])
    server = await new Promise<Server>((ok) => {
      const s = app.listen(0, '127.0.0.1', () => ok(s))
    })
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((ok) => server.close(ok))
  })

  test('GET /openapi.json serves the document', async () => {
    const r = await fetch(url + '/openapi.json')
    expect(r.status).toBe(200)
    expect(r.headers.get('x-request-id')).toEqual(expect.any(String))
    const doc = (await r.json()) as { openapi: string; paths: Record<string, unknown> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/withdrawals', '/v1/withdrawals/{withdrawalId}/approve', '/v1/admin/api-keys', '/v1/audit-events']))
  })

  test('GET /docs is a Redoc page whose script comes from this server (node_modules), not a CDN', async () => {
    const page = await fetch(url + '/docs')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await page.text()
    expect(html).toContain('<script src="/docs/redoc.standalone.js"></script>')
    expect(html).toContain("Redoc.init('/openapi.json'")
    expect(html).not.toMatch(/https?:\/\//)
    const js = await fetch(url + '/docs/redoc.standalone.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    const body = Buffer.from(await js.arrayBuffer())
    expect(body.equals(readFileSync(redocBundlePath()))).toBe(true)
    expect(body.length).toBeGreaterThan(500_000)
  })

  test('a response that breaks the OpenAPI document fails loudly in tests (500), a documented one passes', async () => {
    const ok = await fetch(url + '/v1/honest')
    expect(ok.status).toBe(404)
    expect(((await ok.json()) as { code: string }).code).toBe('wallet_not_found')
    const bad = await fetch(url + '/v1/liar')
    expect(bad.status).toBe(500)
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await bad.json()) as { code: string }).code).toBe('internal')
    expect(logs.text()).toMatch(/no schema defined for status code '404'/)
  })
})

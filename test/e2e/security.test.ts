/**
 * Security of every route, generated from the route table (allRoutes()), so routes added later are
 * covered without editing this file: without a key, with a malformed, unknown or revoked key, with a key
 * lacking the route's scope, and with a key used from outside its IP allowlist, a well-formed request
 * (built from the document's examples) is refused with 401/403 problem+json and writes nothing. With the
 * admin key the same request gets past authentication.
 */
import { createApiKey, SCOPES, type Scope } from '../../src/domain/apiKeys/apiKeys'
import { revokeApiKey } from '../../src/domain/apiKeys/revokeApiKey'
import { allRoutes } from '../../src/http/routes'
import { sql } from '../support/db'
import { auditCount, sampleRequest, securedRoutes, send, tableCounts } from '../support/routeSamples'
import { startStack, type Stack } from '../support/stack'

let s: Stack
let revoked: string
let wrongIp: string
const wrongScope = new Map<string, { key: string; keyId: string }>()

beforeAll(async () => {
  s = await startStack({ workers: false })
  const r = await createApiKey(s.rt.db, { name: 'revoked', scopes: ['admin'] })
  await revokeApiKey(s.rt.db, r.record.id)
  revoked = r.key
  wrongIp = (await createApiKey(s.rt.db, { name: 'elsewhere', scopes: ['admin'], allowedCidrs: ['192.0.2.0/24', '2001:db8::/32'] })).key
  for (const scope of new Set(securedRoutes().map((r) => r.scope!))) {
    // every scope except the one needed (and admin, which grants all)
    const k = await createApiKey(s.rt.db, { name: `all but ${scope}`, scopes: SCOPES.filter((x) => x !== scope && x !== 'admin') })
    wrongScope.set(scope, { key: k.key, keyId: k.record.id })
  }
})
afterAll(async () => {
  await s?.stop()
})

test('only the health checks and the API description are public', () => {
  expect(allRoutes().filter((r) => r.scope === null).map((r) => r.operationId).sort()).toEqual(['docs', 'docsRenderer', 'health', 'openapi', 'ready'])
})

test('every secured route names a scope of the catalogue', () => {
  for (const r of securedRoutes()) expect(SCOPES).toContain(r.scope as Scope)
})

const cases: [string, number, string, () => string | null][] = [
  ['no key', 401, 'unauthorized', () => null],
  ['a malformed key', 401, 'unauthorized', () => 'not-a-key'],
  ['an unknown key', 401, 'unauthorized', () => 'csk_' + 'A'.repeat(43)],
  ['a revoked key', 401, 'unauthorized', () => revoked],
  ['a key used from outside its IP allowlist', 403, 'ip_not_allowed', () => wrongIp],
]

describe.each(securedRoutes().map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (_name, route) => {
  test.each(cases)('with %s: %d %s, nothing written', async (_case, status, code, key) => {
    const req = sampleRequest(route)
    const before = await tableCounts(s.db.url)
    const audits = await auditCount(s.db.url)
    const r = await send(s.api.url, req, key())
    expect({ status: r.status, code: r.body?.code }).toEqual({ status, code })
    expect(r.contentType).toMatch(/^application\/problem\+json/)
    expect(r.body).toMatchObject({ type: `urn:custody:problem:${code}`, status, instance: req.path.split('?')[0], requestId: expect.any(String) })
    expect(await tableCounts(s.db.url)).toEqual(before)
    // Unauthenticated calls are not audited; a known key refused for its IP is (mutating calls only).
    const audited = code === 'ip_not_allowed' && ['post', 'put', 'patch', 'delete'].includes(route.method) ? 1 : 0
    expect(await auditCount(s.db.url)).toBe(audits + audited)
  })

  test(`with a key lacking the "${route.scope}" scope: 403 forbidden, nothing written`, async () => {
    const req = sampleRequest(route)
    const before = await tableCounts(s.db.url)
    const k = wrongScope.get(route.scope!)!
    const r = await send(s.api.url, req, k.key)
    expect({ status: r.status, code: r.body?.code }).toEqual({ status: 403, code: 'forbidden' })
    expect(r.contentType).toMatch(/^application\/problem\+json/)
    expect(await tableCounts(s.db.url)).toEqual(before)
    if (['post', 'put', 'patch', 'delete'].includes(route.method)) {
      const [a] = await sql<{ operation: string; status: number; code: string }>(s.db.url, 'SELECT operation, status, code FROM audit_events WHERE api_key_id = $1 ORDER BY seq DESC LIMIT 1', [k.keyId])
      expect(a).toEqual({ operation: route.operationId, status: 403, code: 'forbidden' })
    }
  })

  test('with the admin key the same request gets past authentication', async () => {
    const r = await send(s.api.url, sampleRequest(route), s.apiKey)
    expect([401, 403]).not.toContain(r.status)
    expect(r.status).toBeLessThan(500)
  })
})

/**
 * API keys (admin routes and CLI: created with the secret shown once, stored hashed, listed without it,
 * revoked for good, last use recorded), IP allowlists, rate limits per key shared by API replicas
 * through Redis, the audit log, and request ids in responses and log lines.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { createCustodyClient, unwrap } from '../../src/client'
import { startApi } from '../../src/main/api'
import { sql } from '../support/db'
import { send } from '../support/routeSamples'
import { startStack, waitFor, type Stack } from '../support/stack'

let s: Stack

beforeAll(async () => {
  s = await startStack({ workers: false })
})
afterAll(async () => {
  await s?.stop()
})

const createKey = (body: { name: string; scopes: any[]; allowedCidrs?: string[]; rateLimit?: number; clientId?: string }) =>
  s.client.POST('/v1/admin/api-keys', { params: { header: {} }, body })

describe('API keys through the admin routes', () => {
  test('the secret is shown once, stored only as its SHA-256 hash, and never listed', async () => {
    const created = await unwrap(createKey({ name: 'reader', scopes: ['wallets:read'] }))
    expect(created.key).toMatch(/^csk_[A-Za-z0-9_-]{43}$/)
    expect(created).toMatchObject({ name: 'reader', scopes: ['wallets:read'], allowedCidrs: [], rateLimit: null, revokedAt: null, lastUsedAt: null, prefix: created.key.slice(0, 12) })
    const [row] = await sql<{ key_hash: Buffer }>(s.db.url, 'SELECT key_hash FROM api_keys WHERE id = $1', [created.id])
    expect(row!.key_hash.equals(createHash('sha256').update(created.key).digest())).toBe(true)
    const dump = JSON.stringify(await sql(s.db.url, 'SELECT * FROM api_keys'))
    expect(dump).not.toContain(created.key)
    const got = await unwrap(s.client.GET('/v1/admin/api-keys/{keyId}', { params: { path: { keyId: created.id } } }))
    expect(got).not.toHaveProperty('key')
    const list = await unwrap(s.client.GET('/v1/admin/api-keys', { params: { query: { clientId: created.clientId } } }))
    expect(list.data.map((k) => k.id)).toEqual([created.id])
    expect(JSON.stringify(list)).not.toContain(created.key)
  })

  test('a key works with its scopes, records its last use, and is refused from its revocation on', async () => {
    const created = await unwrap(createKey({ name: 'short-lived', scopes: ['wallets:read'] }))
    const c = createCustodyClient({ baseUrl: s.api.url, apiKey: created.key })
    expect((await c.GET('/v1/wallets')).response.status).toBe(200)
    expect((await c.POST('/v1/wallets', { body: { label: 'x', custody: 'hd' } })).response.status).toBe(403)
    // last use is recorded off the request path
    const used = await waitFor('lastUsedAt recorded', async () => {
      const k = await unwrap(s.client.GET('/v1/admin/api-keys/{keyId}', { params: { path: { keyId: created.id } } }))
      return k.lastUsedAt ? k : null
    })
    expect(new Date(used.lastUsedAt!).getTime()).toBeGreaterThanOrEqual(new Date(created.createdAt).getTime())
    const revoked = await unwrap(s.client.POST('/v1/admin/api-keys/{keyId}/revoke', { params: { path: { keyId: created.id } } }))
    expect(revoked.revokedAt).toEqual(expect.any(String))
    const after = await c.GET('/v1/wallets')
    expect(after.response.status).toBe(401)
    expect(after.error?.code).toBe('unauthorized')
    // idempotent, and final
    const again = await unwrap(s.client.POST('/v1/admin/api-keys/{keyId}/revoke', { params: { path: { keyId: created.id } } }))
    expect(again.revokedAt).toBe(revoked.revokedAt)
    await expect(sql(s.db.url, 'UPDATE api_keys SET revoked_at = NULL WHERE id = $1', [created.id])).rejects.toThrow(/cannot be undone/)
    expect((await unwrap(s.client.GET('/v1/admin/api-keys', { params: { query: { revoked: 'false', clientId: created.clientId } } }))).data).toEqual([])
  })

  test('bad scopes, CIDRs and clients are refused with pointers', async () => {
    const scope = await s.call('POST', '/v1/admin/api-keys', { name: 'x', scopes: ['root'] })
    expect(scope.status).toBe(400)
    expect(scope.body.errors[0].pointer).toBe('/scopes/0')
    const cidr = await createKey({ name: 'x', scopes: ['wallets:read'], allowedCidrs: ['10.0.0.0/8', '300.1.1.1/33'] })
    expect(cidr.response.status).toBe(400)
    expect(cidr.error?.errors?.[0]?.pointer).toBe('/allowedCidrs/1')
    const client = await createKey({ name: 'x', scopes: ['wallets:read'], clientId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' })
    expect(client.error?.errors?.[0]?.pointer).toBe('/clientId')
  })

  test('a key can be added to an existing API client', async () => {
    const first = await unwrap(createKey({ name: 'first', scopes: ['wallets:read'] }))
    const second = await unwrap(createKey({ name: 'second', scopes: ['wallets:read'], clientId: first.clientId }))
    expect(second.clientId).toBe(first.clientId)
  })
})

describe('IP allowlists', () => {
  test('a key limited to other networks is refused (403); one that includes this address works', async () => {
    const inside = await unwrap(createKey({ name: 'loopback only', scopes: ['wallets:read'], allowedCidrs: ['127.0.0.0/8', '::1'] }))
    expect(inside.allowedCidrs).toEqual(['127.0.0.0/8', '::1/128'])
    expect((await send(s.api.url, { method: 'GET', path: '/v1/wallets' }, inside.key)).status).toBe(200)
    const outside = await unwrap(createKey({ name: 'office only', scopes: ['wallets:read'], allowedCidrs: ['198.51.100.0/24'] }))
    const r = await send(s.api.url, { method: 'GET', path: '/v1/wallets' }, outside.key)
    expect(r.status).toBe(403)
    expect(r.body).toMatchObject({ code: 'ip_not_allowed', type: 'urn:custody:problem:ip_not_allowed' })
  })
})

describe('rate limits', () => {
  test('each key has its budget, shared by every API replica; over it: 429 with RateLimit fields and Retry-After', async () => {
    const limited = await unwrap(createKey({ name: 'limited', scopes: ['wallets:read'], rateLimit: 5 }))
    const replica = await startApi(s.rt, { validateResponses: true })
    try {
      const urls = [s.api.url, replica.url]
      const seen: { status: number; rl: string | null; policy: string | null; remaining: string | null }[] = []
      for (let i = 0; i < 5; i++) {
        const r = await send(urls[i % 2]!, { method: 'GET', path: '/v1/wallets' }, limited.key)
        seen.push({ status: r.status, rl: r.headers.get('ratelimit'), policy: r.headers.get('ratelimit-policy'), remaining: r.headers.get('ratelimit-remaining') })
      }
      expect(seen.map((x) => x.status)).toEqual([200, 200, 200, 200, 200])
      expect(seen.map((x) => x.remaining)).toEqual(['4', '3', '2', '1', '0'])
      expect(seen[0]!.policy).toBe('"per-key";q=5;w=60')
      expect(seen[0]!.rl).toMatch(/^"per-key";r=4;t=\d+$/)
      const over = await send(replica.url, { method: 'GET', path: '/v1/wallets' }, limited.key)
      expect(over.status).toBe(429)
      expect(over.contentType).toMatch(/^application\/problem\+json/)
      expect(over.body).toMatchObject({ code: 'rate_limited', status: 429, retryAfterSeconds: expect.any(Number) })
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(over.headers.get('ratelimit')).toMatch(/^"per-key";r=0;t=\d+$/)
      // another key is not affected
      const other = await send(s.api.url, { method: 'GET', path: '/v1/wallets' }, s.apiKey)
      expect(other.status).toBe(200)
      expect(other.headers.get('ratelimit-policy')).toBe('"per-key";q=1200;w=60')
    } finally {
      await replica.close()
    }
  })
})

describe('audit log', () => {
  test('records who, what, when, from where and the result of every mutating call, never a secret', async () => {
    const auditor = await unwrap(createKey({ name: 'auditor', scopes: ['audit:read'] }))
    const wallet = await unwrap(s.client.POST('/v1/wallets', { body: { label: 'audited', custody: 'hd' } }))
    const refused = await s.client.POST('/v1/withdrawals', {
      params: { header: { 'idempotency-key': 'audit-1' } },
      body: { walletId: wallet.id, asset: '31337:native', to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: '5' },
    })
    expect(refused.error?.code).toBe('insufficient_balance')
    const a = createCustodyClient({ baseUrl: s.api.url, apiKey: auditor.key })
    const events = await unwrap(a.GET('/v1/audit-events', { params: { query: { limit: 200 } } }))
    const [adminKey] = await sql<{ id: string; client_id: string }>(s.db.url, "SELECT id, client_id FROM api_keys WHERE name = 'bootstrap'")
    const createdWallet = events.data.find((e) => e.operation === 'createWallet' && e.resource?.id === wallet.id)
    expect(createdWallet).toMatchObject({
      actor: { type: 'api_key', apiKeyId: adminKey!.id, clientId: adminKey!.client_id, name: null },
      method: 'POST',
      path: '/v1/wallets',
      resource: { type: 'wallet', id: wallet.id },
      ip: expect.stringMatching(/127\.0\.0\.1$/),
      requestId: expect.any(String),
      result: { status: 201, code: null },
    })
    expect(new Date(createdWallet!.occurredAt).getTime()).toBeGreaterThanOrEqual(new Date(wallet.createdAt).getTime())
    expect(events.data.find((e) => e.operation === 'createWithdrawal')).toMatchObject({ result: { status: 422, code: 'insufficient_balance' } })
    expect(events.data.find((e) => e.operation === 'createApiKey' && e.resource?.id === auditor.id)).toMatchObject({ result: { status: 201 } })
    expect(events.data.some((e) => e.method === 'GET')).toBe(false)
    // filters and pagination
    const byResource = await unwrap(a.GET('/v1/audit-events', { params: { query: { resourceId: wallet.id } } }))
    expect(byResource.data.map((e) => e.operation)).toEqual(['createWallet'])
    const page1 = await unwrap(a.GET('/v1/audit-events', { params: { query: { limit: 2 } } }))
    const page2 = await unwrap(a.GET('/v1/audit-events', { params: { query: { limit: 2, cursor: page1.nextCursor! } } }))
    expect(BigInt(page2.data[0]!.seq)).toBeLessThan(BigInt(page1.data[1]!.seq))
    // never a secret: no API key anywhere in the table
    const dump = JSON.stringify(await sql(s.db.url, 'SELECT * FROM audit_events'))
    expect(dump).not.toContain(auditor.key)
    expect(dump).not.toContain(s.apiKey)
    expect(dump).not.toMatch(/csk_[A-Za-z0-9_-]{43}/)
  })

  test('only audit:read (or admin) keys read it', async () => {
    const writer = await unwrap(createKey({ name: 'writer', scopes: ['withdrawals:write'] }))
    const r = await createCustodyClient({ baseUrl: s.api.url, apiKey: writer.key }).GET('/v1/audit-events')
    expect(r.response.status).toBe(403)
  })

  test('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(sql(s.db.url, 'UPDATE audit_events SET status = 200')).rejects.toThrow(/append-only/)
    await expect(sql(s.db.url, 'DELETE FROM audit_events')).rejects.toThrow(/append-only/)
    await expect(sql(s.db.url, 'TRUNCATE audit_events')).rejects.toThrow(/append-only/)
  })
})

describe('the CLI', () => {
  const cli = (...args: string[]) => {
    const r = spawnSync(resolve(__dirname, '../../node_modules/.bin/tsx'), [resolve(__dirname, '../../src/cli/index.ts'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: s.db.url, LOCAL_MASTER_KEY: s.env.LOCAL_MASTER_KEY, USER: 'operator-jane' },
      timeout: 60_000,
    })
    if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${r.stderr}`)
    return r.stdout
  }

  test('creates (shown once), lists (never the secret) and revokes keys, each recorded in the audit log', async () => {
    const created = JSON.parse(cli('api-keys', 'create', '--name', 'from-cli', '--scopes', 'wallets:read,deposits:read', '--allowed-ips', '127.0.0.1', '--rate-limit', '50'))
    expect(created).toMatchObject({ scopes: ['wallets:read', 'deposits:read'], allowedCidrs: ['127.0.0.1/32'], rateLimit: 50, key: expect.stringMatching(/^csk_/) })
    expect((await send(s.api.url, { method: 'GET', path: '/v1/wallets' }, created.key)).status).toBe(200)
    const listed = cli('api-keys', 'list')
    expect(JSON.parse(listed).map((k: { id: string }) => k.id)).toContain(created.id)
    expect(listed).not.toContain(created.key)
    cli('api-keys', 'revoke', created.id)
    expect((await send(s.api.url, { method: 'GET', path: '/v1/wallets' }, created.key)).status).toBe(401)
    expect(JSON.parse(cli('api-keys', 'list')).map((k: { id: string }) => k.id)).not.toContain(created.id)
    expect(JSON.parse(cli('api-keys', 'list', '--all')).map((k: { id: string }) => k.id)).toContain(created.id)
    const audit = await sql<{ operation: string; actor_type: string; actor: string; resource_id: string; status: number }>(
      s.db.url,
      "SELECT operation, actor_type, actor, resource_id, status FROM audit_events WHERE actor_type = 'cli' ORDER BY seq",
    )
    expect(audit).toEqual([
      { operation: 'cli:api-keys.create', actor_type: 'cli', actor: expect.any(String), resource_id: created.id, status: 200 },
      { operation: 'cli:api-keys.revoke', actor_type: 'cli', actor: expect.any(String), resource_id: created.id, status: 200 },
    ])
  })
})

describe('request ids', () => {
  test('every response carries X-Request-Id (the client\'s, if well-formed) and the log lines of the request carry it', async () => {
    const r = await send(s.api.url, { method: 'GET', path: '/v1/wallets/019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e', headers: { 'x-request-id': 'trace-7f3a-42' } }, s.apiKey)
    expect(r.status).toBe(404)
    expect(r.headers.get('x-request-id')).toBe('trace-7f3a-42')
    expect(r.body.requestId).toBe('trace-7f3a-42')
    const lines = s.logs.lines.filter((l) => l.includes('wallet 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e does not exist') || l.includes('/v1/wallets/019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e'))
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const l of lines) expect(JSON.parse(l).requestId).toBe('trace-7f3a-42')
    const junk = await send(s.api.url, { method: 'GET', path: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } }, null)
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

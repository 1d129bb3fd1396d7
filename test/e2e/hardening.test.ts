/**
 * HTTP hardening of issue 13 (M2, M3, M4, L2, L7, L8), observed from outside as a client (or an
 * attacker holding one key) would: a forged X-Forwarded-For does not pass an IP allowlist behind a
 * proxy counted in hops; a key creation's secret is never stored nor replayed; a stalled request whose
 * Idempotency-Key was taken over rolls back; tampered cursors are 400; ledger exports are bounded;
 * duplicate JSON members, invisible characters in labels and foreign charsets are refused; anonymous
 * callers are throttled; keys expire; security headers are set; /readyz keeps its reasons to the log.
 */
import { randomUUID } from 'node:crypto'
import { Client } from 'pg'
import { streamEntryRows } from '../../src/db/ledgerExports'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { sql } from '../support/db'
import { creditWallet } from '../support/ledger'
import { startStack, type Stack } from '../support/stack'

const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

let anvil: AnvilNode
let s: Stack
let walletId: string

beforeAll(async () => {
  anvil = await startAnvil()
  s = await startStack({
    rpcUrl: anvil.url,
    workers: false,
    env: {
      // the API sits behind one proxy (nginx, an AWS ALB): the test plays that proxy
      TRUST_PROXY: '1',
      RATE_LIMIT_UNAUTHENTICATED_REQUESTS: '5',
      LEDGER_EXPORT_CONCURRENCY: '1',
      LEDGER_EXPORT_STATEMENT_TIMEOUT_SECONDS: '2',
      // a second chain whose RPC is down, for /readyz
      CHAINS: JSON.stringify([
        { chainId: 31337, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, pollIntervalMs: 200 },
        { chainId: 31999, name: 'down', rpcUrls: ['http://127.0.0.1:9/secret-path'], confirmations: 1 },
      ]),
    },
  })
  walletId = (await s.call('POST', '/v1/wallets', { label: 'hardening', custody: 'hd' })).body.id
  await creditWallet(s.rt.db, walletId, 10n ** 18n)
})
afterAll(async () => {
  await s?.stop()
  await anvil?.stop()
})

const countOf = async (table: string) => Number((await sql<{ n: string }>(s.db.url, `SELECT count(*)::text AS n FROM ${table}`))[0]!.n)

describe('M2: the client IP behind a proxy counted in hops', () => {
  test('a forged left-most X-Forwarded-For entry does not pass the IP allowlist, and the audit log records the real address', async () => {
    const office = (await createApiKey(s.rt.db, { name: 'office', scopes: ['admin'], allowedCidrs: ['198.51.100.0/24'] })).key
    // The attacker (203.0.113.9) writes the office address into the header; the proxy appends what it saw.
    const forged = await s.call('POST', '/v1/wallets', { label: 'forged', custody: 'hd' }, { authorization: `Bearer ${office}`, 'x-forwarded-for': '198.51.100.7, 203.0.113.9' })
    expect(forged.status).toBe(403)
    expect(forged.body.code).toBe('ip_not_allowed')
    expect(forged.body.detail).toContain('203.0.113.9')
    // From the office, through the same proxy, the key works.
    const real = await s.call('POST', '/v1/wallets', { label: 'from the office', custody: 'hd' }, { authorization: `Bearer ${office}`, 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })
    expect(real.status).toBe(201)
    const audit = await sql<{ ip: string; status: number; code: string | null }>(s.db.url, "SELECT ip, status, code FROM audit_events WHERE operation = 'createWallet' AND status IN (201, 403) ORDER BY seq DESC LIMIT 2")
    expect(audit).toEqual([
      { ip: '198.51.100.7', status: 201, code: null },
      { ip: '203.0.113.9', status: 403, code: 'ip_not_allowed' },
    ])
  })
})

describe('M3: a key creation with an Idempotency-Key', () => {
  test('stores no secret, answers with no-store, and a replay does not return the secret', async () => {
    const key = randomUUID()
    const body = { name: 'idempotent key', scopes: ['wallets:read'] }
    const first = await s.call('POST', '/v1/admin/api-keys', body, { 'idempotency-key': key })
    expect(first.status).toBe(201)
    expect(first.body.key).toMatch(/^csk_/)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const rows = await sql<{ body: string }>(s.db.url, 'SELECT response_body::text AS body FROM idempotency_keys WHERE key = $1', [key])
    expect(rows).toHaveLength(1)
    expect(rows[0]!.body).not.toContain(first.body.key)
    const stored = JSON.parse(rows[0]!.body) as Record<string, unknown>
    expect(stored).toMatchObject({ id: first.body.id, name: 'idempotent key', prefix: first.body.key.slice(0, 12) })
    expect(stored).not.toHaveProperty('key')

    const replay = await s.call('POST', '/v1/admin/api-keys', body, { 'idempotency-key': key })
    expect(replay.status).toBe(409)
    expect(replay.body).toMatchObject({ code: 'idempotency_response_withheld', resourceId: first.body.id })
    expect(JSON.stringify(replay.body)).not.toContain(first.body.key)
    expect(replay.body).not.toHaveProperty('key')
    expect(replay.headers.get('cache-control')).toBe('no-store')
    // one key was created
    expect(await sql(s.db.url, "SELECT id FROM api_keys WHERE name = 'idempotent key'")).toHaveLength(1)
  })

  test('webhook endpoint secrets are sent with no-store', async () => {
    const r = await s.call('POST', '/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/hook' })
    expect(r.status).toBe(201)
    expect(r.headers.get('cache-control')).toBe('no-store')
  })
})

describe('M4: idempotency claims are fenced', () => {
  test('a request stalled past the lock and taken over by a retry rolls back: one withdrawal', async () => {
    const lockSeconds = s.rt.config.idempotency.lockSeconds
    // The floor (50 s) is enforced on the configuration; shorten it here to reproduce the takeover quickly.
    s.rt.config.idempotency.lockSeconds = 1
    const blocker = new Client({ connectionString: s.db.url })
    await blocker.connect()
    try {
      // Stall the first request inside its transaction: inserting its withdrawal waits for the wallet row.
      await blocker.query('BEGIN')
      await blocker.query('SELECT 1 FROM wallets WHERE id = $1 FOR UPDATE', [walletId])
      const key = randomUUID()
      const body = { walletId, asset: '31337:native', to: ALICE, amount: '4242' }
      const stalled = s.call('POST', '/v1/withdrawals', body, { 'idempotency-key': key })
      await new Promise((r) => setTimeout(r, 2000))
      const retry = s.call('POST', '/v1/withdrawals', body, { 'idempotency-key': key })
      await new Promise((r) => setTimeout(r, 500))
      await blocker.query('COMMIT')
      const [a, b] = await Promise.all([stalled, retry])
      expect(a.status).toBe(409)
      expect(a.body.code).toBe('idempotency_claim_lost')
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(b.status).toBe(201)
      const made = await sql<{ id: string }>(s.db.url, "SELECT id FROM withdrawals WHERE amount = 4242")
      expect(made).toEqual([{ id: b.body.id }])
      expect(await sql(s.db.url, "SELECT id FROM journal_entries WHERE kind = 'hold' AND ref_id = $1", [b.body.id])).toHaveLength(1)
      // a later retry replays the winner
      const again = await s.call('POST', '/v1/withdrawals', body, { 'idempotency-key': key })
      expect(again.status).toBe(201)
      expect(again.body.id).toBe(b.body.id)
    } finally {
      s.rt.config.idempotency.lockSeconds = lockSeconds
      await blocker.query('ROLLBACK').catch(() => undefined)
      await blocker.end()
    }
  })
})

describe('L2: cursors', () => {
  const b64 = (v: string) => Buffer.from(v, 'utf8').toString('base64url')
  test.each([
    ['/v1/wallets?cursor=MTIz'],
    ['/v1/withdrawals?cursor=MTIz'],
    [`/v1/events?cursor=${b64('9999999999999999999')}`],
    ['/v1/events?after=9999999999999999999'],
    [`/v1/audit-events?cursor=${b64('019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e')}`],
    [`/v1/audit-events?cursor=${b64('9223372036854775808')}`],
    ['/v1/deposits?cursor=%2B%2B%2B'],
  ])('%s → 400 invalid_cursor', async (path) => {
    const r = await s.call('GET', path)
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ code: 'invalid_cursor', status: 400 })
    expect(r.body.errors[0].pointer).toMatch(/^\/query\/(cursor|after)$/)
  })

  test('the cursors a list returns still page through it (ids, sequences, report lines)', async () => {
    await s.call('POST', '/v1/wallets', { label: 'second', custody: 'hd' })
    const p1 = await s.call('GET', '/v1/wallets?limit=1')
    expect(p1.body.nextCursor).toEqual(expect.any(String))
    const p2 = await s.call('GET', `/v1/wallets?limit=1&cursor=${p1.body.nextCursor}`)
    expect(p2.status).toBe(200)
    expect(p2.body.data[0].id).not.toBe(p1.body.data[0].id)
    const a1 = await s.call('GET', '/v1/audit-events?limit=1')
    const a2 = await s.call('GET', `/v1/audit-events?limit=1&cursor=${a1.body.nextCursor}`)
    expect(a2.status).toBe(200)
    expect(await s.call('GET', '/v1/events?after=9223372036854775807')).toMatchObject({ status: 200 })
  })
})

describe('L7: ledger exports', () => {
  test('one export at a time (429 too_many_exports), bounded by statement_timeout, and the slot comes back', async () => {
    const blocker = new Client({ connectionString: s.db.url })
    await blocker.connect()
    try {
      // An export whose query cannot run (the table is locked) holds its slot until its statement times out.
      await blocker.query('BEGIN')
      await blocker.query('LOCK TABLE journal_entries IN ACCESS EXCLUSIVE MODE')
      const started = Date.now()
      const first = s.call('GET', '/v1/ledger/exports/entries?format=jsonl')
      await new Promise((r) => setTimeout(r, 500))
      const second = await s.call('GET', '/v1/ledger/exports/entries?format=jsonl')
      expect(second.status).toBe(429)
      expect(second.body.code).toBe('too_many_exports')
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      const a = await first
      expect(a.status).toBe(503)
      expect(a.body.code).toBe('dependency_unavailable')
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined)
      await blocker.end()
    }
    const third = await s.call('GET', '/v1/ledger/exports/entries?format=jsonl')
    expect(third.status).toBe(200)
  })

  test('a reader that stalls between batches loses the snapshot after idle_in_transaction_session_timeout', async () => {
    const rows = streamEntryRows(s.db.url, { from: new Date(0), to: new Date() }, 1, { statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 1000 })
    const first = await rows.next()
    expect(first.done).toBe(false)
    await new Promise((r) => setTimeout(r, 2000))
    await expect(rows.next()).rejects.toMatchObject({ code: 'dependency_unavailable' })
    // the connection is gone: no session of the export is left
    const left = await sql(s.db.url, "SELECT pid FROM pg_stat_activity WHERE application_name = 'custody-ledger-export'")
    expect(left).toEqual([])
  })
})

describe('L8: request hardening', () => {
  test('duplicate JSON members are refused and write nothing, however they are spelled', async () => {
    const before = await countOf('withdrawals')
    for (const raw of [
      `{"walletId":"${walletId}","asset":"31337:native","to":"${ALICE}","amount":"1","amount":"2"}`,
      `{"walletId":"${walletId}","asset":"31337:native","to":"${ALICE}","amount":"1","\\u0061mount":"2"}`,
    ]) {
      const r = await s.call('POST', '/v1/withdrawals', raw, { 'idempotency-key': randomUUID() })
      expect(r.status).toBe(400)
      expect(r.body.code).toBe('invalid_json')
      expect(r.body.detail).toContain('amount')
    }
    const nested = await s.call('POST', '/v1/admin/api-keys', '{"name":"n","scopes":["wallets:read"],"x":{"a":1,"a":2}}')
    expect(nested.status).toBe(400)
    expect(nested.body.code).toBe('invalid_json')
    // the same name in two different objects is fine (and reaches validation)
    const ok = await s.call('POST', '/v1/wallets', '{"label":"twice ok","custody":"hd"}')
    expect(ok.status).toBe(201)
    expect(await countOf('withdrawals')).toBe(before)
  })

  test.each([
    ['a right-to-left override', 'invoice\u202Egpj.exe'],
    ['a zero-width space', 'hot\u200Bwallet'],
    ['a byte order mark', '\uFEFFcold'],
    ['a bidi isolate', 'a\u2066b\u2069'],
  ])('a label with %s is refused', async (_name, label) => {
    const before = await countOf('wallets')
    const r = await s.call('POST', '/v1/wallets', { label, custody: 'hd' })
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ code: 'validation_failed', errors: [{ pointer: '/label' }] })
    const addr = await s.call('POST', `/v1/wallets/${walletId}/addresses`, { label })
    expect(addr.status).toBe(400)
    expect(await countOf('wallets')).toBe(before)
  })

  test('JSON in UTF-16 is 415', async () => {
    const r = await s.call('POST', '/v1/wallets', JSON.stringify({ label: 'utf16', custody: 'hd' }), { 'content-type': 'application/json; charset=utf-16' })
    expect(r.status).toBe(415)
    expect(r.body.code).toBe('unsupported_media_type')
  })

  test('security headers: nosniff everywhere, CSP frame-ancestors on /docs and /admin/queues, no-store on API responses', async () => {
    for (const path of ['/healthz', '/openapi.json', '/nope', '/v1/wallets']) {
      const r = await s.call('GET', path)
      expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    }
    const docs = await fetch(`${s.api.url}/docs`)
    const csp = docs.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
    expect(docs.headers.get('x-frame-options')).toBe('DENY')
    const queues = await fetch(`${s.api.url}/admin/queues`)
    expect(queues.status).toBe(401)
    expect(queues.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect((await s.call('GET', '/v1/wallets')).headers.get('cache-control')).toBe('no-store')
  })

  test('requests without a valid key are throttled per client address; other addresses are not', async () => {
    const from = { 'x-forwarded-for': '203.0.113.50', authorization: 'Bearer csk_' + 'x'.repeat(43) }
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await s.call('GET', '/v1/wallets', undefined, from)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    const limited = await s.call('GET', '/v1/wallets', undefined, from)
    expect(limited.body.code).toBe('rate_limited')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // the address that guessed is cut off even with a good key; another address is not affected
    expect((await s.call('GET', '/v1/wallets', undefined, { 'x-forwarded-for': '203.0.113.50' })).status).toBe(429)
    expect((await s.call('GET', '/v1/wallets', undefined, { 'x-forwarded-for': '203.0.113.51' })).status).toBe(200)
  })

  test('an API key may expire: it works until expiresAt, then 401; a past expiresAt is refused', async () => {
    const past = await s.call('POST', '/v1/admin/api-keys', { name: 'expired', scopes: ['wallets:read'], expiresAt: '2020-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    const expiresAt = new Date(Date.now() + 2500).toISOString()
    const created = await s.call('POST', '/v1/admin/api-keys', { name: 'short-lived', scopes: ['wallets:read'], expiresAt })
    expect(created.status).toBe(201)
    expect(created.body.expiresAt).toBe(expiresAt)
    const auth = { authorization: `Bearer ${created.body.key}` }
    expect((await s.call('GET', '/v1/wallets', undefined, auth)).status).toBe(200)
    await new Promise((r) => setTimeout(r, 3000))
    const late = await s.call('GET', '/v1/wallets', undefined, auth)
    expect(late.status).toBe(401)
    expect(late.body.detail).toMatch(/expired/)
    expect((await s.call('GET', `/v1/admin/api-keys/${created.body.id}`)).body.expiresAt).toBe(expiresAt)
  })

  test('/readyz says which dependency is unavailable but not why (the reason is logged)', async () => {
    const r = await s.call('GET', '/readyz')
    expect(r.status).toBe(503)
    expect(r.body).toEqual({ status: 'unavailable', checks: { postgres: 'ok', redis: 'ok', 'chain:31337': 'ok', 'chain:31999': 'unavailable' } })
    expect(JSON.stringify(r.body)).not.toMatch(/127\.0\.0\.1|secret-path|ECONNREFUSED|fetch failed/i)
    const logged = s.logs.lines.map((l) => JSON.parse(l) as { msg?: string; check?: string; err?: string }).filter((l) => l.msg === 'readiness check failed' && l.check === 'chain:31999')
    expect(logged.length).toBeGreaterThan(0)
  })
})

/**
 * Idempotency-Key per draft-ietf-httpapi-idempotency-key-header, against races: 20 identical requests
 * sent at once make one withdrawal (one hold); the others replay its response or are told it is in
 * flight. A request still in flight gets 409 with Retry-After; expired records are pruned by the
 * maintenance job.
 */
import { randomUUID } from 'node:crypto'
import { unwrap } from '../../src/client'
import { requestFingerprint } from '../../src/http/middleware/idempotency'
import { sql } from '../support/db'
import { creditWallet } from '../support/ledger'
import { startStack, waitFor, type Stack } from '../support/stack'

const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

let s: Stack
let walletId: string
let clientId: string

beforeAll(async () => {
  s = await startStack({ env: { IDEMPOTENCY_PRUNE_INTERVAL_SECONDS: '1' } })
  walletId = (await unwrap(s.client.POST('/v1/wallets', { body: { label: 'idempotency', custody: 'hd' } }))).id
  await creditWallet(s.rt.db, walletId, 10n ** 18n)
  const [k] = await sql<{ client_id: string }>(s.db.url, 'SELECT client_id FROM api_keys ORDER BY created_at LIMIT 1')
  clientId = k!.client_id
})
afterAll(async () => {
  await s?.stop()
})

test('20 concurrent identical requests make one withdrawal: the others replay it or get 409 in flight', async () => {
  const key = randomUUID()
  const body = { walletId, asset: '31337:native', to: ALICE, amount: '777', externalId: `race-${key}` }
  const results = await Promise.all(Array.from({ length: 20 }, () => s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': key })))
  const created = results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null)
  const replayed = results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === 'true')
  const inFlight = results.filter((r) => r.status === 409)
  expect(created).toHaveLength(1)
  expect(replayed.length + inFlight.length).toBe(19)
  for (const r of replayed) expect(r.body).toEqual(created[0]!.body)
  for (const r of inFlight) {
    expect(r.body).toMatchObject({ code: 'idempotency_key_in_flight', status: 409 })
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  }
  const rows = await sql<{ id: string }>(s.db.url, 'SELECT id FROM withdrawals WHERE external_id = $1', [body.externalId])
  expect(rows).toEqual([{ id: created[0]!.body.id }])
  const holds = await sql(s.db.url, "SELECT id FROM journal_entries WHERE ref_id = $1 AND kind = 'hold'", [created[0]!.body.id])
  expect(holds).toHaveLength(1)
  // and once it has finished, the same request replays it
  const later = await s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': key })
  expect(later.status).toBe(201)
  expect(later.headers.get('idempotent-replayed')).toBe('true')
  expect(later.body).toEqual(created[0]!.body)
})

test('20 concurrent requests with one key but different bodies: one wins, the others are refused and write nothing', async () => {
  const key = randomUUID()
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) => s.call('POST', '/v1/withdrawals', { walletId, asset: '31337:native', to: ALICE, amount: String(5000 + i) }, { 'Idempotency-Key': key })),
  )
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  for (const r of results.filter((r) => r.status !== 201)) expect([409, 422]).toContain(r.status)
  const rows = await sql(s.db.url, 'SELECT id FROM withdrawals WHERE amount BETWEEN 5000 AND 5019')
  expect(rows).toHaveLength(1)
})

test('while the first request is in flight the same key gets 409 with Retry-After; a different body gets 422', async () => {
  const key = randomUUID()
  const body = { walletId, asset: '31337:native', to: ALICE, amount: '4242' }
  // The first request is "running": its claim is stored, its response not yet.
  await sql(
    s.db.url,
    "INSERT INTO idempotency_keys (client_id, key, method, path, request_hash, status, expires_at) VALUES ($1, $2, 'POST', '/v1/withdrawals', $3, 'in_flight', now() + interval '1 day')",
    [clientId, key, requestFingerprint('POST', '/v1/withdrawals', body)],
  )
  const again = await s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': key })
  expect(again.status).toBe(409)
  expect(again.body).toMatchObject({ code: 'idempotency_key_in_flight', retryAfterSeconds: 1 })
  expect(again.headers.get('retry-after')).toBe('1')
  const other = await s.call('POST', '/v1/withdrawals', { ...body, amount: '4243' }, { 'Idempotency-Key': key })
  expect(other.status).toBe(422)
  expect(other.body.code).toBe('idempotency_key_reused')
  expect(await sql(s.db.url, 'SELECT id FROM withdrawals WHERE amount IN (4242, 4243)')).toEqual([])
})

test('the key is an sf-string or a bare token; the quoted and bare forms are the same key', async () => {
  const key = randomUUID()
  const body = { walletId, asset: '31337:native', to: ALICE, amount: '31' }
  const quoted = await s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': `"${key}"` })
  const bare = await s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': key })
  expect(quoted.status).toBe(201)
  expect(bare.headers.get('idempotent-replayed')).toBe('true')
  expect(bare.body.id).toBe(quoted.body.id)
})

test('records past their retention are pruned by the maintenance job; live ones stay', async () => {
  const expired = randomUUID()
  const live = randomUUID()
  await sql(
    s.db.url,
    `INSERT INTO idempotency_keys (client_id, key, method, path, request_hash, status, response_status, response_body, created_at, expires_at)
     VALUES ($1, $2, 'POST', '/v1/withdrawals', 'h', 'completed', 201, '{}', now() - interval '25 hours', now() - interval '1 hour'),
            ($1, $3, 'POST', '/v1/withdrawals', 'h', 'completed', 201, '{}', now(), now() + interval '23 hours')`,
    [clientId, expired, live],
  )
  await waitFor('expired idempotency record pruned', async () => (await sql(s.db.url, 'SELECT 1 FROM idempotency_keys WHERE key = $1', [expired])).length === 0, 20_000)
  expect(await sql(s.db.url, 'SELECT key FROM idempotency_keys WHERE key = $1', [live])).toEqual([{ key: live }])
  // its log line names the job
  expect(s.logs.lines.some((l) => l.includes('pruned expired idempotency keys') && l.includes('"queue":"maintenance"') && l.includes('"jobId"'))).toBe(true)
})

/**
 * Webhooks end to end: endpoints over the REST API, real deposits on anvil turned into events, the
 * relay and the delivery workers, and a real HTTP receiver that verifies every request with the
 * independent `standardwebhooks` library. The retry schedule is compressed through configuration
 * (the real one is asserted in test/unit/webhooks.test.ts).
 */
import { parseEther } from 'viem'
import { Webhook } from 'standardwebhooks'
import { webhookPayload } from '../../src/http/webhookSchemas'
import { EVENT_TYPE_NAMES } from '../../src/domain/webhooks/eventTypes'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { sql } from '../support/db'
import { startStack, waitFor, type Stack } from '../support/stack'
import { startReceiver, type WebhookReceiver } from '../support/webhookReceiver'

let s: Stack
const receivers: WebhookReceiver[] = []

beforeAll(async () => {
  s = await startStack({
    env: {
      WEBHOOK_RETRY_SCHEDULE: '300ms,300ms,300ms,300ms,500ms,500ms',
      WEBHOOK_TIMEOUT_SECONDS: '1',
      WEBHOOK_DISABLE_AFTER_SECONDS: '10',
      WEBHOOK_RELAY_INTERVAL_MS: '50',
      WEBHOOK_RECONCILE_SECONDS: '1',
      // this file creates more endpoints with one key than the default cap of 10
      WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: '50',
    },
  })
})
afterAll(async () => {
  for (const r of receivers) await r.close()
  await s?.stop()
})

async function receiver(mustVerifyWith: string[] = []): Promise<WebhookReceiver> {
  const r = await startReceiver({ mustVerifyWith })
  receivers.push(r)
  return r
}

async function createEndpoint(url: string, extra: Record<string, unknown> = {}) {
  const r = await s.call('POST', '/v1/webhook-endpoints', { url, ...extra })
  expect(r.status).toBe(201)
  return r.body as { id: string; secret: string; url: string; eventTypes: string[] }
}

/** Appends events the way every business change does: in its own database transaction. */
async function emit(type: string, data: Record<string, unknown>, walletId: string | null = null): Promise<string> {
  const { newId } = await import('../../src/lib/ids')
  const id = newId()
  await sql(s.db.url, 'INSERT INTO events (id, type, data, wallet_id) VALUES ($1, $2, $3, $4)', [id, type, JSON.stringify(data), walletId])
  return id
}

function deliveriesOf(r: WebhookReceiver, id: string) {
  return r.received.filter((w) => w.id === id)
}

describe('webhooks', () => {
  let wallet: { id: string; hotAddress: string }
  let main: WebhookReceiver
  let endpoint: { id: string; secret: string }

  test('creating an endpoint returns its whsec_ secret once; reads never show it; it is stored sealed', async () => {
    main = await receiver()
    endpoint = await createEndpoint(main.url, { description: 'order service', eventTypes: ['deposit.*'] })
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    main.mustVerifyWith = [endpoint.secret]
    const got = await s.call('GET', `/v1/webhook-endpoints/${endpoint.id}`)
    expect(got.status).toBe(200)
    expect(got.body).toMatchObject({ url: main.url, status: 'enabled', eventTypes: ['deposit.*'], description: 'order service' })
    expect(got.body.signingSecrets).toHaveLength(1)
    const list = await s.call('GET', '/v1/webhook-endpoints')
    const secretB64 = endpoint.secret.slice('whsec_'.length)
    expect(JSON.stringify(got.body) + JSON.stringify(list.body)).not.toContain(secretB64)
    const [row] = await sql<{ ciphertext: Buffer; kek_id: string }>(s.db.url, 'SELECT ciphertext, kek_id FROM webhook_secrets WHERE endpoint_id = $1', [endpoint.id])
    expect(row!.kek_id).toMatch(/^local:/)
    expect(row!.ciphertext.equals(Buffer.from(secretB64, 'base64'))).toBe(false)
    expect(s.logs.text()).not.toContain(secretB64)
  })

  test('a deposit arrives as deposit.detected and deposit.confirmed, signed (verified by standardwebhooks), data = the REST deposit', async () => {
    wallet = (await s.call('POST', '/v1/wallets', { label: 'hooks' })).body
    const hash = await s.fund(wallet.hotAddress, parseEther('3'))
    const got = await waitFor('both deposit webhooks', async () => {
      const d = main.delivered().filter((w) => w.json.data.txHash === hash)
      return d.length >= 2 ? d : null
    })
    expect(main.verifyErrors).toEqual([])
    expect(got.map((w) => w.json.type).sort()).toEqual(['deposit.confirmed', 'deposit.detected'])
    const confirmed = got.find((w) => w.json.type === 'deposit.confirmed')!
    webhookPayload('deposit.confirmed').parse(confirmed.json)
    const rest = await s.call('GET', `/v1/deposits/${confirmed.json.data.id}`)
    expect(confirmed.json.data).toEqual(rest.body)
    // webhook-id is the event id; GET /v1/events shows the same payload
    const ev = await s.call('GET', `/v1/events/${confirmed.id}`)
    expect(ev.status).toBe(200)
    expect(ev.body).toMatchObject({ id: confirmed.id, type: 'deposit.confirmed', timestamp: confirmed.json.timestamp, walletId: wallet.id })
    expect(ev.body.data).toEqual(confirmed.json.data)
  })

  test('GET /v1/events filters by type, wallet and time, and pages by sequence without gaps', async () => {
    const all = await s.call('GET', `/v1/events?walletId=${wallet.id}`)
    expect(all.status).toBe(200)
    expect(all.body.data.map((e: { type: string }) => e.type)).toEqual(['deposit.detected', 'deposit.confirmed'])
    const confirmed = await s.call('GET', `/v1/events?type=deposit.confirmed&walletId=${wallet.id}`)
    expect(confirmed.body.data).toHaveLength(1)
    const groups = await s.call('GET', `/v1/events?type=withdrawal.*,deposit.detected&walletId=${wallet.id}`)
    expect(groups.body.data.map((e: { type: string }) => e.type)).toEqual(['deposit.detected'])
    const future = await s.call('GET', `/v1/events?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)
    expect(future.body.data).toEqual([])
    for (let i = 0; i < 5; i++) await emit('wallet.low_balance', { n: i })
    await waitFor('published', async () => (await s.call('GET', '/v1/events?type=wallet.low_balance')).body.data.length === 5)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { body: { data: { id: string; sequence: string }[]; nextCursor: string | null } } = await s.call('GET', `/v1/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.body.data.map((e) => e.sequence))
      cursor = page.body.nextCursor
    } while (cursor)
    const seqs = seen.map(BigInt)
    expect(seqs.every((v, i) => i === 0 || v > seqs[i - 1]!)).toBe(true)
    const [{ n }] = (await sql<{ n: number }>(s.db.url, 'SELECT count(*)::int n FROM events'))! as [{ n: number }]
    expect(seen).toHaveLength(n)
    const after = await s.call('GET', `/v1/events?after=${seen[seen.length - 2]}`)
    expect(after.body.data.map((e: { sequence: string }) => e.sequence)).toEqual([seen[seen.length - 1]])
    const bad = await s.call('GET', '/v1/events?type=nonsense.thing')
    expect(bad.status).toBe(400)
  })

  test('the endpoint only received the types it asked for, and its delivery log lists every attempt', async () => {
    expect(main.received.every((w) => w.json.type.startsWith('deposit.'))).toBe(true)
    const log = await s.call('GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`)
    expect(log.status).toBe(200)
    expect(log.body.data.length).toBeGreaterThanOrEqual(2)
    for (const d of log.body.data) {
      expect(d).toMatchObject({ endpointId: endpoint.id, status: 'delivered', attemptCount: 1 })
      expect(d.attempts).toEqual([expect.objectContaining({ attempt: 1, round: 1, statusCode: 204, success: true, error: null })])
      expect(d.attempts[0].durationMs).toEqual(expect.any(Number))
    }
  })

  test('receiver down (500, then timeouts, then 200): the event arrives once per success, always with the same webhook-id', async () => {
    const r = await receiver()
    const ep = await createEndpoint(r.url, { eventTypes: ['withdrawal.stuck'] })
    r.mustVerifyWith = [ep.secret]
    const plan = [500, 500, 'hang', 'hang', 200]
    r.respond = () => {
      const step = plan[Math.min(r.received.length - 1, plan.length - 1)]
      return step === 'hang' ? { hang: true } : { status: step as number, body: 'x'.repeat(10_000) }
    }
    const id = await emit('withdrawal.stuck', { id: 'w-1' })
    await waitFor('delivered after the outage', async () => (r.delivered().length ? true : null), 30_000)
    // give a duplicate time to show up, if there were going to be one
    await new Promise((res) => setTimeout(res, 1500))
    expect(r.verifyErrors).toEqual([])
    expect(r.received.map((w) => w.id)).toEqual([id, id, id, id, id])
    expect(r.delivered()).toHaveLength(1)
    const log = (await s.call('GET', `/v1/webhook-endpoints/${ep.id}/deliveries`)).body.data
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ eventId: id, status: 'delivered', attemptCount: 5, lastStatusCode: 200 })
    const attempts = log[0].attempts
    expect(attempts.map((a: { statusCode: number | null }) => a.statusCode)).toEqual([500, 500, null, null, 200])
    // the endpoint did not opt in (storeResponseBody): status and headers are logged, the body is not
    expect(attempts[0].responseBody).toBeNull()
    expect(attempts[0].responseHeaders).toEqual({}) // none of the kept headers (content-type, retry-after, …) was sent
    expect(attempts[2].error).toMatch(/timed out/)
    expect(attempts[2].durationMs).toBeGreaterThanOrEqual(900)
  })

  test('a slow endpoint with a backlog does not hold up deliveries to other endpoints', async () => {
    const slow = await receiver()
    const slowEp = await createEndpoint(slow.url, { eventTypes: ['sweep.queued'] })
    slow.respond = () => ({ hang: true })
    const fast = await receiver()
    const fastEp = await createEndpoint(fast.url, { eventTypes: ['sweep.submitted'] })
    fast.mustVerifyWith = [fastEp.secret]
    await sql(s.db.url, "INSERT INTO events (id, type, data) SELECT gen_random_uuid(), 'sweep.queued', jsonb_build_object('n', n) FROM generate_series(1, 300) n")
    await waitFor('the slow endpoint busy', async () => (slow.received.length >= 32 ? true : null))
    const id = await emit('sweep.submitted', { id: 's-fast' })
    await waitFor('the fast endpoint served', async () => (fast.delivered().some((w) => w.id === id) ? true : null), 30_000)
    // FIFO without a per-endpoint limit would have tried (nearly) every slow delivery first
    const [{ n }] = (await sql<{ n: number }>(s.db.url, 'SELECT count(*)::int n FROM webhook_deliveries WHERE endpoint_id = $1 AND attempt_count = 0', [slowEp.id]))! as [{ n: number }]
    expect(n).toBeGreaterThanOrEqual(150)
    expect(fast.verifyErrors).toEqual([])
    expect((await s.call('DELETE', `/v1/webhook-endpoints/${slowEp.id}`)).status).toBe(204)
  })

  test('Retry-After is honoured: the next attempt is not scheduled before it', async () => {
    const r = await receiver()
    const ep = await createEndpoint(r.url, { eventTypes: ['sweep.failed'] })
    r.respond = () => (r.received.length === 1 ? { status: 429, headers: { 'retry-after': '3' } } : { status: 200 })
    const id = await emit('sweep.failed', { id: 's-1' })
    await waitFor('two attempts', async () => (r.delivered().length ? true : null), 30_000)
    const [first, second] = deliveriesOf(r, id)
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(2900)
    const log = (await s.call('GET', `/v1/webhook-endpoints/${ep.id}/deliveries`)).body.data[0]
    expect(log.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([429, 200])
  })

  test('secret rotation: old and new secrets both sign during the grace period, then only the new one', async () => {
    const r = await receiver()
    const ep = await createEndpoint(r.url, { eventTypes: ['withdrawal.cancelled'] })
    const oldSecret = ep.secret
    const rot = await s.call('POST', `/v1/webhook-endpoints/${ep.id}/rotate-secret`, { gracePeriodSeconds: 4 })
    expect(rot.status).toBe(200)
    const newSecret: string = rot.body.secret
    expect(newSecret).not.toBe(oldSecret)
    expect(rot.body.signingSecrets).toHaveLength(2)
    expect(new Date(rot.body.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now())
    // a receiver still on the old secret and one already on the new one both accept the message
    r.mustVerifyWith = [oldSecret, newSecret]
    const during = await emit('withdrawal.cancelled', { id: 'w-2' })
    await waitFor('delivery during grace', async () => (r.delivered().some((w) => w.id === during) ? true : null))
    expect(r.verifyErrors).toEqual([])
    expect(deliveriesOf(r, during)[0]!.signature.split(' ')).toHaveLength(2)

    await waitFor('grace period over', async () => ((await s.call('GET', `/v1/webhook-endpoints/${ep.id}`)).body.signingSecrets.length === 1 ? true : null), 10_000)
    r.mustVerifyWith = [newSecret]
    const after = await emit('withdrawal.cancelled', { id: 'w-3' })
    await waitFor('delivery after grace', async () => (r.delivered().some((w) => w.id === after) ? true : null))
    expect(r.verifyErrors).toEqual([])
    const w = deliveriesOf(r, after)[0]!
    expect(w.signature.split(' ')).toHaveLength(1)
    expect(() => new Webhook(oldSecret).verify(w.body, { 'webhook-id': w.id, 'webhook-timestamp': w.timestamp, 'webhook-signature': w.signature })).toThrow()
    expect(s.logs.text()).not.toContain(newSecret.slice(6))
  })

  test('a 410 answer disables the endpoint at once, and a webhook_endpoint.disabled event says so', async () => {
    const watcher = await receiver()
    const w = await createEndpoint(watcher.url, { eventTypes: ['webhook_endpoint.*'] })
    watcher.mustVerifyWith = [w.secret]
    const r = await receiver()
    const ep = await createEndpoint(r.url, { eventTypes: ['withdrawal.failed'] })
    r.respond = () => ({ status: 410 })
    await emit('withdrawal.failed', { id: 'w-4' })
    const note = await waitFor('disabled event', async () => watcher.delivered().find((x) => x.json.data.id === ep.id) ?? null)
    expect(note.json.type).toBe('webhook_endpoint.disabled')
    expect(note.json.data).toMatchObject({ id: ep.id, status: 'disabled', disabledReason: 'gone' })
    webhookPayload('webhook_endpoint.disabled').parse(note.json)
    expect(r.received).toHaveLength(1)
    await emit('withdrawal.failed', { id: 'w-5' })
    await new Promise((res) => setTimeout(res, 800))
    expect(r.received).toHaveLength(1)
    expect(watcher.verifyErrors).toEqual([])
  })

  test('an endpoint that keeps failing for the configured period (10 s here, 5 days by default) is disabled', async () => {
    const r = await receiver()
    const ep = await createEndpoint(r.url, { eventTypes: ['withdrawal.queued'] })
    r.respond = () => ({ status: 503 })
    await emit('withdrawal.queued', { id: 'w-6' })
    await waitFor('first delivery given up', async () => {
      const d = (await s.call('GET', `/v1/webhook-endpoints/${ep.id}/deliveries`)).body.data[0]
      return d?.status === 'failed' ? d : null
    }, 30_000)
    const mid = (await s.call('GET', `/v1/webhook-endpoints/${ep.id}`)).body
    expect(mid).toMatchObject({ status: 'enabled', failingSince: expect.any(String) })
    expect((await s.call('GET', `/v1/webhook-endpoints/${ep.id}/deliveries`)).body.data[0].attemptCount).toBe(7)
    await waitFor('10 s of failure', async () => Date.now() - new Date(mid.failingSince).getTime() > 10_500, 20_000)
    await emit('withdrawal.queued', { id: 'w-7' })
    const after = await waitFor('disabled', async () => {
      const e = (await s.call('GET', `/v1/webhook-endpoints/${ep.id}`)).body
      return e.status === 'disabled' ? e : null
    }, 20_000)
    expect(after.disabledReason).toBe('failing')
    const events = await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE type = 'webhook_endpoint.disabled' AND data->>'id' = $1", [ep.id])
    expect(events).toHaveLength(1)
    // enabling clears the failing clock
    const en = await s.call('POST', `/v1/webhook-endpoints/${ep.id}/enable`)
    expect(en.body).toMatchObject({ status: 'enabled', disabledReason: null, failingSince: null })
  })

  test('redeliver sends an event again, with the same webhook-id, as a new round; disabled endpoints get nothing', async () => {
    const confirmed = main.delivered().find((w) => w.json.type === 'deposit.confirmed')!
    const before = deliveriesOf(main, confirmed.id).length
    const r = await s.call('POST', `/v1/events/${confirmed.id}/redeliver`, { endpointId: endpoint.id })
    expect(r.status).toBe(202)
    expect(r.body.data).toEqual([expect.objectContaining({ eventId: confirmed.id, endpointId: endpoint.id, status: 'pending', round: 2, attemptCount: 0 })])
    await waitFor('redelivered', async () => (deliveriesOf(main, confirmed.id).length === before + 1 ? true : null))
    const again = deliveriesOf(main, confirmed.id).at(-1)!
    expect(again.body).toBe(confirmed.body)
    const log = (await s.call('GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries?eventId=${confirmed.id}`)).body.data[0]
    await waitFor('logged', async () => ((await s.call('GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries?eventId=${confirmed.id}`)).body.data[0].status === 'delivered' ? true : null))
    expect(log.round).toBe(2)

    const off = await s.call('POST', `/v1/webhook-endpoints/${endpoint.id}/disable`)
    expect(off.body).toMatchObject({ status: 'disabled', disabledReason: 'manual' })
    expect((await s.call('POST', `/v1/events/${confirmed.id}/redeliver`, { endpointId: endpoint.id })).status).toBe(409)
    const n = main.received.length
    await emit('deposit.detected', { id: 'not-sent' })
    await new Promise((res) => setTimeout(res, 800))
    expect(main.received).toHaveLength(n)
    expect((await s.call('POST', `/v1/events/00000000-0000-7000-8000-000000000000/redeliver`, {})).status).toBe(404)
  })

  test('link-local and cloud metadata addresses are refused even where loopback is allowed; bad filters too', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://[fd00:ec2::254]/', 'http://[fe80::1]/x', 'http://0.0.0.0:80/', 'http://[::ffff:169.254.169.254]/', 'ftp://127.0.0.1/', 'http://user:pw@127.0.0.1/']) {
      const r = await s.call('POST', '/v1/webhook-endpoints', { url })
      expect([url, r.status, r.body.code]).toEqual([url, 422, 'webhook_url_refused'])
    }
    const bad = await s.call('POST', '/v1/webhook-endpoints', { url: 'http://127.0.0.1:1/', eventTypes: ['deposit.confirmed', 'nope.*'] })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('validation_failed')
    const [{ n }] = (await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM webhook_endpoints WHERE url LIKE '%169.254%' OR url LIKE '%1/'"))! as [{ n: number }]
    expect(n).toBe(0)
  })

  test('scopes: webhooks:write manages endpoints, webhooks:read reads them, events:read lists events', async () => {
    const reader = await createApiKey(s.rt.db, { name: 'events', scopes: ['events:read', 'webhooks:read'] })
    const h = { authorization: `Bearer ${reader.key}` }
    const call = (method: string, path: string, body?: unknown) =>
      fetch(s.api.url + path, { method, headers: { ...h, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) })
    expect((await call('GET', '/v1/events')).status).toBe(200)
    expect((await call('GET', '/v1/webhook-endpoints')).status).toBe(200)
    expect((await call('POST', '/v1/webhook-endpoints', { url: main.url })).status).toBe(403)
    expect((await call('DELETE', `/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(403)
    const del = await s.call('DELETE', `/v1/webhook-endpoints/${endpoint.id}`)
    expect(del.status).toBe(204)
    expect((await s.call('GET', `/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(404)
  })

  test('every event type of the catalogue has a documented payload in the OpenAPI webhooks section', async () => {
    const doc = (await s.call('GET', '/openapi.json')).body
    expect(Object.keys(doc.webhooks).sort()).toEqual([...EVENT_TYPE_NAMES].sort())
    for (const t of EVENT_TYPE_NAMES) {
      const ref = doc.webhooks[t].post.requestBody.content['application/json'].schema.$ref as string
      const schema = doc.components.schemas[ref.split('/').pop()!]
      expect(schema.properties.type.const).toBe(t)
      expect(doc.components.schemas[schema.properties.data.$ref.split('/').pop()]).toBeDefined()
    }
  })
})

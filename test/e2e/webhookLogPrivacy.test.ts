/**
 * The webhook delivery log is not a read channel into the networks webhooks may reach (issue 13, M6):
 * an attempt logs the status and a few selected headers; an excerpt of the response body only when the
 * endpoint opted in (`storeResponseBody`), which only an admin key may turn on; bodies kept before are
 * never served while the endpoint does not opt in. And an API client has at most
 * WEBHOOK_MAX_ENDPOINTS_PER_CLIENT endpoints. Real Postgres, Redis, workers and an HTTP receiver.
 */
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { newId } from '../../src/lib/ids'
import { sql } from '../support/db'
import { tableCounts } from '../support/routeSamples'
import { startStack, waitFor, type Stack } from '../support/stack'
import { startReceiver, type WebhookReceiver } from '../support/webhookReceiver'

const MAX = 4
let s: Stack
let receiver: WebhookReceiver
/** a `webhooks:write` + `webhooks:read` key of its own client (no admin) */
let writer: string
let writerClient: string

const INTERNAL_SECRET = 'internal-service-says: db_password=hunter2 ' + 'z'.repeat(3000)

beforeAll(async () => {
  s = await startStack({
    env: { WEBHOOK_RETRY_SCHEDULE: '200ms', WEBHOOK_RELAY_INTERVAL_MS: '50', WEBHOOK_RECONCILE_SECONDS: '1', WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: String(MAX) },
  })
  receiver = await startReceiver()
  // an "internal service" inside the allowed networks: it answers with something a key must not read
  receiver.respond = () => ({ status: 200, body: INTERNAL_SECRET, headers: { 'content-type': 'text/plain', 'x-request-id': 'req-42', server: 'internal-admin/1.0', 'set-cookie': 'session=abc', 'x-internal-token': 'tok' } })
  const k = await createApiKey(s.rt.db, { name: 'writer', scopes: ['webhooks:write', 'webhooks:read'] })
  writer = k.key
  writerClient = k.record.clientId
})
afterAll(async () => {
  await receiver?.close()
  await s?.stop()
})

async function as(key: string, method: string, path: string, body?: unknown) {
  const r = await fetch(s.api.url + path, { method, headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) })
  const text = await r.text()
  return { status: r.status, body: text ? JSON.parse(text) : undefined }
}

async function emitAndWait(endpointId: string): Promise<{ responseBody: string | null; responseHeaders: Record<string, string> | null; statusCode: number }> {
  const eventId = newId()
  await sql(s.db.url, "INSERT INTO events (id, type, data) VALUES ($1, 'sweep.queued', '{}')", [eventId])
  const d = await waitFor('delivered', async () => {
    const log = await s.call('GET', `/v1/webhook-endpoints/${endpointId}/deliveries?eventId=${eventId}`)
    return log.body.data[0]?.status === 'delivered' ? log.body.data[0] : null
  })
  return d.attempts.at(-1)
}

describe('delivery log', () => {
  let plain: { id: string }
  let optedIn: { id: string }

  test('by default an attempt logs status and selected headers; the body is neither stored nor served', async () => {
    const created = await as(writer, 'POST', '/v1/webhook-endpoints', { url: receiver.url, eventTypes: ['sweep.queued'] })
    expect(created.status).toBe(201)
    expect(created.body.storeResponseBody).toBe(false)
    plain = created.body
    const a = await emitAndWait(plain.id)
    expect(a.statusCode).toBe(200)
    expect(a.responseBody).toBeNull()
    // (the receiver answers chunked: no content-length; date, connection and the rest are not kept)
    expect(a.responseHeaders).toEqual({ 'content-type': 'text/plain', 'x-request-id': 'req-42' })
    const rows = await sql<{ response_body: string | null }>(s.db.url, 'SELECT a.response_body FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1', [plain.id])
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.response_body === null)).toBe(true)
    const log = await as(writer, 'GET', `/v1/webhook-endpoints/${plain.id}/deliveries`)
    expect(JSON.stringify(log.body)).not.toContain('hunter2')
    expect(JSON.stringify(log.body)).not.toMatch(/set-cookie|x-internal-token|internal-admin/)
  })

  test('a body kept before (earlier versions kept every body) is not served while the endpoint does not opt in', async () => {
    const [d] = await sql<{ id: string }>(s.db.url, 'SELECT id FROM webhook_deliveries WHERE endpoint_id = $1 LIMIT 1', [plain.id])
    await sql(s.db.url, "UPDATE webhook_attempts SET response_body = 'old body: hunter2' WHERE delivery_id = $1", [d!.id])
    const log = await as(writer, 'GET', `/v1/webhook-endpoints/${plain.id}/deliveries`)
    expect(log.status).toBe(200)
    expect(JSON.stringify(log.body)).not.toContain('hunter2')
  })

  test('a key without admin may not turn storeResponseBody on: 403 forbidden, nothing written', async () => {
    const before = await tableCounts(s.db.url)
    const created = await as(writer, 'POST', '/v1/webhook-endpoints', { url: receiver.url, storeResponseBody: true })
    expect(created.status).toBe(403)
    expect(created.body.code).toBe('forbidden')
    const patched = await as(writer, 'PATCH', `/v1/webhook-endpoints/${plain.id}`, { storeResponseBody: true })
    expect(patched.status).toBe(403)
    expect(await tableCounts(s.db.url)).toEqual(before)
    const [row] = await sql<{ store_response_body: boolean }>(s.db.url, 'SELECT store_response_body FROM webhook_endpoints WHERE id = $1', [plain.id])
    expect(row!.store_response_body).toBe(false)
  })

  test('an admin key opts an endpoint in: an excerpt of at most 1,024 characters is kept and served', async () => {
    const created = await s.call('POST', '/v1/webhook-endpoints', { url: receiver.url, eventTypes: ['sweep.queued'], storeResponseBody: true })
    expect(created.status).toBe(201)
    expect(created.body.storeResponseBody).toBe(true)
    optedIn = created.body
    const a = await emitAndWait(optedIn.id)
    expect(a.responseBody).toBe(INTERNAL_SECRET.slice(0, 1024))
  })

  test('a URL change by a key without admin turns storeResponseBody off, and the kept bodies stop being served', async () => {
    const patched = await as(writer, 'PATCH', `/v1/webhook-endpoints/${optedIn.id}`, { url: receiver.url + '/moved' })
    expect(patched.status).toBe(200)
    expect(patched.body.storeResponseBody).toBe(false)
    const log = await as(writer, 'GET', `/v1/webhook-endpoints/${optedIn.id}/deliveries`)
    expect(JSON.stringify(log.body)).not.toContain('hunter2')
    // turning it off is allowed to any webhooks:write key; an admin may turn it on again
    expect((await as(writer, 'PATCH', `/v1/webhook-endpoints/${optedIn.id}`, { storeResponseBody: false })).status).toBe(200)
    expect((await s.call('PATCH', `/v1/webhook-endpoints/${optedIn.id}`, { storeResponseBody: true })).body.storeResponseBody).toBe(true)
  })
})

describe('endpoints per client (WEBHOOK_MAX_ENDPOINTS_PER_CLIENT)', () => {
  test('concurrent creations stop at the cap: 409 webhook_endpoint_limit_reached with the limit; nothing more is written', async () => {
    const k = await createApiKey(s.rt.db, { name: 'capped', scopes: ['webhooks:write', 'webhooks:read'] })
    const results = await Promise.all(Array.from({ length: MAX + 4 }, () => as(k.key, 'POST', '/v1/webhook-endpoints', { url: receiver.url })))
    expect(results.filter((r) => r.status === 201)).toHaveLength(MAX)
    const refused = results.filter((r) => r.status !== 201)
    expect(refused).toHaveLength(4)
    for (const r of refused) expect(r.body).toMatchObject({ status: 409, code: 'webhook_endpoint_limit_reached', limit: MAX })
    const [n] = await sql<{ n: number }>(s.db.url, 'SELECT count(*)::int AS n FROM webhook_endpoints WHERE created_by = $1', [k.record.clientId])
    expect(n!.n).toBe(MAX)
    const [secrets] = await sql<{ n: number }>(s.db.url, 'SELECT count(*)::int AS n FROM webhook_secrets x JOIN webhook_endpoints e ON e.id = x.endpoint_id WHERE e.created_by = $1', [k.record.clientId])
    expect(secrets!.n).toBe(MAX)

    // disabled endpoints count; deleting one makes room
    const first = results.find((r) => r.status === 201)!.body
    expect((await as(k.key, 'POST', `/v1/webhook-endpoints/${first.id}/disable`)).status).toBe(200)
    expect((await as(k.key, 'POST', '/v1/webhook-endpoints', { url: receiver.url })).status).toBe(409)
    expect((await as(k.key, 'DELETE', `/v1/webhook-endpoints/${first.id}`)).status).toBe(204)
    expect((await as(k.key, 'POST', '/v1/webhook-endpoints', { url: receiver.url })).status).toBe(201)
  })

  test('the cap is per API client: another client is not affected', async () => {
    const before = (await sql<{ n: number }>(s.db.url, 'SELECT count(*)::int AS n FROM webhook_endpoints WHERE created_by = $1', [writerClient]))[0]!.n
    expect(before).toBeLessThan(MAX)
    expect((await as(writer, 'POST', '/v1/webhook-endpoints', { url: receiver.url })).status).toBe(201)
  })
})

/**
 * SSRF protection where private and loopback networks are not allowed (the production default):
 * endpoint URLs are refused at creation, and checked again at delivery so that a name that later
 * resolves to a private address (DNS rebinding) is never called. Real Postgres, a real receiver on
 * loopback; DNS answers come from an injected resolver. No request ever leaves this machine.
 */
import { loadConfig } from '../../src/config'
import { withTx } from '../../src/db/client'
import { insertEvents } from '../../src/db/events'
import { insertEndpoint, insertSecret } from '../../src/db/webhooks'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { WebhookDeliverer } from '../../src/domain/webhooks/deliverWebhook'
import { relayEvents } from '../../src/domain/webhooks/relayEvents'
import { sealWebhookSecret } from '../../src/domain/webhooks/secrets'
import { newWebhookSecret } from '../../src/domain/webhooks/signature'
import type { Resolver } from '../../src/domain/webhooks/urlPolicy'
import { newId } from '../../src/lib/ids'
import { startApi, type ApiServer } from '../../src/main/api'
import { createRuntime, type Runtime } from '../../src/runtime'
import { createTestDatabase, sql, type TestDatabase } from '../support/db'
import { captureLogger } from '../support/logs'
import { cleanRedis, TEST_MASTER_KEY } from '../support/stack'
import { startReceiver, type WebhookReceiver } from '../support/webhookReceiver'

let db: TestDatabase
let rt: Runtime
let api: ApiServer
let key: string
let receiver: WebhookReceiver
const prefix = `tssrf${process.pid}`

function env(extra: Record<string, string> = {}) {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: prefix,
    LOCAL_MASTER_KEY: TEST_MASTER_KEY,
    PORT: '0',
    LOG_LEVEL: 'debug',
    WEBHOOK_ALLOWED_NETWORKS: '',
    WEBHOOK_TIMEOUT_SECONDS: '2',
    ...extra,
  }
}

beforeAll(async () => {
  db = await createTestDatabase()
  rt = createRuntime(loadConfig(env()), { logger: captureLogger().logger })
  api = await startApi(rt, { validateResponses: true })
  key = (await createApiKey(rt.db, { name: 'ssrf', scopes: ['admin'] })).key
  receiver = await startReceiver()
})
afterAll(async () => {
  await receiver?.close()
  await api?.close()
  await rt?.close()
  await cleanRedis(prefix)
  await db?.drop()
})

async function create(url: string) {
  const r = await fetch(`${api.url}/v1/webhook-endpoints`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ url }) })
  return { status: r.status, body: (await r.json()) as { code?: string; detail?: string } }
}

test('loopback and private URLs are refused when WEBHOOK_ALLOWED_NETWORKS does not allow them, and nothing is stored', async () => {
  const port = new URL(receiver.url).port
  for (const url of [
    `http://127.0.0.1:${port}/hooks`,
    `http://localhost:${port}/hooks`,
    `http://[::1]:${port}/hooks`,
    `http://[::ffff:127.0.0.1]:${port}/hooks`,
    'http://10.1.2.3/hooks',
    'http://172.20.0.5/hooks',
    'http://192.168.0.10/hooks',
    'http://100.64.1.1/hooks',
    'http://[fd12::1]/hooks',
    'http://169.254.169.254/latest/meta-data/',
  ]) {
    const r = await create(url)
    expect([url, r.status, r.body.code]).toEqual([url, 422, 'webhook_url_refused'])
  }
  expect(receiver.received).toHaveLength(0)
  expect(await sql(db.url, 'SELECT id FROM webhook_endpoints')).toHaveLength(0)
})

test('IPv6 forms that carry a private IPv4 address, and non-global IPv6 ranges, are refused at creation (issue 13, L3)', async () => {
  for (const url of [
    'http://[::7f00:1]/hooks', // IPv4-compatible ::/96 of 127.0.0.1
    'http://[::10.0.0.1]/hooks',
    'http://[::ffff:0:a00:1]/hooks', // IPv4-translated ::ffff:0:0:0/96
    'http://[::ffff:0:7f00:1]/hooks',
    'http://[64:ff9b::a00:1]/hooks', // NAT64 well-known prefix
    'http://[64:ff9b:1::a00:1]/hooks', // NAT64 local-use prefix /48
    'http://[64:ff9b:1:0:0:0:c0a8:101]/hooks',
    'http://[fec0::1]/hooks', // site-local
    'http://[2002:a00:1::1]/hooks', // 6to4 of 10.0.0.1
    'http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/hooks', // Teredo
    'http://[5f00::1]/hooks',
    'http://[::1:0:0:1]/hooks', // not global unicast
    // legacy IPv4 notations of loopback (the URL parser normalises them; they must not slip through)
    'http://2130706433/hooks',
    'http://0x7f000001/hooks',
    'http://0177.0.0.1/hooks',
    'http://127.1/hooks',
  ]) {
    const r = await create(url)
    expect([url, r.status, r.body.code]).toEqual([url, 422, 'webhook_url_refused'])
  }
  expect(await sql(db.url, 'SELECT id FROM webhook_endpoints')).toHaveLength(0)
})

/** An endpoint stored as if its name had resolved to a public address when it was created. */
async function storedEndpoint(url: string): Promise<{ id: string; secret: string }> {
  const id = newId()
  const secretId = newId()
  const secret = newWebhookSecret()
  const sealed = await sealWebhookSecret(rt.custody.backend, id, secretId, secret)
  await withTx(rt.db, async (tx) => {
    await insertEndpoint(tx, { id, url, description: '', eventTypes: [], createdBy: null })
    await insertSecret(tx, { id: secretId, endpointId: id, backend: rt.custody.backend.name, sealed })
  })
  return { id, secret }
}

async function relayOne(): Promise<{ deliveryId: string; endpointId: string }[]> {
  await withTx(rt.db, (tx) => insertEvents(tx, [{ type: 'deposit.detected', data: { id: newId() } }]))
  await relayEvents(rt)
  return sql<{ deliveryId: string; endpointId: string }>(db.url, `SELECT id AS "deliveryId", endpoint_id AS "endpointId" FROM webhook_deliveries WHERE status = 'pending'`)
}

test('DNS rebinding: a name that now resolves to a loopback address is not called at delivery; the attempt says why', async () => {
  const port = new URL(receiver.url).port
  const ep = await storedEndpoint(`http://hooks.rebind.test:${port}/hooks`)
  const resolver: Resolver = async (host) => (host === 'hooks.rebind.test' ? [{ address: '127.0.0.1', family: 4 }] : [])
  const deliverer = new WebhookDeliverer(rt, { resolver })
  try {
    const [d] = await relayOne()
    const out = await deliverer.deliver({ deliveryId: d!.deliveryId, endpointId: ep.id, round: 1 })
    expect(out).toMatchObject({ kind: 'later', reason: 'retry' })
    expect(receiver.received).toHaveLength(0)
    const [a] = await sql<{ status_code: number | null; error: string }>(db.url, 'SELECT status_code, error FROM webhook_attempts WHERE delivery_id = $1', [d!.deliveryId])
    expect(a).toEqual({ status_code: null, error: expect.stringMatching(/^refused: hooks\.rebind\.test resolves to 127\.0\.0\.1 is a loopback address/) })
  } finally {
    await deliverer.close()
    await sql(db.url, 'DELETE FROM webhook_endpoints')
  }
})

test('the connection goes to the vetted address, not to a second DNS answer', async () => {
  // Loopback allowed here; the injected resolver is the only way this name reaches the receiver.
  const rt2 = createRuntime(loadConfig(env({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' })), { logger: captureLogger().logger })
  const port = new URL(receiver.url).port
  const ep = await storedEndpoint(`http://hooks.pinned.test:${port}/hooks`)
  receiver.mustVerifyWith = [ep.secret]
  let lookups = 0
  const resolver: Resolver = async () => {
    lookups++
    return [{ address: '127.0.0.1', family: 4 }]
  }
  const deliverer = new WebhookDeliverer(rt2, { resolver })
  try {
    const [d] = await relayOne()
    const out = await deliverer.deliver({ deliveryId: d!.deliveryId, endpointId: ep.id, round: 1 })
    expect(out).toEqual({ kind: 'delivered', statusCode: 204 })
    expect(lookups).toBe(1)
    expect(receiver.received).toHaveLength(1)
    expect(receiver.verifyErrors).toEqual([])
  } finally {
    await deliverer.close()
    await rt2.close()
  }
})

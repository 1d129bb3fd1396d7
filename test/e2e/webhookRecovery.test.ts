/**
 * No lost event: a worker process killed (SIGKILL) between the business change and the enqueue, and a
 * Redis that dies and comes back empty. The events, deliveries and schedule live in Postgres; the relay
 * and the reconciler rebuild the queue from there. A real receiver verifies every request with the
 * `standardwebhooks` library.
 *
 * The Redis test runs its own redis-server on a free port, so killing it disturbs nobody else.
 */
import { parseEther } from 'viem'
import { newId } from '../../src/lib/ids'
import { sql } from '../support/db'
import { startRedisServer, type RedisServer } from '../support/servers'
import { startStack, waitFor, type Stack } from '../support/stack'
import { startReceiver, type WebhookReceiver } from '../support/webhookReceiver'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'

const FAST = {
  WEBHOOK_RETRY_SCHEDULE: '300ms,300ms,500ms,500ms,1s,1s,2s,2s,3s',
  WEBHOOK_TIMEOUT_SECONDS: '2',
  WEBHOOK_RELAY_INTERVAL_MS: '50',
  WEBHOOK_RECONCILE_SECONDS: '1',
}

async function emit(dbUrl: string, type: string, data: Record<string, unknown>): Promise<string> {
  const id = newId()
  await sql(dbUrl, 'INSERT INTO events (id, type, data) VALUES ($1, $2, $3)', [id, type, JSON.stringify(data)])
  return id
}

describe('a worker killed between the business change and the enqueue', () => {
  let s: Stack
  let proc: WorkerProcess | null = null
  let receiver: WebhookReceiver

  beforeAll(async () => {
    s = await startStack({ workers: false, env: FAST })
    receiver = await startReceiver()
  })
  afterAll(async () => {
    await proc?.kill()
    await receiver?.close()
    await s?.stop()
  })

  test('events committed while no relay runs, or while it dies mid-burst, are all delivered after restart', async () => {
    const ep = (await s.call('POST', '/v1/webhook-endpoints', { url: receiver.url })).body
    receiver.mustVerifyWith = [ep.secret]
    const wallet = (await s.call('POST', '/v1/wallets', { label: 'crash' })).body
    proc = spawnWorkers(s.env)
    // the chain follower starts at the head: let it record where it starts before the deposit
    await waitFor('chain cursor', async () => (await sql(s.db.url, 'SELECT block_number FROM chain_cursors')).length > 0, 30_000)
    await s.fund(wallet.hotAddress, parseEther('5'))
    await waitFor('deposit.confirmed delivered', async () => receiver.delivered().some((w) => w.json.type === 'deposit.confirmed'), 60_000).catch((e) => {
      throw new Error(`${e.message}\n${proc!.output().slice(-3000)}`)
    })

    // The worker dies; the business change commits its event; nothing enqueues it.
    await proc.kill('SIGKILL')
    const w = await s.call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: parseEther('1').toString() }, { 'Idempotency-Key': 'crash-1' })
    expect(w.status).toBe(201)
    const [queued] = await sql<{ id: string; relay_seq: string | null }>(s.db.url, "SELECT id, relay_seq FROM events WHERE type = 'withdrawal.queued'")
    expect(queued!.relay_seq).toBeNull()

    // A burst, and the restarted worker is killed again while relaying and delivering it.
    const burst: string[] = []
    for (let i = 0; i < 150; i++) burst.push(await emit(s.db.url, 'withdrawal.stuck', { n: i }))
    proc = spawnWorkers(s.env)
    await waitFor('part of the burst delivered', async () => (receiver.delivered().filter((x) => x.json.type === 'withdrawal.stuck').length >= 20 ? true : null), 60_000, 5)
    await proc.kill('SIGKILL')
    const [partial] = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM webhook_deliveries WHERE status <> 'delivered'")
    for (let i = 150; i < 200; i++) burst.push(await emit(s.db.url, 'withdrawal.stuck', { n: i }))

    proc = spawnWorkers(s.env)
    await waitFor('the withdrawal confirmed and delivered', async () => (receiver.delivered().some((x) => x.json.type === 'withdrawal.confirmed') ? true : null), 90_000)
    await waitFor('the whole burst delivered', async () => {
      const got = new Set(receiver.delivered().map((x) => x.id))
      return burst.every((id) => got.has(id)) ? true : null
    }, 90_000)
    expect(partial!.n).toBeGreaterThan(0)
    expect(receiver.verifyErrors).toEqual([])
    const delivered = receiver.delivered()
    const types = delivered.filter((x) => x.json.data.id === w.body.id).map((x) => x.json.type)
    expect(new Set(types)).toEqual(new Set(['withdrawal.queued', 'withdrawal.submitted', 'withdrawal.mined', 'withdrawal.confirmed']))
    expect(delivered.find((x) => x.json.type === 'withdrawal.queued')!.id).toBe(queued!.id)
    // the last answers may still be being recorded
    // (a delivery answered just before the kill but not recorded is sent again once its job's lock lapses)
    await waitFor('every delivery recorded as delivered', async () => ((await sql(s.db.url, "SELECT id FROM webhook_deliveries WHERE status <> 'delivered'")).length === 0 ? true : null), 60_000)
    // every event was published exactly once, in one gapless sequence
    const seqs = await sql<{ relay_seq: string }>(s.db.url, 'SELECT relay_seq FROM events ORDER BY relay_seq')
    expect(seqs.every((r, i) => i === 0 || BigInt(r.relay_seq) === BigInt(seqs[i - 1]!.relay_seq) + 1n)).toBe(true)
  })
})

describe('Redis killed', () => {
  let redis: RedisServer
  let s: Stack
  let receiver: WebhookReceiver

  beforeAll(async () => {
    redis = await startRedisServer()
    s = await startStack({ env: { ...FAST, REDIS_URL: redis.url } })
    // (the queues report the outage as 'error' events; without a listener BullMQ prints each one)
    for (const q of [s.rt.queues.submit, s.rt.queues.chain, s.rt.queues.webhooks]) q.on('error', () => undefined)
    receiver = await startReceiver()
  })
  afterAll(async () => {
    await receiver?.close()
    await s?.stop()
    await redis?.kill()
  })

  test('deliveries waiting for a retry, and events committed while Redis is down, all arrive once it is back (empty)', async () => {
    const ep = (await s.call('POST', '/v1/webhook-endpoints', { url: receiver.url, eventTypes: ['withdrawal.stuck'] })).body
    receiver.mustVerifyWith = [ep.secret]
    receiver.respond = () => ({ status: 503 })
    const before: string[] = []
    for (let i = 0; i < 20; i++) before.push(await emit(s.db.url, 'withdrawal.stuck', { n: i }))
    await waitFor('every delivery tried and waiting for a retry', async () => {
      const [r] = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM webhook_deliveries WHERE status = 'pending' AND attempt_count >= 1")
      return r!.n === 20 ? true : null
    })
    const delayed = await s.rt.queues.webhooks.getDelayedCount()
    expect(delayed).toBeGreaterThan(0)

    await redis.kill()
    const during: string[] = []
    for (let i = 0; i < 20; i++) during.push(await emit(s.db.url, 'withdrawal.stuck', { n: 100 + i }))
    await new Promise((r) => setTimeout(r, 1500))
    receiver.respond = () => ({ status: 200 })
    await redis.start()

    await waitFor('all 40 events delivered', async () => {
      const got = new Set(receiver.delivered().map((x) => x.id))
      return [...before, ...during].every((id) => got.has(id)) ? true : null
    }, 90_000)
    expect(receiver.verifyErrors).toEqual([])
    const [r] = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM webhook_deliveries WHERE status <> 'delivered'")
    expect(r!.n).toBe(0)
    // once per success: no event was answered 2xx twice
    const ok = receiver.delivered().map((x) => x.id)
    expect(new Set(ok).size).toBe(ok.length)
    // the retries that were waiting in the lost Redis came back from Postgres
    expect(s.logs.text()).toContain('overdue webhook deliveries re-enqueued from Postgres')
  })
})

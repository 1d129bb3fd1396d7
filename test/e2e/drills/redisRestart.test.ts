/**
 * Drill: Redis killed (SIGKILL, no persistence: every queued, delayed and repeatable job is lost) in the
 * middle of a load of withdrawals, deposits and webhook deliveries, and started again empty on the same
 * port a few seconds later. The workers rebuild the queues from Postgres (src/domain/pipeline/
 * reconcileQueues.ts, the webhook relay's reconcile); afterwards every withdrawal is confirmed once,
 * every deposit credited once, every event delivered, the ledger holds and a reconciliation matches.
 */
import { startDrill, type Drill } from '../../support/drills'
import { waitFor } from '../../support/stack'
import { startRedisServer, type RedisServer } from '../../support/servers'

jest.setTimeout(300_000)

let redis: RedisServer
let d: Drill
beforeAll(async () => {
  redis = await startRedisServer()
  d = await startDrill({ stack: { env: { REDIS_URL: redis.url } }, wallets: 3 })
})
afterAll(async () => {
  await d?.stop()
  await redis?.kill()
})

test('Redis restarted empty mid-load: nothing lost, nothing doubled', async () => {
  // watch the workers' output for the rebuild (their kept output is a bounded tail, which later logs may push it out of)
  const MESSAGE = 'queues reconciled from Postgres after Redis lost them'
  let rebuilt = false
  for (const w of d.workers) {
    let tail = ''
    w.child.stdout!.on('data', (c: Buffer) => {
      tail = (tail + c.toString()).slice(-(MESSAGE.length + 65_536))
      if (tail.includes(MESSAGE)) rebuilt = true
    })
  }
  const load = d.load({ withdrawals: 120, deposits: 30, overMs: 30_000 })
  // the fault strikes once a third of the withdrawals went through, while the rest are still coming
  await waitFor('a third of the load accepted', async () => d.withdrawals.length >= 40, 120_000, 100)
  const queuedBefore = d.withdrawals.length
  await redis.kill()
  await new Promise((r) => setTimeout(r, 5_000))
  await redis.start()
  await load
  // the outage fell in the middle of the load, and every request was eventually accepted
  expect(queuedBefore).toBeLessThan(120)
  expect(d.withdrawals).toHaveLength(120)
  await d.expectSettled()
  // the workers noticed the loss and rebuilt the queues from Postgres
  expect(rebuilt).toBe(true)
})

/**
 * Drill: two worker processes; one of them is SIGKILLed every 3 seconds and started again, while 500
 * withdrawals from five hot addresses (plus deposits and webhook deliveries) go through. Jobs can die at any
 * point (while signing, between commit and broadcast, between broadcast and its record, mid-delivery);
 * afterwards every withdrawal is confirmed exactly once with gapless nonces, every deposit credited once,
 * every event delivered, the ledger holds and a reconciliation matches.
 */
import { sql } from '../../support/db'
import { startDrill, WORKER_ENV, type Drill } from '../../support/drills'
import { spawnWorkers } from '../../support/workerProcess'

jest.setTimeout(400_000)

const N = 500
const KILL_EVERY_MS = 3_000

let d: Drill
beforeAll(async () => {
  d = await startDrill({ wallets: 5, fundEth: '20' })
})
afterAll(async () => {
  await d?.stop()
})

test(`a worker SIGKILLed every ${KILL_EVERY_MS / 1000} s during ${N} withdrawals: each confirmed exactly once`, async () => {
  let kills = 0
  const confirmed = async () => (await sql<{ n: number }>(d.s.db.url, "SELECT count(*)::int n FROM withdrawals WHERE kind = 'withdrawal' AND status = 'confirmed'"))[0]!.n
  // kills until every withdrawal is through (or its time is up; the settle below then fails if not)
  const killer = (async () => {
    const stopAt = Date.now() + 150_000
    while (Date.now() < stopAt && (await confirmed()) < N) {
      await new Promise((r) => setTimeout(r, KILL_EVERY_MS))
      await d.workers[0]!.kill('SIGKILL')
      kills++
      d.workers[0] = spawnWorkers({ ...d.s.env, ...WORKER_ENV })
    }
  })()
  await d.load({ withdrawals: N, deposits: 50, overMs: 40_000, concurrency: 24 })
  await killer
  expect(kills).toBeGreaterThanOrEqual(10)
  expect(d.withdrawals).toHaveLength(N)
  await d.expectSettled(180_000)
})

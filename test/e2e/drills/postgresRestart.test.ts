/**
 * Drill: the Postgres server crashes (`pg_ctl stop -m immediate`: every backend killed at once, recovery
 * from WAL at the next start) in the middle of a load of withdrawals, deposits and webhook deliveries,
 * and comes back on the same port a few seconds later. The drill runs its own cluster (initdb into a
 * temporary directory), so the shared server is not touched. Requests that fail meanwhile are retried
 * by the client with the same Idempotency-Key; afterwards every withdrawal is confirmed once, every
 * deposit credited once, every event delivered, the ledger holds and a reconciliation matches.
 */
import { startDrill, type Drill } from '../../support/drills'
import { waitFor } from '../../support/stack'
import { startPgCluster, type PgCluster } from '../../support/servers'

jest.setTimeout(300_000)

let pg: PgCluster
let d: Drill
beforeAll(async () => {
  pg = await startPgCluster()
  d = await startDrill({ stack: { pgBase: pg.base }, wallets: 3 })
})
afterAll(async () => {
  await d?.stop()
  await pg?.destroy()
})

test('Postgres crashed and restarted mid-load: nothing lost, nothing doubled', async () => {
  const load = d.load({ withdrawals: 120, deposits: 30, overMs: 30_000 })
  // the fault strikes once a third of the withdrawals went through, while the rest are still coming
  await waitFor('a third of the load accepted', async () => d.withdrawals.length >= 40, 120_000, 100)
  const before = d.withdrawals.length
  await pg.crash()
  await new Promise((r) => setTimeout(r, 5_000))
  await pg.start()
  await load
  // the crash fell in the middle of the load, clients had to retry requests across it, and every one was accepted
  expect(before).toBeLessThan(120)
  expect(d.withdrawals).toHaveLength(120)
  expect(d.retried).toBeGreaterThan(0)
  await d.expectSettled()
})

/**
 * Drill: the only RPC node becomes unreachable (connection refused) for a minute in the middle of a load
 * of withdrawals, deposits and webhook deliveries, then comes back. The service talks to anvil through
 * test/support/rpcProxy.ts, which goes down and up; the test itself funds deposits straight at anvil,
 * so deposits keep landing on chain during the outage. While the node is away no withdrawal may be
 * marked failed (its signed attempt could still be mined); afterwards every withdrawal is confirmed once,
 * every deposit credited once, every event delivered, the ledger holds and a reconciliation matches.
 */
import { sql } from '../../support/db'
import { startDrill, type Drill } from '../../support/drills'
import { waitFor } from '../../support/stack'
import { startRpcProxy, type RpcProxy } from '../../support/rpcProxy'
import { startAnvil, type AnvilNode } from '../../../src/dev/anvil'

jest.setTimeout(330_000)

const OUTAGE_MS = 60_000

let anvil: AnvilNode
let proxy: RpcProxy
let d: Drill
beforeAll(async () => {
  anvil = await startAnvil({ blockTime: 1 })
  proxy = await startRpcProxy(anvil.url)
  d = await startDrill({ stack: { rpcUrl: proxy.url }, directRpcUrl: anvil.url, wallets: 3 })
})
afterAll(async () => {
  await d?.stop()
  await proxy?.close()
  await anvil?.stop()
})

test('the RPC node down for a minute mid-load: no withdrawal failed, everything settles', async () => {
  const load = d.load({ withdrawals: 120, deposits: 30, overMs: 80_000 })
  // the node goes away once a quarter of the withdrawals went through, while the rest are still coming
  await waitFor('a quarter of the load accepted', async () => d.withdrawals.length >= 30, 120_000, 100)
  const before = d.withdrawals.length
  const callsBefore = [...proxy.calls.values()].reduce((a, b) => a + b, 0)
  await proxy.down()
  const failedDuring: unknown[] = []
  const until = Date.now() + OUTAGE_MS
  while (Date.now() < until) {
    failedDuring.push(...(await sql(d.s.db.url, "SELECT id, status_reason FROM withdrawals WHERE status = 'failed'")))
    await new Promise((r) => setTimeout(r, 1000))
  }
  const blockedCalls = [...proxy.calls.values()].reduce((a, b) => a + b, 0) - callsBefore
  const sendsBeforeUp = proxy.calls.get('eth_sendRawTransaction') ?? 0
  await proxy.up()
  await load
  expect(failedDuring).toEqual([])
  // the node really was unreachable: nothing got through while it was down
  expect(blockedCalls).toBe(0)
  expect(before).toBeLessThan(120)
  expect(d.withdrawals).toHaveLength(120)
  await d.expectSettled()
  // and the service broadcast through it again afterwards
  expect(proxy.calls.get('eth_sendRawTransaction') ?? 0).toBeGreaterThan(sendsBeforeUp)
})

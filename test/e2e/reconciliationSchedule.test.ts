/**
 * The scheduled reconciliation: the workers run it on RECONCILIATION_CRON (here every two seconds) for
 * every chain; a run that finds a difference is `mismatched` and puts a `reconciliation.mismatch` event
 * in the outbox, and once an operator books the difference the next scheduled run matches again.
 */
import { parseEther } from 'viem'
import { sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { startStack, waitFor, type Stack } from '../support/stack'

let s: Stack
beforeAll(async () => {
  s = await startStack({ env: { RECONCILIATION_CRON: '*/2 * * * * *' } })
})
afterAll(async () => {
  try {
    if (s) await expectLedgerInvariants(s)
  } finally {
    await s?.stop()
  }
})

type Run = { id: string; status: string; trigger: string; blockNumber: string; createdAt: string }

async function nextScheduledRun(after: string, status: string): Promise<Run> {
  return waitFor(`a scheduled run ${status} after ${after}`, async () => {
    const runs = (await s.call('GET', '/v1/reconciliations?chainId=31337&limit=50')).body.data as Run[]
    return runs.find((r) => r.trigger === 'schedule' && r.createdAt > after && r.status === status) ?? null
  }, 60_000, 250)
}

test('a scheduled run reports a difference with an outbox event, and matches again after an adjustment', async () => {
  const wallet = (await s.call('POST', '/v1/wallets', { label: 'scheduled' })).body
  await s.fund(wallet.hotAddress, parseEther('1'))
  await waitFor('deposit confirmed', async () => (await s.call('GET', `/v1/deposits?walletId=${wallet.id}&status=confirmed`)).body.data.length === 1)
  const t0 = new Date().toISOString()
  await nextScheduledRun(t0, 'matched')

  // Value appears at the hot address without any transaction the follower could see.
  await s.chain.setBalance({ address: wallet.hotAddress, value: parseEther('1.5') })
  await s.chain.mine({ blocks: 1 })
  const changed = await s.chain.getBlockNumber()
  const t1 = new Date().toISOString()
  const run = await waitFor('a mismatched scheduled run at or after the change', async () => {
    const r = await nextScheduledRun(t1, 'mismatched')
    return BigInt(r.blockNumber) >= changed ? r : null
  }, 60_000)
  const report = (await s.call('GET', `/v1/reconciliations/${run.id}`)).body
  expect(report.mismatches).toEqual([expect.objectContaining({ address: wallet.hotAddress, difference: parseEther('0.5').toString(), likelyCause: 'unbooked_inbound_transfer' })])
  // anvil_setBalance rewrites the state of the block that was the head then, which bisection finds
  expect(BigInt(report.mismatches[0].firstSeenBlock)).toBeLessThanOrEqual(changed)
  const events = await sql<{ data: { id: string } }>(s.db.url, "SELECT data FROM events WHERE type = 'reconciliation.mismatch'")
  expect(events.map((e) => e.data.id)).toContain(run.id)

  const hot = (await s.call('GET', `/v1/ledger/accounts?address=${wallet.hotAddress}`)).body.data[0]
  const adj = await s.call('POST', '/v1/ledger/adjustments', { accountId: hot.id, amount: parseEther('0.5').toString(), counterpart: 'equity', reason: 'treasury top-up outside the service', reconciliationId: run.id }, { 'Idempotency-Key': 'sched-adj' })
  expect(adj.status).toBe(201)
  const t2 = new Date().toISOString()
  await nextScheduledRun(t2, 'matched')
})

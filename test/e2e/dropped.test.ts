/**
 * A transaction that disappears from the node's pool (anvil_dropTransaction) is re-sent as is (same
 * raw bytes, same hash) and mined once.
 */
import { parseEther } from 'viem'
import { sql } from '../support/db'
import { fundedWallet, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, waitFor, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
beforeAll(async () => {
  s = await startStack({ chain: { pollIntervalMs: 100, fees: { bumpAfterBlocks: 50, bumpAfterSeconds: 3600, rebroadcastAfterSeconds: 1 } } })
})
afterAll(async () => {
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

test('a dropped transaction is rebroadcast with the same bytes and mined', async () => {
  const w = await fundedWallet(s, '5')
  await s.chain.setAutomine(false)
  const { id } = await withdraw(s, w.id, parseEther('1'))
  const sub = await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')
  const hash = sub.attempts[0].txHash
  await s.chain.getTransaction({ hash })
  await s.chain.dropTransaction({ hash })
  await expect(s.chain.getTransaction({ hash })).rejects.toThrow(/could not be found/)

  await waitFor('the attempt back in the pool', () => s.chain.getTransaction({ hash }).then(() => true, () => false), 30_000, 200)
  await s.chain.mine({ blocks: 1 })
  const done = await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed')
  expect(done.attempts).toHaveLength(1)
  expect(done.attempts[0]).toMatchObject({ txHash: hash, status: 'mined' })
  expect(done.attempts[0].broadcastCount).toBeGreaterThanOrEqual(2)
  const logs = s.logs.text()
  expect(logs).toContain('missing from the node pool')
  expect((await sql(s.db.url, 'SELECT id FROM tx_attempts')).length).toBe(1)
})

/**
 * A reorg under the confirmation depth takes a mined withdrawal's block away: the withdrawal goes back
 * to tracking, its transaction is re-sent, mined again, and confirmed (and booked) exactly once.
 */
import { parseEther } from 'viem'
import { sql } from '../support/db'
import { entriesOf, eventTypes, expectLedgerMatchesChain, fundedWallet, RECIPIENT, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
beforeAll(async () => {
  s = await startStack({ chain: { pollIntervalMs: 100, confirmations: 4, fees: { bumpAfterBlocks: 100, bumpAfterSeconds: 3600, rebroadcastAfterSeconds: 1 } } })
})
afterAll(async () => {
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

test('a mined withdrawal reorged out before its confirmation depth still confirms exactly once', async () => {
  const w = await fundedWallet(s, '10', true)
  await s.chain.setAutomine(false)
  const recipientBefore = await s.chain.getBalance({ address: RECIPIENT })
  const { id } = await withdraw(s, w.id, parseEther('1'))
  await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')
  await s.chain.mine({ blocks: 1 })
  const mined = await waitWithdrawal(s, id, 'mined', (x) => x.status === 'mined')
  const firstBlock = BigInt(mined.blockNumber)
  await s.chain.mine({ blocks: 1 })
  await new Promise((r) => setTimeout(r, 500))
  expect((await waitWithdrawal(s, id, 'still mined', (x) => x.status === 'mined')).confirmedAt).toBeNull()

  // Replace the last 3 blocks (the withdrawal's included) with empty ones.
  await s.chain.request({ method: 'anvil_reorg' as never, params: [3, []] as never })
  await s.chain.mine({ blocks: 1 })
  const back = await waitWithdrawal(s, id, 'back to submitted', (x) => x.status === 'submitted')
  expect(back.blockNumber).toBeNull()

  const done = await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed', { tick: () => s.chain.mine({ blocks: 1 }) })
  expect(BigInt(done.blockNumber)).toBeGreaterThan(firstBlock - 1n)
  expect(await s.chain.getBalance({ address: RECIPIENT })).toBe(recipientBefore + parseEther('1'))
  expect(await entriesOf(s, id)).toEqual([
    { kind: 'hold', event: 'withdrawal.hold' },
    { kind: 'post', event: 'withdrawal.post' },
    { kind: 'standard', event: 'network_fee' },
  ])
  const types = await eventTypes(s, id)
  expect(types.filter((t) => t === 'withdrawal.mined')).toHaveLength(2)
  expect(types.filter((t) => t === 'withdrawal.confirmed')).toHaveLength(1)
  expect(types[types.length - 1]).toBe('withdrawal.confirmed')
  const mineds = await sql(s.db.url, "SELECT id FROM tx_attempts WHERE withdrawal_id = $1 AND status = 'mined'", [id])
  expect(mineds).toHaveLength(1)
  await expectLedgerMatchesChain(s, w.hotAddress)
})

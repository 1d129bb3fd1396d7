/**
 * Fee cap reached: the withdrawal reports `stuck` with an event instead of waiting silently; a cancel
 * (0-value self-send) may exceed the cap and gets through; the withdrawal ends `cancelled`, the hold is
 * released and only the gas is booked.
 */
import { parseEther, parseGwei } from 'viem'
import { sql } from '../support/db'
import { eventTypes, expectLedgerMatchesChain, feeBooked, fundedWallet, RECIPIENT, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
const CAP = parseGwei('20')
beforeAll(async () => {
  s = await startStack({ chain: { pollIntervalMs: 100, fees: { maxFeePerGasCap: CAP.toString(), bumpAfterBlocks: 2, bumpAfterSeconds: 3600, rebroadcastAfterSeconds: 1 } } })
})
afterAll(async () => {
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

const spikeAndMine = async () => {
  await s.chain.setNextBlockBaseFeePerGas({ baseFeePerGas: parseGwei('100') })
  await s.chain.mine({ blocks: 1 })
}

test('at the fee cap the withdrawal is flagged stuck with an event, and a cancel above the cap gets through', async () => {
  const w = await fundedWallet(s, '10')
  await s.chain.setAutomine(false)
  const recipientBefore = await s.chain.getBalance({ address: RECIPIENT })
  const { id } = await withdraw(s, w.id, parseEther('1'))
  await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')

  const stuck = await waitWithdrawal(s, id, 'stuck', (x) => x.stuck === true, { tick: spikeAndMine })
  expect(stuck.status).toBe('submitted')
  expect(stuck.attempts.every((a: { maxFeePerGas: string }) => BigInt(a.maxFeePerGas) <= CAP)).toBe(true)
  expect(await eventTypes(s, id)).toContain('withdrawal.stuck')
  expect((await sql(s.db.url, "SELECT id FROM events WHERE type = 'withdrawal.stuck'")).length).toBe(1)
  const speed = await s.call('POST', `/v1/withdrawals/${id}/speed-up`)
  expect(speed.status).toBe(409)
  expect(speed.body).toMatchObject({ code: 'invalid_state', stuck: true })

  const cancel = await s.call('POST', `/v1/withdrawals/${id}/cancel`)
  expect(cancel.status).toBe(202)
  expect(cancel.body.cancelRequestedAt).not.toBeNull()

  const done = await waitWithdrawal(s, id, 'cancelled', (x) => x.status === 'cancelled', { tick: spikeAndMine })
  const mined = done.attempts.find((a: { status: string }) => a.status === 'mined')
  expect(mined.kind).toBe('cancel')
  expect(BigInt(mined.maxFeePerGas)).toBeGreaterThan(CAP)
  const tx = await s.chain.getTransaction({ hash: mined.txHash })
  expect(tx.to?.toLowerCase()).toBe(w.hotAddress.toLowerCase())
  expect(tx.value).toBe(0n)
  expect(await s.chain.getBalance({ address: RECIPIENT })).toBe(recipientBefore)
  // the customer is not charged: the hold is released; the gas of the cancel is the business's expense
  const bal = (await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data[0]
  expect(bal).toEqual({ asset: '31337:native', available: parseEther('10').toString(), pending: '0', total: parseEther('10').toString() })
  const receipt = await s.chain.getTransactionReceipt({ hash: mined.txHash })
  expect(await feeBooked(s, id)).toBe(receipt.gasUsed * receipt.effectiveGasPrice)
  expect(await eventTypes(s, id)).toEqual(expect.arrayContaining(['withdrawal.stuck', 'withdrawal.mined', 'withdrawal.cancelled']))
  await expectLedgerMatchesChain(s, w.hotAddress)
})

test('a withdrawal not yet signed is cancelled at once and its hold released', async () => {
  const w = await fundedWallet(s, '1', true)
  await s.stopWorkers()
  const { id } = await withdraw(s, w.id, parseEther('0.5'))
  expect((await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data[0].available).toBe(parseEther('0.5').toString())
  const r = await s.call('POST', `/v1/withdrawals/${id}/cancel`)
  expect(r.status).toBe(202)
  expect(r.body.status).toBe('cancelled')
  expect((await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data[0].available).toBe(parseEther('1').toString())
  const again = await s.call('POST', `/v1/withdrawals/${id}/cancel`)
  expect(again.body.status).toBe('cancelled')
  await s.startWorkers()
  await new Promise((r) => setTimeout(r, 1000))
  expect((await s.call('GET', `/v1/withdrawals/${id}`)).body).toMatchObject({ status: 'cancelled', nonce: null, attempts: [] })
  expect(await eventTypes(s, id)).toEqual(['withdrawal.queued', 'withdrawal.cancelled'])
})

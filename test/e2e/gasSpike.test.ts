/**
 * Gas spike on a real node: the base fee jumps above the attempt's maxFeePerGas, anvil drops the
 * transaction and refuses its raw bytes (-32003); the service re-signs the same nonce at market fees
 * and the withdrawal is mined exactly once, with the fee actually paid booked.
 */
import { parseEther, parseGwei } from 'viem'
import { sql } from '../support/db'
import { entriesOf, eventTypes, expectLedgerMatchesChain, feeBooked, fundedWallet, RECIPIENT, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
// no replacement interval: the test mines a block per poll, and the base fee decays 12.5 % per empty block
// while a re-sign would wait (the interval has its own tests in replacementBounds.test.ts)
beforeAll(async () => {
  s = await startStack({ chain: { pollIntervalMs: 100, fees: { bumpAfterBlocks: 3, bumpAfterSeconds: 3600, rebroadcastAfterSeconds: 1, minReplacementIntervalSeconds: 0 } } })
})
afterAll(async () => {
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

test('a gas spike is ridden out by re-signing the same nonce; exactly one attempt is mined', async () => {
  const w = await fundedWallet(s, '10')
  await s.chain.setAutomine(false)
  const before = await s.chain.getBalance({ address: RECIPIENT })
  const { id } = await withdraw(s, w.id, parseEther('1'))
  const submitted = await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')
  const first = submitted.attempts[0]
  expect(BigInt(first.maxFeePerGas)).toBeLessThan(parseGwei('10'))

  // The next block's base fee is far above what the attempt pays: anvil drops it from its pool.
  await s.chain.setNextBlockBaseFeePerGas({ baseFeePerGas: parseGwei('100') })
  await s.chain.mine({ blocks: 1 })
  await expect(s.chain.getTransaction({ hash: first.txHash })).rejects.toThrow(/could not be found/)

  const done = await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed', {
    tick: async () => {
      await s.chain.mine({ blocks: 1 })
    },
  })

  const mined = done.attempts.filter((a: { status: string }) => a.status === 'mined')
  expect(mined).toHaveLength(1)
  expect(done.attempts.length).toBeGreaterThanOrEqual(2)
  expect(new Set(done.attempts.map((a: { nonce: string }) => a.nonce))).toEqual(new Set([first.nonce]))
  expect(BigInt(mined[0].maxFeePerGas)).toBeGreaterThan(parseGwei('80'))
  expect(done.txHash).toBe(mined[0].txHash)
  // exactly one transfer on chain
  expect(await s.chain.getBalance({ address: RECIPIENT })).toBe(before + parseEther('1'))
  expect(await s.chain.getTransactionCount({ address: w.hotAddress })).toBe(Number(first.nonce) + 1)
  // the ledger books the fee actually paid by the mined attempt
  const receipt = await s.chain.getTransactionReceipt({ hash: mined[0].txHash })
  expect(await feeBooked(s, id)).toBe(receipt.gasUsed * receipt.effectiveGasPrice)
  expect(done.networkFee).toBe((receipt.gasUsed * receipt.effectiveGasPrice).toString())
  expect(await entriesOf(s, id)).toEqual([
    { kind: 'hold', event: 'withdrawal.hold' },
    { kind: 'post', event: 'withdrawal.post' },
    { kind: 'standard', event: 'network_fee' },
  ])
  expect(await eventTypes(s, id)).toEqual(['withdrawal.queued', 'withdrawal.submitted', 'withdrawal.mined', 'withdrawal.confirmed'])
  const replaced = await sql(s.db.url, "SELECT id FROM tx_attempts WHERE withdrawal_id = $1 AND status = 'replaced'", [id])
  expect(replaced.length).toBe(done.attempts.length - 1)
  await expectLedgerMatchesChain(s, w.hotAddress)
})

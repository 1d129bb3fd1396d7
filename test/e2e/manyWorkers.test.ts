/**
 * Four worker processes on the same queues, 200 withdrawals from two hot addresses created
 * concurrently: every withdrawal is mined once, nonces are consecutive per address, no transfer is
 * duplicated on chain, and the ledger equals the chain.
 */
import { parseEther, type Address } from 'viem'
import { sql } from '../support/db'
import { expectLedgerMatchesChain, fundedWallet, withdraw } from '../support/pipeline'
import { startStack, waitFor, type Stack } from '../support/stack'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
const procs: WorkerProcess[] = []
beforeAll(async () => {
  s = await startStack({ anvil: { blockTime: 1 }, chain: { pollIntervalMs: 200 } })
})
afterAll(async () => {
  await Promise.all(procs.map((p) => p.kill()))
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

test('4 worker processes, 200 concurrent withdrawals from 2 hot addresses', async () => {
  const wallets = [await fundedWallet(s, '100'), await fundedWallet(s, '100')]
  await s.stopWorkers()
  const recipients: Address[] = ['0x90F79bf6EB2c4f870365E785982E1f101E93b906', '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65']
  const before = await Promise.all(recipients.map((r) => s.chain.getBalance({ address: r })))
  for (let i = 0; i < 4; i++) procs.push(spawnWorkers({ ...s.env, WORKER_CONCURRENCY: '4', DATABASE_POOL_SIZE: '6', SUBMIT_BATCH_SIZE: '20' }))

  const jobs = Array.from({ length: 200 }, (_, i) => ({ wallet: wallets[i % 2]!, to: recipients[i % 2]!, amount: parseEther('0.01') + BigInt(i) }))
  const ids = await Promise.all(jobs.map((j) => withdraw(s, j.wallet.id, j.amount, j.to).then((r) => r.id)))

  await waitFor('200 withdrawals confirmed', async () => {
    const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM withdrawals WHERE kind = 'withdrawal' AND status = 'confirmed'", [])
    return r[0]!.n === 200
  }, 180_000, 500)

  for (const [i, w] of wallets.entries()) {
    const rows = await sql<{ nonce: string; tx_hash: string; amount: string }>(s.db.url, "SELECT nonce, tx_hash, amount::text FROM withdrawals WHERE wallet_id = $1 AND kind = 'withdrawal' ORDER BY nonce", [w.id])
    expect(rows).toHaveLength(100)
    expect(rows.map((r) => Number(r.nonce))).toEqual(Array.from({ length: 100 }, (_, k) => k))
    expect(await s.chain.getTransactionCount({ address: w.hotAddress })).toBe(100)
    expect(new Set(rows.map((r) => r.tx_hash)).size).toBe(100)
    const sent = rows.reduce((a, r) => a + BigInt(r.amount), 0n)
    expect(await s.chain.getBalance({ address: recipients[i]! })).toBe(before[i]! + sent)
    await expectLedgerMatchesChain(s, w.hotAddress)
  }
  const minedPerWithdrawal = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM tx_attempts WHERE status = 'mined' GROUP BY withdrawal_id HAVING count(*) <> 1")
  expect(minedPerWithdrawal).toEqual([])
  expect(ids).toHaveLength(200)
})

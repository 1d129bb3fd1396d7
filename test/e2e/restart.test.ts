/**
 * A deposit survives a worker crash mid-watch and is credited exactly once: the chain cursor, the
 * detected deposits and their events commit together, block by block.
 */
import { parseEther, type Address } from 'viem'
import { sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { startStack, waitFor, type Stack } from '../support/stack'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'

let s: Stack
let proc: WorkerProcess | null = null

beforeAll(async () => {
  s = await startStack({ workers: false })
})
afterAll(async () => {
  await proc?.kill()
  try {
    if (s) await expectLedgerInvariants(s)
  } finally {
    await s?.stop()
  }
})

async function cursor(): Promise<bigint | null> {
  const [r] = await sql<{ block_number: string }>(s.db.url, 'SELECT block_number FROM chain_cursors')
  return r ? BigInt(r.block_number) : null
}

test('a worker killed (SIGKILL) while catching up misses and double-counts nothing', async () => {
  const w = (await s.call('POST', '/v1/wallets', { label: 'restart' })).body
  const addrs: string[] = []
  for (let i = 0; i < 3; i++) addrs.push((await s.call('POST', `/v1/wallets/${w.id}/addresses`, {})).body.address)

  // The follower starts at the head: start it once so it records its cursor, then stop it.
  const env = { ...s.env, CHAINS: JSON.stringify([{ chainId: 31337, name: 'anvil', rpcUrls: [s.anvil!.url], confirmations: 2, pollIntervalMs: 100, maxBlocksPerRun: 2 }]) }
  proc = spawnWorkers(env)
  const start = await waitFor('cursor created', cursor, 30_000).catch((e) => { throw new Error(e.message + '\n' + proc!.output().slice(-3000)) })
  await proc.kill('SIGTERM')

  // While no worker runs: 12 deposits spread over ~40 blocks.
  const sent: { hash: string; to: string; amount: bigint }[] = []
  for (let i = 0; i < 12; i++) {
    const to = i % 4 === 3 ? w.hotAddress : addrs[i % 3]!
    const amount = parseEther('0.01') * BigInt(i + 1)
    sent.push({ hash: await s.fund(to, amount), to, amount })
    await s.chain.mine({ blocks: 3 })
  }
  const head = await s.chain.getBlockNumber()
  expect(head - start).toBeGreaterThan(30n)

  // Catch up with small batches, and kill the worker half-way.
  proc = spawnWorkers(env)
  await waitFor('cursor half-way', async () => {
    const c = await cursor()
    return c !== null && c > start + (head - start) / 2n
  }, 60_000, 20)
  await proc.kill('SIGKILL')
  const atKill = (await cursor())!
  expect(atKill).toBeLessThan(head)
  const creditedAtKill = await sql(s.db.url, "SELECT id FROM journal_entries WHERE event = 'deposit.credit'")
  expect(creditedAtKill.length).toBeLessThan(12)

  // Restart: everything is credited exactly once.
  proc = spawnWorkers(env)
  await s.chain.mine({ blocks: 2 })
  await waitFor('12 confirmed deposits', async () => {
    const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM deposits WHERE status = 'confirmed'")
    return r[0]!.n === 12
  }, 60_000)

  const deposits = await sql<{ tx_hash: string; amount: string; status: string; credit_entry_id: string }>(s.db.url, 'SELECT tx_hash, amount::text, status, credit_entry_id FROM deposits')
  expect(deposits).toHaveLength(12)
  expect(deposits.map((d) => d.tx_hash).sort()).toEqual(sent.map((x) => x.hash).sort())
  const credits = await sql<{ ref_id: string }>(s.db.url, "SELECT ref_id FROM journal_entries WHERE event = 'deposit.credit'")
  expect(credits).toHaveLength(12)
  expect(new Set(credits.map((c) => c.ref_id)).size).toBe(12)
  const detectedEvents = await sql(s.db.url, "SELECT id FROM events WHERE type = 'deposit.detected'")
  expect(detectedEvents).toHaveLength(12)
  const total = sent.reduce((a, x) => a + x.amount, 0n)
  const bal = (await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data[0]
  expect(bal.total).toBe(total.toString())
  for (const a of [...addrs, w.hotAddress]) {
    const acc = (await s.call('GET', `/v1/ledger/accounts?address=${a}`)).body.data[0]
    expect(acc.balances.posted).toBe((await s.chain.getBalance({ address: a as Address })).toString())
  }
})

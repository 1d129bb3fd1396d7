/**
 * The deposit watcher against a node with limits, and across a crash:
 *  - the node (a JSON-RPC proxy in front of anvil) refuses `eth_getLogs` over more than 4 blocks: the
 *    watcher splits its ranges and still finds every token deposit, exactly once;
 *  - a worker process killed (SIGKILL) in the middle of catching up over token and native deposits
 *    misses nothing and credits nothing twice after a restart.
 */
import { getAddress, parseEther, type Address } from 'viem'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { sql } from '../support/db'
import { startRpcProxy, type RpcProxy } from '../support/rpcProxy'
import { makeTestClient, startStack, waitFor, type Stack, type TestChainClient } from '../support/stack'
import { deployTestToken, sendToken, tokenBalanceOf, type DeployedToken } from '../support/tokens'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'

const CHAIN = 31337
let anvil: AnvilNode
let proxy: RpcProxy
let chain: TestChainClient
let s: Stack
let usd: DeployedToken
let proc: WorkerProcess | null = null
let env: Record<string, string>

beforeAll(async () => {
  anvil = await startAnvil()
  chain = makeTestClient(anvil.url, CHAIN)
  usd = await deployTestToken(chain, 'standard', 'TUSD')
  proxy = await startRpcProxy(anvil.url, { maxLogsRange: 4 })
  const chains = [{ chainId: CHAIN, name: 'anvil', rpcUrls: [proxy.url], confirmations: 2, pollIntervalMs: 100, maxBlocksPerRun: 24, scanBatchBlocks: 8, logsMaxRange: 1000, tokens: [{ address: usd.address, symbol: 'TUSD', decimals: 6 }] }]
  s = await startStack({ rpcUrl: anvil.url, workers: false, env: { CHAINS: JSON.stringify(chains) } })
  env = s.env
})
afterAll(async () => {
  await proc?.kill()
  await s?.stop()
  await proxy?.close()
  await anvil?.stop()
})

async function cursor(): Promise<bigint | null> {
  const [r] = await sql<{ block_number: string }>(s.db.url, 'SELECT block_number FROM chain_cursors')
  return r ? BigInt(r.block_number) : null
}

test('a worker killed mid-range over token and native deposits, behind a node that refuses wide eth_getLogs, misses and double-counts nothing', async () => {
  const w = (await s.call('POST', '/v1/wallets', { label: 'watcher' })).body
  const addrs: string[] = []
  for (let i = 0; i < 4; i++) addrs.push((await s.call('POST', `/v1/wallets/${w.id}/addresses`, {})).body.address)

  // The follower starts at the head: run it once so it records its cursor, then stop it.
  proc = spawnWorkers(env)
  const start = await waitFor('cursor created', cursor, 30_000).catch((e) => {
    throw new Error(e.message + '\n' + proc!.output().slice(-3000))
  })
  await proc.kill('SIGTERM')

  // While no worker runs: 24 token deposits and 8 native ones over ~70 blocks.
  const sent: { hash: string; to: string; amount: bigint; token: boolean }[] = []
  for (let i = 0; i < 32; i++) {
    const to = addrs[i % addrs.length]!
    const token = i % 4 !== 3
    const amount = token ? BigInt(1_000_000 * (i + 1)) : parseEther('0.01') * BigInt(i + 1)
    sent.push({ hash: token ? await sendToken(chain, usd.address, to, amount) : await s.fund(to, amount), to, amount, token })
    await chain.mine({ blocks: 1 + (i % 3) })
  }
  const head = await chain.getBlockNumber()
  expect(head - start!).toBeGreaterThan(60n)

  // Catch up slowly (40 ms per RPC call) and kill the worker in the middle of it.
  proxy.set({ delayMs: 40 })
  proc = spawnWorkers(env)
  await waitFor('cursor half-way', async () => {
    const c = await cursor()
    return c !== null && c > start! + (head - start!) / 2n
  }, 90_000, 20)
  await proc.kill('SIGKILL')
  const atKill = (await cursor())!
  expect(atKill).toBeLessThan(head)
  const detectedAtKill = await sql(s.db.url, 'SELECT id FROM deposits')
  expect(detectedAtKill.length).toBeLessThan(32)

  // Restart: everything is found and credited exactly once.
  proxy.set({ delayMs: 0 })
  proc = spawnWorkers(env)
  await chain.mine({ blocks: 2 })
  await waitFor('32 confirmed deposits', async () => {
    const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM deposits WHERE status = 'confirmed'")
    return r[0]!.n === 32
  }, 90_000)

  const deposits = await sql<{ tx_hash: string; asset: string; amount: string }>(s.db.url, 'SELECT tx_hash, asset, amount::text FROM deposits')
  expect(deposits.map((d) => d.tx_hash).sort()).toEqual(sent.map((x) => x.hash).sort())
  expect(deposits.filter((d) => d.asset === `${CHAIN}:${usd.address}`)).toHaveLength(24)
  const credits = await sql<{ ref_id: string }>(s.db.url, "SELECT ref_id FROM journal_entries WHERE event = 'deposit.credit'")
  expect(credits).toHaveLength(32)
  expect(new Set(credits.map((c) => c.ref_id)).size).toBe(32)
  expect(await sql(s.db.url, "SELECT id FROM events WHERE type = 'deposit.detected'")).toHaveLength(32)

  // The node refused the wide ranges; every range it served was at most 4 blocks wide.
  expect(proxy.refused).toBeGreaterThan(0)
  expect(proxy.served.length).toBeGreaterThan(10)
  expect(proxy.served.every((r) => r.to - r.from + 1 <= 4)).toBe(true)

  const balances = Object.fromEntries((await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data.map((b: { asset: string; total: string }) => [b.asset, b.total]))
  expect(balances[`${CHAIN}:${usd.address}`]).toBe(sent.filter((x) => x.token).reduce((a, x) => a + x.amount, 0n).toString())
  expect(balances[`${CHAIN}:native`]).toBe(sent.filter((x) => !x.token).reduce((a, x) => a + x.amount, 0n).toString())
  for (const a of addrs) {
    const accounts = (await s.call('GET', `/v1/ledger/accounts?address=${a}`)).body.data as { asset: string; balances: { posted: string } }[]
    const posted = (asset: string) => accounts.find((x) => x.asset === asset)?.balances.posted ?? '0'
    expect(posted(`${CHAIN}:native`)).toBe((await chain.getBalance({ address: a as Address })).toString())
    expect(posted(`${CHAIN}:${usd.address}`)).toBe((await tokenBalanceOf(chain, usd.address, getAddress(a))).toString())
  }
})

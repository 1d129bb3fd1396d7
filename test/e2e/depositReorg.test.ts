/**
 * Reorgs (`anvil_reorg`) against the deposit watcher, for native and token deposits: a reorg that
 * reaches a deposit before its confirmation depth orphans it (and a re-mined deposit is credited
 * exactly once); a reorg that stays above a credited deposit leaves it credited exactly once.
 */
import { encodeFunctionData, erc20Abi, getAddress, parseEther, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { sql } from '../support/db'
import { makeTestClient, startStack, waitFor, type Stack, type TestChainClient } from '../support/stack'
import { deployTestToken, sendToken, type DeployedToken } from '../support/tokens'

const CHAIN = 31337
// anvil's dev account #2 (from the standard test mnemonic): signs raw transactions we can re-send
const SENDER = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a')

let anvil: AnvilNode
let chain: TestChainClient
let s: Stack
let usd: DeployedToken
let wallet: { id: string }

beforeAll(async () => {
  anvil = await startAnvil()
  chain = makeTestClient(anvil.url, CHAIN)
  usd = await deployTestToken(chain, 'standard', 'TUSD')
  await sendToken(chain, usd.address, SENDER.address, 1_000_000_000n)
  s = await startStack({
    rpcUrl: anvil.url,
    env: { CHAINS: JSON.stringify([{ chainId: CHAIN, name: 'anvil', rpcUrls: [anvil.url], confirmations: 3, pollIntervalMs: 100, tokens: [{ address: usd.address, symbol: 'TUSD', decimals: 6 }] }]) },
  })
  wallet = (await s.call('POST', '/v1/wallets', { label: 'reorg' })).body
})
afterAll(async () => {
  await s?.stop()
  await anvil?.stop()
})

const newAddress = async () => (await s.call('POST', `/v1/wallets/${wallet.id}/addresses`, {})).body.address as string

async function cursor(): Promise<bigint> {
  return BigInt((await sql<{ block_number: string }>(s.db.url, 'SELECT block_number FROM chain_cursors'))[0]!.block_number)
}

async function deposits(address: string) {
  return sql<{ tx_hash: string; asset: string; status: string; block_hash: string; credit_entry_id: string | null }>(s.db.url, 'SELECT tx_hash, asset, status, block_hash, credit_entry_id FROM deposits WHERE address = $1 ORDER BY log_index', [address.toLowerCase()])
}

async function credits(address: string): Promise<number> {
  const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM journal_entries e JOIN deposits d ON d.id = e.ref_id WHERE e.event = 'deposit.credit' AND d.address = $1", [address.toLowerCase()])
  return r[0]!.n
}

/** Waits until the follower has processed the head. */
async function caughtUp() {
  const head = await chain.getBlockNumber()
  await waitFor(`cursor at ${head}`, async () => (await cursor()) >= head)
}

/** Native and token transfers to `to`, signed here so the same bytes can be sent again after a reorg. */
async function signedDeposits(to: string): Promise<Hex[]> {
  const nonce = await chain.getTransactionCount({ address: SENDER.address })
  const base = { chainId: CHAIN, type: 'eip1559' as const, maxFeePerGas: parseEther('0.00000005'), maxPriorityFeePerGas: 1_000_000_000n }
  return [
    await SENDER.signTransaction({ ...base, nonce, to: getAddress(to), value: parseEther('0.25'), gas: 21_000n }),
    await SENDER.signTransaction({ ...base, nonce: nonce + 1, to: getAddress(usd.address), gas: 100_000n, data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [getAddress(to), 5_000_000n] }) }),
  ]
}

test('a reorg below the confirmation depth orphans native and token deposits; nothing is credited', async () => {
  const a = await newAddress()
  await s.fund(a, parseEther('1'))
  await sendToken(chain, usd.address, a, 7_000_000n)
  await caughtUp()
  expect((await deposits(a)).map((d) => d.status)).toEqual(['detected', 'detected'])
  await chain.request({ method: 'anvil_reorg' as never, params: [2, []] as never })
  await chain.mine({ blocks: 1 })
  await waitFor('deposits orphaned', async () => (await deposits(a)).every((d) => d.status === 'orphaned'))
  await chain.mine({ blocks: 4 })
  await caughtUp()
  expect((await deposits(a)).map((d) => d.status)).toEqual(['orphaned', 'orphaned'])
  expect(await credits(a)).toBe(0)
  const orphanedEvents = await sql(s.db.url, "SELECT id FROM events WHERE type = 'deposit.orphaned' AND data->>'address' = $1", [getAddress(a)])
  expect(orphanedEvents).toHaveLength(2)
  const b = (await s.call('GET', `/v1/wallets/${wallet.id}/balances`)).body.data
  expect(b.every((x: { total: string }) => x.total === '0')).toBe(true)
})

test('native and token deposits re-mined after a reorg are credited exactly once', async () => {
  const a = await newAddress()
  const raws = await signedDeposits(a)
  for (const raw of raws) await chain.sendRawTransaction({ serializedTransaction: raw })
  await caughtUp()
  const before = await deposits(a)
  expect(before.map((d) => [d.asset, d.status])).toEqual([[`${CHAIN}:native`, 'detected'], [`${CHAIN}:${usd.address}`, 'detected']])
  await chain.request({ method: 'anvil_reorg' as never, params: [2, []] as never })
  await chain.mine({ blocks: 1 })
  await waitFor('deposits orphaned', async () => (await deposits(a)).every((d) => d.status === 'orphaned'))
  // The same transactions land again, in other blocks.
  for (const raw of raws) await chain.sendRawTransaction({ serializedTransaction: raw })
  await chain.mine({ blocks: 3 })
  await waitFor('deposits confirmed', async () => (await deposits(a)).every((d) => d.status === 'confirmed'))
  const after = await deposits(a)
  expect(after.map((d) => d.tx_hash)).toEqual(before.map((d) => d.tx_hash))
  expect(after.map((d) => d.block_hash)).not.toEqual(before.map((d) => d.block_hash))
  await chain.mine({ blocks: 3 })
  await caughtUp()
  expect(await credits(a)).toBe(2)
  const b = Object.fromEntries((await s.call('GET', `/v1/wallets/${wallet.id}/balances`)).body.data.map((x: { asset: string; total: string }) => [x.asset, x.total]))
  expect(b).toEqual({ [`${CHAIN}:native`]: parseEther('0.25').toString(), [`${CHAIN}:${usd.address}`]: '5000000' })
})

test('a reorg above credited deposits (shallower than their depth) leaves them credited exactly once', async () => {
  const a = await newAddress()
  await s.fund(a, parseEther('0.5'))
  await sendToken(chain, usd.address, a, 3_000_000n)
  await chain.mine({ blocks: 3 })
  await waitFor('deposits confirmed', async () => (await deposits(a)).every((d) => d.status === 'confirmed'))
  await chain.mine({ blocks: 1 })
  await caughtUp()
  const reorgsBefore = s.logs.text().split('reorg: rewound the chain cursor').length
  await chain.request({ method: 'anvil_reorg' as never, params: [1, []] as never })
  await chain.mine({ blocks: 2 })
  await waitFor('reorg handled', async () => s.logs.text().split('reorg: rewound the chain cursor').length > reorgsBefore)
  await caughtUp()
  expect((await deposits(a)).map((d) => d.status)).toEqual(['confirmed', 'confirmed'])
  expect(await credits(a)).toBe(2)
  const orphaned = await sql(s.db.url, "SELECT id FROM events WHERE type = 'deposit.orphaned' AND data->>'address' = $1", [getAddress(a)])
  expect(orphaned).toEqual([])
})

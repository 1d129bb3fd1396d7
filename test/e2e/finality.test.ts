/**
 * A chain configured with `finality: "finalized"` credits deposits and settles withdrawals only once
 * the node's `finalized` block reaches them (anvil: the head − 2 × slots per epoch; 2 slots here), not
 * at a confirmation depth.
 */
import { parseEther, type Address } from 'viem'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { makeTestClient, startStack, waitFor, type Stack, type TestChainClient } from '../support/stack'

const CHAIN = 31337
const ALICE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
let anvil: AnvilNode
let chain: TestChainClient
let s: Stack

beforeAll(async () => {
  anvil = await startAnvil({ args: ['--slots-in-an-epoch', '2'] })
  chain = makeTestClient(anvil.url, CHAIN)
  s = await startStack({ rpcUrl: anvil.url, env: { CHAINS: JSON.stringify([{ chainId: CHAIN, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, finality: 'finalized', pollIntervalMs: 100 }]) } })
})
afterAll(async () => {
  await s?.stop()
  await anvil?.stop()
})

async function finalized(): Promise<bigint> {
  return (await chain.getBlock({ blockTag: 'finalized' })).number!
}

test('deposits and withdrawals settle when the finalized block reaches them, whatever the confirmation depth says', async () => {
  const w = (await s.call('POST', '/v1/wallets', { label: 'finality' })).body
  const hash = await s.fund(w.hotAddress, parseEther('2'))
  const block = (await chain.getTransactionReceipt({ hash })).blockNumber
  const deposit = await waitFor('deposit detected', async () => (await s.call('GET', `/v1/deposits?walletId=${w.id}`)).body.data[0])
  await chain.mine({ blocks: 2 })
  // 3 confirmations (1 would do), but the finalized block is still below the deposit
  expect(await finalized()).toBeLessThan(block)
  await new Promise((r) => setTimeout(r, 800))
  expect((await s.call('GET', `/v1/deposits/${deposit.id}`)).body.status).toBe('detected')
  await chain.mine({ blocks: 3 })
  expect(await finalized()).toBeGreaterThanOrEqual(block)
  await waitFor('deposit confirmed', async () => (await s.call('GET', `/v1/deposits/${deposit.id}`)).body.status === 'confirmed')

  const r = await s.call('POST', '/v1/withdrawals', { walletId: w.id, asset: `${CHAIN}:native`, to: ALICE, amount: parseEther('1').toString() }, { 'Idempotency-Key': 'fin-1' })
  const mined = await waitFor('withdrawal mined', async () => {
    const x = (await s.call('GET', `/v1/withdrawals/${r.body.id}`)).body
    return x.status === 'mined' ? x : null
  })
  await new Promise((r) => setTimeout(r, 800))
  expect((await s.call('GET', `/v1/withdrawals/${r.body.id}`)).body.status).toBe('mined')
  await chain.mine({ blocks: 4 })
  expect(await finalized()).toBeGreaterThanOrEqual(BigInt(mined.blockNumber))
  await waitFor('withdrawal confirmed', async () => (await s.call('GET', `/v1/withdrawals/${r.body.id}`)).body.status === 'confirmed')
})

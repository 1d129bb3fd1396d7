/**
 * Two chains at once (two anvil nodes with different chain ids, the same token deployed on each):
 * deposits and withdrawals on both, assets kept apart by chain; then one node stops and the other
 * chain goes on detecting, crediting and paying out.
 */
import { getAddress, parseEther, type Address } from 'viem'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { makeTestClient, startStack, waitFor, type Stack, type TestChainClient } from '../support/stack'
import { deployTestToken, sendToken, tokenBalanceOf, type DeployedToken } from '../support/tokens'

const ALICE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const A = 31337
const B = 31338
let nodeA: AnvilNode
let nodeB: AnvilNode
let chainA: TestChainClient
let chainB: TestChainClient
let tokenA: DeployedToken
let tokenB: DeployedToken
let s: Stack

beforeAll(async () => {
  ;[nodeA, nodeB] = await Promise.all([startAnvil({ chainId: A }), startAnvil({ chainId: B })])
  chainA = makeTestClient(nodeA.url, A)
  chainB = makeTestClient(nodeB.url, B)
  tokenA = await deployTestToken(chainA, 'standard', 'TUSD')
  tokenB = await deployTestToken(chainB, 'standard', 'TUSD')
  const chain = (chainId: number, url: string, t: DeployedToken) => ({ chainId, name: `anvil-${chainId}`, rpcUrls: [url], confirmations: 1, pollIntervalMs: 100, tokens: [{ address: t.address, symbol: 'TUSD', decimals: 6 }] })
  s = await startStack({ rpcUrl: nodeA.url, env: { CHAINS: JSON.stringify([chain(A, nodeA.url, tokenA), chain(B, nodeB.url, tokenB)]) } })
})
afterAll(async () => {
  await s?.stop()
  await Promise.all([nodeA?.stop(), nodeB?.stop()])
})

async function balances(walletId: string): Promise<Record<string, string>> {
  const r = await s.call('GET', `/v1/wallets/${walletId}/balances`)
  return Object.fromEntries(r.body.data.map((b: { asset: string; total: string }) => [b.asset, b.total]))
}

async function confirmedWithdrawal(walletId: string, asset: string, amount: bigint, key: string) {
  const r = await s.call('POST', '/v1/withdrawals', { walletId, asset, to: ALICE, amount: amount.toString() }, { 'Idempotency-Key': key })
  expect(r.status).toBe(201)
  return waitFor(`withdrawal ${key} confirmed`, async () => {
    const w = await s.call('GET', `/v1/withdrawals/${r.body.id}`)
    return w.body.status === 'confirmed' ? w.body : null
  }, 60_000)
}

test('two chains run at once; when one node stops, the other chain keeps working', async () => {
  expect(tokenA.address).toBe(tokenB.address) // same deployer and nonce: same address, different assets
  const w = (await s.call('POST', '/v1/wallets', { label: 'multi' })).body
  const d = (await s.call('POST', `/v1/wallets/${w.id}/addresses`, {})).body
  for (const [c, t] of [[chainA, tokenA], [chainB, tokenB]] as const) {
    await c.sendTransaction({ account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', to: getAddress(w.hotAddress), value: parseEther('3'), chain: c.chain })
    await sendToken(c, t.address, w.hotAddress, 500_000_000n)
    await sendToken(c, t.address, d.address, 11_000_000n)
  }
  await sendToken(chainB, tokenB.address, d.address, 1_000_000n)
  await waitFor('7 confirmed deposits', async () => (await s.call('GET', `/v1/deposits?walletId=${w.id}&status=confirmed`)).body.data.length === 7)
  expect(await balances(w.id)).toEqual({
    [`${A}:native`]: parseEther('3').toString(),
    [`${A}:${tokenA.address}`]: '511000000',
    [`${B}:native`]: parseEther('3').toString(),
    [`${B}:${tokenB.address}`]: '512000000',
  })
  const wa = await confirmedWithdrawal(w.id, `${A}:${tokenA.address}`, 20_000_000n, 'a-1')
  const wb = await confirmedWithdrawal(w.id, `${B}:native`, parseEther('1'), 'b-1')
  expect([wa.chainId, wb.chainId]).toEqual([A, B])
  expect(await tokenBalanceOf(chainA, tokenA.address, ALICE)).toBe(20_000_000n)
  expect(await tokenBalanceOf(chainB, tokenB.address, ALICE)).toBe(0n)

  // Chain B's node goes away. Chain A goes on: deposits are credited and withdrawals paid out.
  await nodeB.stop()
  await sendToken(chainA, tokenA.address, d.address, 4_000_000n)
  await waitFor('deposit on chain A after B stopped', async () => (await balances(w.id))[`${A}:${tokenA.address}`] === String(511_000_000 - 20_000_000 + 4_000_000), 60_000)
  const after = await confirmedWithdrawal(w.id, `${A}:native`, parseEther('0.5'), 'a-2')
  expect(after.status).toBe('confirmed')
  const ready = await fetch(s.api.url + '/readyz')
  expect(((await ready.json()) as { checks: Record<string, string> }).checks[`chain:${A}`]).toBe('ok')
  expect(s.logs.text()).toMatch(/job failed; will retry/)
})

/**
 * ERC-20 tokens end to end on a real anvil node with real contracts (compiled from test/contracts
 * with solc-js): token deposits, balances per token, token withdrawals (a plain token and a USDT-style
 * token whose `transfer` returns nothing), tokens that revert or succeed without moving anything, and
 * sweeps of deposit addresses with a gas top-up, after which the ledger equals the chain for every
 * address and asset.
 */
import { encodeFunctionData, getAddress, parseEther, type Address } from 'viem'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { sql } from '../support/db'
import { FUNDER, makeTestClient, startStack, waitFor, type Stack, type TestChainClient } from '../support/stack'
import { deployTestToken, ledgerVersusChain, sendToken, tokenBalanceOf, type DeployedToken } from '../support/tokens'

const ALICE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const CHAIN = 31337

let anvil: AnvilNode
let chain: TestChainClient
let s: Stack
let usd: DeployedToken
let nr: DeployedToken
let bad: DeployedToken

const asset = (t: DeployedToken) => `${CHAIN}:${t.address}`

beforeAll(async () => {
  anvil = await startAnvil()
  chain = makeTestClient(anvil.url, CHAIN)
  usd = await deployTestToken(chain, 'standard', 'TUSD')
  nr = await deployTestToken(chain, 'no-return', 'NRUSD')
  bad = await deployTestToken(chain, 'standard', 'BAD', 18)
  const tokens = [usd, nr, bad].map((t) => ({ address: getAddress(t.address), symbol: t.symbol, decimals: t.decimals }))
  s = await startStack({
    rpcUrl: anvil.url,
    env: { CHAINS: JSON.stringify([{ chainId: CHAIN, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, pollIntervalMs: 150, sweepIntervalMs: 300, tokens }]) },
  })
})
afterAll(async () => {
  await s?.stop()
  await anvil?.stop()
})

async function balances(walletId: string): Promise<Record<string, { available: string; pending: string; total: string }>> {
  const r = await s.call('GET', `/v1/wallets/${walletId}/balances`)
  expect(r.status).toBe(200)
  return Object.fromEntries(r.body.data.map((b: { asset: string }) => [b.asset, b]))
}

async function withdrawal(id: string, status: string | string[]) {
  const want = Array.isArray(status) ? status : [status]
  return waitFor(`withdrawal ${id} ${want.join('|')}`, async () => {
    const w = await s.call('GET', `/v1/withdrawals/${id}`)
    return want.includes(w.body.status) ? w.body : null
  }, 60_000)
}

async function withdraw(walletId: string, a: string, amount: bigint, key: string) {
  const r = await s.call('POST', '/v1/withdrawals', { walletId, asset: a, to: ALICE, amount: amount.toString() }, { 'Idempotency-Key': key })
  expect(r.status).toBe(201)
  return r.body
}

describe('ERC-20 tokens', () => {
  let wallet: { id: string; hotAddress: string }
  let d1: { address: string }
  let d2: { address: string }

  test('token and native deposits are credited per asset at the confirmation depth', async () => {
    wallet = (await s.call('POST', '/v1/wallets', { label: 'tokens' })).body
    d1 = (await s.call('POST', `/v1/wallets/${wallet.id}/addresses`, {})).body
    d2 = (await s.call('POST', `/v1/wallets/${wallet.id}/addresses`, {})).body
    const h1 = await sendToken(chain, usd.address, d1.address, 250_000_000n)
    const h2 = await sendToken(chain, nr.address, d2.address, 40_000_000n)
    await s.fund(d1.address, parseEther('0.5'))
    // tokens and ETH straight to the hot address too (it pays token withdrawals and top-ups)
    await sendToken(chain, usd.address, wallet.hotAddress, 1_000_000_000n)
    await sendToken(chain, nr.address, wallet.hotAddress, 1_000_000_000n)
    await sendToken(chain, bad.address, wallet.hotAddress, parseEther('10'))
    await s.fund(wallet.hotAddress, parseEther('5'))
    await chain.mine({ blocks: 2 })
    const confirmed = await waitFor('7 confirmed deposits', async () => {
      const r = await s.call('GET', `/v1/deposits?walletId=${wallet.id}&status=confirmed`)
      return r.body.data.length === 7 ? r.body.data : null
    })
    const tokenDeposit = confirmed.find((d: { txHash: string }) => d.txHash === h1)
    expect(tokenDeposit).toMatchObject({ asset: asset(usd), address: d1.address, amount: '250000000', from: FUNDER })
    expect(tokenDeposit.logIndex).toBeGreaterThanOrEqual(0)
    expect(confirmed.find((d: { txHash: string }) => d.txHash === h2)).toMatchObject({ asset: asset(nr), amount: '40000000' })
    const b = await balances(wallet.id)
    expect(b[asset(usd)]).toEqual({ asset: asset(usd), available: '1250000000', pending: '0', total: '1250000000' })
    expect(b[asset(nr)]!.total).toBe('1040000000')
    expect(b[asset(bad)]!.total).toBe(parseEther('10').toString())
    expect(b[`${CHAIN}:native`]!.total).toBe(parseEther('5.5').toString())
  })

  test('a token withdrawal calls transfer on the token, settles at depth and books the gas in ETH', async () => {
    const before = await tokenBalanceOf(chain, usd.address, ALICE)
    const w = await withdraw(wallet.id, asset(usd), 100_000_000n, 'tok-1')
    expect(w).toMatchObject({ asset: asset(usd), to: ALICE, status: 'queued' })
    const done = await withdrawal(w.id, 'confirmed')
    expect(await tokenBalanceOf(chain, usd.address, ALICE)).toBe(before + 100_000_000n)
    const tx = await chain.getTransaction({ hash: done.txHash })
    expect(tx.to!.toLowerCase()).toBe(usd.address)
    expect(tx.value).toBe(0n)
    const entries = await sql<{ event: string; asset: string }>(s.db.url, 'SELECT e.event, min(p.asset) AS asset FROM journal_entries e JOIN postings p ON p.entry_id = e.id WHERE e.ref_id = $1 GROUP BY e.id, e.event, e.seq ORDER BY e.seq', [w.id])
    expect(entries).toEqual([
      { event: 'withdrawal.hold', asset: asset(usd) },
      { event: 'withdrawal.post', asset: asset(usd) },
      { event: 'network_fee', asset: `${CHAIN}:native` },
    ])
    expect((await balances(wallet.id))[asset(usd)]!.total).toBe('1150000000')
  })

  test('a USDT-style token whose transfer returns nothing is withdrawn like any other', async () => {
    const w = await withdraw(wallet.id, asset(nr), 7_000_000n, 'nr-1')
    await withdrawal(w.id, 'confirmed')
    expect(await tokenBalanceOf(chain, nr.address, ALICE)).toBe(7_000_000n)
  })

  test('a token whose transfer reverts fails the withdrawal before it uses a nonce, and releases the hold', async () => {
    await chain.sendTransaction({ account: FUNDER, to: getAddress(bad.address), data: encodeFunctionData({ abi: bad.abi, functionName: 'setMode', args: [1] }), chain: chain.chain })
    const w = await withdraw(wallet.id, asset(bad), parseEther('1'), 'bad-revert')
    const failed = await withdrawal(w.id, 'failed')
    expect(failed.nonce).toBeNull()
    expect(failed.statusReason).toMatch(/reverts/)
    expect((await balances(wallet.id))[asset(bad)]).toMatchObject({ available: parseEther('10').toString(), pending: '0' })
  })

  test('a token transfer that reverts on chain ends failed, with its gas booked and the hold released', async () => {
    await chain.sendTransaction({ account: FUNDER, to: getAddress(bad.address), data: encodeFunctionData({ abi: bad.abi, functionName: 'setMode', args: [0] }), chain: chain.chain })
    await chain.setAutomine(false)
    try {
      const w = await withdraw(wallet.id, asset(bad), parseEther('1'), 'bad-onchain')
      await withdrawal(w.id, 'submitted')
      // Paused in the same block, ahead of our transfer (higher tip): the transfer reverts when mined.
      await chain.sendTransaction({ account: FUNDER, to: getAddress(bad.address), data: encodeFunctionData({ abi: bad.abi, functionName: 'setMode', args: [1] }), chain: chain.chain, maxPriorityFeePerGas: parseEther('0.0001'), maxFeePerGas: parseEther('0.001') })
      await chain.mine({ blocks: 1 })
      await chain.setAutomine(true)
      await chain.mine({ blocks: 2 })
      const failed = await withdrawal(w.id, 'failed')
      expect(failed.statusReason).toBe('transaction reverted on chain')
      const receipt = await chain.getTransactionReceipt({ hash: failed.txHash })
      expect(receipt.status).toBe('reverted')
      expect(failed.networkFee).toBe((receipt.gasUsed * receipt.effectiveGasPrice).toString())
      const events = (await sql<{ event: string }>(s.db.url, 'SELECT event FROM journal_entries WHERE ref_id = $1 ORDER BY seq', [w.id])).map((e) => e.event)
      expect(events).toEqual(['withdrawal.hold', 'withdrawal.void', 'network_fee'])
    } finally {
      await chain.setAutomine(true)
    }
  })

  test('a token transfer that succeeds without a matching Transfer log is not counted as delivered', async () => {
    await chain.sendTransaction({ account: FUNDER, to: getAddress(bad.address), data: encodeFunctionData({ abi: bad.abi, functionName: 'setMode', args: [2] }), chain: chain.chain })
    const w = await withdraw(wallet.id, asset(bad), parseEther('2'), 'bad-silent')
    const failed = await withdrawal(w.id, 'failed')
    expect((await chain.getTransactionReceipt({ hash: failed.txHash })).status).toBe('success')
    expect(failed.statusReason).toMatch(/no matching Transfer log/)
    expect((await balances(wallet.id))[asset(bad)]).toMatchObject({ available: parseEther('10').toString(), total: parseEther('10').toString() })
    await chain.sendTransaction({ account: FUNDER, to: getAddress(bad.address), data: encodeFunctionData({ abi: bad.abi, functionName: 'setMode', args: [0] }), chain: chain.chain })
  })

  test('a withdrawal of tokens the hot address does not hold yet waits for funds instead of failing', async () => {
    const w = await withdraw(wallet.id, asset(nr), 50_000_000n, 'nr-wait') // the hot address holds ~1,000 NRUSD, the wallet 1,033
    // 1,033 − 7 credited; the hot address has 993 NRUSD; ask for more than it holds but within the wallet's balance
    expect(w.status).toBe('queued')
    await withdrawal(w.id, 'confirmed')
    const big = await withdraw(wallet.id, asset(nr), 980_000_000n, 'nr-too-much-onchain')
    const waiting = await waitFor('waiting for tokens', async () => {
      const r = await s.call('GET', `/v1/withdrawals/${big.id}`)
      return r.body.statusReason === 'insufficient_funds' ? r.body : null
    })
    expect(waiting.status).toBe('queued')
    const ev = await sql<{ data: { asset: string } }>(s.db.url, "SELECT data FROM events WHERE type = 'wallet.low_balance' ORDER BY seq DESC LIMIT 1")
    expect(ev[0]!.data.asset).toBe(asset(nr))
    // The sweep of d2 (40 NRUSD) brings enough: set the policy and the withdrawal proceeds.
    const p = await s.call('PUT', `/v1/wallets/${wallet.id}/sweep-policies/${asset(nr)}`, { threshold: '1000000' })
    expect(p.status).toBe(200)
    await withdrawal(big.id, 'confirmed')
  })

  test('sweeps: a top-up of exactly the gas, then the tokens; the deposit address keeps no token and the ledger equals the chain', async () => {
    const treasury = (await s.call('POST', '/v1/wallets', { label: 'treasury' })).body
    const p = await s.call('PUT', `/v1/wallets/${wallet.id}/sweep-policies/${asset(usd)}`, { threshold: '1000000', destinationWalletId: treasury.id })
    expect(p.body).toMatchObject({ asset: asset(usd), threshold: '1000000', destinationWalletId: treasury.id, enabled: true })
    const d3 = (await s.call('POST', `/v1/wallets/${wallet.id}/addresses`, {})).body
    await sendToken(chain, usd.address, d3.address, 33_000_000n)
    await chain.mine({ blocks: 2 })
    const sweeps = await waitFor('USD sweeps confirmed', async () => {
      const r = await s.call('GET', `/v1/sweeps?walletId=${wallet.id}&status=confirmed`)
      const mine = r.body.data.filter((x: { asset: string }) => x.asset === asset(usd))
      return mine.length === 2 ? mine : null
    }, 90_000)
    for (const sw of sweeps) {
      expect(sw.to).toBe(treasury.hotAddress)
      expect(await tokenBalanceOf(chain, usd.address, sw.from)).toBe(0n)
      const receipt = await chain.getTransactionReceipt({ hash: sw.txHash })
      const fee = receipt.gasUsed * receipt.effectiveGasPrice
      if (sw.from === getAddress(d3.address)) {
        // d3 held no ETH: its gas came from a top-up of the gas it needed (gas limit × max fee when
        // planned); the sweep may spend all of it (its max fee is the top-up / gas limit, rounded down)
        expect(sw.topUp).toMatchObject({ status: 'confirmed', from: wallet.hotAddress })
        const unspendable = BigInt(sw.topUp.amount) - BigInt(sw.gasLimit) * BigInt(sw.maxFeePerGas)
        expect(unspendable >= 0n && unspendable < BigInt(sw.gasLimit)).toBe(true)
        expect(BigInt(sw.nativeDust)).toBe(BigInt(sw.topUp.amount) - fee)
        expect(await chain.getBalance({ address: sw.from })).toBe(BigInt(sw.nativeDust))
      } else {
        // d1 held 0.5 ETH of a customer deposit: no top-up, its own ETH paid
        expect(sw.topUp).toBeNull()
      }
    }
    const list = await s.call('GET', '/v1/sweeps?limit=10')
    expect(list.status).toBe(200)
    expect(await tokenBalanceOf(chain, usd.address, treasury.hotAddress)).toBe(250_000_000n + 33_000_000n)
    // the customer liability did not move with the sweeps
    expect((await balances(wallet.id))[asset(usd)]!.total).toBe(String(1_150_000_000 + 33_000_000))
    // native: d1's customer ETH (0.5, less what its token sweep paid in gas) is swept to the hot address
    expect((await s.call('PUT', `/v1/wallets/${wallet.id}/sweep-policies/${CHAIN}:native`, { threshold: parseEther('0.1').toString() })).status).toBe(200)
    const nativeSweep = await waitFor('native sweep confirmed', async () => {
      const r = await s.call('GET', `/v1/sweeps?walletId=${wallet.id}&status=confirmed`)
      return r.body.data.find((x: { asset: string }) => x.asset === `${CHAIN}:native`) ?? null
    }, 60_000)
    expect(nativeSweep).toMatchObject({ from: getAddress(d1.address), to: wallet.hotAddress, topUp: null })
    expect(await chain.getBalance({ address: getAddress(d1.address) })).toBe(BigInt(nativeSweep.nativeDust))
    expect(BigInt(nativeSweep.nativeDust)).toBeLessThan(parseEther('0.001'))
    // no sweep or top-up was taken for a deposit
    const internalDeposits = await sql(s.db.url, "SELECT d.id FROM deposits d JOIN tx_attempts a ON a.tx_hash = d.tx_hash JOIN withdrawals w ON w.id = a.withdrawal_id WHERE w.kind IN ('sweep', 'topup')")
    expect(internalDeposits).toEqual([])
    await waitFor('everything settled', async () => {
      const open = await sql(s.db.url, "SELECT id FROM withdrawals WHERE status NOT IN ('confirmed', 'failed', 'cancelled', 'rejected')")
      return open.length === 0
    }, 60_000)
    const cmp = await ledgerVersusChain(s, chain, CHAIN)
    expect(cmp.length).toBeGreaterThan(8)
    expect(cmp.filter((c) => c.ledger !== c.chain)).toEqual([])
  })

  test('bad sweep policies are refused', async () => {
    expect((await s.call('PUT', `/v1/wallets/${wallet.id}/sweep-policies/${CHAIN}:0x0000000000000000000000000000000000000001`, { threshold: '1' })).body.code).toBe('unknown_asset')
    expect((await s.call('PUT', `/v1/wallets/${wallet.id}/sweep-policies/${asset(usd)}`, { threshold: '0' })).status).toBe(400)
    expect((await s.call('PUT', `/v1/wallets/${wallet.id}/sweep-policies/${asset(usd)}`, { threshold: '1', destinationWalletId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' })).body.code).toBe('wallet_not_found')
    const list = await s.call('GET', `/v1/wallets/${wallet.id}/sweep-policies`)
    expect(list.body.data.map((p: { asset: string }) => p.asset).sort()).toEqual([asset(nr), asset(usd), `${CHAIN}:native`].sort())
  })
})

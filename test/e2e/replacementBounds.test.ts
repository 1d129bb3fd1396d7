/**
 * Replacement bounds (issue 13, C1 and H1) on a real node: one API key can no longer burn the hot
 * wallet through fees or gas.
 *
 *  - a cancel storm (many `POST …/cancel` without Idempotency-Key, in parallel and in a row) signs ONE
 *    cancel, within the cancel ceiling; repeated calls return the state;
 *  - a speed-up within the replacement interval is 409 `replacement_too_soon` with Retry-After, and a
 *    burst after it signs one replacement;
 *  - automatic bumps after a cancel request stay within the cancel ceiling (here the hard cap);
 *  - a native withdrawal to a contract that burns gas fails `gas_limit_exceeded` before signing: no
 *    gas spent, hold released;
 *  - above `maxNetworkFeeWei` a withdrawal waits `queued` (`network_fee_exceeded`) and goes out when
 *    the market allows it, within the limit.
 */
import { parseEther, parseGwei, type Address } from 'viem'
import { fundedWallet, RECIPIENT, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, waitFor, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

const CAP = parseGwei('20')
const CANCEL_HARD_CAP = parseGwei('30')
const INTERVAL = 4

interface AttemptJson {
  kind: string
  status: string
  maxFeePerGas: string
  gasLimit: string
  maxNetworkFee: string
}

const cancelsOf = (w: { attempts: AttemptJson[] }) => w.attempts.filter((a) => a.kind === 'cancel')

describe('fee and replacement bounds', () => {
  let s: Stack
  beforeAll(async () => {
    s = await startStack({
      chain: {
        pollIntervalMs: 100,
        fees: {
          maxFeePerGasCap: CAP.toString(),
          cancelMaxFeePerGasCap: CANCEL_HARD_CAP.toString(),
          minReplacementIntervalSeconds: INTERVAL,
          bumpAfterBlocks: 2,
          bumpAfterSeconds: 3600,
          rebroadcastAfterSeconds: 1,
        },
      },
    })
  })
  afterEach(async () => {
    await s.chain.setAutomine(true)
  })
  afterAll(async () => {
    if (s) await expectLedgerInvariants(s)
    await s?.stop()
  })

  test('a cancel storm signs one cancel, within the ceiling; every call answers 202 with the same state', async () => {
    const w = await fundedWallet(s, '10')
    await s.chain.setAutomine(false)
    const { id } = await withdraw(s, w.id, parseEther('1'))
    await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')

    const parallel = await Promise.all(Array.from({ length: 20 }, () => s.call('POST', `/v1/withdrawals/${id}/cancel`)))
    const sequential = []
    for (let i = 0; i < 20; i++) sequential.push(await s.call('POST', `/v1/withdrawals/${id}/cancel`))
    const all = [...parallel, ...sequential]
    expect(all.map((r) => r.status)).toEqual(all.map(() => 202))
    const requestedAt = new Set(all.map((r) => r.body.cancelRequestedAt))
    expect(requestedAt.size).toBe(1)
    expect([...requestedAt][0]).not.toBeNull()

    // Signed at once, or by the tracker once the interval since the original has passed.
    const withCancel = await waitWithdrawal(s, id, 'cancel signed', (x) => cancelsOf(x).length > 0, { timeoutMs: (INTERVAL + 10) * 1000 })
    // more calls after the interval: still nothing new
    await new Promise((r) => setTimeout(r, INTERVAL * 1000))
    for (let i = 0; i < 10; i++) expect((await s.call('POST', `/v1/withdrawals/${id}/cancel`)).status).toBe(202)
    const after = (await s.call('GET', `/v1/withdrawals/${id}`)).body
    expect(cancelsOf(after)).toHaveLength(1)
    expect(after.attempts).toHaveLength(2)
    expect(after.attempts).toEqual(withCancel.attempts.map((a: AttemptJson) => expect.objectContaining({ kind: a.kind, maxFeePerGas: a.maxFeePerGas })))
    const cancel = cancelsOf(after)[0]!
    expect(BigInt(cancel.maxFeePerGas)).toBeLessThanOrEqual(CANCEL_HARD_CAP)
    expect(BigInt(cancel.maxNetworkFee)).toBe(BigInt(cancel.gasLimit) * BigInt(cancel.maxFeePerGas))
    expect(BigInt(after.maxNetworkFee)).toBeGreaterThanOrEqual(BigInt(cancel.maxNetworkFee))

    await s.chain.mine({ blocks: 1 })
    const done = await waitWithdrawal(s, id, 'settled', (x) => ['cancelled', 'confirmed'].includes(x.status), { tick: () => s.chain.mine({ blocks: 1 }) })
    expect(cancelsOf(done)).toHaveLength(1)
  })

  test('a speed-up within the interval is 409 replacement_too_soon with Retry-After; a burst after it signs one replacement', async () => {
    const w = await fundedWallet(s, '10')
    await s.chain.setAutomine(false)
    const { id } = await withdraw(s, w.id, parseEther('1'))
    await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')

    const early = await s.call('POST', `/v1/withdrawals/${id}/speed-up`)
    expect(early.status).toBe(409)
    expect(early.body).toMatchObject({ code: 'replacement_too_soon', retryAfterSeconds: expect.any(Number) })
    const retryAfter = Number(early.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(INTERVAL)
    expect((await s.call('GET', `/v1/withdrawals/${id}`)).body.attempts).toHaveLength(1)

    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 200))
    const burst = await Promise.all(Array.from({ length: 10 }, () => s.call('POST', `/v1/withdrawals/${id}/speed-up`)))
    const statuses = burst.map((r) => r.status).sort()
    expect(statuses.filter((x) => x === 202)).toHaveLength(1)
    expect(burst.filter((r) => r.status !== 202).map((r) => r.body.code)).toEqual(burst.filter((r) => r.status !== 202).map(() => 'replacement_too_soon'))
    const now = (await s.call('GET', `/v1/withdrawals/${id}`)).body
    expect(now.attempts.map((a: AttemptJson) => a.kind)).toEqual(['original', 'replacement'])
    expect(now.attempts.every((a: AttemptJson) => BigInt(a.maxFeePerGas) <= CAP)).toBe(true)

    await s.chain.mine({ blocks: 1 })
    await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed', { tick: () => s.chain.mine({ blocks: 1 }) })
  })

  test('automatic bumps after a cancel request stay within the cancel ceiling, even in a gas spike', async () => {
    const w = await fundedWallet(s, '10')
    await s.chain.setAutomine(false)
    const { id } = await withdraw(s, w.id, parseEther('1'))
    await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')
    const spike = async () => {
      await s.chain.setNextBlockBaseFeePerGas({ baseFeePerGas: parseGwei('100') })
      await s.chain.mine({ blocks: 1 })
    }
    await spike()
    expect((await s.call('POST', `/v1/withdrawals/${id}/cancel`)).status).toBe(202)
    // the market asks ~200 gwei (3 × market = 600): only the 30 gwei hard cap holds the cancel back
    const stuck = await waitWithdrawal(s, id, 'stuck at the cancel ceiling', (x) => x.stuck === true && cancelsOf(x).length > 0, { tick: spike, timeoutMs: 60_000 })
    for (const a of stuck.attempts as AttemptJson[]) expect(BigInt(a.maxFeePerGas)).toBeLessThanOrEqual(CANCEL_HARD_CAP)
    // more blocks and ticks: nothing above the ceiling, no further cancel signed
    for (let i = 0; i < 5; i++) {
      await spike()
      await new Promise((r) => setTimeout(r, 300))
    }
    const later = (await s.call('GET', `/v1/withdrawals/${id}`)).body
    for (const a of later.attempts as AttemptJson[]) expect(BigInt(a.maxFeePerGas)).toBeLessThanOrEqual(CANCEL_HARD_CAP)
    expect(later.attempts.length).toBe(stuck.attempts.length)

    // the spike ends: the cancel (or the transfer) is mined
    const calm = async () => {
      await s.chain.setNextBlockBaseFeePerGas({ baseFeePerGas: parseGwei('1') })
      await s.chain.mine({ blocks: 1 })
    }
    const done = await waitWithdrawal(s, id, 'settled', (x) => ['cancelled', 'confirmed'].includes(x.status), { tick: calm, timeoutMs: 60_000 })
    for (const a of done.attempts as AttemptJson[]) expect(BigInt(a.maxFeePerGas)).toBeLessThanOrEqual(CANCEL_HARD_CAP)
  })

  test('a withdrawal to a contract that burns gas fails gas_limit_exceeded before signing: no gas spent, hold released', async () => {
    const w = await fundedWallet(s, '1')
    // fallback: loop 0x030000 times (~5M gas); estimate + 20 % would be ~6.1M gas
    const burner: Address = '0x00000000000000000000000000000000000b0b01'
    await s.chain.setCode({ address: burner, bytecode: '0x620300005b600190038060045700' })
    const balanceBefore = await s.chain.getBalance({ address: w.hotAddress })
    const nonceBefore = await s.chain.getTransactionCount({ address: w.hotAddress })
    const { id } = await withdraw(s, w.id, 1n, burner)
    const failed = await waitWithdrawal(s, id, 'failed', (x) => x.status === 'failed')
    expect(failed.statusReason).toMatch(/^gas_limit_exceeded: .*150000 gas \(fees\.maxGasLimitNative\)/)
    expect(failed.attempts).toEqual([])
    expect(failed.maxNetworkFee).toBeNull()
    expect(await s.chain.getBalance({ address: w.hotAddress })).toBe(balanceBefore)
    expect(await s.chain.getTransactionCount({ address: w.hotAddress })).toBe(nonceBefore)
    const bal = (await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data[0]
    expect(bal).toMatchObject({ available: parseEther('1').toString(), pending: '0' })
    // a loop the node cannot even estimate within the block gas limit fails the same way
    const blackHole: Address = '0x00000000000000000000000000000000000b0b02'
    await s.chain.setCode({ address: blackHole, bytecode: '0x63100000005b600190038060055700' })
    const { id: id2 } = await withdraw(s, w.id, 1n, blackHole)
    const failed2 = await waitWithdrawal(s, id2, 'failed', (x) => x.status === 'failed')
    expect(failed2.statusReason).toMatch(/^gas_limit_exceeded: the transfer needs more than the node can estimate/)
    expect(await s.chain.getTransactionCount({ address: w.hotAddress })).toBe(nonceBefore)
    // an ordinary withdrawal of the same wallet still goes out
    const ok = await withdraw(s, w.id, parseEther('0.1'), RECIPIENT)
    await waitWithdrawal(s, ok.id, 'confirmed', (x) => x.status === 'confirmed')
  })
})

describe('network fee limit per withdrawal (maxNetworkFeeWei)', () => {
  const LIMIT = 21_000n * parseGwei('40')
  let s: Stack
  beforeAll(async () => {
    s = await startStack({ chain: { pollIntervalMs: 100, fees: { maxNetworkFeeWei: LIMIT.toString() } } })
  })
  afterAll(async () => {
    if (s) await expectLedgerInvariants(s)
    await s?.stop()
  })

  test('above the limit a withdrawal waits queued (network_fee_exceeded) and goes out within it once fees fall', async () => {
    const w = await fundedWallet(s, '10')
    await s.chain.setNextBlockBaseFeePerGas({ baseFeePerGas: parseGwei('100') })
    await s.chain.mine({ blocks: 1 })
    const { id } = await withdraw(s, w.id, parseEther('1'))
    const waiting = await waitWithdrawal(s, id, 'waiting for fees', (x) => x.statusReason?.startsWith('network_fee_exceeded'))
    expect(waiting).toMatchObject({ status: 'queued', attempts: [], maxNetworkFee: null })
    expect(waiting.statusReason).toContain(`${LIMIT} wei (fees.maxNetworkFeeWei)`)
    expect((await s.call('GET', `/v1/wallets/${w.id}/balances`)).body.data[0].available).toBe(parseEther('9').toString())

    await s.chain.setNextBlockBaseFeePerGas({ baseFeePerGas: parseGwei('1') })
    await s.chain.mine({ blocks: 1 })
    const done = await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed')
    expect(BigInt(done.maxNetworkFee)).toBeLessThanOrEqual(LIMIT)
    for (const a of done.attempts as AttemptJson[]) expect(BigInt(a.maxNetworkFee)).toBeLessThanOrEqual(LIMIT)
  })

  test('the view of every attempt says what it may cost at most', async () => {
    const w = await fundedWallet(s, '1')
    const { id } = await withdraw(s, w.id, parseEther('0.1'))
    const done = await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed')
    const [a] = done.attempts as AttemptJson[]
    expect(a!.maxNetworkFee).toBe((BigInt(a!.gasLimit) * BigInt(a!.maxFeePerGas)).toString())
    expect(done.maxNetworkFee).toBe(a!.maxNetworkFee)
    await waitFor('listed', async () => (await s.call('GET', `/v1/withdrawals?walletId=${w.id}`)).body.data.length === 1)
  })
})

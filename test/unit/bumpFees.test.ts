import { bumpFees } from '../../src/chain/fees'
import { FeePolicySchema } from '../../src/config/chains'

const gwei = (n: number) => BigInt(Math.round(n * 1e9))
const policy = FeePolicySchema.parse({ maxFeePerGasCap: gwei(100).toString() })

describe('replacement fees', () => {
  test('both fields rise by the bump percentage (12.5 %), rounded up', () => {
    const r = bumpFees({ maxFeePerGas: gwei(10), maxPriorityFeePerGas: gwei(1) }, { maxFeePerGas: 1n, maxPriorityFeePerGas: 1n }, policy)
    expect(r).toEqual({ ok: true, capped: false, fees: { maxFeePerGas: gwei(11.25), maxPriorityFeePerGas: gwei(1.125) } })
    const odd = bumpFees({ maxFeePerGas: 9n, maxPriorityFeePerGas: 1n }, { maxFeePerGas: 0n, maxPriorityFeePerGas: 0n }, policy)
    expect(odd.ok && odd.fees).toEqual({ maxFeePerGas: 11n, maxPriorityFeePerGas: 2n }) // ceil(10.125), and old + 1 wei
  })

  test('the market wins when it is higher', () => {
    const r = bumpFees({ maxFeePerGas: gwei(2), maxPriorityFeePerGas: gwei(1) }, { maxFeePerGas: gwei(60), maxPriorityFeePerGas: gwei(3) }, policy)
    expect(r.ok && r.fees).toEqual({ maxFeePerGas: gwei(60), maxPriorityFeePerGas: gwei(3) })
  })

  test('clamped to the cap while the node would still accept the replacement', () => {
    const r = bumpFees({ maxFeePerGas: gwei(90), maxPriorityFeePerGas: gwei(1) }, { maxFeePerGas: gwei(300), maxPriorityFeePerGas: gwei(2) }, policy)
    expect(r).toEqual({ ok: true, capped: true, fees: { maxFeePerGas: gwei(100), maxPriorityFeePerGas: gwei(2) } })
  })

  test('impossible (stuck) when the cap leaves less than the node’s 10 % rule', () => {
    const r = bumpFees({ maxFeePerGas: gwei(95), maxPriorityFeePerGas: gwei(1) }, { maxFeePerGas: gwei(300), maxPriorityFeePerGas: gwei(2) }, policy)
    expect(r).toEqual({ ok: false, reason: 'fee_cap', cap: gwei(100), needed: gwei(104.5) })
  })

  test('a cancel may exceed the cap', () => {
    const r = bumpFees({ maxFeePerGas: gwei(95), maxPriorityFeePerGas: gwei(1) }, { maxFeePerGas: gwei(300), maxPriorityFeePerGas: gwei(2) }, policy, { ignoreCap: true })
    expect(r.ok && r.fees.maxFeePerGas).toBe(gwei(300))
  })

  test('the tip never exceeds the max fee', () => {
    const r = bumpFees({ maxFeePerGas: gwei(90), maxPriorityFeePerGas: gwei(90) }, { maxFeePerGas: 0n, maxPriorityFeePerGas: 0n }, policy)
    // 90 → 101.25 capped to 100 for both: 100 >= 99 (10 % rule) for both fields
    expect(r).toEqual({ ok: true, capped: true, fees: { maxFeePerGas: gwei(100), maxPriorityFeePerGas: gwei(100) } })
  })
})

import { bumpFees, cancelFeeCeiling, clampFees } from '../../src/chain/fees'
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

  test('a cancel may exceed the cap, up to its ceiling (3 × market here)', () => {
    const market = { maxFeePerGas: gwei(300), maxPriorityFeePerGas: gwei(2) }
    const r = bumpFees({ maxFeePerGas: gwei(95), maxPriorityFeePerGas: gwei(1) }, market, policy, { ceiling: cancelFeeCeiling(policy, market) })
    expect(r.ok && r.fees.maxFeePerGas).toBe(gwei(300))
  })

  test('the tip never exceeds the max fee', () => {
    const r = bumpFees({ maxFeePerGas: gwei(90), maxPriorityFeePerGas: gwei(90) }, { maxFeePerGas: 0n, maxPriorityFeePerGas: 0n }, policy)
    // 90 → 101.25 capped to 100 for both: 100 >= 99 (10 % rule) for both fields
    expect(r).toEqual({ ok: true, capped: true, fees: { maxFeePerGas: gwei(100), maxPriorityFeePerGas: gwei(100) } })
  })

  // issue 13, C1: repeated cancels compounded +12.5 % per call without any bound (ignoreCap)
  describe('cancel ceiling', () => {
    const market = { maxFeePerGas: gwei(20), maxPriorityFeePerGas: gwei(1) }

    test('defaults: max(cap, 3 × market), at most the 2000 gwei hard cap', () => {
      const d = FeePolicySchema.parse({})
      expect([d.cancelFeeCeilingPercent, d.cancelMaxFeePerGasCap, d.minReplacementIntervalSeconds, d.maxGasLimitNative, d.maxGasLimitToken, d.maxNetworkFeeWei]).toEqual([300, gwei(2000), 15, 150_000, 250_000, undefined])
      expect(cancelFeeCeiling(policy, market)).toBe(gwei(100)) // 3 × 20 = 60 < cap 100
      expect(cancelFeeCeiling(policy, { maxFeePerGas: gwei(50), maxPriorityFeePerGas: 1n })).toBe(gwei(150))
      expect(cancelFeeCeiling(policy, { maxFeePerGas: gwei(5000), maxPriorityFeePerGas: 1n })).toBe(gwei(2000))
      const tight = FeePolicySchema.parse({ maxFeePerGasCap: gwei(100).toString(), cancelFeeCeilingPercent: 150, cancelMaxFeePerGasCap: gwei(120).toString() })
      expect(cancelFeeCeiling(tight, { maxFeePerGas: gwei(100), maxPriorityFeePerGas: 1n })).toBe(gwei(120))
    })

    test('130 cancels in a row never go above the ceiling, and stop (stuck) once no valid bump is left', () => {
      let fees = { maxFeePerGas: gwei(10), maxPriorityFeePerGas: gwei(1) }
      const ceiling = cancelFeeCeiling(policy, market)
      let signed = 0
      for (let i = 0; i < 130; i++) {
        const r = bumpFees(fees, market, policy, { ceiling })
        if (!r.ok) {
          expect(r).toEqual({ ok: false, reason: 'fee_cap', cap: ceiling, needed: expect.any(BigInt) })
          break
        }
        expect(r.fees.maxFeePerGas).toBeLessThanOrEqual(ceiling)
        expect(r.fees.maxPriorityFeePerGas).toBeLessThanOrEqual(r.fees.maxFeePerGas)
        fees = r.fees
        signed++
      }
      // the last cancel is within 10 % (the node's replacement rule) of the ceiling: no valid bump is left
      expect(fees.maxFeePerGas).toBeLessThanOrEqual(gwei(100))
      expect((fees.maxFeePerGas * 110n) / 100n).toBeGreaterThan(gwei(100))
      expect(signed).toBeLessThan(25) // before: all 130, tip × 1.125^130
    })

    test('without a ceiling the chain cap applies (there is no unbounded escape any more)', () => {
      const r = bumpFees({ maxFeePerGas: gwei(95), maxPriorityFeePerGas: gwei(1) }, { maxFeePerGas: gwei(300), maxPriorityFeePerGas: gwei(2) }, policy)
      expect(r.ok).toBe(false)
      expect(bumpFees.length).toBe(3) // (old, market, policy, opts?)
    })

    test('clampFees keeps the tip under the max fee', () => {
      expect(clampFees({ maxFeePerGas: gwei(500), maxPriorityFeePerGas: gwei(400) }, gwei(300))).toEqual({ maxFeePerGas: gwei(300), maxPriorityFeePerGas: gwei(300) })
      expect(clampFees(market, gwei(300))).toEqual(market)
    })

    test('a cancel cap below the transfer cap is refused at boot', () => {
      expect(() => FeePolicySchema.parse({ maxFeePerGasCap: gwei(3000).toString() })).toThrow(/cancelMaxFeePerGasCap/)
      expect(() => FeePolicySchema.parse({ minReplacementIntervalSeconds: -1 })).toThrow()
      expect(() => FeePolicySchema.parse({ maxGasLimitNative: 20_000 })).toThrow()
    })
  })
})

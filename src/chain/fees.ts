/**
 * EIP-1559 fee estimation.
 *
 * First attempts take the node's estimate (viem `estimateFeesPerGas`: `eth_feeHistory` / the latest
 * base fee ×2 plus `eth_maxPriorityFeePerGas`), scaled by the chain's multiplier and clamped to the
 * chain's fee cap. All values are wei.
 */
import type { ChainPublicClient } from './clients'
import type { FeePolicy } from '../config'

export interface Fees {
  /** wei per gas */
  maxFeePerGas: bigint
  /** wei per gas */
  maxPriorityFeePerGas: bigint
}

/**
 * Market fees for a new transaction, clamped to `policy.maxFeePerGasCap`.
 * @throws viem errors when the node cannot be reached (the caller retries)
 */
export async function estimateMarketFees(client: ChainPublicClient, policy: FeePolicy, opts: { ignoreCap?: boolean } = {}): Promise<Fees> {
  const est = await client.estimateFeesPerGas({ type: 'eip1559' })
  let maxFeePerGas = (est.maxFeePerGas * BigInt(policy.feeMultiplierPercent)) / 100n
  let maxPriorityFeePerGas = est.maxPriorityFeePerGas
  if (!opts.ignoreCap && maxFeePerGas > policy.maxFeePerGasCap) maxFeePerGas = policy.maxFeePerGasCap
  if (maxPriorityFeePerGas > maxFeePerGas) maxPriorityFeePerGas = maxFeePerGas
  return { maxFeePerGas, maxPriorityFeePerGas }
}

/** Smallest increase nodes accept for a replacement of the same nonce (geth's price bump: 10 %). */
export const NODE_MIN_BUMP_PERCENT = 10

function ceilPercent(v: bigint, percent: number): bigint {
  const bps = BigInt(Math.round(percent * 100))
  return (v * (10_000n + bps) + 9_999n) / 10_000n
}

export type BumpResult =
  | { ok: true; fees: Fees; capped: boolean }
  | { ok: false; reason: 'fee_cap'; cap: bigint; needed: bigint }

/**
 * Fees of a replacement of the same nonce: each of `maxFeePerGas` and `maxPriorityFeePerGas` becomes
 * max(ceil(old × (1 + bump%)), old + 1 wei, market), then `maxFeePerGas` is clamped to the chain's cap
 * (unless `ignoreCap`, for cancels, so a gas spike can never wedge an address). A replacement the node
 * would refuse (below old × 1.1 after clamping) is not possible: the withdrawal is stuck at the cap.
 *
 * @param old    fees of the attempt being replaced (wei per gas)
 * @param market current market fees (wei per gas), uncapped
 */
export function bumpFees(old: Fees, market: Fees, policy: FeePolicy, opts: { ignoreCap?: boolean } = {}): BumpResult {
  const up = (o: bigint, m: bigint) => {
    let v = ceilPercent(o, policy.bumpPercent)
    if (v < o + 1n) v = o + 1n
    if (v < m) v = m
    return v
  }
  let maxFeePerGas = up(old.maxFeePerGas, market.maxFeePerGas)
  let maxPriorityFeePerGas = up(old.maxPriorityFeePerGas, market.maxPriorityFeePerGas)
  let capped = false
  if (!opts.ignoreCap && maxFeePerGas > policy.maxFeePerGasCap) {
    maxFeePerGas = policy.maxFeePerGasCap
    capped = true
  }
  if (maxPriorityFeePerGas > maxFeePerGas) maxPriorityFeePerGas = maxFeePerGas
  const needed = ceilPercent(old.maxFeePerGas, NODE_MIN_BUMP_PERCENT)
  const neededTip = ceilPercent(old.maxPriorityFeePerGas, NODE_MIN_BUMP_PERCENT)
  if (maxFeePerGas < needed || maxPriorityFeePerGas < neededTip) {
    return { ok: false, reason: 'fee_cap', cap: policy.maxFeePerGasCap, needed }
  }
  return { ok: true, fees: { maxFeePerGas, maxPriorityFeePerGas }, capped }
}

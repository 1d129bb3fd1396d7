/**
 * EIP-1559 fee estimation and the bounds of every fee the service signs.
 *
 * First attempts take the node's estimate (viem `estimateFeesPerGas`: `eth_feeHistory` / the latest
 * base fee ×2 plus `eth_maxPriorityFeePerGas`), scaled by the chain's multiplier and clamped to the
 * chain's fee cap. Replacements (speed-ups, automatic bumps) are clamped to the same cap; cancels (and
 * every bump after a cancel request, and nonce fills) to the cancel ceiling ({@link cancelFeeCeiling}).
 * Nothing is signed above a configured bound. All values are wei per gas.
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
 * The market's fees as the node estimates them (× `policy.feeMultiplierPercent`), not clamped: what a
 * ceiling is computed from (see {@link cancelFeeCeiling}) and what a bump must at least offer.
 * JSON-RPC: `eth_feeHistory` / `eth_getBlockByNumber`, `eth_maxPriorityFeePerGas`.
 * @throws viem errors when the node cannot be reached (the caller retries)
 */
export async function readMarketFees(client: ChainPublicClient, policy: FeePolicy): Promise<Fees> {
  const est = await client.estimateFeesPerGas({ type: 'eip1559' })
  return { maxFeePerGas: (est.maxFeePerGas * BigInt(policy.feeMultiplierPercent)) / 100n, maxPriorityFeePerGas: est.maxPriorityFeePerGas }
}

/**
 * Market fees for a new transaction, clamped to `policy.maxFeePerGasCap`.
 * @throws viem errors when the node cannot be reached (the caller retries)
 */
export async function estimateMarketFees(client: ChainPublicClient, policy: FeePolicy): Promise<Fees> {
  return clampFees(await readMarketFees(client, policy), policy.maxFeePerGasCap)
}

/** `fees` with `maxFeePerGas` at most `ceiling` and the tip at most `maxFeePerGas` (wei per gas). */
export function clampFees(fees: Fees, ceiling: bigint): Fees {
  const maxFeePerGas = fees.maxFeePerGas > ceiling ? ceiling : fees.maxFeePerGas
  return { maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas > maxFeePerGas ? maxFeePerGas : fees.maxPriorityFeePerGas }
}

/**
 * Highest `maxFeePerGas` (wei per gas) a cancel may be signed with:
 * min(`cancelMaxFeePerGasCap`, max(`maxFeePerGasCap`, `cancelFeeCeilingPercent` % × market `maxFeePerGas`)).
 * A cancel can outbid a gas spike up to a multiple of the current market, but repeated cancels can no
 * longer compound fees without bound (issue 13, C1). Also bounds the automatic bumps of a withdrawal
 * whose cancel was requested, and nonce fills.
 *
 * @param market current market fees, unclamped ({@link readMarketFees})
 */
export function cancelFeeCeiling(policy: FeePolicy, market: Fees): bigint {
  const relative = (market.maxFeePerGas * BigInt(policy.cancelFeeCeilingPercent)) / 100n
  const ceiling = relative > policy.maxFeePerGasCap ? relative : policy.maxFeePerGasCap
  return ceiling < policy.cancelMaxFeePerGasCap ? ceiling : policy.cancelMaxFeePerGasCap
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
 * max(ceil(old × (1 + bump%)), old + 1 wei, market), then `maxFeePerGas` is clamped to `ceiling` (the
 * chain's `maxFeePerGasCap` unless given: a cancel passes {@link cancelFeeCeiling}). There is no
 * unbounded path. A replacement the node would refuse (below old × 1.1 after clamping, geth's price
 * bump) is not possible: `ok: false`, the withdrawal is stuck at the ceiling.
 *
 * @param old    fees of the attempt being replaced (wei per gas)
 * @param market current market fees (wei per gas), unclamped
 * @param opts.ceiling highest `maxFeePerGas` to sign (wei per gas); defaults to `policy.maxFeePerGasCap`
 */
export function bumpFees(old: Fees, market: Fees, policy: FeePolicy, opts: { ceiling?: bigint } = {}): BumpResult {
  const ceiling = opts.ceiling ?? policy.maxFeePerGasCap
  const up = (o: bigint, m: bigint) => {
    let v = ceilPercent(o, policy.bumpPercent)
    if (v < o + 1n) v = o + 1n
    if (v < m) v = m
    return v
  }
  let maxFeePerGas = up(old.maxFeePerGas, market.maxFeePerGas)
  let maxPriorityFeePerGas = up(old.maxPriorityFeePerGas, market.maxPriorityFeePerGas)
  let capped = false
  if (maxFeePerGas > ceiling) {
    maxFeePerGas = ceiling
    capped = true
  }
  if (maxPriorityFeePerGas > maxFeePerGas) maxPriorityFeePerGas = maxFeePerGas
  const needed = ceilPercent(old.maxFeePerGas, NODE_MIN_BUMP_PERCENT)
  const neededTip = ceilPercent(old.maxPriorityFeePerGas, NODE_MIN_BUMP_PERCENT)
  if (maxFeePerGas < needed || maxPriorityFeePerGas < neededTip) {
    return { ok: false, reason: 'fee_cap', cap: ceiling, needed }
  }
  return { ok: true, fees: { maxFeePerGas, maxPriorityFeePerGas }, capped }
}

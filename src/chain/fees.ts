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
export async function estimateMarketFees(client: ChainPublicClient, policy: FeePolicy): Promise<Fees> {
  const est = await client.estimateFeesPerGas({ type: 'eip1559' })
  let maxFeePerGas = (est.maxFeePerGas * BigInt(policy.feeMultiplierPercent)) / 100n
  let maxPriorityFeePerGas = est.maxPriorityFeePerGas
  if (maxFeePerGas > policy.maxFeePerGasCap) maxFeePerGas = policy.maxFeePerGasCap
  if (maxPriorityFeePerGas > maxFeePerGas) maxPriorityFeePerGas = maxFeePerGas
  return { maxFeePerGas, maxPriorityFeePerGas }
}

import { getWallet } from '../../db/wallets'
import { upsertSweepPolicy } from '../../db/sweeps'
import { AppError } from '../../lib/errors'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'
import { sweepPolicyView, type SweepPolicyView } from '../views'

export interface SetSweepPolicyInput {
  walletId: string
  /** `{chainId}:native` or `{chainId}:{tokenAddress}` */
  asset: string
  /** base units: a deposit address is swept once its confirmed balance of `asset` reaches this */
  threshold: bigint
  /** the wallet whose hot address receives the sweeps (e.g. a `kms-key` treasury); null: this wallet's own */
  destinationWalletId: string | null
  enabled: boolean
}

/**
 * Creates or replaces the sweep policy of a wallet and asset. The chain's sweep job applies it on its
 * next run (see planSweeps).
 *
 * @throws AppError `wallet_not_found` (the wallet or the destination wallet), `unknown_asset`,
 *         `validation_failed` (threshold ≤ 0)
 */
export async function setSweepPolicy(deps: Deps, input: SetSweepPolicyInput): Promise<SweepPolicyView> {
  const asset = resolveAsset(deps.config, input.asset)
  if (input.threshold <= 0n) throw new AppError('validation_failed', 'threshold must be a positive integer of base units', { errors: [{ pointer: '/threshold', detail: 'must be > 0' }] })
  if (!(await getWallet(deps.db, input.walletId))) throw new AppError('wallet_not_found', `wallet ${input.walletId} does not exist`)
  const destination = input.destinationWalletId === input.walletId ? null : input.destinationWalletId
  if (destination && !(await getWallet(deps.db, destination))) {
    throw new AppError('wallet_not_found', `destination wallet ${destination} does not exist`, { errors: [{ pointer: '/destinationWalletId', detail: 'no such wallet' }] })
  }
  const row = await upsertSweepPolicy(deps.db, { walletId: input.walletId, asset: asset.id, chainId: asset.chainId, threshold: input.threshold, destinationWalletId: destination, enabled: input.enabled })
  deps.logger.info({ walletId: input.walletId, asset: asset.id, threshold: input.threshold.toString(), destinationWalletId: destination }, 'sweep policy set')
  return sweepPolicyView(row)
}

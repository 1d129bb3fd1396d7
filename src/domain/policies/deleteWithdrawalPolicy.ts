import { withTx } from '../../db/client'
import { deletePolicy } from '../../db/policies'
import { AppError } from '../../lib/errors'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'
import { assertWallet } from './queries'

/**
 * Removes the withdrawal policy of (wallet, asset): withdrawals requested from then on are only
 * checked against the balance. Withdrawals waiting for approval keep waiting.
 *
 * @throws AppError `wallet_not_found`, `unknown_asset`, `policy_not_found`
 */
export async function deleteWithdrawalPolicy(deps: Deps, walletId: string, asset: string): Promise<void> {
  const a = resolveAsset(deps.config, asset)
  await assertWallet(deps, walletId)
  const deleted = await withTx(deps.db, (tx) => deletePolicy(tx, walletId, a.id))
  if (!deleted) throw new AppError('policy_not_found', `wallet ${walletId} has no withdrawal policy for ${a.id}`)
}

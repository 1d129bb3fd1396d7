import { deleteSweepPolicy as deleteRow } from '../../db/sweeps'
import { AppError } from '../../lib/errors'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'

/**
 * Removes the sweep policy of a wallet and asset: no new sweeps are planned for it; sweeps already
 * queued go on.
 *
 * @throws AppError `unknown_asset`, `not_found` (no such policy)
 */
export async function deleteSweepPolicy(deps: Deps, walletId: string, asset: string): Promise<void> {
  const info = resolveAsset(deps.config, asset)
  if (!(await deleteRow(deps.db, walletId, info.id))) throw new AppError('not_found', `wallet ${walletId} has no sweep policy for ${info.id}`)
}

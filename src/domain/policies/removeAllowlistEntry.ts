import { removeAllowlistEntry as removeRow } from '../../db/policies'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { allowlistEntryView, assertWallet, type AllowlistEntryView } from './queries'

/**
 * Removes a destination from a wallet's allowlist (the entry is kept, marked removed). Adding the
 * address again starts a new cooling-off period.
 *
 * @throws AppError `wallet_not_found`, `allowlist_entry_not_found`
 */
export async function removeAllowlistEntry(deps: Deps, walletId: string, entryId: string): Promise<AllowlistEntryView> {
  await assertWallet(deps, walletId)
  const row = await removeRow(deps.db, walletId, entryId)
  if (!row) throw new AppError('allowlist_entry_not_found', `wallet ${walletId} has no active allowlist entry ${entryId}`)
  return allowlistEntryView(row)
}

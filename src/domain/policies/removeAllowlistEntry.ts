import { withTx } from '../../db/client'
import { getAllowlistEntry } from '../../db/policies'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { submitPolicyChange, type PolicyActor } from './policyChanges'
import { allowlistEntryView, assertWallet, type AllowlistEntryView } from './queries'

/**
 * Removes a destination from a wallet's allowlist (the entry is kept, marked removed). A removal only
 * tightens, so it applies at once (recorded as an applied policy change, event `policy.changed`).
 * Adding the address again is a new addition (approval, new cooling-off period).
 *
 * @throws AppError `wallet_not_found`, `allowlist_entry_not_found`
 */
export async function removeAllowlistEntry(deps: Deps, walletId: string, entryId: string, actor: PolicyActor | null = null): Promise<AllowlistEntryView> {
  await assertWallet(deps, walletId)
  return withTx(deps.db, async (tx) => {
    const entry = await getAllowlistEntry(tx, walletId, entryId)
    if (!entry || entry.removedAt) throw new AppError('allowlist_entry_not_found', `wallet ${walletId} has no active allowlist entry ${entryId}`)
    const change = await submitPolicyChange(
      deps,
      tx,
      { walletId, asset: null, action: 'remove_allowlist_entry', request: { entryId, address: entry.address, label: entry.label }, previous: null, reasons: [], approvalsRequired: 0 },
      actor ?? { keyId: null, clientId: null },
    )
    if (change.resultId === null) throw new AppError('allowlist_entry_not_found', `wallet ${walletId} has no active allowlist entry ${entryId}`)
    return allowlistEntryView((await getAllowlistEntry(tx, walletId, entryId))!)
  })
}

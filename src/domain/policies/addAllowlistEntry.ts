import { getAddress, isAddress } from 'viem'
import { withTx } from '../../db/client'
import { findActiveAllowlistEntry } from '../../db/policies'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { allowlistQuorum, submitPolicyChange, type PolicyActor, type PolicyChangeView } from './policyChanges'
import { assertWallet } from './queries'

/**
 * Asks to put a destination on a wallet's allowlist. An addition loosens the allowlist, so it is a
 * policy change pending approval by other parties (the quorum is the largest `approvalsRequired` of
 * the wallet's policies, at least 1; issue 13 H2). When approved, the entry is created; its cooling-off
 * period counts from then and is the longest of the wallet's policies' periods in force then (kept on
 * the entry) and, at each withdrawal, the current one.
 *
 * @returns the pending policy change (`action: add_allowlist_entry`)
 * @throws AppError `wallet_not_found`, `validation_failed` (bad address or EIP-55 checksum),
 *         `allowlist_entry_exists` (409, `existingId` points at the active entry)
 */
export async function addAllowlistEntry(deps: Deps, walletId: string, input: { address: string; label?: string }, actor: PolicyActor | null): Promise<PolicyChangeView> {
  if (!isAddress(input.address, { strict: true })) {
    throw new AppError('validation_failed', `"${input.address}" is not a valid address (EIP-55 checksum)`, { errors: [{ pointer: '/address', detail: 'invalid address or checksum' }] })
  }
  await assertWallet(deps, walletId)
  const address = getAddress(input.address).toLowerCase()
  const existing = await findActiveAllowlistEntry(deps.db, walletId, address)
  if (existing) {
    throw new AppError('allowlist_entry_exists', `${getAddress(address)} is already on the allowlist of wallet ${walletId}`, { extra: { existingId: existing.id } })
  }
  return withTx(deps.db, async (tx) =>
    submitPolicyChange(
      deps,
      tx,
      {
        walletId,
        asset: null,
        action: 'add_allowlist_entry',
        request: { address, label: input.label ?? null },
        previous: null,
        reasons: [`${getAddress(address)} would become an allowed destination`],
        approvalsRequired: await allowlistQuorum(tx, walletId),
      },
      actor ?? { keyId: null, clientId: null },
    ),
  )
}

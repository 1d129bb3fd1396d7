import { getAddress, isAddress } from 'viem'
import { isConstraintViolation } from '../../db/client'
import { findActiveAllowlistEntry, insertAllowlistEntry } from '../../db/policies'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { allowlistEntryView, assertWallet, type AllowlistEntryView } from './queries'

/**
 * Puts a destination on a wallet's allowlist. Its cooling-off period (the policy's
 * `allowlistCoolingOffSeconds`) counts from now; the database keeps `createdAt` from ever changing.
 *
 * @throws AppError `wallet_not_found`, `validation_failed` (bad address or EIP-55 checksum),
 *         `allowlist_entry_exists` (409, `existingId` points at the active entry)
 */
export async function addAllowlistEntry(deps: Deps, walletId: string, input: { address: string; label?: string }, actor: { keyId: string } | null): Promise<AllowlistEntryView> {
  if (!isAddress(input.address, { strict: true })) {
    throw new AppError('validation_failed', `"${input.address}" is not a valid address (EIP-55 checksum)`, { errors: [{ pointer: '/address', detail: 'invalid address or checksum' }] })
  }
  await assertWallet(deps, walletId)
  const address = getAddress(input.address).toLowerCase()
  const conflict = async (cause?: unknown) => {
    const existing = await findActiveAllowlistEntry(deps.db, walletId, address)
    return new AppError('allowlist_entry_exists', `${getAddress(address)} is already on the allowlist of wallet ${walletId}`, { ...(cause ? { cause } : {}), extra: existing ? { existingId: existing.id } : {} })
  }
  if (await findActiveAllowlistEntry(deps.db, walletId, address)) throw await conflict()
  try {
    const row = await insertAllowlistEntry(deps.db, { id: newId(), walletId, address, label: input.label ?? null, createdByKeyId: actor?.keyId ?? null })
    return allowlistEntryView(row)
  } catch (e) {
    if (isConstraintViolation(e, 'withdrawal_allowlist_active')) throw await conflict(e)
    throw e
  }
}

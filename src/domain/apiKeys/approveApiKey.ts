/**
 * Approval of a privileged API key (scope `approver` or `admin`) minted through the API: such a key is
 * created `pending_approval` and refused (401 `api_key_not_approved`) until an admin of another party
 * approves it here. Steps: load the key, check it is pending and not revoked, check the approving admin
 * is neither the key's requester (party rule of src/domain/approvals/party.ts: key, API client or
 * identity) nor the identity the key is for, then activate it recording who approved it (the database
 * refuses an approver of the requester's or the key's own identity too).
 */
import { activateApiKey, getApiKey } from '../../db/apiKeys'
import type { DbOrTx } from '../../db/client'
import { AppError } from '../../lib/errors'
import { assertOtherParty, loadParty, type Party } from '../approvals/party'
import { apiKeyView, type ApiKeyView } from './queries'

/**
 * Activates a pending privileged API key.
 *
 * @param approver the approving admin key's party (`keyId`, `clientId`, `identity`)
 * @returns the key, now `active`, with `approvedBy`
 * @throws AppError `api_key_not_found`; `invalid_state` (409: not pending, or revoked);
 *         `approval_not_allowed` (403: the approver is the requester's party, or the key's own identity)
 */
export async function approveApiKey(db: DbOrTx, id: string, approver: Party): Promise<ApiKeyView> {
  const k = await getApiKey(db, id)
  if (!k) throw new AppError('api_key_not_found', `API key ${id} does not exist`)
  if (k.revokedAt) throw new AppError('invalid_state', `API key ${id} is revoked`, { extra: { status: 'revoked' } })
  if (k.status !== 'pending_approval') throw new AppError('invalid_state', `API key ${id} is ${k.status}; there is nothing to approve`, { extra: { status: k.status } })
  const requester = (await loadParty(db, k.requestedByKeyId)) ?? (k.requestedByIdentity ? { keyId: '', clientId: '', identity: k.requestedByIdentity } : null)
  assertOtherParty(requester, approver, `API key ${id}`)
  if (approver.identity === k.approverIdentity) {
    throw new AppError('approval_not_allowed', `API key ${approver.keyId} has the identity "${k.approverIdentity}" that key ${id} is for and cannot approve it; another admin must`)
  }
  const row = await activateApiKey(db, id, approver)
  if (!row) throw new AppError('invalid_state', `API key ${id} left pending_approval concurrently`)
  return apiKeyView(row)
}

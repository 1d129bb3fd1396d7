/**
 * The checker's side of maker-checker for ledger adjustments (issue 13, M1): an adjustment request
 * `pending_approval` (one that touches customer funds, or above ADJUSTMENT_APPROVAL_THRESHOLD) is
 * booked only when a party other than its requester approves it, or ends `rejected`.
 *
 * Steps of an approval, in one database transaction: lock the request, check it is pending, check the
 * approver is another party (src/domain/approvals/party.ts: not the requesting key, its API client or
 * its approver identity), re-check the reconciliation line's cap and the date (a reconciliation may
 * have matched the account since), book the adjustment under the request's id (createAdjustment.ts
 * `bookAdjustment`, with its outbox event `ledger.adjustment.created`) and record the decision. A
 * refusal (cap, date, overdraft) rolls all of it back: the request stays pending, to be rejected.
 * A rejection by any approver, the requester's party included (withdrawing its own request), books
 * nothing. Each decision writes its outbox event `ledger.adjustment.decided` in the same transaction.
 */
import { decideAdjustmentRequest, getAdjustmentRequest, listAdjustmentRequests, lockAdjustmentRequest, type AdjustmentRequestStatus } from '../../db/adjustments'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getAccount } from '../../db/ledger'
import { getReconciliationItem } from '../../db/reconciliations'
import { AppError } from '../../lib/errors'
import { assertOtherParty, type Party } from '../approvals/party'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { adjustmentRequestViewOf, adjustmentRequestViews, type AdjustmentRequestView } from './adjustmentView'
import { bookAdjustment } from './createAdjustment'

type Decision = 'approve' | 'reject'

async function decide(deps: Deps, id: string, approver: Party, decision: Decision, comment: string | undefined): Promise<AdjustmentRequestView> {
  await withTx(deps.db, async (tx) => {
    const r = await lockAdjustmentRequest(tx, id)
    if (!r) throw new AppError('adjustment_request_not_found', `adjustment request ${id} does not exist`)
    if (r.status !== 'pending_approval') {
      throw new AppError('invalid_state', `adjustment request ${id} is ${r.status}, not pending_approval: there is nothing to ${decision}`, { extra: { status: r.status } })
    }
    if (decision === 'approve') {
      const requester = { keyId: r.requestedByKeyId ?? '', clientId: r.requestedByClientId ?? '', identity: r.requestedByIdentity }
      assertOtherParty(requester, approver, `adjustment request ${id}`)
      const account = await getAccount(tx, r.accountId)
      if (!account?.address) throw new AppError('invalid_adjustment', `account ${r.accountId} is not a custody address account`)
      const item = await getReconciliationItem(tx, r.reconciliationId, account.address, account.asset)
      await bookAdjustment(tx, {
        id: r.id,
        account,
        input: { accountId: r.accountId, amount: r.amount, counterpart: r.counterpart, reason: r.reason, reconciliationId: r.reconciliationId },
        block: r.blockNumber,
        difference: item?.difference ?? 0n,
        actor: { apiKeyId: r.requestedByKeyId, clientId: r.requestedByClientId, identity: r.requestedByIdentity },
        approvedBy: { keyId: approver.keyId, identity: approver.identity },
        except: r.id,
      })
    }
    const ok = await decideAdjustmentRequest(tx, id, {
      status: decision === 'approve' ? 'posted' : 'rejected',
      keyId: approver.keyId,
      clientId: approver.clientId,
      identity: approver.identity,
      comment: comment ?? null,
    })
    if (!ok) throw new AppError('invalid_state', `adjustment request ${id} left pending_approval concurrently`)
    const account = await getAccount(tx, r.accountId)
    const decided = adjustmentRequestViewOf((await getAdjustmentRequest(tx, id))!, account?.address ?? null)
    await insertEvents(tx, [{ type: 'ledger.adjustment.decided', data: decided, walletId: account?.walletId ?? null }])
  })
  return getAdjustmentRequestView(deps, id)
}

/**
 * Approves an adjustment request: books the adjustment (same id as the request).
 *
 * @param approver the approving key's party (key, API client, approver identity)
 * @returns the request, `posted`, with `decidedBy` and `adjustmentId`
 * @throws AppError `adjustment_request_not_found`, `invalid_state` (already decided),
 *         `approval_not_allowed` (the requester's party), `adjustment_exceeds_difference`,
 *         `adjustment_backdated`, `insufficient_balance` (the request then stays pending)
 */
export function approveAdjustmentRequest(deps: Deps, id: string, approver: Party, comment?: string): Promise<AdjustmentRequestView> {
  return decide(deps, id, approver, 'approve', comment)
}

/**
 * Rejects an adjustment request: nothing is booked.
 * @throws AppError `adjustment_request_not_found`, `invalid_state` (already decided)
 */
export function rejectAdjustmentRequest(deps: Deps, id: string, approver: Party, comment?: string): Promise<AdjustmentRequestView> {
  return decide(deps, id, approver, 'reject', comment)
}

/** @throws AppError `adjustment_request_not_found` */
export async function getAdjustmentRequestView(deps: Pick<Deps, 'db'>, id: string): Promise<AdjustmentRequestView> {
  const r = await getAdjustmentRequest(deps.db, id)
  if (!r) throw new AppError('adjustment_request_not_found', `adjustment request ${id} does not exist`)
  return (await adjustmentRequestViews(deps, [r]))[0]!
}

/** A page of adjustment requests, newest first, optionally of one status. */
export async function listAdjustmentRequestViews(deps: Pick<Deps, 'db'>, filter: { status?: AdjustmentRequestStatus }, page: Page): Promise<AdjustmentRequestView[]> {
  return adjustmentRequestViews(deps, await listAdjustmentRequests(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) }))
}

/**
 * Approvals of withdrawals that a policy put in `pending_approval` (four-eyes rule).
 *
 *  - an approver is an API key with the `approver` scope (`admin` grants it too);
 *  - approvals count parties, not keys (src/domain/approvals/party.ts): a key of the requester's party
 *    (the requesting key, any key of the requester's API client, any key with the requester's approver
 *    identity) cannot approve (403 `approval_not_allowed`; the database refuses it as well), whatever
 *    its scopes, `admin` included; it may reject;
 *  - each approver decides once, and each identity approves once whichever of its keys it uses (a
 *    second decision is refused: 409 `approval_already_recorded`);
 *  - when the number of distinct identities that approved reaches the count the policy gave the
 *    withdrawal at request time, the policy that applies now is evaluated again (issue 13 L5: allowlist,
 *    limits, default-deny; the withdrawal itself left out of the rolling 24 h sums): when it refuses now,
 *    the withdrawal moves `pending_approval → rejected` (reason `policy_refused_at_approval`) and its hold
 *    is voided; otherwise it moves `pending_approval → queued` and its submit job is enqueued;
 *  - one rejection moves it `pending_approval → rejected` and voids its hold, so the funds are
 *    available again.
 * Each decision locks the withdrawal row, so the N-th approval moves it exactly once, and writes its
 * outbox event in the same transaction (`withdrawal.approval_recorded`, `withdrawal.queued`,
 * `withdrawal.rejected`).
 */
import { isConstraintViolation, withTx, type DbTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { insertApproval, listApprovals, lockWithdrawalForApproval } from '../../db/policies'
import { getAttempts, getWithdrawal, moveWithdrawals, type WithdrawalRow } from '../../db/withdrawals'
import { enqueueSubmit } from '../../jobs/queues'
import { AppError } from '../../lib/errors'
import { assertOtherParty, countDistinctParties, loadParty, type Party } from '../approvals/party'
import type { Deps } from '../deps'
import { voidWithdrawal } from '../ledger/entries'
import { evaluateWithdrawalPolicy } from '../policies/evaluateWithdrawalPolicy'
import { withdrawalView, type WithdrawalView } from '../views'
import { assertTransition } from './stateMachine'

/** The approving API key's party (see src/domain/approvals/party.ts). */
export type Approver = Party

type Decision = 'approve' | 'reject'

async function lockPending(tx: DbTx, id: string, approver: Approver, decision: Decision) {
  const w = await lockWithdrawalForApproval(tx, id)
  if (!w || w.kind !== 'withdrawal') throw new AppError('withdrawal_not_found', `withdrawal ${id} does not exist`)
  if (w.status !== 'pending_approval') {
    throw new AppError('invalid_state', `withdrawal ${id} is ${w.status}, not pending_approval: there is nothing to ${decision}`, { extra: { status: w.status } })
  }
  if (decision === 'approve') assertOtherParty(await loadParty(tx, w.createdByKeyId), approver, `withdrawal ${id}`)
  return w
}

async function record(tx: DbTx, id: string, approver: Approver, decision: Decision, comment: string | undefined): Promise<void> {
  try {
    await insertApproval(tx, { withdrawalId: id, apiKeyId: approver.keyId, clientId: approver.clientId, approverIdentity: approver.identity, decision, comment: comment ?? null })
  } catch (e) {
    if (isConstraintViolation(e, 'withdrawal_approvals_pkey')) {
      throw new AppError('approval_already_recorded', `API key ${approver.keyId} already decided on withdrawal ${id}; a second decision does not count`, { cause: e })
    }
    if (isConstraintViolation(e, 'withdrawal_approvals_one_per_identity')) {
      throw new AppError('approval_already_recorded', `approver identity "${approver.identity}" already approved withdrawal ${id} with another key; one person counts once`, { cause: e })
    }
    if (isConstraintViolation(e, 'withdrawal_approvals_not_by_creator')) {
      throw new AppError('approval_not_allowed', `API key ${approver.keyId} is of the party that requested withdrawal ${id} and cannot approve it`, { cause: e })
    }
    throw e
  }
}

async function viewOf(db: Deps['db'], w: WithdrawalRow): Promise<WithdrawalView> {
  const [attempts, approvals] = await Promise.all([getAttempts(db, w.id), listApprovals(db, w.id)])
  return withdrawalView(w, attempts, approvals)
}

/** The status reason of a withdrawal whose policy refused it when it was re-checked at its final approval. */
export const REFUSED_AT_APPROVAL = 'policy_refused_at_approval'

/**
 * Records an approval of a `pending_approval` withdrawal; the last required one re-checks the policy
 * (allowlist, limits) and queues it, or rejects it when the policy now refuses it.
 *
 * @param approver the approving key's party (key, API client, approver identity)
 * @returns the withdrawal with its approvals (`status` is `queued` once enough approvers agreed, or
 *          `rejected` with `statusReason: policy_refused_at_approval` when the re-check refused it)
 * @throws AppError `withdrawal_not_found`, `invalid_state` (not pending approval),
 *         `approval_not_allowed` (the requester's party: its key, API client or identity),
 *         `approval_already_recorded` (this key, or another key of this identity, decided already)
 */
export async function approveWithdrawal(deps: Deps, id: string, approver: Approver, comment?: string): Promise<WithdrawalView> {
  const { row, queued } = await withTx(deps.db, async (tx) => {
    const w = await lockPending(tx, id, approver, 'approve')
    await record(tx, id, approver, 'approve', comment)
    const approvals = countDistinctParties((await listApprovals(tx, id)).filter((a) => a.decision === 'approve').map((a) => ({ identity: a.approverIdentity, clientId: a.clientId })))
    if (approvals >= w.approvalsRequired) {
      const current = (await getWithdrawal(tx, id))!
      const recheck = await evaluateWithdrawalPolicy(
        tx,
        { walletId: current.walletId, asset: current.asset, to: current.toAddress, amount: current.amount, excludeWithdrawalId: id },
        deps.config.policies,
      )
      if (recheck.outcome === 'refused') {
        assertTransition('pending_approval', 'rejected')
        const [moved] = await moveWithdrawals(tx, [id], 'pending_approval', 'rejected', { statusReason: REFUSED_AT_APPROVAL })
        if (!moved) throw new AppError('invalid_state', `withdrawal ${id} left pending_approval concurrently`)
        if (moved.holdEntryId) await voidWithdrawal(tx, moved, moved.holdEntryId)
        deps.logger.info({ withdrawalId: id, rule: recheck.rule, decision: recheck }, 'withdrawal refused by its policy at its final approval')
        await insertEvents(tx, [{ type: 'withdrawal.rejected', data: withdrawalView(moved), walletId: moved.walletId }])
        return { row: moved, queued: false }
      }
      assertTransition('pending_approval', 'queued')
      const [moved] = await moveWithdrawals(tx, [id], 'pending_approval', 'queued', { statusReason: null })
      if (!moved) throw new AppError('invalid_state', `withdrawal ${id} left pending_approval concurrently`)
      await insertEvents(tx, [{ type: 'withdrawal.queued', data: withdrawalView(moved), walletId: moved.walletId }])
      return { row: moved, queued: true }
    }
    const current = (await getWithdrawal(tx, id))!
    await insertEvents(tx, [{ type: 'withdrawal.approval_recorded', data: withdrawalView(current), walletId: current.walletId }])
    return { row: current, queued: false }
  })
  if (queued) {
    try {
      await enqueueSubmit(deps.queues, { withdrawalId: id })
    } catch (e) {
      deps.logger.warn({ err: e, withdrawalId: id }, 'could not enqueue submit job; the queue reconciler will')
    }
  }
  return viewOf(deps.db, row)
}

/**
 * Rejects a `pending_approval` withdrawal: it becomes `rejected` (reason `rejected_by_approver`) and its
 * hold is voided in the same transaction, so the amount is available again.
 *
 * @throws AppError `withdrawal_not_found`, `invalid_state` (not pending approval),
 *         `approval_already_recorded` (this approver already decided)
 */
export async function rejectWithdrawal(deps: Deps, id: string, approver: Approver, comment?: string): Promise<WithdrawalView> {
  const row = await withTx(deps.db, async (tx) => {
    await lockPending(tx, id, approver, 'reject')
    await record(tx, id, approver, 'reject', comment)
    assertTransition('pending_approval', 'rejected')
    const [moved] = await moveWithdrawals(tx, [id], 'pending_approval', 'rejected', { statusReason: 'rejected_by_approver' })
    if (!moved) throw new AppError('invalid_state', `withdrawal ${id} left pending_approval concurrently`)
    if (moved.holdEntryId) await voidWithdrawal(tx, moved, moved.holdEntryId)
    await insertEvents(tx, [{ type: 'withdrawal.rejected', data: withdrawalView(moved), walletId: moved.walletId }])
    return moved
  })
  return viewOf(deps.db, row)
}

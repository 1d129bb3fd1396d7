import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWithdrawal, lockWithdrawal, moveWithdrawals, requestCancelOnce } from '../../db/withdrawals'
import { AppError, errorMessage } from '../../lib/errors'
import type { Deps } from '../deps'
import { voidWithdrawal } from '../ledger/entries'
import { withdrawalView, type WithdrawalView } from '../views'
import { getWithdrawalView } from './queries'
import { replaceAttempt } from './replaceAttempt'

/**
 * Cancels a withdrawal.
 *
 * - Not yet signed (`pending_approval`, `queued`): it ends `cancelled` at once; its hold is released
 *   and `withdrawal.cancelled` is emitted, in one transaction under the row lock (a submit job that
 *   locked it first wins, and the cancel continues as below).
 * - Signed (`signing`, `submitted`): the first request records `cancelRequestedAt` (one conditional
 *   UPDATE, so concurrent requests cannot both win) and replaces the nonce by a 0-value self-send at
 *   bumped fees, within the cancel ceiling (`fees.cancelFeeCeilingPercent`, `fees.cancelMaxFeePerGasCap`).
 *   When the nonce's newest attempt is younger than `fees.minReplacementIntervalSeconds`, the cancel is
 *   recorded and the attempt tracker signs it once the interval has passed. It ends `cancelled` only if
 *   the cancel is what gets mined; otherwise it ends as whatever was mined.
 * - A cancel already requested records nothing new and signs nothing: the current state is returned, so
 *   repeated calls are idempotent even without `Idempotency-Key` (issue 13, C1).
 *
 * @returns the withdrawal as it is now (`cancelled`, or in flight with `cancelRequestedAt`)
 * @throws AppError `withdrawal_not_found`; `invalid_state` once mined or settled (too late)
 */
export async function cancelWithdrawal(deps: Deps, id: string): Promise<WithdrawalView> {
  const w = await getWithdrawal(deps.db, id)
  if (!w || w.kind !== 'withdrawal') throw new AppError('withdrawal_not_found', `withdrawal ${id} does not exist`)
  if (w.status === 'cancelled') return getWithdrawalView(deps, id)
  if (w.status === 'pending_approval' || w.status === 'queued') {
    const done = await withTx(deps.db, async (tx) => {
      const locked = await lockWithdrawal(tx, id)
      const [moved] = await moveWithdrawals(tx, [id], ['pending_approval', 'queued'], 'cancelled', { statusReason: 'cancelled before signing' })
      if (!locked || !moved) return false
      if (moved.holdEntryId) await voidWithdrawal(tx, moved, moved.holdEntryId)
      await insertEvents(tx, [{ type: 'withdrawal.cancelled', data: withdrawalView(moved), walletId: moved.walletId }])
      return true
    })
    if (done) return getWithdrawalView(deps, id)
  }
  const now = await getWithdrawal(deps.db, id)
  if (now && (now.status === 'signing' || now.status === 'submitted')) {
    if (now.cancelRequestedAt !== null) return getWithdrawalView(deps, id)
    // Only the request that records the cancel signs it; the others see the state it left.
    if (await requestCancelOnce(deps.db, id)) {
      // The request is recorded: if signing fails now (RPC, key backend), the attempt tracker signs the
      // cancel on a later tick, so the caller still gets the recorded request.
      const r = await replaceAttempt(deps, id, 'cancel', { cancel: true }).catch((e: unknown) => {
        deps.logger.warn({ withdrawalId: id, err: errorMessage(e) }, 'cancel recorded but not signed yet; the tracker retries')
        return null
      })
      if (r?.outcome === 'too_soon') deps.logger.info({ withdrawalId: id, retryAfterSeconds: r.retryAfterSeconds }, 'cancel recorded; the tracker signs it once the replacement interval has passed')
    }
    return getWithdrawalView(deps, id)
  }
  throw new AppError('invalid_state', `withdrawal ${id} is ${now?.status}: it can no longer be cancelled`)
}

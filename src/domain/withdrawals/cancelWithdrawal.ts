import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWithdrawal, lockWithdrawal, moveWithdrawals } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'
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
 * - Signed (`signing`, `submitted`): its nonce is replaced by a 0-value self-send at bumped fees
 *   (allowed above the fee cap). It ends `cancelled` only if the cancel is what gets mined; otherwise it
 *   ends as whatever was mined.
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
    await replaceAttempt(deps, id, 'cancel', { cancel: true })
    return getWithdrawalView(deps, id)
  }
  throw new AppError('invalid_state', `withdrawal ${id} is ${now?.status}: it can no longer be cancelled`)
}

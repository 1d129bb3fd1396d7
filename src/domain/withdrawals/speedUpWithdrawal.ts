import { chainClient } from '../../chain/clients'
import { getWithdrawal } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { WithdrawalView } from '../views'
import { getWithdrawalView } from './queries'
import { replaceAttempt } from './replaceAttempt'

/**
 * Speeds up a signed withdrawal now: a replacement of its nonce with bumped fees
 * (max(ceil(old × (1 + bump%)), old + 1 wei, market), within the fee cap), without waiting for the
 * chain's bump delay. Rate-limited per nonce: at most one replacement per
 * `fees.minReplacementIntervalSeconds` (issue 13, C1/H1).
 *
 * @throws AppError `withdrawal_not_found`; `invalid_state` when it is not in flight (not yet signed, or
 *         already mined) or when the fee cap leaves no room for a valid replacement (`stuck`);
 *         `replacement_too_soon` (409, `retryAfterSeconds`) when its newest attempt is younger than the
 *         replacement interval
 */
export async function speedUpWithdrawal(deps: Deps, id: string): Promise<WithdrawalView> {
  const w = await getWithdrawal(deps.db, id)
  if (!w || w.kind !== 'withdrawal') throw new AppError('withdrawal_not_found', `withdrawal ${id} does not exist`)
  if (w.status !== 'signing' && w.status !== 'submitted') {
    throw new AppError('invalid_state', `withdrawal ${id} is ${w.status}: only a signed, unmined withdrawal can be sped up`)
  }
  const r = await replaceAttempt(deps, id, 'speed_up')
  if (r.outcome === 'stuck') {
    throw new AppError('invalid_state', `withdrawal ${id} is at the chain's fee cap: raise fees.maxFeePerGasCap or cancel it`, { extra: { stuck: true } })
  }
  // `raced`: another replacement of the nonce was signed meanwhile (a concurrent call, or the tracker),
  // so the newest attempt is brand new: too soon as well.
  if (r.outcome === 'too_soon' || r.outcome === 'raced') {
    const retryAfterSeconds = r.outcome === 'too_soon' ? r.retryAfterSeconds : Math.max(1, chainClient(deps.chains, w.chainId).config.fees.minReplacementIntervalSeconds)
    throw new AppError('replacement_too_soon', `the transaction of withdrawal ${id} was replaced less than the chain's replacement interval ago; retry in ${retryAfterSeconds} s`, {
      extra: { retryAfterSeconds },
    })
  }
  return getWithdrawalView(deps, id)
}

/**
 * The withdrawal state machine.
 *
 *   pending_approval → queued → signing → submitted → mined → confirmed
 *                                  │          ▲          │
 *                                  └──────────┴─ reorg ──┘
 *   terminal: confirmed, failed (reverted on chain), cancelled (before signing, or a mined cancel),
 *   rejected. A signed withdrawal goes back to `queued` only when the chain used its nonce for a
 *   transaction the service did not sign and that is final (none of its attempts can be mined).
 *
 * `signing` means a signed attempt is committed with its nonce and may already be on the network;
 * from then on the withdrawal can only end as what the chain decides (mined, or a mined cancel).
 */
import type { WithdrawalStatus } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'

const TRANSITIONS: Record<WithdrawalStatus, readonly WithdrawalStatus[]> = {
  pending_approval: ['queued', 'rejected', 'cancelled'],
  queued: ['signing', 'cancelled', 'rejected'],
  // back to `queued` only when the chain used the nonce for a transaction we did not sign (final)
  signing: ['submitted', 'mined', 'queued', 'cancelled'],
  submitted: ['mined', 'queued', 'cancelled'],
  mined: ['confirmed', 'failed', 'submitted', 'cancelled'],
  confirmed: [],
  failed: [],
  cancelled: [],
  rejected: [],
}

export const TERMINAL_STATUSES: readonly WithdrawalStatus[] = ['confirmed', 'failed', 'cancelled', 'rejected']

export function canTransition(from: WithdrawalStatus, to: WithdrawalStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/** @throws AppError `invalid_state` when `from → to` is not a transition of the machine */
export function assertTransition(from: WithdrawalStatus, to: WithdrawalStatus): void {
  if (!canTransition(from, to)) throw new AppError('invalid_state', `a withdrawal cannot go from ${from} to ${to}`)
}

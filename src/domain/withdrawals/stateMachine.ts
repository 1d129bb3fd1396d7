/**
 * The withdrawal state machine.
 *
 *   pending_approval → queued → signing → submitted → mined → confirmed
 *                                  │          ▲          │
 *                                  └──────────┴─ reorg ──┘
 *   terminal: confirmed, failed (reverted on chain), cancelled, rejected
 *
 * `signing` means a signed attempt is committed with its nonce and may already be on the network;
 * from then on the withdrawal can only end as what the chain decides (mined, or a mined cancel).
 */
import type { WithdrawalStatus } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'

const TRANSITIONS: Record<WithdrawalStatus, readonly WithdrawalStatus[]> = {
  pending_approval: ['queued', 'rejected', 'cancelled'],
  queued: ['signing', 'cancelled', 'rejected'],
  signing: ['submitted', 'mined'],
  submitted: ['mined'],
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

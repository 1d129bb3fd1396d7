/**
 * The event catalogue: every event type the outbox (`events`) carries, what it means, and the REST
 * resource its `data` is. Endpoints filter on these types or on a group (`deposit.*`).
 *
 * The OpenAPI document describes each payload from this list (src/http/webhookEvents.ts), and a test
 * fails when the code emits a type that is not listed here.
 */

/** Which REST shape `data` has. */
export type EventResource = 'Deposit' | 'Withdrawal' | 'LowBalanceAlert' | 'WebhookEndpoint' | 'ReconciliationMismatch' | 'Reconciliation' | 'LedgerAdjustment' | 'AdjustmentRequest' | 'PolicyChange'

export interface EventTypeInfo {
  description: string
  resource: EventResource
}

export const EVENT_TYPES = {
  'deposit.detected': { resource: 'Deposit', description: 'A transfer to a custody address was seen in a block; not yet credited.' },
  'deposit.confirmed': { resource: 'Deposit', description: 'The deposit reached the confirmation depth and was credited to the wallet.' },
  'deposit.orphaned': { resource: 'Deposit', description: 'The block of a detected deposit was reorganised away; it will not be credited unless it is mined again.' },
  'withdrawal.pending_approval': {
    resource: 'Withdrawal',
    description: "A withdrawal above its policy's approval threshold was accepted and the amount held; it waits for the required approvals.",
  },
  'withdrawal.approval_recorded': { resource: 'Withdrawal', description: 'An approver approved a withdrawal that still needs more approvals (`approvals` lists them).' },
  'withdrawal.rejected': { resource: 'Withdrawal', description: 'An approver rejected a withdrawal awaiting approval, or its policy refused it when it was checked again at its final approval (`statusReason: policy_refused_at_approval`); its hold is released.' },
  'withdrawal.queued': {
    resource: 'Withdrawal',
    description: 'A withdrawal was accepted (or approved, or gave up a nonce used by a transaction the service did not sign), the amount held, and queued for signing.',
  },
  'withdrawal.submitted': {
    resource: 'Withdrawal',
    description: 'A signed transaction of the withdrawal was broadcast (also sent again when a reorg moves a mined withdrawal back).',
  },
  'withdrawal.mined': { resource: 'Withdrawal', description: 'A transaction of the withdrawal was mined; not yet final.' },
  'withdrawal.confirmed': { resource: 'Withdrawal', description: 'The withdrawal reached the confirmation depth; the hold is settled and the gas booked.' },
  'withdrawal.failed': { resource: 'Withdrawal', description: 'The withdrawal ended without sending funds (reverted on chain, or refused before signing); the hold is released.' },
  'withdrawal.cancelled': { resource: 'Withdrawal', description: 'The withdrawal was cancelled (before broadcast, or replaced by a 0-value self-send that was mined).' },
  'withdrawal.stuck': { resource: 'Withdrawal', description: 'A broadcast transaction of the withdrawal has not been mined for longer than the fee policy expects, even after fee bumps.' },
  'sweep.queued': { resource: 'Withdrawal', description: 'A sweep (a withdrawal of kind `sweep` from a deposit address to the wallet\'s destination) was queued.' },
  'sweep.submitted': { resource: 'Withdrawal', description: 'A transaction of the sweep was broadcast.' },
  'sweep.mined': { resource: 'Withdrawal', description: 'A transaction of the sweep was mined; not yet final.' },
  'sweep.confirmed': { resource: 'Withdrawal', description: 'The sweep reached the confirmation depth.' },
  'sweep.failed': { resource: 'Withdrawal', description: 'The sweep ended without moving funds.' },
  'sweep.stuck': { resource: 'Withdrawal', description: 'A replacement of the sweep would pay more gas than its top-up provided (or the fee cap allows); it waits at its last fees.' },
  'sweep.cancelled': { resource: 'Withdrawal', description: 'The sweep ended without moving funds because its nonce was used by a transaction the service did not sign.' },
  'wallet.low_balance': {
    resource: 'LowBalanceAlert',
    description: 'A hot address cannot pay for its oldest queued withdrawal; withdrawals wait (status reason `insufficient_funds`) until funds arrive.',
  },
  'reconciliation.mismatch': {
    resource: 'ReconciliationMismatch',
    description: 'A reconciliation found custody addresses whose on-chain balance differs from the ledger at its block; `mismatches` lists them with the difference and the likely cause.',
  },
  'reconciliation.failed': { resource: 'Reconciliation', description: 'A reconciliation run could not complete (e.g. the follower never reached its block); `statusReason` says why.' },
  'ledger.adjustment.created': { resource: 'LedgerAdjustment', description: 'An operator booked an adjusting journal entry (audited: who, why, which account).' },
  // maker-checker of adjustments (issue 13, M1)
  'ledger.adjustment.requested': {
    resource: 'AdjustmentRequest',
    description: 'An adjustment that touches customer funds or is above ADJUSTMENT_APPROVAL_THRESHOLD waits for another party; nothing is booked yet.',
  },
  'ledger.adjustment.decided': {
    resource: 'AdjustmentRequest',
    description: 'Another party approved (`posted`: booked, with its own `ledger.adjustment.created`) or rejected an adjustment request.',
  },
  // policy governance (issue 13 H2)
  'policy.changed': {
    resource: 'PolicyChange',
    description: 'A change of a withdrawal policy (the wallet default included) or of an allowlist took effect: at once when it tightens, or when the last required approver of another party approved it.',
  },
  'policy.change_pending': { resource: 'PolicyChange', description: 'A change that loosens a withdrawal policy or an allowlist was requested; it waits for approvals by other parties.' },
  'policy.change_rejected': { resource: 'PolicyChange', description: 'An approver rejected a pending policy change; nothing changed.' },
  'webhook_endpoint.disabled': {
    resource: 'WebhookEndpoint',
    description: 'A webhook endpoint was disabled: it answered 410 Gone, or no attempt to it succeeded for the configured period (5 days by default).',
  },
} as const satisfies Record<string, EventTypeInfo>

export type EventType = keyof typeof EVENT_TYPES

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[]

/** Groups usable as `group.*` filters (`deposit`, `withdrawal`, `sweep`, …). */
export const EVENT_GROUPS = [...new Set(EVENT_TYPE_NAMES.map((t) => t.split('.')[0]!))]

/** True when `filter` is a catalogue type or a known `group.*`. */
export function isKnownEventFilter(filter: string): boolean {
  if (filter.endsWith('.*')) return EVENT_GROUPS.includes(filter.slice(0, -2))
  return filter in EVENT_TYPES
}

/**
 * Whether an endpoint with `filters` receives events of `type`. An empty filter list receives every event,
 * including types added to the catalogue later.
 */
export function matchesEventFilter(type: string, filters: readonly string[]): boolean {
  if (!filters.length) return true
  for (const f of filters) {
    if (f === type) return true
    if (f.endsWith('.*') && type.startsWith(f.slice(0, -1))) return true
  }
  return false
}

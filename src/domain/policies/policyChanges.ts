/**
 * Policy changes (issue 13 H2): no single key loosens a withdrawal control.
 *
 * Every change of a withdrawal policy (set, delete, the wallet default included) or of an allowlist
 * (add, remove an entry) is recorded as a policy change. Steps of a request:
 *  1. read the rules in force for what the change touches, locking the policy row: the asset's own
 *     policy, else the wallet default policy, else none (which means "deny" under POLICY_DEFAULT_DENY and
 *     "allow" otherwise);
 *  2. compare them with the rules after the change ({@link loosenings}): a higher or removed limit or
 *     threshold, fewer approvals, a shorter cooling-off, the allowlist no longer required, a policy
 *     removed, default-deny replaced by a policy, and every allowlist addition loosen;
 *  3. nothing loosens → the change applies now (`applied`, event `policy.changed`);
 *     something loosens → it waits in `pending_approval` (event `policy.change_pending`) until
 *     `approvalsRequired` distinct parties other than the requester approve it: the quorum of the rules
 *     in force (their `approvalsRequired`, at least 1). The last approval applies it in the same
 *     transaction (event `policy.changed`); one rejection ends it (`rejected`, `policy.change_rejected`).
 *
 * A party is an API client: an approval by the requesting key or by any key of the requesting client
 * is refused (403 `policy_change_not_allowed`; the database refuses it too), and two approving keys of
 * one client count once. Approvers are API keys with the `approver` scope.
 *
 * What a pending change asks is stored whole (a policy change carries the whole policy, as PUT does):
 * approving it applies exactly what the approvers saw, whatever happened meanwhile.
 */
import { getAddress } from 'viem'
import { isConstraintViolation, withTx, type DbTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import {
  deletePolicy,
  findActiveAllowlistEntry,
  getPolicy,
  insertAllowlistEntry,
  listPolicies,
  lockPolicy,
  longestCoolingOff,
  removeAllowlistEntry,
  upsertPolicy,
  WALLET_DEFAULT_ASSET,
  type PolicyInput,
} from '../../db/policies'
import {
  decidePolicyChange,
  getPolicyChange,
  insertPolicyChange,
  insertPolicyChangeApproval,
  listPolicyChangeApprovals,
  listPolicyChanges,
  lockPolicyChange,
  type PolicyChangeAction,
  type PolicyChangeApprovalRow,
  type PolicyChangeRow,
  type PolicyChangeStatus,
} from '../../db/policyChanges'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { countDistinctParties, loadParty, sameParty } from '../approvals/party'
import type { Deps } from '../deps'
import type { Page } from '../pagination'

/** Who asks for or decides on a change: an API key and its client (null key: an operator through the CLI). */
export interface PolicyActor {
  keyId: string | null
  clientId: string | null
}

/** The rules of a policy as JSON (amounts as decimal strings of base units). */
export interface RulesView {
  maxPerTransaction: string | null
  velocityLimit24h: string | null
  allowlistRequired: boolean
  allowlistCoolingOffSeconds: number
  approvalThreshold: string | null
  approvalThreshold24h: string | null
  approvalsRequired: number
}

/** What applies to withdrawals of a wallet and asset (or, for the default, to assets without their own policy). */
export type RulesInForce = { kind: 'policy'; rules: PolicyInput } | { kind: 'none'; deny: boolean }

const str = (v: bigint | null) => (v === null ? null : v.toString())
const big = (v: unknown) => (v === null || v === undefined ? null : BigInt(v as string))

export function rulesView(p: PolicyInput): RulesView {
  return {
    maxPerTransaction: str(p.maxPerTransaction),
    velocityLimit24h: str(p.velocityLimit24h),
    allowlistRequired: p.allowlistRequired,
    allowlistCoolingOffSeconds: p.allowlistCoolingOffSeconds,
    approvalThreshold: str(p.approvalThreshold),
    approvalThreshold24h: str(p.approvalThreshold24h),
    approvalsRequired: p.approvalsRequired,
  }
}

function rulesOf(v: Record<string, unknown>): PolicyInput {
  return {
    maxPerTransaction: big(v.maxPerTransaction),
    velocityLimit24h: big(v.velocityLimit24h),
    allowlistRequired: v.allowlistRequired === true,
    allowlistCoolingOffSeconds: Number(v.allowlistCoolingOffSeconds ?? 0),
    approvalThreshold: big(v.approvalThreshold),
    approvalThreshold24h: big(v.approvalThreshold24h),
    approvalsRequired: Number(v.approvalsRequired ?? 0),
  }
}

/**
 * Every way in which `after` is weaker than `before` (pure). Empty: the change keeps or tightens every
 * rule and may apply at once.
 *
 * @returns one sentence per loosened rule (amounts in base units, periods in seconds)
 */
export function loosenings(before: RulesInForce, after: RulesInForce): string[] {
  if (before.kind === 'none') {
    if (!before.deny) return []
    return after.kind === 'none' ? [] : ['a policy replaces default-deny: withdrawals that were refused become possible']
  }
  if (after.kind === 'none') return after.deny ? [] : ['no policy applies any more: every withdrawal is allowed']
  const a = before.rules
  const b = after.rules
  const out: string[] = []
  const limit = (name: string, x: bigint | null, y: bigint | null) => {
    if (x !== null && (y === null || y > x)) out.push(y === null ? `${name} ${x} removed` : `${name} raised from ${x} to ${y}`)
  }
  limit('maxPerTransaction', a.maxPerTransaction, b.maxPerTransaction)
  limit('velocityLimit24h', a.velocityLimit24h, b.velocityLimit24h)
  if (a.allowlistRequired && !b.allowlistRequired) out.push('the allowlist is no longer required')
  if (b.allowlistCoolingOffSeconds < a.allowlistCoolingOffSeconds) out.push(`allowlistCoolingOffSeconds shortened from ${a.allowlistCoolingOffSeconds} to ${b.allowlistCoolingOffSeconds}`)
  limit('approvalThreshold', a.approvalThreshold, b.approvalThreshold)
  limit('approvalThreshold24h', a.approvalThreshold24h, b.approvalThreshold24h)
  if (b.approvalsRequired < a.approvalsRequired) out.push(`approvalsRequired lowered from ${a.approvalsRequired} to ${b.approvalsRequired}`)
  return out
}

/** The quorum of a loosening change: the `approvalsRequired` of the rules in force, at least 1, at most 10. */
export function changeQuorum(...inForce: RulesInForce[]): number {
  const n = Math.max(1, ...inForce.map((r) => (r.kind === 'policy' ? r.rules.approvalsRequired : 0)))
  return Math.min(n, 10)
}

/**
 * Whether `approver` is of the party that requested the change (src/domain/approvals/party.ts): the
 * requesting key, a key of the requesting API client, or a key with the requester's approver identity.
 * A change requested by an operator (no key) has no requesting party among API keys.
 */
export async function isRequestingParty(tx: DbTx, approver: PolicyActor, change: Pick<PolicyChangeRow, 'createdByKeyId' | 'createdByClientId'>): Promise<boolean> {
  if (approver.keyId !== null && approver.keyId === change.createdByKeyId) return true
  if (approver.clientId !== null && approver.clientId === change.createdByClientId) return true
  const [requester, other] = await Promise.all([loadParty(tx, change.createdByKeyId), loadParty(tx, approver.keyId)])
  return requester !== null && other !== null && sameParty(requester, other)
}

/**
 * The number of distinct parties among the approvals that approve: distinct approver identities
 * (two keys of one person or team count once; party.ts).
 */
export function countParties(approvals: Pick<PolicyChangeApprovalRow, 'approverIdentity' | 'clientId' | 'decision'>[]): number {
  return countDistinctParties(approvals.filter((a) => a.decision === 'approve').map((a) => ({ identity: a.approverIdentity, clientId: a.clientId })))
}

/**
 * The rules in force for (wallet, asset), locking the policy rows read: the asset's own policy, else
 * the wallet default; for `asset = 'default'` only the default. None: deny or allow by `defaultDeny`.
 */
export async function rulesInForce(tx: DbTx, walletId: string, asset: string, defaultDeny: boolean): Promise<RulesInForce> {
  const own = await lockPolicy(tx, walletId, asset)
  const p = own ?? (asset === WALLET_DEFAULT_ASSET ? null : await lockPolicy(tx, walletId, WALLET_DEFAULT_ASSET))
  return p ? { kind: 'policy', rules: p } : { kind: 'none', deny: defaultDeny }
}

/** The rules in force as JSON (`previous` of a change): null when none applied. */
export function inForceView(r: RulesInForce): RulesView | null {
  return r.kind === 'policy' ? rulesView(r.rules) : null
}

export function policyChangeView(c: PolicyChangeRow, approvals: PolicyChangeApprovalRow[]) {
  const isEntry = c.action === 'add_allowlist_entry' || c.action === 'remove_allowlist_entry'
  const entryAddress = typeof c.request.address === 'string' ? getAddress(c.request.address) : null
  return {
    id: c.id,
    walletId: c.walletId,
    asset: c.asset,
    action: c.action,
    status: c.status,
    loosening: c.loosening,
    reasons: c.reasons,
    policy: c.action === 'set_policy' ? (c.request as unknown as RulesView) : null,
    previous: c.previous as RulesView | null,
    allowlistEntry: isEntry
      ? {
          address: entryAddress!,
          label: typeof c.request.label === 'string' ? c.request.label : null,
          entryId: typeof c.request.entryId === 'string' ? c.request.entryId : c.action === 'add_allowlist_entry' ? c.resultId : null,
        }
      : null,
    approvalsRequired: c.approvalsRequired,
    approvals: approvals
      .filter((a) => a.changeId === c.id)
      .map((a) => ({ apiKeyId: a.apiKeyId, clientId: a.clientId, approverIdentity: a.approverIdentity, decision: a.decision, comment: a.comment, createdAt: a.createdAt.toISOString() })),
    createdByKeyId: c.createdByKeyId,
    resultId: c.resultId,
    statusReason: c.statusReason,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
  }
}
export type PolicyChangeView = ReturnType<typeof policyChangeView>

async function viewWithApprovals(db: Deps['db'] | DbTx, c: PolicyChangeRow): Promise<PolicyChangeView> {
  return policyChangeView(c, await listPolicyChangeApprovals(db, [c.id]))
}

/**
 * Applies what a change asks, in the caller's transaction.
 * @returns the id of the policy or allowlist entry it produced or removed (null when there was nothing to remove)
 */
async function applyChange(deps: Deps, tx: DbTx, c: Pick<PolicyChangeRow, 'walletId' | 'asset' | 'action' | 'request' | 'createdByKeyId'>): Promise<string | null> {
  switch (c.action) {
    case 'set_policy':
      return (await upsertPolicy(tx, newId(), c.walletId, c.asset!, rulesOf(c.request))).id
    case 'delete_policy': {
      const p = await getPolicy(tx, c.walletId, c.asset!)
      if (!p) return null
      await deletePolicy(tx, c.walletId, c.asset!)
      return p.id
    }
    case 'add_allowlist_entry': {
      const address = String(c.request.address)
      const existing = await findActiveAllowlistEntry(tx, c.walletId, address)
      if (existing) return existing.id
      // The period in force now is kept on the entry: a later, shorter period does not shorten it.
      const coolingOffSeconds = Math.max(await longestCoolingOff(tx, c.walletId), deps.config.policies.minCoolingOffSeconds)
      const label = typeof c.request.label === 'string' ? c.request.label : null
      return (await insertAllowlistEntry(tx, { id: newId(), walletId: c.walletId, address, label, createdByKeyId: c.createdByKeyId, coolingOffSeconds })).id
    }
    case 'remove_allowlist_entry': {
      const row = await removeAllowlistEntry(tx, c.walletId, String(c.request.entryId))
      return row ? row.id : null
    }
  }
}

export interface PolicyChangeSpec {
  walletId: string
  /** the policy's asset (`default` for the wallet default); null for allowlist changes */
  asset: string | null
  action: PolicyChangeAction
  request: Record<string, unknown>
  previous: RulesView | null
  /** from {@link loosenings}; empty = applies now */
  reasons: string[]
  /** quorum when it loosens, from {@link changeQuorum} */
  approvalsRequired: number
}

/**
 * Records a change in the caller's transaction: applied at once when nothing loosens (event
 * `policy.changed`), else pending approval (event `policy.change_pending`).
 *
 * @returns the change, and the id of what it produced when it was applied
 */
export async function submitPolicyChange(deps: Deps, tx: DbTx, spec: PolicyChangeSpec, actor: PolicyActor): Promise<PolicyChangeView> {
  const loosening = spec.reasons.length > 0
  const base = {
    id: newId(),
    walletId: spec.walletId,
    asset: spec.asset,
    action: spec.action,
    loosening,
    reasons: spec.reasons,
    request: spec.request,
    previous: spec.previous as Record<string, unknown> | null,
    createdByKeyId: actor.keyId,
    createdByClientId: actor.clientId,
    statusReason: null,
  }
  if (loosening) {
    const row = await insertPolicyChange(tx, { ...base, status: 'pending_approval', approvalsRequired: spec.approvalsRequired, resultId: null })
    const view = policyChangeView(row, [])
    await insertEvents(tx, [{ type: 'policy.change_pending', data: view, walletId: row.walletId }])
    return view
  }
  const resultId = await applyChange(deps, tx, base)
  const row = await insertPolicyChange(tx, { ...base, status: 'applied', approvalsRequired: 0, resultId })
  const view = policyChangeView(row, [])
  await insertEvents(tx, [{ type: 'policy.changed', data: view, walletId: row.walletId }])
  return view
}

async function lockPending(tx: DbTx, id: string, decision: 'approve' | 'reject'): Promise<PolicyChangeRow> {
  const c = await lockPolicyChange(tx, id)
  if (!c) throw new AppError('policy_change_not_found', `policy change ${id} does not exist`)
  if (c.status !== 'pending_approval') {
    throw new AppError('invalid_state', `policy change ${id} is ${c.status}, not pending_approval: there is nothing to ${decision}`, { extra: { status: c.status } })
  }
  return c
}

async function record(tx: DbTx, id: string, approver: PolicyActor & { keyId: string; clientId: string }, decision: 'approve' | 'reject', comment: string | undefined): Promise<void> {
  try {
    await insertPolicyChangeApproval(tx, { changeId: id, apiKeyId: approver.keyId, clientId: approver.clientId, decision, comment: comment ?? null })
  } catch (e) {
    if (isConstraintViolation(e, 'policy_change_approvals_pkey')) {
      throw new AppError('approval_already_recorded', `API key ${approver.keyId} already decided on policy change ${id}; a second decision does not count`, { cause: e })
    }
    if (isConstraintViolation(e, 'policy_change_approvals_other_party')) {
      throw new AppError('policy_change_not_allowed', `API key ${approver.keyId} belongs to the party that requested policy change ${id} and cannot approve it`, { cause: e })
    }
    throw e
  }
}

/**
 * Records an approval of a pending policy change; the approval that completes the quorum of distinct
 * parties applies the change in the same transaction and emits `policy.changed`.
 *
 * @param approver an API key with the `approver` scope and its client
 * @returns the change with its approvals (`status` is `applied` once the quorum is reached)
 * @throws AppError `policy_change_not_found`, `invalid_state` (not pending), `policy_change_not_allowed`
 *         (the requesting key, a key of the requesting client, or a key with the requester's approver identity), `approval_already_recorded`
 */
export async function approvePolicyChange(deps: Deps, id: string, approver: { keyId: string; clientId: string }, comment?: string): Promise<PolicyChangeView> {
  return withTx(deps.db, async (tx) => {
    const c = await lockPending(tx, id, 'approve')
    if (await isRequestingParty(tx, approver, c)) {
      throw new AppError('policy_change_not_allowed', `API key ${approver.keyId} belongs to the party that requested policy change ${id} and cannot approve it; an approver of another party must`)
    }
    await record(tx, id, approver, 'approve', comment)
    const approvals = await listPolicyChangeApprovals(tx, [id])
    if (countParties(approvals) < c.approvalsRequired) return policyChangeView(c, approvals)
    const resultId = await applyChange(deps, tx, c)
    const applied = await decidePolicyChange(tx, id, 'applied', { resultId })
    if (!applied) throw new AppError('invalid_state', `policy change ${id} left pending_approval concurrently`)
    const view = policyChangeView(applied, approvals)
    await insertEvents(tx, [{ type: 'policy.changed', data: view, walletId: applied.walletId }])
    return view
  })
}

/**
 * Rejects a pending policy change (any approver, the requester's own keys included): it becomes
 * `rejected` (reason `rejected_by_approver`) and nothing changes.
 *
 * @throws AppError `policy_change_not_found`, `invalid_state` (not pending), `approval_already_recorded`
 */
export async function rejectPolicyChange(deps: Deps, id: string, approver: { keyId: string; clientId: string }, comment?: string): Promise<PolicyChangeView> {
  return withTx(deps.db, async (tx) => {
    await lockPending(tx, id, 'reject')
    await record(tx, id, approver, 'reject', comment)
    const rejected = await decidePolicyChange(tx, id, 'rejected', { statusReason: 'rejected_by_approver' })
    if (!rejected) throw new AppError('invalid_state', `policy change ${id} left pending_approval concurrently`)
    const view = await viewWithApprovals(tx, rejected)
    await insertEvents(tx, [{ type: 'policy.change_rejected', data: view, walletId: rejected.walletId }])
    return view
  })
}

/** @throws AppError `policy_change_not_found` */
export async function getPolicyChangeView(deps: Pick<Deps, 'db'>, id: string): Promise<PolicyChangeView> {
  const c = await getPolicyChange(deps.db, id)
  if (!c) throw new AppError('policy_change_not_found', `policy change ${id} does not exist`)
  return viewWithApprovals(deps.db, c)
}

/** Policy changes, newest first, optionally of one wallet and/or status. */
export async function listPolicyChangeViews(deps: Pick<Deps, 'db'>, filter: { walletId?: string; status?: PolicyChangeStatus }, page: Page): Promise<PolicyChangeView[]> {
  const rows = await listPolicyChanges(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  const approvals = await listPolicyChangeApprovals(deps.db, rows.map((r) => r.id))
  return rows.map((r) => policyChangeView(r, approvals))
}

/** The quorum of an allowlist addition: the largest `approvalsRequired` of the wallet's policies, at least 1. */
export async function allowlistQuorum(tx: DbTx, walletId: string): Promise<number> {
  const policies = await listPolicies(tx, walletId)
  return changeQuorum(...policies.map((p): RulesInForce => ({ kind: 'policy', rules: p })))
}

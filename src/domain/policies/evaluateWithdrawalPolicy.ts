/**
 * Withdrawal policy evaluation: what the policy of (wallet, asset) says about one withdrawal request.
 *
 * Rules, evaluated in this order and all of them every time (so the recorded decision explains each):
 *  1. `max_per_transaction`: amount ≤ maxPerTransaction;
 *  2. `velocity_24h`: the wallet's withdrawals of the asset requested in the last 24 hours (every status
 *     but rejected, cancelled, failed) plus this amount ≤ velocityLimit24h;
 *  3. `allowlist`: when required, the destination is an active allowlist entry of the wallet whose
 *     cooling-off period has passed. The period is the LONGEST of: the one in force when the entry was
 *     added (stored on the entry), the policy's current allowlistCoolingOffSeconds, and
 *     POLICY_MIN_COOLING_OFF_SECONDS; so shortening the policy's period never shortens an entry's;
 *  4. `approval`: amount > approvalThreshold → the withdrawal waits in `pending_approval` for
 *     approvalsRequired distinct approvers;
 *  5. `approval_24h`: the wallet's withdrawals of the asset in the last 24 h (same statuses as 2) plus
 *     this amount > approvalThreshold24h → it waits for approvalsRequired approvers too (splitting a
 *     withdrawal under the per-withdrawal threshold does not avoid approvals).
 * Any failing rule refuses the request (`rule` names the first); otherwise the approval rules decide
 * between `queued` and `pending_approval`.
 *
 * Which policy: the one of (wallet, asset); else the wallet's default policy (asset `default`); else
 * none: allowed, or refused by `default_deny` (422 `policy_required`) when POLICY_DEFAULT_DENY is on
 * (the default in production).
 *
 * Evaluation locks the policy row, so requests of one wallet and asset are evaluated one at a time
 * inside their transaction and the 24 h sum cannot be raced past its limit.
 */
import type { DbTx } from '../../db/client'
import { dbNow, findActiveAllowlistEntry, lockPolicy, WALLET_DEFAULT_ASSET, withdrawnLast24h, type PolicyRow } from '../../db/policies'
import { AppError } from '../../lib/errors'

export type PolicyRuleName = 'max_per_transaction' | 'velocity_24h' | 'allowlist' | 'approval' | 'approval_24h' | 'default_deny'

/** The policy settings of the configuration (POLICY_DEFAULT_DENY, POLICY_MIN_COOLING_OFF_SECONDS). */
export interface PolicyOptions {
  defaultDeny: boolean
  minCoolingOffSeconds: number
}

const NO_OPTIONS: PolicyOptions = { defaultDeny: false, minCoolingOffSeconds: 0 }

export interface PolicyRuleResult {
  rule: PolicyRuleName
  /** `not_configured`: the policy does not use the rule */
  result: 'pass' | 'fail' | 'approval_required' | 'not_configured'
  detail: string
  /** the configured limit or threshold (base units) */
  limit?: string
  /** the value compared with it (base units) */
  value?: string
}

export interface PolicyDecision {
  policyId: string | null
  policyVersion: number | null
  /** `asset`: the policy of the wallet and asset; `wallet_default`: the wallet's default policy; null: none */
  policyScope: 'asset' | 'wallet_default' | null
  evaluatedAt: string
  outcome: 'allowed' | 'pending_approval' | 'refused'
  /** the rule that decided: the first failing rule when refused, `approval` when pending; null when allowed */
  rule: PolicyRuleName | null
  approvalsRequired: number
  rules: PolicyRuleResult[]
}

export interface PolicyFacts {
  /** base units */
  amount: bigint
  /** lowercase destination address */
  to: string
  /** base units already requested in the last 24 h (without this request) */
  withdrawnLast24h: bigint
  /** when the destination was put on the allowlist, if it is on it */
  allowlistedAt: Date | null
  /** the cooling-off period (seconds) stored on the destination's allowlist entry (in force when it was added) */
  entryCoolingOffSeconds?: number
  now: Date
}

/**
 * Decides from a policy and the facts (pure; see the module comment for the rules).
 *
 * @param opts POLICY_DEFAULT_DENY and POLICY_MIN_COOLING_OFF_SECONDS (both off when absent)
 */
export function decidePolicy(policy: PolicyRow | null, f: PolicyFacts, opts: PolicyOptions = NO_OPTIONS): PolicyDecision {
  const base = { evaluatedAt: f.now.toISOString() }
  if (!policy) {
    if (opts.defaultDeny) {
      return {
        ...base,
        policyId: null,
        policyVersion: null,
        policyScope: null,
        outcome: 'refused',
        rule: 'default_deny',
        approvalsRequired: 0,
        rules: [{ rule: 'default_deny', result: 'fail', detail: 'no withdrawal policy applies to this wallet and asset (none of its own, no wallet default) and POLICY_DEFAULT_DENY is on' }],
      }
    }
    return { ...base, policyId: null, policyVersion: null, policyScope: null, outcome: 'allowed', rule: null, approvalsRequired: 0, rules: [] }
  }
  const rules: PolicyRuleResult[] = []

  if (policy.maxPerTransaction === null) rules.push({ rule: 'max_per_transaction', result: 'not_configured', detail: 'no per-transaction maximum' })
  else {
    const ok = f.amount <= policy.maxPerTransaction
    rules.push({
      rule: 'max_per_transaction',
      result: ok ? 'pass' : 'fail',
      limit: policy.maxPerTransaction.toString(),
      value: f.amount.toString(),
      detail: ok ? `amount ${f.amount} ≤ maximum ${policy.maxPerTransaction}` : `amount ${f.amount} exceeds the per-transaction maximum ${policy.maxPerTransaction}`,
    })
  }

  if (policy.velocityLimit24h === null) rules.push({ rule: 'velocity_24h', result: 'not_configured', detail: 'no rolling 24 h limit' })
  else {
    const total = f.withdrawnLast24h + f.amount
    const ok = total <= policy.velocityLimit24h
    rules.push({
      rule: 'velocity_24h',
      result: ok ? 'pass' : 'fail',
      limit: policy.velocityLimit24h.toString(),
      value: total.toString(),
      detail: ok
        ? `${f.withdrawnLast24h} requested in the last 24 h + ${f.amount} = ${total} ≤ limit ${policy.velocityLimit24h}`
        : `${f.withdrawnLast24h} requested in the last 24 h + ${f.amount} = ${total} exceeds the rolling 24 h limit ${policy.velocityLimit24h}`,
    })
  }

  if (!policy.allowlistRequired) rules.push({ rule: 'allowlist', result: 'not_configured', detail: 'destinations are not restricted' })
  else if (!f.allowlistedAt) rules.push({ rule: 'allowlist', result: 'fail', detail: `destination ${f.to} is not on the wallet's allowlist` })
  else {
    const coolingOff = Math.max(policy.allowlistCoolingOffSeconds, f.entryCoolingOffSeconds ?? 0, opts.minCoolingOffSeconds)
    const usableFrom = new Date(f.allowlistedAt.getTime() + coolingOff * 1000)
    const ok = usableFrom.getTime() <= f.now.getTime()
    rules.push({
      rule: 'allowlist',
      result: ok ? 'pass' : 'fail',
      detail: ok
        ? `destination ${f.to} allowlisted at ${f.allowlistedAt.toISOString()}, usable since ${usableFrom.toISOString()}`
        : `destination ${f.to} was allowlisted at ${f.allowlistedAt.toISOString()} and is in its cooling-off period of ${coolingOff} s until ${usableFrom.toISOString()}`,
    })
  }

  let approvalsRequired = 0
  if (policy.approvalThreshold === null || policy.approvalsRequired === 0) rules.push({ rule: 'approval', result: 'not_configured', detail: 'no approval rule' })
  else if (f.amount > policy.approvalThreshold) {
    approvalsRequired = policy.approvalsRequired
    rules.push({
      rule: 'approval',
      result: 'approval_required',
      limit: policy.approvalThreshold.toString(),
      value: f.amount.toString(),
      detail: `amount ${f.amount} is above the approval threshold ${policy.approvalThreshold}: ${policy.approvalsRequired} approval(s) by distinct approvers other than the requester are required`,
    })
  } else {
    rules.push({
      rule: 'approval',
      result: 'pass',
      limit: policy.approvalThreshold.toString(),
      value: f.amount.toString(),
      detail: `amount ${f.amount} ≤ approval threshold ${policy.approvalThreshold}`,
    })
  }

  const threshold24h = policy.approvalThreshold24h ?? null
  if (threshold24h === null || policy.approvalsRequired === 0) rules.push({ rule: 'approval_24h', result: 'not_configured', detail: 'no rolling 24 h approval threshold' })
  else {
    const total = f.withdrawnLast24h + f.amount
    const over = total > threshold24h
    if (over) approvalsRequired = policy.approvalsRequired
    rules.push({
      rule: 'approval_24h',
      result: over ? 'approval_required' : 'pass',
      limit: threshold24h.toString(),
      value: total.toString(),
      detail: over
        ? `${f.withdrawnLast24h} requested in the last 24 h + ${f.amount} = ${total} is above the rolling 24 h approval threshold ${threshold24h}: ${policy.approvalsRequired} approval(s) by distinct approvers other than the requester are required`
        : `${f.withdrawnLast24h} requested in the last 24 h + ${f.amount} = ${total} ≤ rolling 24 h approval threshold ${threshold24h}`,
    })
  }

  const failed = rules.find((r) => r.result === 'fail')
  const approvalRule = rules.find((r) => r.result === 'approval_required')?.rule ?? 'approval'
  return {
    ...base,
    policyId: policy.id,
    policyVersion: policy.version,
    policyScope: policy.asset === WALLET_DEFAULT_ASSET ? 'wallet_default' : 'asset',
    outcome: failed ? 'refused' : approvalsRequired > 0 ? 'pending_approval' : 'allowed',
    rule: failed ? failed.rule : approvalsRequired > 0 ? approvalRule : null,
    approvalsRequired: failed ? 0 : approvalsRequired,
    rules,
  }
}

/**
 * Evaluates the policy that applies to (wallet, asset) for a withdrawal request inside the caller's
 * transaction: the asset's own policy, else the wallet default (locks the policy row first).
 *
 * @param req amount in base units; `to` lowercase; `excludeWithdrawalId`: a withdrawal already recorded
 *            that the rolling 24 h sums must not count (the re-check at final approval)
 * @param opts POLICY_DEFAULT_DENY and POLICY_MIN_COOLING_OFF_SECONDS (config.policies)
 */
export async function evaluateWithdrawalPolicy(
  tx: DbTx,
  req: { walletId: string; asset: string; to: string; amount: bigint; excludeWithdrawalId?: string },
  opts: PolicyOptions = NO_OPTIONS,
): Promise<PolicyDecision> {
  const policy = (await lockPolicy(tx, req.walletId, req.asset)) ?? (await lockPolicy(tx, req.walletId, WALLET_DEFAULT_ASSET))
  if (!policy) return decidePolicy(null, { amount: req.amount, to: req.to, withdrawnLast24h: 0n, allowlistedAt: null, now: new Date() }, opts)
  const now = await dbNow(tx)
  const needsSum = policy.velocityLimit24h !== null || policy.approvalThreshold24h !== null
  const [withdrawn, entry] = await Promise.all([
    needsSum ? withdrawnLast24h(tx, req.walletId, req.asset, req.excludeWithdrawalId) : Promise.resolve(0n),
    policy.allowlistRequired ? findActiveAllowlistEntry(tx, req.walletId, req.to) : Promise.resolve(null),
  ])
  return decidePolicy(
    policy,
    { amount: req.amount, to: req.to, withdrawnLast24h: withdrawn, allowlistedAt: entry?.createdAt ?? null, entryCoolingOffSeconds: entry?.coolingOffSeconds ?? 0, now },
    opts,
  )
}

/**
 * The 422 problem of a refused decision: `policy_required` when no policy applies under default-deny,
 * else `policy_violation`; `rule` and the whole `decision` go in the body.
 */
export function policyViolation(decision: PolicyDecision): AppError {
  const failed = decision.rules.find((r) => r.rule === decision.rule)
  if (decision.rule === 'default_deny') {
    return new AppError('policy_required', `refused: ${failed?.detail ?? 'no withdrawal policy applies'}`, { extra: { rule: decision.rule, decision } })
  }
  return new AppError('policy_violation', `refused by the withdrawal policy (${decision.rule}): ${failed?.detail ?? 'a rule failed'}`, {
    extra: { rule: decision.rule, decision },
  })
}

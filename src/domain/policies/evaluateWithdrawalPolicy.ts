/**
 * Withdrawal policy evaluation: what the policy of (wallet, asset) says about one withdrawal request.
 *
 * Rules, evaluated in this order and all of them every time (so the recorded decision explains each):
 *  1. `max_per_transaction`: amount ≤ maxPerTransaction;
 *  2. `velocity_24h`: the wallet's withdrawals of the asset requested in the last 24 hours (every status
 *     but rejected, cancelled, failed) plus this amount ≤ velocityLimit24h;
 *  3. `allowlist`: when required, the destination is an active allowlist entry of the wallet whose
 *     cooling-off period (allowlistCoolingOffSeconds after it was added) has passed;
 *  4. `approval`: amount > approvalThreshold → the withdrawal waits in `pending_approval` for
 *     approvalsRequired distinct approvers.
 * Any failing rule refuses the request (`rule` names the first); otherwise the approval rule decides
 * between `queued` and `pending_approval`. No policy: allowed.
 *
 * Evaluation locks the policy row, so requests of one wallet and asset are evaluated one at a time
 * inside their transaction and the 24 h sum cannot be raced past its limit.
 */
import type { DbTx } from '../../db/client'
import { dbNow, findActiveAllowlistEntry, lockPolicy, withdrawnLast24h, type PolicyRow } from '../../db/policies'
import { AppError } from '../../lib/errors'

export type PolicyRuleName = 'max_per_transaction' | 'velocity_24h' | 'allowlist' | 'approval'

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
  now: Date
}

/** Decides from a policy and the facts (pure; see the module comment for the rules). */
export function decidePolicy(policy: PolicyRow | null, f: PolicyFacts): PolicyDecision {
  const base = { evaluatedAt: f.now.toISOString() }
  if (!policy) {
    return { ...base, policyId: null, policyVersion: null, outcome: 'allowed', rule: null, approvalsRequired: 0, rules: [] }
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
    const usableFrom = new Date(f.allowlistedAt.getTime() + policy.allowlistCoolingOffSeconds * 1000)
    const ok = usableFrom.getTime() <= f.now.getTime()
    rules.push({
      rule: 'allowlist',
      result: ok ? 'pass' : 'fail',
      detail: ok
        ? `destination ${f.to} allowlisted at ${f.allowlistedAt.toISOString()}, usable since ${usableFrom.toISOString()}`
        : `destination ${f.to} was allowlisted at ${f.allowlistedAt.toISOString()} and is in its cooling-off period of ${policy.allowlistCoolingOffSeconds} s until ${usableFrom.toISOString()}`,
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

  const failed = rules.find((r) => r.result === 'fail')
  return {
    ...base,
    policyId: policy.id,
    policyVersion: policy.version,
    outcome: failed ? 'refused' : approvalsRequired > 0 ? 'pending_approval' : 'allowed',
    rule: failed ? failed.rule : approvalsRequired > 0 ? 'approval' : null,
    approvalsRequired: failed ? 0 : approvalsRequired,
    rules,
  }
}

/**
 * Evaluates the policy of (wallet, asset) for a withdrawal request inside the caller's transaction
 * (locks the policy row first).
 *
 * @param req amount in base units; `to` lowercase
 */
export async function evaluateWithdrawalPolicy(tx: DbTx, req: { walletId: string; asset: string; to: string; amount: bigint }): Promise<PolicyDecision> {
  const policy = await lockPolicy(tx, req.walletId, req.asset)
  if (!policy) return decidePolicy(null, { amount: req.amount, to: req.to, withdrawnLast24h: 0n, allowlistedAt: null, now: new Date() })
  const now = await dbNow(tx)
  const [withdrawn, entry] = await Promise.all([
    policy.velocityLimit24h === null ? Promise.resolve(0n) : withdrawnLast24h(tx, req.walletId, req.asset),
    policy.allowlistRequired ? findActiveAllowlistEntry(tx, req.walletId, req.to) : Promise.resolve(null),
  ])
  return decidePolicy(policy, { amount: req.amount, to: req.to, withdrawnLast24h: withdrawn, allowlistedAt: entry?.createdAt ?? null, now })
}

/** The 422 `policy_violation` problem of a refused decision: `rule` and the whole `decision` go in the body. */
export function policyViolation(decision: PolicyDecision): AppError {
  const failed = decision.rules.find((r) => r.rule === decision.rule)
  return new AppError('policy_violation', `refused by the withdrawal policy (${decision.rule}): ${failed?.detail ?? 'a rule failed'}`, {
    extra: { rule: decision.rule, decision },
  })
}

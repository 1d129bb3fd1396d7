import { withTx } from '../../db/client'
import { getPolicy, WALLET_DEFAULT_ASSET, type PolicyInput } from '../../db/policies'
import { AppError } from '../../lib/errors'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'
import { changeQuorum, inForceView, loosenings, rulesInForce, rulesView, submitPolicyChange, type PolicyActor, type PolicyChangeView } from './policyChanges'
import { assertWallet, policyView, type PolicyView } from './queries'

export interface SetWithdrawalPolicyInput {
  /** base units; null = no per-transaction maximum */
  maxPerTransaction?: bigint | null
  /** base units over any rolling 24 h; null = no limit */
  velocityLimit24h?: bigint | null
  /** only allowlisted destinations past their cooling-off period */
  allowlistRequired?: boolean
  /** seconds an allowlist entry waits before it can be used (default 86,400; at least POLICY_MIN_COOLING_OFF_SECONDS) */
  allowlistCoolingOffSeconds?: number
  /** base units; withdrawals above it wait for approvals. null = no approval rule */
  approvalThreshold?: bigint | null
  /** base units; when the rolling 24 h sum of the wallet's withdrawals of the asset (this one included) exceeds it, the withdrawal waits for approvals. null = none */
  approvalThreshold24h?: bigint | null
  /** distinct approvers needed above a threshold (1–10; 0 only without thresholds) */
  approvalsRequired?: number
}

/** A change that tightens applies at once (`policy` is the policy as stored); one that loosens waits for approvals. */
export type SetPolicyResult = { applied: true; policy: PolicyView; change: PolicyChangeView } | { applied: false; change: PolicyChangeView }

/** `default` (the wallet default policy) or a configured asset id. @throws AppError `unknown_asset` */
export function policyAsset(deps: Pick<Deps, 'config'>, asset: string): string {
  return asset === WALLET_DEFAULT_ASSET ? WALLET_DEFAULT_ASSET : resolveAsset(deps.config, asset).id
}

/**
 * Creates or replaces the withdrawal policy of (wallet, asset), or the wallet default policy
 * (`asset = 'default'`: it applies to every asset of the wallet without a policy of its own; its amounts
 * are base units of whichever asset it is applied to).
 *
 * A change that keeps or tightens every rule applies at once (withdrawals requested from then on;
 * withdrawals already waiting keep the approval count they were given). A change that loosens a rule
 * compared with the rules in force (see src/domain/policies/policyChanges.ts) is recorded as a policy
 * change pending approval by other parties and applies when approved (issue 13 H2).
 *
 * @throws AppError `wallet_not_found`, `unknown_asset`, `validation_failed` (a threshold without
 *         approvals, approvals without a threshold, a cooling-off below POLICY_MIN_COOLING_OFF_SECONDS)
 */
export async function setWithdrawalPolicy(deps: Deps, walletId: string, asset: string, input: SetWithdrawalPolicyInput, actor: PolicyActor | null = null): Promise<SetPolicyResult> {
  const assetId = policyAsset(deps, asset)
  await assertWallet(deps, walletId)
  const threshold = input.approvalThreshold ?? null
  const threshold24h = input.approvalThreshold24h ?? null
  const anyThreshold = threshold !== null || threshold24h !== null
  const approvals = input.approvalsRequired ?? (anyThreshold ? 1 : 0)
  if (!anyThreshold && approvals > 0) {
    throw new AppError('validation_failed', 'approvalsRequired needs an approvalThreshold or an approvalThreshold24h', { errors: [{ pointer: '/approvalThreshold', detail: 'required when approvalsRequired > 0' }] })
  }
  if (anyThreshold && approvals === 0) {
    throw new AppError('validation_failed', 'an approval threshold needs approvalsRequired ≥ 1', { errors: [{ pointer: '/approvalsRequired', detail: 'must be ≥ 1 with an approval threshold' }] })
  }
  const coolingOff = input.allowlistCoolingOffSeconds ?? 86_400
  const min = deps.config.policies.minCoolingOffSeconds
  if (coolingOff < min) {
    throw new AppError('validation_failed', `allowlistCoolingOffSeconds must be at least ${min} (POLICY_MIN_COOLING_OFF_SECONDS)`, { errors: [{ pointer: '/allowlistCoolingOffSeconds', detail: `must be ≥ ${min}` }] })
  }
  const p: PolicyInput = {
    maxPerTransaction: input.maxPerTransaction ?? null,
    velocityLimit24h: input.velocityLimit24h ?? null,
    allowlistRequired: input.allowlistRequired ?? false,
    allowlistCoolingOffSeconds: coolingOff,
    approvalThreshold: threshold,
    approvalThreshold24h: threshold24h,
    approvalsRequired: approvals,
  }
  return withTx(deps.db, async (tx) => {
    const before = await rulesInForce(tx, walletId, assetId, deps.config.policies.defaultDeny)
    const change = await submitPolicyChange(
      deps,
      tx,
      { walletId, asset: assetId, action: 'set_policy', request: { ...rulesView(p) }, previous: inForceView(before), reasons: loosenings(before, { kind: 'policy', rules: p }), approvalsRequired: changeQuorum(before) },
      actor ?? { keyId: null, clientId: null },
    )
    if (change.status !== 'applied') return { applied: false, change }
    return { applied: true, change, policy: policyView((await getPolicy(tx, walletId, assetId))!) }
  })
}

import { withTx } from '../../db/client'
import { upsertPolicy, type PolicyInput } from '../../db/policies'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'
import { assertWallet, policyView, type PolicyView } from './queries'

export interface SetWithdrawalPolicyInput {
  /** base units; null = no per-transaction maximum */
  maxPerTransaction?: bigint | null
  /** base units over any rolling 24 h; null = no limit */
  velocityLimit24h?: bigint | null
  /** only allowlisted destinations past their cooling-off period */
  allowlistRequired?: boolean
  /** seconds an allowlist entry waits before it can be used (default 86,400) */
  allowlistCoolingOffSeconds?: number
  /** base units; withdrawals above it wait for approvals. null = no approval rule */
  approvalThreshold?: bigint | null
  /** distinct approvers needed above the threshold (1–10; 0 only without a threshold) */
  approvalsRequired?: number
}

/**
 * Creates or replaces the withdrawal policy of (wallet, asset). A replacement applies to withdrawals
 * requested from then on; withdrawals already waiting keep the approval count they were given.
 *
 * @throws AppError `wallet_not_found`, `unknown_asset`, `validation_failed` (threshold without
 *         approvals or approvals without threshold)
 */
export async function setWithdrawalPolicy(deps: Deps, walletId: string, asset: string, input: SetWithdrawalPolicyInput): Promise<PolicyView> {
  const a = resolveAsset(deps.config, asset)
  await assertWallet(deps, walletId)
  const threshold = input.approvalThreshold ?? null
  const approvals = input.approvalsRequired ?? (threshold === null ? 0 : 1)
  if (threshold === null && approvals > 0) {
    throw new AppError('validation_failed', 'approvalsRequired needs an approvalThreshold', { errors: [{ pointer: '/approvalThreshold', detail: 'required when approvalsRequired > 0' }] })
  }
  if (threshold !== null && approvals === 0) {
    throw new AppError('validation_failed', 'an approvalThreshold needs approvalsRequired ≥ 1', { errors: [{ pointer: '/approvalsRequired', detail: 'must be ≥ 1 with an approvalThreshold' }] })
  }
  const p: PolicyInput = {
    maxPerTransaction: input.maxPerTransaction ?? null,
    velocityLimit24h: input.velocityLimit24h ?? null,
    allowlistRequired: input.allowlistRequired ?? false,
    allowlistCoolingOffSeconds: input.allowlistCoolingOffSeconds ?? 86_400,
    approvalThreshold: threshold,
    approvalsRequired: approvals,
  }
  const row = await withTx(deps.db, (tx) => upsertPolicy(tx, newId(), walletId, a.id, p))
  return policyView(row)
}

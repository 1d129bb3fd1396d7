/**
 * Public shapes and read use cases of withdrawal policies and allowlists. Amounts are decimal strings
 * of base units; addresses EIP-55 checksummed.
 */
import { getAddress } from 'viem'
import { getPolicy, listAllowlist, listPolicies, type AllowlistRow, type PolicyRow } from '../../db/policies'
import { getWallet } from '../../db/wallets'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'

export function policyView(p: PolicyRow) {
  const s = (v: bigint | null) => (v === null ? null : v.toString())
  return {
    id: p.id,
    walletId: p.walletId,
    asset: p.asset,
    maxPerTransaction: s(p.maxPerTransaction),
    velocityLimit24h: s(p.velocityLimit24h),
    allowlistRequired: p.allowlistRequired,
    allowlistCoolingOffSeconds: p.allowlistCoolingOffSeconds,
    approvalThreshold: s(p.approvalThreshold),
    approvalsRequired: p.approvalsRequired,
    approvalThreshold24h: s(p.approvalThreshold24h),
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  }
}
export type PolicyView = ReturnType<typeof policyView>

export function allowlistEntryView(e: AllowlistRow) {
  return {
    id: e.id,
    walletId: e.walletId,
    address: getAddress(e.address),
    label: e.label,
    createdByKeyId: e.createdByKeyId,
    createdAt: e.createdAt.toISOString(),
    removedAt: e.removedAt ? e.removedAt.toISOString() : null,
    coolingOffSeconds: e.coolingOffSeconds,
  }
}
export type AllowlistEntryView = ReturnType<typeof allowlistEntryView>

/** @throws AppError `wallet_not_found` */
export async function assertWallet(deps: Pick<Deps, 'db'>, walletId: string): Promise<void> {
  if (!(await getWallet(deps.db, walletId))) throw new AppError('wallet_not_found', `wallet ${walletId} does not exist`)
}

/** Every policy of a wallet (one per asset). @throws AppError `wallet_not_found` */
export async function listPolicyViews(deps: Pick<Deps, 'db'>, walletId: string): Promise<PolicyView[]> {
  await assertWallet(deps, walletId)
  return (await listPolicies(deps.db, walletId)).map(policyView)
}

/** @throws AppError `wallet_not_found`, `policy_not_found` */
export async function getPolicyView(deps: Pick<Deps, 'db'>, walletId: string, asset: string): Promise<PolicyView> {
  await assertWallet(deps, walletId)
  const p = await getPolicy(deps.db, walletId, asset)
  if (!p) throw new AppError('policy_not_found', `wallet ${walletId} has no withdrawal policy for ${asset}`)
  return policyView(p)
}

/** Active allowlist entries, newest first. @throws AppError `wallet_not_found` */
export async function listAllowlistViews(deps: Pick<Deps, 'db'>, walletId: string, page: Page): Promise<AllowlistEntryView[]> {
  await assertWallet(deps, walletId)
  return (await listAllowlist(deps.db, walletId, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })).map(allowlistEntryView)
}

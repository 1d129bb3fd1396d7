import { withTx } from '../../db/client'
import { getPolicy, lockPolicy, WALLET_DEFAULT_ASSET } from '../../db/policies'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { changeQuorum, inForceView, loosenings, rulesInForce, submitPolicyChange, type PolicyActor, type RulesInForce } from './policyChanges'
import { assertWallet, policyView } from './queries'
import { policyAsset, type SetPolicyResult } from './setWithdrawalPolicy'

/**
 * Removes the withdrawal policy of (wallet, asset) (or the wallet default, `asset = 'default'`). What
 * applies afterwards: the wallet default policy, else nothing (every withdrawal refused under
 * POLICY_DEFAULT_DENY, allowed otherwise). When that is looser than the policy removed, the removal is a
 * policy change pending approval by other parties (issue 13 H2); otherwise it applies at once.
 * Withdrawals waiting for approval keep waiting.
 *
 * @returns `policy`: the policy as it was when the removal applied
 * @throws AppError `wallet_not_found`, `unknown_asset`, `policy_not_found`
 */
export async function deleteWithdrawalPolicy(deps: Deps, walletId: string, asset: string, actor: PolicyActor | null = null): Promise<SetPolicyResult> {
  const assetId = policyAsset(deps, asset)
  await assertWallet(deps, walletId)
  return withTx(deps.db, async (tx) => {
    const own = await lockPolicy(tx, walletId, assetId)
    if (!own) throw new AppError('policy_not_found', `wallet ${walletId} has no withdrawal policy for ${assetId}`)
    const before = await rulesInForce(tx, walletId, assetId, deps.config.policies.defaultDeny)
    const fallback = assetId === WALLET_DEFAULT_ASSET ? null : await getPolicy(tx, walletId, WALLET_DEFAULT_ASSET)
    const after: RulesInForce = fallback ? { kind: 'policy', rules: fallback } : { kind: 'none', deny: deps.config.policies.defaultDeny }
    const change = await submitPolicyChange(
      deps,
      tx,
      { walletId, asset: assetId, action: 'delete_policy', request: {}, previous: inForceView(before), reasons: loosenings(before, after), approvalsRequired: changeQuorum(before) },
      actor ?? { keyId: null, clientId: null },
    )
    return change.status === 'applied' ? { applied: true, change, policy: policyView(own) } : { applied: false, change }
  })
}

/**
 * Withdrawal policies per wallet and asset (and the wallet default), and the destination allowlist of
 * each wallet. Changes that loosen a rule answer 202 with a pending policy change (issue 13 H2).
 */
import { z } from 'zod'
import { addAllowlistEntry } from '../../domain/policies/addAllowlistEntry'
import { deleteWithdrawalPolicy } from '../../domain/policies/deleteWithdrawalPolicy'
import { getPolicyView, listAllowlistViews, listPolicyViews } from '../../domain/policies/queries'
import { removeAllowlistEntry } from '../../domain/policies/removeAllowlistEntry'
import { setWithdrawalPolicy } from '../../domain/policies/setWithdrawalPolicy'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AddressString, AllowlistEntry, AmountString, listOf, PageQuery, PolicyAssetId, PositiveAmountString, Text, Uuid, WithdrawalPolicy } from '../schemas'
import { PolicyChange } from './policyChanges'

const WalletParams = z.strictObject({ walletId: Uuid.meta({ description: 'Wallet id' }) })
const PolicyParams = WalletParams.extend({ asset: PolicyAssetId.meta({ description: 'Asset of the policy, `{chainId}:native` or `{chainId}:{tokenAddress}`, or `default` for the wallet default policy' }) })
const EntryParams = WalletParams.extend({ entryId: Uuid.meta({ description: 'Allowlist entry id' }) })

const SetPolicyBody = z
  .strictObject({
    maxPerTransaction: PositiveAmountString.nullable().optional().meta({ description: 'Largest amount of one withdrawal (base units); null or absent: no maximum', example: '5000000000000000000' }),
    velocityLimit24h: PositiveAmountString.nullable().optional().meta({ description: 'Most that may be requested over any rolling 24 h, this request included (base units); null or absent: no limit', example: '20000000000000000000' }),
    allowlistRequired: z.boolean().optional().meta({ description: "Only pay destinations on the wallet's allowlist that are past their cooling-off period (default false)", example: true }),
    allowlistCoolingOffSeconds: z.number().int().min(0).max(30 * 86_400).optional().meta({ description: 'Seconds an allowlist entry must wait after it was added (default 86400; at least POLICY_MIN_COOLING_OFF_SECONDS)', example: 86400 }),
    approvalThreshold: AmountString.nullable().optional().meta({ description: 'Withdrawals above this amount (base units) wait for approvals; null or absent: no approval rule', example: '1000000000000000000' }),
    approvalsRequired: z.number().int().min(0).max(10).optional().meta({ description: 'Distinct approvers needed above a threshold (default 1 with a threshold)', example: 2 }),
    approvalThreshold24h: AmountString.nullable().optional().meta({ description: "When the wallet's withdrawals of the asset over the last 24 h, this one included, exceed this amount (base units), the withdrawal waits for approvals; null or absent: none", example: '5000000000000000000' }),
  })
  .meta({ id: 'SetWithdrawalPolicyRequest', description: 'The whole policy: absent rules are not configured' })

const AddEntryBody = z
  .strictObject({
    address: AddressString.meta({ description: 'Destination to allow (EIP-55 checksummed or all lowercase)' }),
    label: Text(200).optional().meta({ description: 'Your label', example: 'cold storage' }),
  })
  .meta({ id: 'AddAllowlistEntryRequest', description: 'A destination to put on the allowlist' })

const amount = (v: string | null | undefined) => (v === undefined || v === null ? null : BigInt(v))

export const policyRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}/policies',
    operationId: 'listWithdrawalPolicies',
    summary: "List a wallet's withdrawal policies",
    tags: ['Policies'],
    scope: 'policies:read',
    params: WalletParams,
    responses: { 200: { description: 'One policy per asset that has one', schema: z.object({ data: z.array(WithdrawalPolicy).meta({ description: 'The policies' }) }).meta({ id: 'WithdrawalPolicyList', description: "A wallet's withdrawal policies" }) } },
    errors: ['wallet_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: { data: await listPolicyViews(deps, params.walletId) } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}/policies/{asset}',
    operationId: 'getWithdrawalPolicy',
    summary: 'Get the withdrawal policy of a wallet and asset',
    tags: ['Policies'],
    scope: 'policies:read',
    params: PolicyParams,
    responses: { 200: { description: 'The policy', schema: WithdrawalPolicy } },
    errors: ['wallet_not_found', 'policy_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getPolicyView(deps, params.walletId, params.asset) }
    },
  }),
  defineRoute({
    method: 'put',
    path: '/v1/wallets/{walletId}/policies/{asset}',
    operationId: 'setWithdrawalPolicy',
    summary: 'Create or replace the withdrawal policy of a wallet and asset',
    description:
      'Rules: `maxPerTransaction`, `velocityLimit24h` (rolling 24 h sum of the wallet\'s withdrawals of the asset, every status but rejected, cancelled and failed, plus the request), `allowlistRequired` with `allowlistCoolingOffSeconds`, and `approvalThreshold` / `approvalThreshold24h` (rolling 24 h sum) with `approvalsRequired`. A withdrawal that breaks a rule is refused with 422 `policy_violation`; one above an approval threshold waits in `pending_approval`. The asset `default` sets the wallet default policy, which applies to every asset of the wallet without a policy of its own. A change that keeps or tightens every rule applies at once (200, `version` increments); one that loosens a rule compared with the rules in force (a higher or removed limit or threshold, fewer approvals, a shorter cooling-off, the allowlist no longer required, a first policy under default-deny) answers 202 with a policy change that applies once approvers of other parties approve it (`POST /v1/policy-changes/{changeId}/approve`).',
    tags: ['Policies'],
    scope: 'policies:write',
    params: PolicyParams,
    body: SetPolicyBody,
    responses: {
      200: { description: 'The change tightens or keeps every rule: the policy as stored', schema: WithdrawalPolicy },
      202: { description: 'The change loosens a rule: the policy change, pending approval', schema: PolicyChange },
    },
    errors: ['wallet_not_found', 'unknown_asset'],
    async handler({ deps, params, body, principal }) {
      const result = await setWithdrawalPolicy(deps, params.walletId, params.asset, {
        maxPerTransaction: amount(body.maxPerTransaction),
        velocityLimit24h: amount(body.velocityLimit24h),
        ...(body.allowlistRequired !== undefined ? { allowlistRequired: body.allowlistRequired } : {}),
        ...(body.allowlistCoolingOffSeconds !== undefined ? { allowlistCoolingOffSeconds: body.allowlistCoolingOffSeconds } : {}),
        approvalThreshold: amount(body.approvalThreshold),
        ...(body.approvalsRequired !== undefined ? { approvalsRequired: body.approvalsRequired } : {}),
        approvalThreshold24h: amount(body.approvalThreshold24h),
      }, principal)
      return result.applied ? { status: 200, body: result.policy } : { status: 202, body: result.change }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/wallets/{walletId}/policies/{asset}',
    operationId: 'deleteWithdrawalPolicy',
    summary: 'Remove the withdrawal policy of a wallet and asset',
    description:
      'Afterwards the wallet default policy applies, else no policy (every withdrawal refused with `policy_required` under `POLICY_DEFAULT_DENY`, allowed otherwise). When that is looser than the policy removed, the removal answers 202 with a policy change pending approval by other parties; otherwise it applies at once (200).',
    tags: ['Policies'],
    scope: 'policies:write',
    params: PolicyParams,
    responses: {
      200: { description: 'The removed policy', schema: WithdrawalPolicy },
      202: { description: 'The removal loosens the rules in force: the policy change, pending approval', schema: PolicyChange },
    },
    errors: ['wallet_not_found', 'unknown_asset', 'policy_not_found'],
    async handler({ deps, params, principal }) {
      const result = await deleteWithdrawalPolicy(deps, params.walletId, params.asset, principal)
      return result.applied ? { status: 200, body: result.policy } : { status: 202, body: result.change }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}/allowlist',
    operationId: 'listAllowlistEntries',
    summary: "List a wallet's allowed destinations",
    tags: ['Policies'],
    scope: 'policies:read',
    params: WalletParams,
    query: PageQuery,
    responses: { 200: { description: 'A page of active entries, newest first', schema: listOf(AllowlistEntry, 'AllowlistEntryList') } },
    errors: ['wallet_not_found'],
    async handler({ deps, params, query }) {
      const items = await listAllowlistViews(deps, params.walletId, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (e) => e.id) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/wallets/{walletId}/allowlist',
    operationId: 'addAllowlistEntry',
    summary: "Add a destination to a wallet's allowlist",
    description:
      "An addition loosens the allowlist: it answers 202 with a policy change that creates the entry once approvers of other parties approve it (quorum: the largest `approvalsRequired` of the wallet's policies, at least 1). The entry can be used once its cooling-off period, counted from its `createdAt`, has passed: the longer of the period in force when it was added (`coolingOffSeconds`) and the policy's current `allowlistCoolingOffSeconds` (never less than `POLICY_MIN_COOLING_OFF_SECONDS`).",
    tags: ['Policies'],
    scope: 'policies:write',
    idempotency: 'optional',
    params: WalletParams,
    body: AddEntryBody,
    responses: { 202: { description: 'The addition, pending approval', schema: PolicyChange } },
    errors: ['wallet_not_found', 'allowlist_entry_exists'],
    async handler({ deps, params, body, principal }) {
      return { status: 202, body: await addAllowlistEntry(deps, params.walletId, body, principal) }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/wallets/{walletId}/allowlist/{entryId}',
    operationId: 'removeAllowlistEntry',
    summary: "Remove a destination from a wallet's allowlist",
    tags: ['Policies'],
    scope: 'policies:write',
    params: EntryParams,
    responses: { 200: { description: 'The removed entry', schema: AllowlistEntry } },
    errors: ['wallet_not_found', 'allowlist_entry_not_found'],
    async handler({ deps, params, principal }) {
      return { status: 200, body: await removeAllowlistEntry(deps, params.walletId, params.entryId, principal) }
    },
  }),
]

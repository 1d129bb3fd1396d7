/**
 * Withdrawal policies per wallet and asset, and the destination allowlist of each wallet.
 */
import { z } from 'zod'
import { addAllowlistEntry } from '../../domain/policies/addAllowlistEntry'
import { deleteWithdrawalPolicy } from '../../domain/policies/deleteWithdrawalPolicy'
import { getPolicyView, listAllowlistViews, listPolicyViews } from '../../domain/policies/queries'
import { removeAllowlistEntry } from '../../domain/policies/removeAllowlistEntry'
import { setWithdrawalPolicy } from '../../domain/policies/setWithdrawalPolicy'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AddressString, AllowlistEntry, AmountString, AssetId, listOf, PageQuery, PositiveAmountString, Text, Uuid, WithdrawalPolicy } from '../schemas'

const WalletParams = z.strictObject({ walletId: Uuid.meta({ description: 'Wallet id' }) })
const PolicyParams = WalletParams.extend({ asset: AssetId.meta({ description: 'Asset of the policy, `{chainId}:native` or `{chainId}:{tokenAddress}`' }) })
const EntryParams = WalletParams.extend({ entryId: Uuid.meta({ description: 'Allowlist entry id' }) })

const SetPolicyBody = z
  .strictObject({
    maxPerTransaction: PositiveAmountString.nullable().optional().meta({ description: 'Largest amount of one withdrawal (base units); null or absent: no maximum', example: '5000000000000000000' }),
    velocityLimit24h: PositiveAmountString.nullable().optional().meta({ description: 'Most that may be requested over any rolling 24 h, this request included (base units); null or absent: no limit', example: '20000000000000000000' }),
    allowlistRequired: z.boolean().optional().meta({ description: "Only pay destinations on the wallet's allowlist that are past their cooling-off period (default false)", example: true }),
    allowlistCoolingOffSeconds: z.number().int().min(0).max(30 * 86_400).optional().meta({ description: 'Seconds an allowlist entry must wait after it was added (default 86400)', example: 86400 }),
    approvalThreshold: AmountString.nullable().optional().meta({ description: 'Withdrawals above this amount (base units) wait for approvals; null or absent: no approval rule', example: '1000000000000000000' }),
    approvalsRequired: z.number().int().min(0).max(10).optional().meta({ description: 'Distinct approvers needed above the threshold (default 1 with a threshold)', example: 2 }),
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
      'Rules: `maxPerTransaction`, `velocityLimit24h` (rolling 24 h sum of the wallet\'s withdrawals of the asset, every status but rejected, cancelled and failed, plus the request), `allowlistRequired` with `allowlistCoolingOffSeconds`, and `approvalThreshold` with `approvalsRequired`. A withdrawal that breaks a rule is refused with 422 `policy_violation`; one above the approval threshold waits in `pending_approval`. Applies to withdrawals requested from now on; `version` increments.',
    tags: ['Policies'],
    scope: 'policies:write',
    params: PolicyParams,
    body: SetPolicyBody,
    responses: { 200: { description: 'The policy as stored', schema: WithdrawalPolicy } },
    errors: ['wallet_not_found', 'unknown_asset'],
    async handler({ deps, params, body }) {
      const view = await setWithdrawalPolicy(deps, params.walletId, params.asset, {
        maxPerTransaction: amount(body.maxPerTransaction),
        velocityLimit24h: amount(body.velocityLimit24h),
        ...(body.allowlistRequired !== undefined ? { allowlistRequired: body.allowlistRequired } : {}),
        ...(body.allowlistCoolingOffSeconds !== undefined ? { allowlistCoolingOffSeconds: body.allowlistCoolingOffSeconds } : {}),
        approvalThreshold: amount(body.approvalThreshold),
        ...(body.approvalsRequired !== undefined ? { approvalsRequired: body.approvalsRequired } : {}),
      })
      return { status: 200, body: view }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/wallets/{walletId}/policies/{asset}',
    operationId: 'deleteWithdrawalPolicy',
    summary: 'Remove the withdrawal policy of a wallet and asset',
    tags: ['Policies'],
    scope: 'policies:write',
    params: PolicyParams,
    responses: { 200: { description: 'The removed policy', schema: WithdrawalPolicy } },
    errors: ['wallet_not_found', 'unknown_asset', 'policy_not_found'],
    async handler({ deps, params }) {
      const view = await getPolicyView(deps, params.walletId, params.asset)
      await deleteWithdrawalPolicy(deps, params.walletId, params.asset)
      return { status: 200, body: view }
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
    description: "The entry can be used once the cooling-off period of the wallet's policy (`allowlistCoolingOffSeconds`, counted from `createdAt`) has passed.",
    tags: ['Policies'],
    scope: 'policies:write',
    idempotency: 'optional',
    params: WalletParams,
    body: AddEntryBody,
    responses: { 201: { description: 'The new entry', schema: AllowlistEntry } },
    errors: ['wallet_not_found', 'allowlist_entry_exists'],
    async handler({ deps, params, body, principal }) {
      return { status: 201, body: await addAllowlistEntry(deps, params.walletId, body, principal) }
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
    async handler({ deps, params }) {
      return { status: 200, body: await removeAllowlistEntry(deps, params.walletId, params.entryId) }
    },
  }),
]

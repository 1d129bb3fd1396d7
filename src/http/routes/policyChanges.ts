/**
 * Policy changes: changes of withdrawal policies and allowlists, and the approvals of those that loosen
 * a rule (see src/domain/policies/policyChanges.ts).
 */
import { z } from 'zod'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { approvePolicyChange, getPolicyChangeView, listPolicyChangeViews, rejectPolicyChange } from '../../domain/policies/policyChanges'
import { defineRoute } from '../route'
import { AddressString, AmountString, Approval, listOf, PageQuery, PolicyAssetId, Text, Timestamp, Uuid } from '../schemas'

const Rules = z
  .object({
    maxPerTransaction: AmountString.nullable().meta({ description: 'Largest amount of one withdrawal (base units); null: no maximum' }),
    velocityLimit24h: AmountString.nullable().meta({ description: 'Most over any rolling 24 h (base units); null: no limit' }),
    allowlistRequired: z.boolean().meta({ description: 'Only allowlisted destinations past their cooling-off period', example: true }),
    allowlistCoolingOffSeconds: z.number().int().meta({ description: 'Cooling-off period of allowlist entries (seconds)', example: 86400 }),
    approvalThreshold: AmountString.nullable().meta({ description: 'Per-withdrawal approval threshold (base units); null: none' }),
    approvalThreshold24h: AmountString.nullable().meta({ description: 'Rolling 24 h approval threshold (base units); null: none' }),
    approvalsRequired: z.number().int().meta({ description: 'Distinct approvers needed above a threshold', example: 2 }),
  })
  .meta({ id: 'PolicyRules', description: 'The rules of a withdrawal policy' })

export const PolicyChange = z
  .object({
    id: Uuid.meta({ description: 'Policy change id' }),
    walletId: Uuid.meta({ description: 'Wallet whose policy or allowlist changes' }),
    asset: PolicyAssetId.nullable().meta({ description: 'Asset of the policy (`default`: the wallet default policy); null for allowlist changes' }),
    action: z.enum(['set_policy', 'delete_policy', 'add_allowlist_entry', 'remove_allowlist_entry']).meta({ description: 'What the change does', example: 'set_policy' }),
    status: z.enum(['pending_approval', 'applied', 'rejected']).meta({ description: '`applied` at once when nothing loosens; else `pending_approval` until approved (`applied`) or rejected', example: 'pending_approval' }),
    loosening: z.boolean().meta({ description: 'Whether the change loosens a rule (and so needs approvals)', example: true }),
    reasons: z.array(z.string()).meta({ description: 'How the change loosens the rules in force, one sentence per rule', example: ['maxPerTransaction raised from 1000 to 2000'] }),
    policy: Rules.nullable().meta({ description: 'The whole policy asked for (set_policy); null otherwise' }),
    previous: Rules.nullable().meta({ description: 'The rules in force when the change was asked (policy changes; the wallet default when the asset had no policy); null when none applied or for allowlist changes' }),
    allowlistEntry: z
      .object({
        address: AddressString.meta({ description: 'The destination (EIP-55 checksummed)' }),
        label: z.string().nullable().meta({ description: 'Its label', example: 'cold storage' }),
        entryId: Uuid.nullable().meta({ description: 'The allowlist entry (once created, for an addition)' }),
      })
      .nullable()
      .meta({ description: 'The allowlist entry added or removed; null for policy changes' }),
    approvalsRequired: z.number().int().meta({ description: 'Approvals by distinct parties (approver identities) other than the requester\'s party needed; 0 when applied at once', example: 1 }),
    approvals: z.array(Approval).meta({ description: 'The decisions recorded, oldest first' }),
    createdByKeyId: Uuid.nullable().meta({ description: 'API key that asked for the change' }),
    resultId: Uuid.nullable().meta({ description: 'Once applied: the policy or allowlist entry set, created or removed (null when there was nothing left to remove)' }),
    statusReason: z.string().nullable().meta({ description: 'Why it was rejected', example: 'rejected_by_approver' }),
    createdAt: Timestamp,
    decidedAt: Timestamp.nullable().meta({ description: 'When it was applied or rejected' }),
  })
  .meta({ id: 'PolicyChange', description: 'A change of a withdrawal policy or an allowlist; one that loosens a rule waits for approvals by other parties' })

const Params = z.strictObject({ changeId: Uuid.meta({ description: 'Policy change id' }) })

const ListQuery = PageQuery.extend({
  walletId: Uuid.optional().meta({ description: 'Only changes of this wallet' }),
  status: z.enum(['pending_approval', 'applied', 'rejected']).optional().meta({ description: 'Only changes in this status', example: 'pending_approval' }),
})

const DecisionBody = z
  .strictObject({
    comment: Text(500).optional().meta({ description: 'Why (kept with the decision)', example: 'agreed in the change board' }),
  })
  .meta({ id: 'PolicyChangeDecisionRequest', description: "An approver's decision on a policy change; the body may be empty" })

export const policyChangeRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/policy-changes',
    operationId: 'listPolicyChanges',
    summary: 'List policy changes',
    tags: ['Policies'],
    scope: 'policies:read',
    query: ListQuery,
    responses: { 200: { description: 'A page of policy changes, newest first', schema: listOf(PolicyChange, 'PolicyChangeList') } },
    async handler({ deps, query }) {
      const items = await listPolicyChangeViews(
        deps,
        { ...(query.walletId ? { walletId: query.walletId } : {}), ...(query.status ? { status: query.status } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (c) => c.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/policy-changes/{changeId}',
    operationId: 'getPolicyChange',
    summary: 'Get a policy change',
    tags: ['Policies'],
    scope: 'policies:read',
    params: Params,
    responses: { 200: { description: 'The policy change with its approvals', schema: PolicyChange } },
    errors: ['policy_change_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getPolicyChangeView(deps, params.changeId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/policy-changes/{changeId}/approve',
    operationId: 'approvePolicyChange',
    summary: 'Approve a pending policy change',
    description:
      "Records this API key's approval. The key must have the `approver` scope and belong to another party than the requester (neither the requesting key, nor a key of its API client, nor a key with its approver identity); keys of one identity count once. When the number of distinct approving parties reaches `approvalsRequired`, the change applies in the same transaction (`status: applied`, event `policy.changed`).",
    tags: ['Policies'],
    scope: 'approver',
    idempotency: 'optional',
    params: Params,
    body: DecisionBody,
    responses: { 200: { description: 'The change with its approvals (`applied` once the quorum is reached)', schema: PolicyChange } },
    errors: ['policy_change_not_found', 'invalid_state', 'policy_change_not_allowed', 'approval_already_recorded'],
    async handler({ deps, params, body, principal }) {
      return { status: 200, body: await approvePolicyChange(deps, params.changeId, { keyId: principal!.keyId, clientId: principal!.clientId }, body.comment) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/policy-changes/{changeId}/reject',
    operationId: 'rejectPolicyChange',
    summary: 'Reject a pending policy change',
    description: 'One rejection by any approver (the requester\'s own keys included) ends the change: `rejected`, nothing changes (event `policy.change_rejected`).',
    tags: ['Policies'],
    scope: 'approver',
    idempotency: 'optional',
    params: Params,
    body: DecisionBody,
    responses: { 200: { description: 'The rejected change', schema: PolicyChange } },
    errors: ['policy_change_not_found', 'invalid_state', 'approval_already_recorded'],
    async handler({ deps, params, body, principal }) {
      return { status: 200, body: await rejectPolicyChange(deps, params.changeId, { keyId: principal!.keyId, clientId: principal!.clientId }, body.comment) }
    },
  }),
]

/**
 * Approvals of withdrawals waiting in `pending_approval` (see src/domain/withdrawals/approvals.ts).
 */
import { z } from 'zod'
import { partyOf } from '../../domain/approvals/party'
import { approveWithdrawal, rejectWithdrawal } from '../../domain/withdrawals/approvals'
import { defineRoute } from '../route'
import { Text, Uuid, Withdrawal } from '../schemas'

const Params = z.strictObject({ withdrawalId: Uuid.meta({ description: 'Withdrawal id' }) })

const DecisionBody = z
  .strictObject({
    comment: Text(500).optional().meta({ description: 'Why (kept with the decision)', example: 'checked with the customer by phone' }),
  })
  .meta({ id: 'ApprovalDecisionRequest', description: "An approver's decision; the body may be empty" })

export const approvalRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/withdrawals/{withdrawalId}/approve',
    operationId: 'approveWithdrawal',
    summary: 'Approve a withdrawal awaiting approval',
    description:
      'Records this API key\'s approval. The key must have the `approver` scope and must not be of the requester\'s party: not the requesting key, not a key of its API client, not a key with its approver identity (`admin` included). Each identity counts once, whichever of its keys approves. When the number of distinct identities that approved reaches `approvalsRequired`, the withdrawal moves `pending_approval → queued` and is sent.',
    tags: ['Approvals'],
    scope: 'approver',
    idempotency: 'optional',
    params: Params,
    body: DecisionBody,
    responses: { 200: { description: 'The withdrawal with its approvals (`queued` once enough approvers agreed)', schema: Withdrawal } },
    errors: ['withdrawal_not_found', 'invalid_state', 'approval_not_allowed', 'approval_already_recorded'],
    async handler({ deps, params, body, principal }) {
      return { status: 200, body: await approveWithdrawal(deps, params.withdrawalId, partyOf(principal!), body.comment) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/withdrawals/{withdrawalId}/reject',
    operationId: 'rejectWithdrawal',
    summary: 'Reject a withdrawal awaiting approval',
    description:
      'One rejection by any approver (the requester\'s key included) ends the withdrawal: `pending_approval → rejected`, and its hold is released so the amount is available again.',
    tags: ['Approvals'],
    scope: 'approver',
    idempotency: 'optional',
    params: Params,
    body: DecisionBody,
    responses: { 200: { description: 'The rejected withdrawal with its approvals', schema: Withdrawal } },
    errors: ['withdrawal_not_found', 'invalid_state', 'approval_already_recorded'],
    async handler({ deps, params, body, principal }) {
      return { status: 200, body: await rejectWithdrawal(deps, params.withdrawalId, partyOf(principal!), body.comment) }
    },
  }),
]

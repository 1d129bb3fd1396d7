import { z } from 'zod'
import { cancelWithdrawal } from '../../domain/withdrawals/cancelWithdrawal'
import { createWithdrawal } from '../../domain/withdrawals/createWithdrawal'
import { speedUpWithdrawal } from '../../domain/withdrawals/speedUpWithdrawal'
import { getWithdrawalView, listWithdrawalViews } from '../../domain/withdrawals/queries'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AddressString, AssetId, ExternalId, PageQuery, PositiveAmountString, Uuid, Withdrawal, WithdrawalStatus, listOf } from '../schemas'

const CreateWithdrawalBody = z
  .strictObject({
    walletId: Uuid.meta({ description: 'Wallet to pay from (its hot address sends)' }),
    asset: AssetId,
    to: AddressString.meta({ description: 'Destination address' }),
    amount: PositiveAmountString,
    externalId: ExternalId.optional().meta({ description: 'Your id for this withdrawal; unique forever per API client', example: 'wd-2026-000123' }),
  })
  .meta({ id: 'CreateWithdrawalRequest', description: 'A withdrawal to request' })

const ListQuery = PageQuery.extend({
  walletId: Uuid.optional().meta({ description: 'Only withdrawals from this wallet' }),
  status: WithdrawalStatus.optional().meta({ description: 'Only withdrawals in this state' }),
})

export const withdrawalRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/withdrawals',
    operationId: 'createWithdrawal',
    summary: 'Request a withdrawal',
    description:
      'Places a hold on the wallet\'s available balance and queues the transfer; follow it through `queued → submitted → mined → confirmed`. Requires `Idempotency-Key`: the same key with the same body replays the first response; with another body it is refused (422).',
    tags: ['Withdrawals'],
    scope: 'withdrawals:write',
    idempotency: 'required',
    body: CreateWithdrawalBody,
    responses: { 201: { description: 'The queued withdrawal', schema: Withdrawal } },
    errors: ['wallet_not_found', 'unknown_asset', 'insufficient_balance', 'external_id_conflict', 'policy_violation', 'destination_refused', 'idempotency_key_missing', 'idempotency_key_reused', 'idempotency_key_in_flight'],
    async handler({ deps, body, principal, idempotency }) {
      const view = await createWithdrawal(
        deps,
        { walletId: body.walletId, asset: body.asset, to: body.to, amount: BigInt(body.amount), ...(body.externalId ? { externalId: body.externalId } : {}) },
        { clientId: principal!.clientId, keyId: principal!.keyId },
        idempotency?.within(201),
      )
      return { status: 201, body: view }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/withdrawals',
    operationId: 'listWithdrawals',
    summary: 'List withdrawals',
    tags: ['Withdrawals'],
    scope: 'withdrawals:read',
    query: ListQuery,
    responses: { 200: { description: 'A page of withdrawals, newest first', schema: listOf(Withdrawal, 'WithdrawalList') } },
    async handler({ deps, query }) {
      const items = await listWithdrawalViews(
        deps,
        { kind: 'withdrawal', ...(query.walletId ? { walletId: query.walletId } : {}), ...(query.status ? { status: query.status } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (w) => w.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/withdrawals/{withdrawalId}',
    operationId: 'getWithdrawal',
    summary: 'Get a withdrawal with its attempts',
    tags: ['Withdrawals'],
    scope: 'withdrawals:read',
    params: z.strictObject({ withdrawalId: Uuid.meta({ description: 'Withdrawal id' }) }),
    responses: { 200: { description: 'The withdrawal', schema: Withdrawal } },
    errors: ['withdrawal_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getWithdrawalView(deps, params.withdrawalId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/withdrawals/{withdrawalId}/cancel',
    operationId: 'cancelWithdrawal',
    summary: 'Cancel a withdrawal',
    description:
      'Before signing it is cancelled at once and its hold released. After signing its nonce is replaced by a 0-value self-send at bumped fees, at most the cancel ceiling (max(fee cap, 3 × market) by default, never above `fees.cancelMaxFeePerGasCap`); within the replacement interval of the last attempt the cancel is recorded and signed once the interval has passed. It ends `cancelled` only if the cancel is what gets mined, otherwise as whatever was mined. A cancel already requested changes nothing and signs nothing: repeated calls return the current state. Returns the withdrawal as it is now.',
    tags: ['Withdrawals'],
    scope: 'withdrawals:write',
    idempotency: 'optional',
    params: z.strictObject({ withdrawalId: Uuid }),
    responses: { 202: { description: 'Cancelled, or cancel submitted (`cancelRequestedAt` set)', schema: Withdrawal } },
    errors: ['withdrawal_not_found', 'invalid_state'],
    async handler({ deps, params }) {
      return { status: 202, body: await cancelWithdrawal(deps, params.withdrawalId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/withdrawals/{withdrawalId}/speed-up',
    operationId: 'speedUpWithdrawal',
    summary: 'Speed up a withdrawal',
    description: 'Replaces the pending transaction now (same nonce) with fees raised by at least the bump percentage and to the market, within the fee cap. 409 `invalid_state` when it is not in flight or the cap leaves no room; 409 `replacement_too_soon` with `Retry-After` when its last attempt is younger than the replacement interval (`fees.minReplacementIntervalSeconds`, 15 s by default).',
    tags: ['Withdrawals'],
    scope: 'withdrawals:write',
    idempotency: 'optional',
    params: z.strictObject({ withdrawalId: Uuid }),
    responses: { 202: { description: 'The replacement was submitted', schema: Withdrawal } },
    errors: ['withdrawal_not_found', 'invalid_state', 'replacement_too_soon'],
    async handler({ deps, params }) {
      return { status: 202, body: await speedUpWithdrawal(deps, params.withdrawalId) }
    },
  }),
]

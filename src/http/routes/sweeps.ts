import { z } from 'zod'
import { deleteSweepPolicy } from '../../domain/sweeps/deleteSweepPolicy'
import { getSweepView, listSweepPolicyViews, listSweepViews } from '../../domain/sweeps/queries'
import { setSweepPolicy } from '../../domain/sweeps/setSweepPolicy'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AssetId, PageQuery, PositiveAmountString, Sweep, SweepPolicy, Uuid, WithdrawalStatus, listOf } from '../schemas'

const PolicyParams = z.strictObject({ walletId: Uuid, asset: AssetId })

const SetSweepPolicyBody = z
  .strictObject({
    threshold: PositiveAmountString.meta({ description: 'Sweep a deposit address once its confirmed balance reaches this (base units)', example: '100000000' }),
    destinationWalletId: Uuid.nullable().default(null).meta({ description: "Wallet whose hot address receives the sweeps, e.g. a kms-key treasury; null or absent: this wallet's hot address" }),
    enabled: z.boolean().default(true).meta({ description: 'Whether the sweeper acts on the policy (default true); false keeps it without sweeping', example: true }),
  })
  .meta({ id: 'SetSweepPolicyRequest', description: 'When and where deposit addresses of the wallet are swept for the asset' })

const ListQuery = PageQuery.extend({
  walletId: Uuid.optional().meta({ description: 'Only sweeps of this wallet' }),
  status: WithdrawalStatus.optional().meta({ description: 'Only sweeps in this status' }),
  chainId: z.coerce.number().int().positive().optional().meta({ description: 'Only sweeps on this chain', example: 31337 }),
})

export const sweepRoutes = [
  defineRoute({
    method: 'put',
    path: '/v1/wallets/{walletId}/sweep-policies/{asset}',
    operationId: 'setSweepPolicy',
    summary: 'Set the sweep policy of a wallet and asset',
    description:
      "Deposit addresses of the wallet whose confirmed balance of the asset reaches `threshold` are swept into the destination (the wallet's hot address, or another wallet's). For tokens, the deposit address first receives exactly the gas it needs from the hot address (a top-up), then sends the tokens.",
    tags: ['Sweeps'],
    scope: 'wallets:write',
    params: PolicyParams,
    body: SetSweepPolicyBody,
    responses: { 200: { description: 'The policy', schema: SweepPolicy } },
    errors: ['wallet_not_found', 'unknown_asset'],
    async handler({ deps, params, body }) {
      const view = await setSweepPolicy(deps, { walletId: params.walletId, asset: params.asset, threshold: BigInt(body.threshold), destinationWalletId: body.destinationWalletId, enabled: body.enabled })
      return { status: 200, body: view }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}/sweep-policies',
    operationId: 'listSweepPolicies',
    summary: "List a wallet's sweep policies",
    tags: ['Sweeps'],
    scope: 'wallets:read',
    params: z.strictObject({ walletId: Uuid }),
    responses: {
      200: {
        description: 'The policies, by asset',
        schema: z
          .object({ data: z.array(SweepPolicy).meta({ description: "The wallet's sweep policies, one per asset" }) })
          .meta({ id: 'SweepPolicyList', description: "A wallet's sweep policies" }),
      },
    },
    errors: ['wallet_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: { data: await listSweepPolicyViews(deps, params.walletId) } }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/wallets/{walletId}/sweep-policies/{asset}',
    operationId: 'deleteSweepPolicy',
    summary: 'Remove a sweep policy',
    description: 'No new sweeps are planned for the wallet and asset; sweeps already queued go on.',
    tags: ['Sweeps'],
    scope: 'wallets:write',
    params: PolicyParams,
    responses: { 204: { description: 'Removed' } },
    errors: ['not_found', 'unknown_asset'],
    async handler({ deps, params }) {
      await deleteSweepPolicy(deps, params.walletId, params.asset)
      return { status: 204 }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/sweeps',
    operationId: 'listSweeps',
    summary: 'List sweeps',
    description: 'Sweeps of deposit addresses into their destination (withdrawals of kind `sweep`), newest first, each with its gas top-up and the native dust left at the deposit address.',
    tags: ['Sweeps'],
    scope: 'withdrawals:read',
    query: ListQuery,
    responses: { 200: { description: 'A page of sweeps, newest first', schema: listOf(Sweep, 'SweepList') } },
    async handler({ deps, query }) {
      const items = await listSweepViews(
        deps,
        { ...(query.walletId ? { walletId: query.walletId } : {}), ...(query.status ? { status: query.status } : {}), ...(query.chainId ? { chainId: query.chainId } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (w) => w.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/sweeps/{sweepId}',
    operationId: 'getSweep',
    summary: 'Get a sweep with its attempts',
    tags: ['Sweeps'],
    scope: 'withdrawals:read',
    params: z.strictObject({ sweepId: Uuid }),
    responses: { 200: { description: 'The sweep', schema: Sweep } },
    errors: ['withdrawal_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getSweepView(deps, params.sweepId) }
    },
  }),
]

import { z } from 'zod'
import { getDepositView, listDepositViews } from '../../domain/deposits/queries'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AddressString, Deposit, PageQuery, Uuid, listOf } from '../schemas'

const ListQuery = PageQuery.extend({
  walletId: Uuid.optional().meta({ description: 'Only deposits to this wallet' }),
  status: z.enum(['detected', 'confirmed', 'orphaned']).optional().meta({ description: 'Only deposits in this state', example: 'confirmed' }),
  chainId: z.coerce.number().int().positive().optional().meta({ description: 'Only deposits on this chain (EIP-155 id)', example: 31337 }),
  address: AddressString.optional().meta({ description: 'Only deposits to this address' }),
})

export const depositRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/deposits',
    operationId: 'listDeposits',
    summary: 'List deposits',
    description: 'Inbound transfers to any address of a wallet (hot or deposit address): `detected` when seen in a block, `confirmed` (and credited) at the chain\'s confirmation depth, `orphaned` when reorged out.',
    tags: ['Deposits'],
    scope: 'deposits:read',
    query: ListQuery,
    responses: { 200: { description: 'A page of deposits, newest first', schema: listOf(Deposit, 'DepositList') } },
    async handler({ deps, query }) {
      const items = await listDepositViews(
        deps,
        {
          ...(query.walletId ? { walletId: query.walletId } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.chainId ? { chainId: query.chainId } : {}),
          ...(query.address ? { address: query.address.toLowerCase() } : {}),
        },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (d) => d.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/deposits/{depositId}',
    operationId: 'getDeposit',
    summary: 'Get a deposit',
    tags: ['Deposits'],
    scope: 'deposits:read',
    params: z.strictObject({ depositId: Uuid.meta({ description: 'Deposit id' }) }),
    responses: { 200: { description: 'The deposit', schema: Deposit } },
    errors: ['deposit_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getDepositView(deps, params.depositId) }
    },
  }),
]

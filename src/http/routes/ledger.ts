import { z } from 'zod'
import { getLedgerAccount, listLedgerAccountEntries, listLedgerAccounts } from '../../domain/ledger/queries'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AddressString, AssetId, LedgerAccount, LedgerAccountEntry, PageQuery, Uuid, listOf } from '../schemas'

const AccountParams = z.strictObject({ accountId: Uuid.meta({ description: 'Ledger account id' }) })

export const ledgerRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/ledger/accounts',
    operationId: 'listLedgerAccounts',
    summary: 'List ledger accounts with balances',
    tags: ['Ledger'],
    scope: 'ledger:read',
    query: PageQuery.extend({
      walletId: Uuid.optional().meta({ description: 'Only accounts of this wallet' }),
      asset: AssetId.optional().meta({ description: 'Only accounts of this asset' }),
      type: z.enum(['asset', 'liability', 'expense', 'revenue', 'equity', 'suspense']).optional().meta({ description: 'Only accounts of this type', example: 'liability' }),
      address: AddressString.optional().meta({ description: 'Only the asset account of this address' }),
    }),
    responses: { 200: { description: 'A page of accounts, oldest first', schema: listOf(LedgerAccount, 'LedgerAccountList') } },
    async handler({ deps, query }) {
      const items = await listLedgerAccounts(
        deps,
        {
          ...(query.walletId ? { walletId: query.walletId } : {}),
          ...(query.asset ? { asset: query.asset } : {}),
          ...(query.type ? { type: query.type } : {}),
          ...(query.address ? { address: query.address.toLowerCase() } : {}),
        },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor) } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (a) => a.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/accounts/{accountId}',
    operationId: 'getLedgerAccount',
    summary: 'Get a ledger account with its balances',
    tags: ['Ledger'],
    scope: 'ledger:read',
    params: AccountParams,
    responses: { 200: { description: 'The account', schema: LedgerAccount } },
    errors: ['ledger_account_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getLedgerAccount(deps, params.accountId) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/accounts/{accountId}/entries',
    operationId: 'listLedgerAccountEntries',
    summary: "List an account's journal entries",
    tags: ['Ledger'],
    scope: 'ledger:read',
    params: AccountParams,
    query: PageQuery,
    responses: { 200: { description: 'A page of entries, newest first', schema: listOf(LedgerAccountEntry, 'LedgerAccountEntryList') } },
    errors: ['ledger_account_not_found'],
    async handler({ deps, params, query }) {
      const items = await listLedgerAccountEntries(deps, params.accountId, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor) } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (e) => e.seq) }
    },
  }),
]

import { z } from 'zod'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { getReconciliationReport, itemCursor, listReconciliationItemViews, listReconciliationViews } from '../../domain/reconciliation/queries'
import { requestReconciliation } from '../../domain/reconciliation/requestReconciliation'
import { defineRoute } from '../route'
import { AddressString, AssetId, PageQuery, Timestamp, Uuid, listOf } from '../schemas'

const Status = z.enum(['queued', 'running', 'matched', 'mismatched', 'failed']).meta({ id: 'ReconciliationStatus' })

export const Reconciliation = z
  .object({
    id: Uuid,
    chainId: z.number().int(),
    blockNumber: z.string().nullable().meta({ description: 'The block reconciled at (pinned when the run starts, if not requested)' }),
    blockHash: z.string().nullable(),
    status: Status,
    statusReason: z.string().nullable().meta({ description: 'Why a run failed' }),
    trigger: z.enum(['api', 'schedule']),
    accountsChecked: z.number().int().meta({ description: 'Report lines: custody addresses × assets' }),
    matched: z.number().int(),
    mismatched: z.number().int(),
    createdAt: Timestamp,
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Reconciliation' })

export const ReconciliationItem = z
  .object({
    address: AddressString,
    asset: AssetId,
    accountId: Uuid.nullable().meta({ description: 'The custody address account (null if the address never had one)' }),
    walletId: Uuid.nullable(),
    onChain: z.string().meta({ description: 'Balance on chain at the block (base units)' }),
    ledgerPosted: z.string().meta({ description: 'Posted balance of entries of blocks up to the block' }),
    pendingInbound: z.string().meta({ description: 'Seen on chain up to the block, not yet credited (deposits awaiting confirmations)' }),
    pendingOutbound: z.string().meta({ description: 'Spent on chain up to the block by our transactions, not yet settled (value and gas)' }),
    expected: z.string().meta({ description: 'ledgerPosted + pendingInbound − pendingOutbound' }),
    difference: z.string().meta({ description: 'onChain − expected; what an adjustment would book' }),
    status: z.enum(['matched', 'mismatched']),
    likelyCause: z.enum(['unbooked_inbound_transfer', 'unbooked_gas', 'unknown_outflow']).nullable(),
    firstSeenBlock: z.string().nullable().meta({ description: 'First block at which the difference appears (bisection; null when unknown)' }),
    detail: z.string().nullable(),
  })
  .meta({ id: 'ReconciliationItem' })

const ReconciliationReport = Reconciliation.extend({
  mismatches: z.array(ReconciliationItem).meta({ description: 'Mismatched lines (the first 100 by address)' }),
  mismatchesTruncated: z.boolean().meta({ description: 'More mismatched lines than shown: page them with /items?status=mismatched' }),
}).meta({ id: 'ReconciliationReport' })

const IdParams = z.strictObject({ reconciliationId: Uuid })

export const reconciliationRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/reconciliations',
    operationId: 'createReconciliation',
    summary: 'Reconcile the ledger against the chain at a block height',
    description:
      'Queues a run that compares, for every custody address and asset, the on-chain balance at the block with the ledger balance at that block (counting what is still pending). Poll `GET /v1/reconciliations/{id}` for the report. Without `blockNumber`: the block the chain follower has processed when the run starts.',
    tags: ['Reconciliation'],
    scope: 'ledger:write',
    idempotency: 'optional',
    body: z.strictObject({
      chainId: z.number().int().positive().meta({ example: 31337 }),
      blockNumber: z.string().regex(/^(0|[1-9][0-9]{0,18})$/, 'must be a block number (decimal integer)').optional().meta({ example: '19000000' }),
    }),
    responses: { 202: { description: 'The run, queued', schema: Reconciliation } },
    errors: ['unknown_chain', 'block_not_reached', 'rpc_failed', 'idempotency_key_in_flight', 'idempotency_key_reused'],
    async handler({ deps, body, principal }) {
      const view = await requestReconciliation(deps, {
        chainId: body.chainId,
        ...(body.blockNumber !== undefined ? { blockNumber: BigInt(body.blockNumber) } : {}),
        trigger: 'api',
        requestedByKeyId: principal?.keyId ?? null,
      })
      return { status: 202, body: view, headers: { Location: `/v1/reconciliations/${view.id}` } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/reconciliations',
    operationId: 'listReconciliations',
    summary: 'List reconciliations',
    tags: ['Reconciliation'],
    scope: 'ledger:read',
    query: PageQuery.extend({ chainId: z.coerce.number().int().positive().optional(), status: Status.optional() }),
    responses: { 200: { description: 'A page of runs, newest first', schema: listOf(Reconciliation, 'ReconciliationList') } },
    async handler({ deps, query }) {
      const items = await listReconciliationViews(
        deps,
        { ...(query.chainId ? { chainId: query.chainId } : {}), ...(query.status ? { status: query.status } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor) } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (r) => r.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/reconciliations/{reconciliationId}',
    operationId: 'getReconciliation',
    summary: 'Get a reconciliation report',
    tags: ['Reconciliation'],
    scope: 'ledger:read',
    params: IdParams,
    responses: { 200: { description: 'The run and its mismatched lines', schema: ReconciliationReport } },
    errors: ['reconciliation_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getReconciliationReport(deps, params.reconciliationId) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/reconciliations/{reconciliationId}/items',
    operationId: 'listReconciliationItems',
    summary: "A reconciliation's report lines",
    tags: ['Reconciliation'],
    scope: 'ledger:read',
    params: IdParams,
    query: PageQuery.extend({ status: z.enum(['matched', 'mismatched']).optional() }),
    responses: { 200: { description: 'A page of lines, by address', schema: listOf(ReconciliationItem, 'ReconciliationItemList') } },
    errors: ['reconciliation_not_found'],
    async handler({ deps, params, query }) {
      const items = await listReconciliationItemViews(deps, params.reconciliationId, query.status ? { status: query.status } : {}, {
        limit: query.limit,
        ...(query.cursor ? { cursor: decodeCursor(query.cursor) } : {}),
      })
      return { status: 200, body: pageOf(items, query.limit, itemCursor) }
    },
  }),
]

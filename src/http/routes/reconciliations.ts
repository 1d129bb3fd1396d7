import { z } from 'zod'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { getReconciliationReport, itemCursor, listReconciliationItemViews, listReconciliationViews } from '../../domain/reconciliation/queries'
import { requestReconciliation } from '../../domain/reconciliation/requestReconciliation'
import { defineRoute } from '../route'
import { AddressString, AssetId, BlockNumberString, ChainId, PageQuery, Timestamp, Uuid, listOf } from '../schemas'

const Status = z.enum(['queued', 'running', 'matched', 'mismatched', 'failed']).meta({
  id: 'ReconciliationStatus',
  description: '`queued → running → matched | mismatched | failed`: `matched` (every line matches), `mismatched` (some line differs), `failed` (the run could not complete; see `statusReason`)',
  example: 'matched',
})

export const Reconciliation = z
  .object({
    id: Uuid.meta({ description: 'Reconciliation id' }),
    chainId: ChainId,
    blockNumber: BlockNumberString.nullable().meta({ description: 'The block reconciled at (pinned when the run starts, if not requested)' }),
    blockHash: z.string().nullable().meta({ description: 'Hash of that block, read when the run pinned it; null until then', example: '0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5' }),
    status: Status,
    statusReason: z
      .string()
      .nullable()
      .meta({ description: 'Why a run failed; null otherwise', example: 'the chain follower is at block 18234500, behind block 18234567; it did not catch up in 300 s' }),
    trigger: z.enum(['api', 'schedule']).meta({ description: 'Who asked for it: `api` (POST /v1/reconciliations) or `schedule` (the periodic run)', example: 'api' }),
    accountsChecked: z.number().int().meta({ description: 'Report lines: custody addresses × assets', example: 1250 }),
    matched: z.number().int().meta({ description: 'Lines whose on-chain balance equals the expected one', example: 1249 }),
    mismatched: z.number().int().meta({ description: 'Lines whose on-chain balance differs from the expected one', example: 1 }),
    createdAt: Timestamp,
    startedAt: Timestamp.nullable().meta({ description: 'When a worker started the run; null while queued' }),
    finishedAt: Timestamp.nullable().meta({ description: 'When the run ended; null until then' }),
  })
  .meta({ id: 'Reconciliation', description: 'A run comparing every custody address balance on chain with the ledger at one block' })

// Strict, so its input and output JSON Schemas are the same: the webhook payload component
// (ReconciliationMismatch) and the REST responses then share one `ReconciliationItem` component.
export const ReconciliationItem = z
  .strictObject({
    address: AddressString.meta({ description: 'The custody address' }),
    asset: AssetId,
    accountId: Uuid.nullable().meta({ description: 'The custody address account (null if the address never had one)' }),
    walletId: Uuid.nullable().meta({ description: 'The wallet the address belongs to (null for an address of no wallet)' }),
    onChain: z.string().meta({ description: 'Balance on chain at the block (base units)', example: '2250000000000000000' }),
    ledgerPosted: z.string().meta({ description: 'Posted balance of entries of blocks up to the block (base units)', example: '2000000000000000000' }),
    pendingInbound: z.string().meta({ description: 'Seen on chain up to the block, not yet credited (deposits awaiting confirmations; base units)', example: '0' }),
    pendingOutbound: z.string().meta({ description: 'Spent on chain up to the block by our transactions, not yet settled (value and gas; base units)', example: '0' }),
    expected: z.string().meta({ description: 'ledgerPosted + pendingInbound − pendingOutbound (base units)', example: '2000000000000000000' }),
    difference: z.string().meta({ description: 'onChain − expected (base units, signed); what an adjustment would book', example: '250000000000000000' }),
    status: z.enum(['matched', 'mismatched']).meta({ description: '`matched` when the difference is zero', example: 'mismatched' }),
    likelyCause: z
      .enum(['unbooked_inbound_transfer', 'unbooked_gas', 'unknown_outflow'])
      .nullable()
      .meta({
        description:
          'For a mismatch: `unbooked_inbound_transfer` (more on chain: value arrived in a way the follower does not see), `unbooked_gas` (less: the address sent transactions the service did not sign), `unknown_outflow` (less, otherwise); null when matched',
        example: 'unbooked_inbound_transfer',
      }),
    firstSeenBlock: BlockNumberString.nullable().meta({ description: 'First block at which the difference appears (bisection; null when unknown)' }),
    detail: z
      .string()
      .nullable()
      .meta({
        description: 'The likely cause, explained for finance; null when matched',
        example: "the address holds 0.25 ETH more than the ledger expects at block 18234567: value arrived in a way the block follower does not see (a contract's internal call, a selfdestruct, a block or withdrawal reward); book it with an adjustment",
      }),
  })
  .meta({ id: 'ReconciliationItem', description: 'One report line: a custody address and asset, its balance on chain and in the ledger at the block' })

const ReconciliationReport = Reconciliation.extend({
  mismatches: z.array(ReconciliationItem).meta({ description: 'Mismatched lines (the first 100 by address)' }),
  mismatchesTruncated: z.boolean().meta({ description: 'More mismatched lines than shown: page them with /items?status=mismatched', example: false }),
}).meta({ id: 'ReconciliationReport', description: 'A reconciliation run with its first mismatched report lines' })

const IdParams = z.strictObject({ reconciliationId: Uuid.meta({ description: 'Reconciliation id' }) })

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
      chainId: z.number().int().positive().meta({ description: 'The chain to reconcile (EIP-155 chain id)', example: 31337 }),
      blockNumber: z
        .string()
        .regex(/^(0|[1-9][0-9]{0,18})$/, 'must be a block number (decimal integer)')
        .optional()
        .meta({ description: 'The block height to reconcile at (decimal string); absent: the block the chain follower has processed when the run starts', example: '19000000' }),
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
    query: PageQuery.extend({
      chainId: z.coerce.number().int().positive().optional().meta({ description: 'Only runs of this chain', example: 31337 }),
      status: Status.optional().meta({ description: 'Only runs in this status', example: 'mismatched' }),
    }),
    responses: { 200: { description: 'A page of runs, newest first', schema: listOf(Reconciliation, 'ReconciliationList') } },
    async handler({ deps, query }) {
      const items = await listReconciliationViews(
        deps,
        { ...(query.chainId ? { chainId: query.chainId } : {}), ...(query.status ? { status: query.status } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
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
    query: PageQuery.extend({ status: z.enum(['matched', 'mismatched']).optional().meta({ description: 'Only matched or only mismatched lines', example: 'mismatched' }) }),
    responses: { 200: { description: 'A page of lines, by address', schema: listOf(ReconciliationItem, 'ReconciliationItemList') } },
    errors: ['reconciliation_not_found'],
    async handler({ deps, params, query }) {
      const items = await listReconciliationItemViews(deps, params.reconciliationId, query.status ? { status: query.status } : {}, {
        limit: query.limit,
        ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'address-asset') } : {}),
      })
      return { status: 200, body: pageOf(items, query.limit, itemCursor) }
    },
  }),
]

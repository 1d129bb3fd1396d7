import { z } from 'zod'
import { listAdjustments } from '../../db/adjustments'
import { checkLedger } from '../../domain/ledger/checkLedger'
import { partyOf } from '../../domain/approvals/party'
import { createAdjustment } from '../../domain/ledger/createAdjustment'
import { approveAdjustmentRequest, getAdjustmentRequestView, listAdjustmentRequestViews, rejectAdjustmentRequest } from '../../domain/ledger/decideAdjustmentRequest'
import { adjustmentViews } from '../../domain/ledger/adjustmentView'
import { EXPORT_MEDIA_TYPES, exportLedgerBalances, exportLedgerEntries, type ExportQuery } from '../../domain/ledger/exportLedger'
import { getLedgerAccount, getLedgerAccountBalanceAsOf, getLedgerEntry, listLedgerAccountEntries, listLedgerAccounts } from '../../domain/ledger/queries'
import { decodeCursor, MAX_SEQUENCE, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import {
  AccountRole,
  AddressString,
  AssetId,
  BalanceFigures,
  Deposit,
  LedgerAccount,
  LedgerAccountEntry,
  PageQuery,
  ChainId,
  Timestamp,
  Uuid,
  Withdrawal,
  listOf,
} from '../schemas'

const AccountParams = z.strictObject({ accountId: Uuid.meta({ description: 'Ledger account id' }) })

const DateTimeQuery = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time', example: '2026-11-01T00:00:00Z' })
const BlockNumberString = z.string().regex(/^(0|[1-9][0-9]{0,18})$/, 'must be a block number (decimal integer)').meta({ description: 'Block number', example: '19000000' })
const SignedAmountString = z
  .string()
  .regex(/^-?[1-9][0-9]{0,77}$/, 'must be a non-zero integer of base units, as a string (negative: the address holds less)')
  .meta({ description: 'Signed, non-zero integer amount of base units', example: '250000000000000000' })

const AccountRef = z
  .object({
    id: Uuid.meta({ description: 'Ledger account id' }),
    code: z.string().meta({ description: 'Unique account code', example: 'asset:31337:native:0x70997970c51812dc3a010c7d01b50e0d17dc79c8' }),
    type: z.enum(['asset', 'liability', 'expense', 'revenue', 'equity', 'suspense']).meta({ description: 'Account type', example: 'asset' }),
    role: AccountRole,
    walletId: Uuid.nullable().meta({ description: 'Wallet of a customer liability or address account' }),
    address: AddressString.nullable().meta({ description: 'Address of an on-chain asset account' }),
  })
  .meta({ description: 'The account (see `GET /v1/ledger/accounts/{accountId}` for its balances now)' })

const Counterpart = z
  .enum(['suspense', 'equity', 'income', 'network_fee', 'customer'])
  .meta({
    description:
      "The other side of the adjustment: `suspense` (not yet explained), `equity` (the business's own funds), `income` (other income), `network_fee` (unbooked gas, amount < 0), `customer` (credit the address's wallet: a deposit the follower could not see)",
    example: 'suspense',
  })

export const LedgerAdjustment = z
  .object({
    id: Uuid.meta({ description: 'Adjustment id' }),
    entryId: Uuid.meta({ description: 'The adjusting journal entry' }),
    chainId: ChainId,
    asset: AssetId,
    accountId: Uuid.meta({ description: 'The custody address account corrected' }),
    address: AddressString.nullable().meta({ description: 'Its address' }),
    counterpart: Counterpart,
    counterAccountId: Uuid.meta({ description: 'The account booked on the other side' }),
    amount: z.string().meta({ description: 'Signed base units added to the custody address account (on chain − ledger)', example: '250000000000000000' }),
    blockNumber: z.string().meta({ description: 'The block the difference arose in; balances as of earlier blocks exclude it', example: '19000000' }),
    reason: z.string().meta({ description: 'Why it was booked, as the operator wrote it', example: 'internal transfer from contract 0xabc… in block 19000000' }),
    reconciliationId: Uuid.nullable().meta({ description: 'The reconciliation that found the difference, if given' }),
    createdBy: z
      .object({ apiKeyId: Uuid.nullable().meta({ description: 'The API key that booked it' }), clientId: Uuid.nullable().meta({ description: 'Its API client' }) })
      .meta({ description: 'Who booked it' }),
    approvedBy: z
      .object({ apiKeyId: Uuid.meta({ description: 'The API key that approved it' }), identity: z.string().meta({ description: 'Its approver identity', example: 'carol@example.com' }) })
      .nullable()
      .meta({ description: 'The second party that approved it (customer funds, or above ADJUSTMENT_APPROVAL_THRESHOLD); null when booked directly' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'LedgerAdjustment', description: 'An adjusting journal entry booked by an operator against a custody address account, with who and why' })

export const AdjustmentRequest = z
  .object({
    id: Uuid.meta({ description: 'Adjustment request id (the adjustment, once booked, has the same id)' }),
    status: z.enum(['pending_approval', 'posted', 'rejected']).meta({ description: '`pending_approval` until a second party decides; `posted` (booked) or `rejected`', example: 'pending_approval' }),
    chainId: ChainId,
    asset: AssetId,
    accountId: Uuid.meta({ description: 'The custody address account to correct' }),
    address: AddressString.nullable().meta({ description: 'Its address' }),
    counterpart: Counterpart,
    amount: z.string().meta({ description: 'Signed base units to add to the custody address account', example: '250000000000000000' }),
    blockNumber: z.string().meta({ description: 'The block it will be dated at', example: '19000000' }),
    reason: z.string().meta({ description: 'Why, as the requester wrote it', example: 'deposit through a contract the follower could not see' }),
    reconciliationId: Uuid.meta({ description: 'The reconciliation whose line it clears' }),
    requestedBy: z
      .object({
        apiKeyId: Uuid.nullable().meta({ description: 'The API key that asked for it' }),
        clientId: Uuid.nullable().meta({ description: 'Its API client' }),
        identity: z.string().meta({ description: 'Its approver identity', example: 'bob@example.com' }),
      })
      .meta({ description: 'Who asked for it (the maker)' }),
    decidedBy: z
      .object({
        apiKeyId: Uuid.nullable().meta({ description: 'The API key that decided' }),
        clientId: Uuid.nullable().meta({ description: 'Its API client' }),
        identity: z.string().meta({ description: 'Its approver identity', example: 'carol@example.com' }),
        comment: z.string().nullable().meta({ description: "The checker's comment", example: 'matches the bank statement' }),
        decidedAt: Timestamp,
      })
      .nullable()
      .meta({ description: 'Who approved or rejected it (the checker); null while pending' }),
    adjustmentId: Uuid.nullable().meta({ description: 'The booked adjustment (same id) once `posted`; null otherwise' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'AdjustmentRequest', description: 'An adjustment waiting for (or decided by) a second party: maker-checker for adjustments that touch customer funds or are above ADJUSTMENT_APPROVAL_THRESHOLD' })

const RequestParams = z.strictObject({ requestId: Uuid.meta({ description: 'Adjustment request id' }) })
const DecisionBody = z
  .strictObject({ comment: z.string().trim().min(1).max(500).optional().meta({ description: 'Why (kept with the decision)', example: 'matches the bank statement' }) })
  .meta({ id: 'AdjustmentDecisionRequest', description: "A checker's decision; the body may be empty" })

const BusinessObject = z
  .object({
    type: z.string().meta({ description: '`withdrawal`, `sweep`, `deposit`, `adjustment`, or the entry\'s refType', example: 'withdrawal' }),
    id: Uuid.meta({ description: 'Id of the object' }),
    data: z.union([Withdrawal, Deposit, LedgerAdjustment]).nullable().meta({ description: 'The object as its own endpoint returns it (null for other kinds)' }),
  })
  .meta({ id: 'LedgerBusinessObject', description: 'The business object a journal entry belongs to' })

const LedgerEntry = z
  .object({
    id: Uuid.meta({ description: 'Journal entry id' }),
    seq: z.string().meta({ description: "The entry's position in the whole journal, decimal string", example: '1042' }),
    kind: z
      .enum(['standard', 'hold', 'post', 'void'])
      .meta({ description: '`standard`, `hold` (pending), `post` (settles a hold) or `void` (releases one)', example: 'post' }),
    event: z.string().meta({ description: 'Business event', example: 'withdrawal.post' }),
    refType: z.string().meta({ description: 'Type of the object the entry is about (`withdrawal`, `deposit`, `adjustment`)', example: 'withdrawal' }),
    refId: Uuid.meta({ description: 'Id of that object' }),
    holdId: Uuid.nullable().meta({ description: 'For a post or void: the hold it resolves' }),
    resolvedBy: z
      .object({
        id: Uuid.meta({ description: 'The post or void entry' }),
        kind: z.enum(['post', 'void']).meta({ description: '`post` (settled) or `void` (released)', example: 'post' }),
      })
      .nullable()
      .meta({ description: 'For a hold: the entry that posted or voided it' }),
    chainId: ChainId,
    blockNumber: BlockNumberString.nullable().meta({ description: 'Block the event happened in' }),
    description: z.string().nullable().meta({ description: 'Free text (adjustments: the reason)', example: 'internal transfer from a contract' }),
    createdAt: Timestamp,
    postings: z
      .array(
        z.object({
          id: z.string().meta({ description: 'Posting id, decimal string', example: '5123' }),
          account: AccountRef,
          asset: AssetId,
          amount: z.string().meta({ description: 'Debit > 0, credit < 0 (base units)', example: '-1500000000000000000' }),
          balancesAfter: BalanceFigures.meta({ description: "The account's balances right after this posting" }),
        }),
      )
      .meta({ description: 'The postings; they sum to zero per asset (empty for a void)' }),
    releases: z
      .array(
        z.object({
          account: AccountRef,
          asset: AssetId,
          amount: z.string().meta({ description: 'The held posting given back (base units)', example: '-1500000000000000000' }),
          balancesAfter: BalanceFigures.meta({ description: "The account's balances right after the release" }),
        }),
      )
      .meta({ description: 'For a void: the held postings it gave back' }),
    object: BusinessObject.meta({ description: 'The withdrawal, sweep, deposit or adjustment the entry belongs to' }),
  })
  .meta({ id: 'LedgerEntry', description: 'A journal entry with its postings and the business object it belongs to' })

const BalanceAsOf = z
  .object({
    accountId: Uuid.meta({ description: 'Ledger account id' }),
    asset: AssetId,
    asOf: z
      .object({
        at: Timestamp.nullable().meta({ description: 'The time asked for (now when neither was given); null when asked by block' }),
        blockNumber: BlockNumberString.nullable().meta({ description: 'The block height asked for; null when asked by time' }),
      })
      .meta({ description: 'The point in time the balances are as of' }),
    posted: z.string().meta({ description: 'Settled balance then, base units, signed by the normal balance', example: '12000000000000000000' }),
    pending: z.string().meta({ description: 'posted + pending inflows − pending outflows then', example: '11000000000000000000' }),
    available: z.string().meta({ description: 'posted − pending outflows then', example: '11000000000000000000' }),
  })
  .meta({ id: 'LedgerBalanceAsOf', description: "An account's balances as of a past time or block height (base units)" })

const LedgerCheckReport = z
  .object({
    ok: z.boolean().meta({ description: 'True when no check found a violation', example: true }),
    checkedAt: Timestamp.meta({ description: 'When the checks ran (one consistent snapshot)' }),
    totals: z
      .object({
        entries: z.number().meta({ description: 'Journal entries', example: 48210 }),
        postings: z.number().meta({ description: 'Postings', example: 131877 }),
        accounts: z.number().meta({ description: 'Ledger accounts', example: 2514 }),
        withdrawals: z.number().meta({ description: 'Withdrawals (of every kind)', example: 9120 }),
        deposits: z.number().meta({ description: 'Deposits', example: 20433 }),
        adjustments: z.number().meta({ description: 'Adjustments', example: 3 }),
      })
      .meta({ description: 'What was checked' }),
    checks: z
      .array(
        z.object({
          name: z.string().meta({ description: 'Name of the invariant', example: 'entries_balanced' }),
          description: z.string().meta({ description: 'What it checks', example: 'every journal entry balances per asset' }),
          violations: z.number().int().meta({ description: 'How many violations it found', example: 0 }),
          samples: z.array(z.unknown()).meta({ description: 'Up to 20 violations', example: [] }),
        }),
      )
      .meta({ description: 'Every invariant, with its violations' }),
  })
  .meta({ id: 'LedgerCheckReport', description: 'The result of every ledger invariant check' })

const ExportQuerySchema = z.strictObject({
  format: z.enum(['csv', 'jsonl']).default('csv').meta({ description: '`csv` (RFC 4180, header row) or `jsonl` (one JSON object per line)', example: 'csv' }),
  from: DateTimeQuery.optional().meta({ description: 'Entries booked at or after this time (default: the beginning)' }),
  to: DateTimeQuery.optional().meta({ description: 'Entries booked before this time (default: now)' }),
  accountId: Uuid.optional().meta({ description: 'Only this account' }),
  walletId: Uuid.optional().meta({ description: 'Only accounts of this wallet' }),
  asset: AssetId.optional().meta({ description: 'Only accounts of this asset' }),
  chainId: z.coerce.number().int().positive().optional().meta({ description: 'Only accounts of this chain', example: 31337 }),
})

function exportQueryOf(q: z.output<typeof ExportQuerySchema>): ExportQuery {
  return {
    format: q.format,
    ...(q.from ? { from: new Date(q.from) } : {}),
    ...(q.to ? { to: new Date(q.to) } : {}),
    ...(q.accountId ? { accountId: q.accountId } : {}),
    ...(q.walletId ? { walletId: q.walletId } : {}),
    ...(q.asset ? { asset: q.asset } : {}),
    ...(q.chainId ? { chainId: q.chainId } : {}),
  }
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-')

export const ledgerRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/ledger/accounts',
    readReplica: true,
    operationId: 'listLedgerAccounts',
    summary: 'List ledger accounts with balances',
    description: 'The chart of accounts, filtered by wallet, asset, type, role, chain or custody address.',
    tags: ['Ledger'],
    scope: 'ledger:read',
    query: PageQuery.extend({
      walletId: Uuid.optional().meta({ description: 'Only accounts of this wallet' }),
      asset: AssetId.optional().meta({ description: 'Only accounts of this asset' }),
      type: z.enum(['asset', 'liability', 'expense', 'revenue', 'equity', 'suspense']).optional().meta({ description: 'Only accounts of this type', example: 'liability' }),
      role: AccountRole.optional().meta({ description: 'Only accounts of this role (hot, deposit, treasury, customer, network_fee, …)', example: 'hot' }),
      chainId: z.coerce.number().int().positive().optional().meta({ description: 'Only accounts of this chain', example: 31337 }),
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
          ...(query.role ? { role: query.role } : {}),
          ...(query.chainId ? { chainId: query.chainId } : {}),
          ...(query.address ? { address: query.address.toLowerCase() } : {}),
        },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (a) => a.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/accounts/{accountId}',
    readReplica: true,
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
    readReplica: true,
    operationId: 'listLedgerAccountEntries',
    summary: "An account's statement: its entries with a running balance",
    description:
      'One line per posting of the account (and per hold a void released), in the order they applied to the account, each with the balances right after it. `from`/`to` limit it to entries booked in [from, to); `order=asc` reads it as a statement.',
    tags: ['Ledger'],
    scope: 'ledger:read',
    params: AccountParams,
    query: PageQuery.extend({
      order: z.enum(['asc', 'desc']).default('desc').meta({ description: '`desc`: newest first (default); `asc`: oldest first', example: 'asc' }),
      from: DateTimeQuery.optional().meta({ description: 'Entries booked at or after this time' }),
      to: DateTimeQuery.optional().meta({ description: 'Entries booked before this time' }),
    }),
    responses: { 200: { description: 'A page of statement lines', schema: listOf(LedgerAccountEntry, 'LedgerAccountEntryList') } },
    errors: ['ledger_account_not_found'],
    async handler({ deps, params, query }) {
      const items = await listLedgerAccountEntries(deps, params.accountId, {
        limit: query.limit,
        order: query.order,
        ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'sequence') } : {}),
        ...(query.from ? { from: new Date(query.from) } : {}),
        ...(query.to ? { to: new Date(query.to) } : {}),
      })
      return { status: 200, body: pageOf(items, query.limit, (e) => e.version) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/accounts/{accountId}/balances',
    readReplica: true,
    operationId: 'getLedgerAccountBalanceAsOf',
    summary: "An account's balances as of a past time or block height",
    description:
      '`at`: every entry booked at or before that time; holds open then are pending. `blockNumber`: posted entries of blocks up to it (a deposit by its block, a withdrawal and its gas by the block its transaction was mined in, an adjustment by the block it names); holds open at that block\'s time are pending. Without either: now.',
    tags: ['Ledger'],
    scope: 'ledger:read',
    params: AccountParams,
    query: z
      .strictObject({
        at: DateTimeQuery.optional(),
        // a block height is a Postgres bigint: decimal digits, at most 2^63 - 1
        blockNumber: z
          .string()
          .regex(/^(0|[1-9][0-9]{0,18})$/, 'a decimal block number')
          .refine((v) => !/^[0-9]+$/.test(v) || BigInt(v) <= MAX_SEQUENCE, 'at most 2^63 - 1')
          .meta({ description: 'Block number (decimal, at most 2^63 - 1)', example: '19000000' })
          .optional(),
      })
      .refine((q) => !(q.at && q.blockNumber), { message: 'give `at` or `blockNumber`, not both', path: ['blockNumber'] }),
    responses: { 200: { description: 'The balances as of that point', schema: BalanceAsOf } },
    errors: ['ledger_account_not_found', 'block_not_reached', 'rpc_failed'],
    async handler({ deps, params, query }) {
      const asOf = query.blockNumber !== undefined ? { blockNumber: BigInt(query.blockNumber) } : { at: query.at ? new Date(query.at) : new Date() }
      return { status: 200, body: await getLedgerAccountBalanceAsOf(deps, params.accountId, asOf) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/entries/{entryId}',
    readReplica: true,
    operationId: 'getLedgerEntry',
    summary: 'Get a journal entry with its postings and the business object it belongs to',
    tags: ['Ledger'],
    scope: 'ledger:read',
    params: z.strictObject({ entryId: Uuid }),
    responses: { 200: { description: 'The entry', schema: LedgerEntry } },
    errors: ['ledger_entry_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getLedgerEntry(deps, params.entryId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/ledger/adjustments',
    operationId: 'createLedgerAdjustment',
    summary: 'Book an adjusting entry against a custody address account',
    description:
      'For a difference a reconciliation found (e.g. ETH that reached the address through a contract\'s internal call): `amount` is the difference (on chain − ledger) and is added to the custody address account; the other side goes to `counterpart`. Recorded with the API key that booked it and the reason. Needs `ledger:write` and an Idempotency-Key.\n\nControls: `reconciliationId` names a finished reconciliation with a mismatched line for the account; the amount has the sign of that line\'s difference and, with the other adjustments of the line (booked or awaiting approval), does not exceed it (`adjustment_exceeds_difference`). The adjustment is never dated at or before the last reconciliation that matched the account (`adjustment_backdated`). One that touches customer funds (`counterpart: customer`) or whose absolute amount is above ADJUSTMENT_APPROVAL_THRESHOLD is not booked: the answer is 202 with an adjustment request `pending_approval`, booked when another party approves it (`POST /v1/ledger/adjustment-requests/{requestId}/approve`).',
    tags: ['Ledger'],
    scope: 'ledger:write',
    idempotency: 'required',
    body: z.strictObject({
      accountId: Uuid.meta({ description: 'The custody address (asset) account to correct' }),
      amount: SignedAmountString,
      counterpart: Counterpart,
      reason: z.string().trim().min(1).max(1000).meta({ description: 'Why it is booked (1–1000 characters), kept with the adjustment', example: 'internal transfer from contract 0xabc… in block 19000000' }),
      blockNumber: BlockNumberString.optional().meta({ description: 'The block the difference arose in (default: the reconciliation\'s first-seen block, else the block the follower has processed)' }),
      reconciliationId: Uuid.meta({ description: 'The finished reconciliation that found the difference (its line for this account caps the amount)' }),
    }),
    responses: {
      201: { description: 'The adjustment, booked', schema: LedgerAdjustment },
      202: { description: 'The adjustment request, awaiting approval by another party (customer funds, or above ADJUSTMENT_APPROVAL_THRESHOLD); nothing is booked yet', schema: AdjustmentRequest },
    },
    errors: [
      'ledger_account_not_found',
      'invalid_adjustment',
      'reconciliation_not_found',
      'adjustment_exceeds_difference',
      'adjustment_backdated',
      'block_not_reached',
      'insufficient_balance',
      'idempotency_key_missing',
      'idempotency_key_in_flight',
      'idempotency_key_reused',
    ],
    async handler({ deps, body, principal, idempotency }) {
      const result = await createAdjustment(
        deps,
        {
          accountId: body.accountId,
          amount: BigInt(body.amount),
          counterpart: body.counterpart,
          reason: body.reason,
          ...(body.blockNumber !== undefined ? { blockNumber: BigInt(body.blockNumber) } : {}),
          reconciliationId: body.reconciliationId,
        },
        { apiKeyId: principal?.keyId ?? null, clientId: principal?.clientId ?? null, identity: principal?.identity ?? null },
        idempotency ? (status) => idempotency.within(status) : undefined,
      )
      return result.status === 'posted' ? { status: 201, body: result.adjustment } : { status: 202, body: result.request }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/adjustment-requests',
    operationId: 'listAdjustmentRequests',
    summary: 'List adjustment requests (maker-checker)',
    tags: ['Ledger'],
    scope: 'ledger:read',
    query: PageQuery.extend({
      status: z.enum(['pending_approval', 'posted', 'rejected']).optional().meta({ description: 'Only requests in this status', example: 'pending_approval' }),
    }),
    responses: { 200: { description: 'A page of adjustment requests, newest first', schema: listOf(AdjustmentRequest, 'AdjustmentRequestList') } },
    async handler({ deps, query }) {
      const items = await listAdjustmentRequestViews(deps, query.status ? { status: query.status } : {}, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (r) => r.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/adjustment-requests/{requestId}',
    operationId: 'getAdjustmentRequest',
    summary: 'Get an adjustment request',
    tags: ['Ledger'],
    scope: 'ledger:read',
    params: RequestParams,
    responses: { 200: { description: 'The adjustment request', schema: AdjustmentRequest } },
    errors: ['adjustment_request_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getAdjustmentRequestView(deps, params.requestId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/ledger/adjustment-requests/{requestId}/approve',
    operationId: 'approveAdjustmentRequest',
    summary: 'Approve an adjustment request (the checker): books it',
    description:
      'Books the adjustment (with the request\'s id), after checking again its reconciliation line\'s cap and its date. The key needs the `approver` scope and must be another party than the requester: not its key, API client or approver identity (`admin` included). If the cap, the date or the balance now refuse it, nothing changes and the request stays pending.',
    tags: ['Ledger'],
    scope: 'approver',
    idempotency: 'optional',
    params: RequestParams,
    body: DecisionBody,
    responses: { 200: { description: 'The request, `posted`', schema: AdjustmentRequest } },
    errors: ['adjustment_request_not_found', 'invalid_state', 'approval_not_allowed', 'adjustment_exceeds_difference', 'adjustment_backdated', 'insufficient_balance', 'invalid_adjustment'],
    async handler({ deps, params, body, principal }) {
      return { status: 200, body: await approveAdjustmentRequest(deps, params.requestId, partyOf(principal!), body.comment) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/ledger/adjustment-requests/{requestId}/reject',
    operationId: 'rejectAdjustmentRequest',
    summary: 'Reject an adjustment request',
    description: 'Nothing is booked. Any key with the `approver` scope may reject, the requester\'s party included (withdrawing its own request).',
    tags: ['Ledger'],
    scope: 'approver',
    idempotency: 'optional',
    params: RequestParams,
    body: DecisionBody,
    responses: { 200: { description: 'The request, `rejected`', schema: AdjustmentRequest } },
    errors: ['adjustment_request_not_found', 'invalid_state'],
    async handler({ deps, params, body, principal }) {
      return { status: 200, body: await rejectAdjustmentRequest(deps, params.requestId, partyOf(principal!), body.comment) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/adjustments',
    operationId: 'listLedgerAdjustments',
    summary: 'List adjustments (who booked what, why)',
    tags: ['Ledger'],
    scope: 'ledger:read',
    query: PageQuery.extend({
      accountId: Uuid.optional().meta({ description: 'Only adjustments of this custody address account' }),
      chainId: z.coerce.number().int().positive().optional().meta({ description: 'Only adjustments on this chain', example: 31337 }),
    }),
    responses: { 200: { description: 'A page of adjustments, newest first', schema: listOf(LedgerAdjustment, 'LedgerAdjustmentList') } },
    async handler({ deps, query }) {
      const cursor = query.cursor ? decodeCursor(query.cursor, 'id') : undefined
      const rows = await listAdjustments(deps.db, { ...(query.accountId ? { accountId: query.accountId } : {}), ...(query.chainId ? { chainId: query.chainId } : {}) }, { limit: query.limit, ...(cursor ? { before: cursor } : {}) })
      return { status: 200, body: pageOf(await adjustmentViews(deps, rows), query.limit, (a) => a.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/invariants',
    readReplica: true,
    operationId: 'checkLedgerInvariants',
    summary: 'Verify the whole ledger',
    description:
      'Every entry balanced per asset; Σ debits = Σ credits per asset; no negative customer balance; balances = sums of postings; every withdrawal, deposit and adjustment has exactly its entries. Read only; on a large ledger it takes a while. `ok: false` lists up to 20 violations per check.',
    tags: ['Ledger'],
    scope: 'ledger:read',
    responses: { 200: { description: 'The report', schema: LedgerCheckReport } },
    async handler({ deps }) {
      return { status: 200, body: await checkLedger(deps) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/exports/entries',
    readReplica: true,
    operationId: 'exportLedgerEntries',
    summary: 'Export journal entries (CSV or JSON lines), streamed',
    description: 'One row per posting of the entries booked in [from, to) (a void entry: one row without posting columns), in journal order. Column names: README, "Exports".',
    tags: ['Ledger'],
    scope: 'ledger:read',
    query: ExportQuerySchema,
    responses: { 200: { description: 'The export', mediaTypes: [EXPORT_MEDIA_TYPES.csv, EXPORT_MEDIA_TYPES.jsonl] } },
    errors: ['too_many_exports', 'dependency_unavailable'],
    async handler({ deps, query }) {
      const q = exportQueryOf(query)
      return { status: 200, stream: { contentType: EXPORT_MEDIA_TYPES[q.format], filename: `ledger-entries-${stamp()}.${q.format}`, body: exportLedgerEntries(deps, q) } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ledger/exports/balances',
    readReplica: true,
    operationId: 'exportLedgerBalances',
    summary: 'Export balances per account for a time range (CSV or JSON lines), streamed',
    description: 'Per account: opening and closing posted balance, debits and credits in [from, to), pending and available at `to`. Column names: README, "Exports".',
    tags: ['Ledger'],
    scope: 'ledger:read',
    query: ExportQuerySchema,
    responses: { 200: { description: 'The export', mediaTypes: [EXPORT_MEDIA_TYPES.csv, EXPORT_MEDIA_TYPES.jsonl] } },
    errors: ['too_many_exports', 'dependency_unavailable'],
    async handler({ deps, query }) {
      const q = exportQueryOf(query)
      return { status: 200, stream: { contentType: EXPORT_MEDIA_TYPES[q.format], filename: `ledger-balances-${stamp()}.${q.format}`, body: exportLedgerBalances(deps, q) } }
    },
  }),
]

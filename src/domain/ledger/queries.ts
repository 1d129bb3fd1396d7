/**
 * Read-side use cases of the ledger: accounts with balances, an account's statement (entries with a
 * running balance), one journal entry with its postings and the business object it belongs to, and
 * balances as of a past time or block height.
 *
 * Balances follow Modern Treasury / TigerBeetle semantics, in base units, signed by the account's
 * normal balance: `posted` counts settled entries; `pending` = posted + pending inflows − pending
 * outflows; `available` = posted − pending outflows.
 */
import { getAddress } from 'viem'
import { chainClient } from '../../chain/clients'
import { getAdjustment } from '../../db/adjustments'
import { getDeposit } from '../../db/deposits'
import {
  balanceAsOf,
  getAccount,
  getBalances,
  getEntryDetail,
  listAccounts,
  listStatementLines,
  type AccountFilter,
  type AccountRow,
  type Balance,
  type StatementLine,
} from '../../db/ledger'
import { getWithdrawal } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { depositView, withdrawalView } from '../views'
import { adjustmentView } from './adjustmentView'

export function balanceFigures(a: Pick<AccountRow, 'normalBalance'>, b: Balance | undefined) {
  const z = { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n }
  const x = b ?? z
  const sign = a.normalBalance === 'debit' ? 1n : -1n
  const posted = sign * (x.postedDebits - x.postedCredits)
  const inflow = a.normalBalance === 'debit' ? x.pendingDebits : x.pendingCredits
  const outflow = a.normalBalance === 'debit' ? x.pendingCredits : x.pendingDebits
  return { posted: posted.toString(), pending: (posted + inflow - outflow).toString(), available: (posted - outflow).toString() }
}
export type BalanceFigures = ReturnType<typeof balanceFigures>

export function accountView(a: AccountRow, b: Balance | undefined) {
  return {
    id: a.id,
    code: a.code,
    type: a.type,
    role: a.role,
    normalBalance: a.normalBalance,
    asset: a.asset,
    chainId: a.chainId,
    walletId: a.walletId,
    address: a.address ? getAddress(a.address) : null,
    name: a.name,
    balances: balanceFigures(a, b),
    createdAt: a.createdAt.toISOString(),
  }
}
export type LedgerAccountView = ReturnType<typeof accountView>

export async function listLedgerAccounts(deps: Deps, filter: AccountFilter, page: Page): Promise<LedgerAccountView[]> {
  const rows = await listAccounts(deps.db, filter, { limit: page.limit, ...(page.cursor ? { after: page.cursor } : {}) })
  const balances = await getBalances(deps.db, rows.map((r) => r.id))
  return rows.map((r) => accountView(r, balances.get(r.id)))
}

/** @throws AppError `ledger_account_not_found` */
async function requireAccount(deps: Deps, id: string): Promise<AccountRow> {
  const a = await getAccount(deps.db, id)
  if (!a) throw new AppError('ledger_account_not_found', `ledger account ${id} does not exist`)
  return a
}

/** @throws AppError `ledger_account_not_found` */
export async function getLedgerAccount(deps: Deps, id: string): Promise<LedgerAccountView> {
  const a = await requireAccount(deps, id)
  const balances = await getBalances(deps.db, [id])
  return accountView(a, balances.get(id))
}

function lineView(a: AccountRow, l: StatementLine) {
  return {
    id: l.entryId,
    seq: l.seq.toString(),
    version: l.version.toString(),
    line: l.line,
    kind: l.kind,
    event: l.event,
    refType: l.refType,
    refId: l.refId,
    holdId: l.holdId,
    chainId: l.chainId,
    blockNumber: l.blockNumber === null ? null : l.blockNumber.toString(),
    description: l.description,
    amount: l.amount.toString(),
    balances: balanceFigures(a, l.after),
    createdAt: l.createdAt.toISOString(),
  }
}
export type StatementLineView = ReturnType<typeof lineView>

export interface StatementPage extends Page {
  /** `desc` (newest first, default) or `asc` (oldest first, as a statement reads) */
  order?: 'asc' | 'desc'
  /** entries booked at or after this time */
  from?: Date
  /** entries booked before this time */
  to?: Date
}

/**
 * An account's statement: one line per posting of the account (and per hold a void released), in the
 * order they applied to the account, each with the running balance after it (`balances`, the same
 * figures as the account's). `amount` is the account's signed posting (Dr +, Cr −); a `hold` line moved
 * the pending balance; a `release` line (kind `void`) gave a held amount back. The cursor is the
 * account's balance version of the last line.
 *
 * @throws AppError `ledger_account_not_found`
 */
export async function listLedgerAccountEntries(deps: Deps, accountId: string, page: StatementPage): Promise<StatementLineView[]> {
  const a = await requireAccount(deps, accountId)
  let afterVersion: bigint | undefined
  if (page.cursor !== undefined) {
    if (!/^\d{1,19}$/.test(page.cursor)) throw new AppError('validation_failed', 'the cursor is not one this list returned', { errors: [{ pointer: '/query/cursor', detail: 'invalid cursor' }] })
    afterVersion = BigInt(page.cursor)
  }
  const lines = await listStatementLines(deps.db, accountId, {
    limit: page.limit,
    order: page.order ?? 'desc',
    ...(afterVersion !== undefined ? { afterVersion } : {}),
    ...(page.from ? { from: page.from } : {}),
    ...(page.to ? { to: page.to } : {}),
  })
  return lines.map((l) => lineView(a, l))
}

/**
 * The timestamp of a block: from the blocks the follower keeps, else from the chain.
 * @throws AppError `block_not_reached` when the chain has no such block yet; `rpc_failed`
 */
export async function blockTimestamp(deps: Deps, chainId: number, blockNumber: bigint): Promise<Date> {
  const stored = await deps.db.chainBlock.findUnique({ where: { chainId_number: { chainId, number: blockNumber } }, select: { timestamp: true } })
  if (stored) return stored.timestamp
  const { client } = chainClient(deps.chains, chainId)
  let block
  try {
    block = await client.getBlock({ blockNumber })
  } catch (cause) {
    const head = await client.getBlockNumber({ cacheTime: 0 }).catch(() => null)
    if (head !== null && blockNumber > head) throw new AppError('block_not_reached', `chain ${chainId} is at block ${head}; block ${blockNumber} does not exist yet`, { cause })
    throw new AppError('rpc_failed', `chain ${chainId}: block ${blockNumber} could not be read`, { cause })
  }
  return new Date(Number(block.timestamp) * 1000)
}

export type AsOf = { at: Date } | { blockNumber: bigint }

/**
 * An account's balances as of a past time or block height (base units, signed by its normal balance).
 *
 * - `at`: every entry booked at or before `at`; holds placed by then and not yet posted or voided are
 *   pending.
 * - `blockNumber`: posted entries of blocks ≤ `blockNumber` (deposits by their block, withdrawals and
 *   their gas by the block their transaction was mined in, adjustments by the block they name); holds
 *   open at the block's timestamp are pending.
 *
 * @throws AppError `ledger_account_not_found`, `block_not_reached`, `rpc_failed`
 */
export async function getLedgerAccountBalanceAsOf(deps: Deps, accountId: string, asOf: AsOf) {
  const a = await requireAccount(deps, accountId)
  let b: Balance
  if ('at' in asOf) b = await balanceAsOf(deps.db, accountId, { at: asOf.at })
  else b = await balanceAsOf(deps.db, accountId, { blockNumber: asOf.blockNumber, holdsAt: await blockTimestamp(deps, a.chainId, asOf.blockNumber) })
  return {
    accountId: a.id,
    asset: a.asset,
    asOf: { at: 'at' in asOf ? asOf.at.toISOString() : null, blockNumber: 'blockNumber' in asOf ? asOf.blockNumber.toString() : null },
    ...balanceFigures(a, b),
  }
}

/** The business object a journal entry belongs to, by its `refType`. */
async function businessObject(deps: Deps, refType: string, refId: string) {
  if (refType === 'withdrawal') {
    const w = await getWithdrawal(deps.db, refId)
    if (w) return { type: w.kind === 'sweep' ? ('sweep' as const) : ('withdrawal' as const), id: refId, data: withdrawalView(w) }
  } else if (refType === 'deposit') {
    const d = await getDeposit(deps.db, refId)
    if (d) return { type: 'deposit' as const, id: refId, data: depositView(d) }
  } else if (refType === 'adjustment') {
    const adj = await getAdjustment(deps.db, refId)
    if (adj) return { type: 'adjustment' as const, id: refId, data: await adjustmentView(deps, adj) }
  }
  return { type: refType, id: refId, data: null }
}

/**
 * A journal entry with its postings (each with its account and the account's balance after it), what
 * a void released, the entry that resolved a hold, and the business object it belongs to (withdrawal,
 * sweep, deposit or adjustment, in the shape their own endpoints return).
 *
 * @throws AppError `ledger_entry_not_found`
 */
export async function getLedgerEntry(deps: Deps, id: string) {
  const d = await getEntryDetail(deps.db, id)
  if (!d) throw new AppError('ledger_entry_not_found', `journal entry ${id} does not exist`)
  const e = d.entry
  const ref = (a: AccountRow) => ({ id: a.id, code: a.code, type: a.type, role: a.role, walletId: a.walletId, address: a.address ? getAddress(a.address) : null })
  return {
    id: e.id,
    seq: e.seq.toString(),
    kind: e.kind,
    event: e.event,
    refType: e.refType,
    refId: e.refId,
    holdId: e.holdId,
    resolvedBy: d.resolvedBy,
    chainId: e.chainId,
    blockNumber: e.blockNumber === null ? null : e.blockNumber.toString(),
    description: e.description,
    createdAt: e.createdAt.toISOString(),
    postings: d.postings.map((p) => ({
      id: p.id.toString(),
      account: ref(p.account),
      asset: p.asset,
      amount: p.amount.toString(),
      balancesAfter: balanceFigures(p.account, p.after),
    })),
    releases: d.releases.map((r) => ({ account: ref(r.account), asset: r.asset, amount: r.amount.toString(), balancesAfter: balanceFigures(r.account, r.after) })),
    object: await businessObject(deps, e.refType, e.refId),
  }
}
export type LedgerEntryView = Awaited<ReturnType<typeof getLedgerEntry>>

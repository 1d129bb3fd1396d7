/**
 * Read-side use cases of the ledger: accounts with balances, an account's entries.
 *
 * Balances follow Modern Treasury / TigerBeetle semantics, in base units, signed by the account's
 * normal balance: `posted` counts settled entries; `pending` = posted + pending inflows − pending
 * outflows; `available` = posted − pending outflows.
 */
import { getAccount, getBalances, listAccountEntries, listAccounts, type AccountFilter, type AccountRow, type Balance } from '../../db/ledger'
import { getAddress } from 'viem'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'

export function balanceFigures(a: Pick<AccountRow, 'normalBalance'>, b: Balance | undefined) {
  const z = { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n }
  const x = b ?? z
  const sign = a.normalBalance === 'debit' ? 1n : -1n
  const posted = sign * (x.postedDebits - x.postedCredits)
  const inflow = a.normalBalance === 'debit' ? x.pendingDebits : x.pendingCredits
  const outflow = a.normalBalance === 'debit' ? x.pendingCredits : x.pendingDebits
  return { posted: posted.toString(), pending: (posted + inflow - outflow).toString(), available: (posted - outflow).toString() }
}

function accountView(a: AccountRow, b: Balance | undefined) {
  return {
    id: a.id,
    code: a.code,
    type: a.type,
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
export async function getLedgerAccount(deps: Deps, id: string): Promise<LedgerAccountView> {
  const a = await getAccount(deps.db, id)
  if (!a) throw new AppError('ledger_account_not_found', `ledger account ${id} does not exist`)
  const balances = await getBalances(deps.db, [id])
  return accountView(a, balances.get(id))
}

/** Entries touching an account, newest first; `amount` is the account's signed posting (Dr +, Cr −). */
export async function listLedgerAccountEntries(deps: Deps, accountId: string, page: Page) {
  await getLedgerAccount(deps, accountId)
  const rows = await listAccountEntries(deps.db, accountId, { limit: page.limit, ...(page.cursor ? { beforeSeq: BigInt(page.cursor) } : {}) })
  return rows.map((r) => ({
    id: r.entryId,
    seq: r.seq.toString(),
    kind: r.kind,
    event: r.event,
    refType: r.refType,
    refId: r.refId,
    chainId: r.chainId,
    blockNumber: r.blockNumber === null ? null : r.blockNumber.toString(),
    amount: r.amount.toString(),
    createdAt: r.createdAt.toISOString(),
  }))
}

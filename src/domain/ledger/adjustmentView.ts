/**
 * The public shape of an operator adjustment (as `POST/GET /v1/ledger/adjustments` and a journal
 * entry's business object return it).
 */
import { getAddress } from 'viem'
import type { AdjustmentRow } from '../../db/adjustments'
import { getAccountsByIds } from '../../db/ledger'
import type { Deps } from '../deps'

export function adjustmentViewOf(a: AdjustmentRow, address: string | null) {
  return {
    id: a.id,
    entryId: a.entryId,
    chainId: a.chainId,
    asset: a.asset,
    accountId: a.accountId,
    address: address ? getAddress(address) : null,
    counterpart: a.counterpart,
    counterAccountId: a.counterAccountId,
    amount: a.amount.toString(),
    blockNumber: a.blockNumber.toString(),
    reason: a.reason,
    reconciliationId: a.reconciliationId,
    createdBy: { apiKeyId: a.createdByKeyId, clientId: a.createdByClientId },
    createdAt: a.createdAt.toISOString(),
  }
}
export type AdjustmentView = ReturnType<typeof adjustmentViewOf>

/** Views of adjustments, with the custody address of each adjusted account (one query). */
export async function adjustmentViews(deps: Deps, rows: AdjustmentRow[]): Promise<AdjustmentView[]> {
  const accounts = new Map((await getAccountsByIds(deps.db, [...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a]))
  return rows.map((r) => adjustmentViewOf(r, accounts.get(r.accountId)?.address ?? null))
}

export async function adjustmentView(deps: Deps, row: AdjustmentRow): Promise<AdjustmentView> {
  return (await adjustmentViews(deps, [row]))[0]!
}

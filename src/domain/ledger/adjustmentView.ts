/**
 * The public shape of an operator adjustment (as `POST/GET /v1/ledger/adjustments` and a journal
 * entry's business object return it).
 */
import { getAddress } from 'viem'
import type { AdjustmentRequestRow, AdjustmentRow } from '../../db/adjustments'
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
    approvedBy: a.approvedByKeyId && a.approvedByIdentity ? { apiKeyId: a.approvedByKeyId, identity: a.approvedByIdentity } : null,
    createdAt: a.createdAt.toISOString(),
  }
}
export type AdjustmentView = ReturnType<typeof adjustmentViewOf>

/** The public shape of an adjustment request (maker-checker): what was asked, by whom, and the decision. */
export function adjustmentRequestViewOf(r: AdjustmentRequestRow, address: string | null) {
  return {
    id: r.id,
    status: r.status,
    chainId: r.chainId,
    asset: r.asset,
    accountId: r.accountId,
    address: address ? getAddress(address) : null,
    counterpart: r.counterpart,
    amount: r.amount.toString(),
    blockNumber: r.blockNumber.toString(),
    reason: r.reason,
    reconciliationId: r.reconciliationId,
    requestedBy: { apiKeyId: r.requestedByKeyId, clientId: r.requestedByClientId, identity: r.requestedByIdentity },
    decidedBy:
      r.decidedAt && r.decidedByIdentity
        ? { apiKeyId: r.decidedByKeyId, clientId: r.decidedByClientId, identity: r.decidedByIdentity, comment: r.decisionComment, decidedAt: r.decidedAt.toISOString() }
        : null,
    adjustmentId: r.status === 'posted' ? r.id : null,
    createdAt: r.createdAt.toISOString(),
  }
}
export type AdjustmentRequestView = ReturnType<typeof adjustmentRequestViewOf>

/** Views of adjustment requests, with the custody address of each account (one query). */
export async function adjustmentRequestViews(deps: Pick<Deps, 'db'>, rows: AdjustmentRequestRow[]): Promise<AdjustmentRequestView[]> {
  const accounts = new Map((await getAccountsByIds(deps.db, [...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a]))
  return rows.map((r) => adjustmentRequestViewOf(r, accounts.get(r.accountId)?.address ?? null))
}

/** Views of adjustments, with the custody address of each adjusted account (one query). */
export async function adjustmentViews(deps: Deps, rows: AdjustmentRow[]): Promise<AdjustmentView[]> {
  const accounts = new Map((await getAccountsByIds(deps.db, [...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a]))
  return rows.map((r) => adjustmentViewOf(r, accounts.get(r.accountId)?.address ?? null))
}

export async function adjustmentView(deps: Deps, row: AdjustmentRow): Promise<AdjustmentView> {
  return (await adjustmentViews(deps, [row]))[0]!
}

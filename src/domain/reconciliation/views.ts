/**
 * The public shapes of reconciliations and their report lines. Amounts are decimal strings of base
 * units; addresses are EIP-55 checksummed.
 */
import { getAddress } from 'viem'
import type { ReconciliationItemRow, ReconciliationRow } from '../../db/reconciliations'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export function reconciliationView(r: ReconciliationRow) {
  return {
    id: r.id,
    chainId: r.chainId,
    blockNumber: r.blockNumber === null ? null : r.blockNumber.toString(),
    blockHash: r.blockHash,
    status: r.status,
    statusReason: r.statusReason,
    trigger: r.trigger,
    accountsChecked: r.accountsChecked,
    matched: r.matchedCount,
    mismatched: r.mismatchedCount,
    createdAt: r.createdAt.toISOString(),
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
  }
}
export type ReconciliationView = ReturnType<typeof reconciliationView>

export function reconciliationItemView(i: Omit<ReconciliationItemRow, 'reconciliationId'>) {
  return {
    address: getAddress(i.address),
    asset: i.asset,
    accountId: i.accountId,
    walletId: i.walletId,
    onChain: i.onChain.toString(),
    ledgerPosted: i.ledgerPosted.toString(),
    pendingInbound: i.pendingInbound.toString(),
    pendingOutbound: i.pendingOutbound.toString(),
    expected: (i.ledgerPosted + i.pendingInbound - i.pendingOutbound).toString(),
    difference: i.difference.toString(),
    status: i.status,
    likelyCause: i.likelyCause,
    firstSeenBlock: i.firstSeenBlock === null ? null : i.firstSeenBlock.toString(),
    detail: i.detail,
  }
}
export type ReconciliationItemView = ReturnType<typeof reconciliationItemView>

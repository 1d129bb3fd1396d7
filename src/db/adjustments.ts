/**
 * Operator adjustments: the audit record of an adjusting journal entry (who booked it, why, against
 * which account, for which block). Append-only (the database refuses UPDATE and DELETE).
 */
import { toBigInt } from '../lib/amounts'
import type { DbOrTx, DbTx } from './client'

export type AdjustmentCounterpart = 'suspense' | 'equity' | 'income' | 'network_fee' | 'customer'

export interface AdjustmentRow {
  id: string
  entryId: string
  chainId: number
  asset: string
  /** the custody address account whose balance is corrected */
  accountId: string
  counterAccountId: string
  counterpart: AdjustmentCounterpart
  /** signed base units added to the custody address account (on chain − ledger) */
  amount: bigint
  blockNumber: bigint
  reason: string
  reconciliationId: string | null
  createdByKeyId: string | null
  createdByClientId: string | null
  createdAt: Date
}

type PrismaAdjustment = Awaited<ReturnType<DbTx['ledgerAdjustment']['findFirstOrThrow']>>

function mapAdjustment(r: PrismaAdjustment): AdjustmentRow {
  return { ...r, counterpart: r.counterpart as AdjustmentCounterpart, amount: toBigInt(r.amount) }
}

export async function insertAdjustment(tx: DbTx, a: Omit<AdjustmentRow, 'createdAt'>): Promise<AdjustmentRow> {
  return mapAdjustment(await tx.ledgerAdjustment.create({ data: { ...a, amount: a.amount.toString() } }))
}

export async function getAdjustment(db: DbOrTx, id: string): Promise<AdjustmentRow | null> {
  const r = await db.ledgerAdjustment.findUnique({ where: { id } })
  return r ? mapAdjustment(r) : null
}

/** Adjustments, newest first, paginated by id. */
export async function listAdjustments(db: DbOrTx, filter: { accountId?: string; chainId?: number }, page: { limit: number; before?: string }): Promise<AdjustmentRow[]> {
  const rows = await db.ledgerAdjustment.findMany({
    where: {
      ...(filter.accountId ? { accountId: filter.accountId } : {}),
      ...(filter.chainId ? { chainId: filter.chainId } : {}),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapAdjustment)
}

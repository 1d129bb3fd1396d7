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
  /** the second party that approved it (maker-checker); null when it was booked directly */
  approvedByKeyId: string | null
  approvedByIdentity: string | null
  createdAt: Date
}

type PrismaAdjustment = Awaited<ReturnType<DbTx['ledgerAdjustment']['findFirstOrThrow']>>

function mapAdjustment(r: PrismaAdjustment): AdjustmentRow {
  return { ...r, counterpart: r.counterpart as AdjustmentCounterpart, amount: toBigInt(r.amount) }
}

export async function insertAdjustment(tx: DbTx, a: Omit<AdjustmentRow, 'createdAt' | 'approvedByKeyId' | 'approvedByIdentity'> & Partial<Pick<AdjustmentRow, 'approvedByKeyId' | 'approvedByIdentity'>>): Promise<AdjustmentRow> {
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

// ------------------------------------------------------------------ maker-checker (issue 13, M1)

export type AdjustmentRequestStatus = 'pending_approval' | 'posted' | 'rejected'

/** An adjustment waiting for (or decided by) a second party; when posted, the adjustment has the same id. */
export interface AdjustmentRequestRow {
  id: string
  chainId: number
  asset: string
  accountId: string
  counterpart: AdjustmentCounterpart
  /** signed base units, as the adjustment would book them */
  amount: bigint
  blockNumber: bigint
  reason: string
  reconciliationId: string
  status: AdjustmentRequestStatus
  requestedByKeyId: string | null
  requestedByClientId: string | null
  requestedByIdentity: string
  decidedByKeyId: string | null
  decidedByClientId: string | null
  decidedByIdentity: string | null
  decisionComment: string | null
  decidedAt: Date | null
  createdAt: Date
}

type PrismaRequest = Awaited<ReturnType<DbTx['adjustmentRequest']['findFirstOrThrow']>>

function mapRequest(r: PrismaRequest): AdjustmentRequestRow {
  return { ...r, counterpart: r.counterpart as AdjustmentCounterpart, status: r.status as AdjustmentRequestStatus, amount: toBigInt(r.amount) }
}

export async function insertAdjustmentRequest(
  tx: DbTx,
  a: Pick<AdjustmentRequestRow, 'id' | 'chainId' | 'asset' | 'accountId' | 'counterpart' | 'amount' | 'blockNumber' | 'reason' | 'reconciliationId' | 'requestedByKeyId' | 'requestedByClientId' | 'requestedByIdentity'>,
): Promise<AdjustmentRequestRow> {
  return mapRequest(await tx.adjustmentRequest.create({ data: { ...a, amount: a.amount.toString() } }))
}

export async function getAdjustmentRequest(db: DbOrTx, id: string): Promise<AdjustmentRequestRow | null> {
  const r = await db.adjustmentRequest.findUnique({ where: { id } })
  return r ? mapRequest(r) : null
}

/** Locks a request row for the rest of the transaction (one decision at a time). */
export async function lockAdjustmentRequest(tx: DbTx, id: string): Promise<AdjustmentRequestRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM adjustment_requests WHERE id = ${id}::uuid FOR UPDATE`
  return rows.length ? getAdjustmentRequest(tx, id) : null
}

/** Requests, newest first, paginated by id. */
export async function listAdjustmentRequests(db: DbOrTx, filter: { status?: AdjustmentRequestStatus }, page: { limit: number; before?: string }): Promise<AdjustmentRequestRow[]> {
  const rows = await db.adjustmentRequest.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapRequest)
}

/**
 * Records the decision of a pending request (the database refuses a second decision, and a posting
 * by the requester's party).
 * @returns false when it was not pending any more
 */
export async function decideAdjustmentRequest(
  tx: DbTx,
  id: string,
  d: { status: 'posted' | 'rejected'; keyId: string; clientId: string; identity: string; comment: string | null },
): Promise<boolean> {
  const n = await tx.$executeRaw`
    UPDATE adjustment_requests SET status = ${d.status}, decided_by_key_id = ${d.keyId}::uuid, decided_by_client_id = ${d.clientId}::uuid,
           decided_by_identity = ${d.identity}, decision_comment = ${d.comment}, decided_at = now()
     WHERE id = ${id}::uuid AND status = 'pending_approval'`
  return n === 1
}

/**
 * Serialises the adjustments of one reconciliation line (reconciliation, account) until the end of the
 * transaction, so that two of them cannot both pass the cap on the line's difference.
 */
export async function lockReconciliationLine(tx: DbTx, reconciliationId: string, accountId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${'adjustment-line:' + reconciliationId + ':' + accountId}, 0))`
}

/**
 * What adjustments already claim of a reconciliation line: the sum of the booked adjustments and of the
 * requests awaiting approval (base units, signed), leaving out request `except`.
 */
export async function claimedOfLine(db: DbOrTx, reconciliationId: string, accountId: string, except?: string): Promise<bigint> {
  const [r] = await db.$queryRaw<{ claimed: string }[]>`
    SELECT (coalesce((SELECT sum(amount) FROM ledger_adjustments WHERE reconciliation_id = ${reconciliationId}::uuid AND account_id = ${accountId}::uuid), 0)
          + coalesce((SELECT sum(amount) FROM adjustment_requests WHERE reconciliation_id = ${reconciliationId}::uuid AND account_id = ${accountId}::uuid
                        AND status = 'pending_approval' AND id IS DISTINCT FROM ${except ?? null}::uuid), 0))::text AS claimed`
  return BigInt(r!.claimed)
}

/**
 * The block of the last finished reconciliation that found an address's balance of an asset matching
 * (its line `matched`), or null: the ledger as of that block was certified against the chain, so no
 * adjustment may be dated at or before it.
 */
export async function lastMatchedBlock(db: DbOrTx, chainId: number, address: string, asset: string): Promise<bigint | null> {
  const [r] = await db.$queryRaw<{ block: string | null }[]>`
    SELECT max(r.block_number)::text AS block FROM reconciliations r JOIN reconciliation_items i ON i.reconciliation_id = r.id
     WHERE r.chain_id = ${chainId} AND r.status IN ('matched', 'mismatched') AND i.address = ${address} AND i.asset = ${asset} AND i.status = 'matched'`
  return r?.block ? BigInt(r.block) : null
}

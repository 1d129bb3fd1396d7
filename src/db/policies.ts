/**
 * Withdrawal policies (one per wallet and asset), the destination allowlist of each wallet, and the
 * approvals of withdrawals that wait in `pending_approval`.
 *
 * Amounts are integers of base units; times come from the database clock (`now()`), so every API
 * replica measures the rolling 24 h window and the allowlist cooling-off period the same way.
 */
import { toBigInt } from '../lib/amounts'
import type { DbOrTx, DbTx } from './client'

export interface PolicyRow {
  id: string
  walletId: string
  asset: string
  maxPerTransaction: bigint | null
  velocityLimit24h: bigint | null
  allowlistRequired: boolean
  allowlistCoolingOffSeconds: number
  approvalThreshold: bigint | null
  approvalsRequired: number
  /** base units; the rolling 24 h sum (this request included) above which a request waits for approvals */
  approvalThreshold24h: bigint | null
  version: number
  createdAt: Date
  updatedAt: Date
}

type PrismaPolicy = Awaited<ReturnType<DbTx['withdrawalPolicy']['findFirstOrThrow']>>

function mapPolicy(r: PrismaPolicy): PolicyRow {
  const big = (v: PrismaPolicy['maxPerTransaction']) => (v === null ? null : toBigInt(v))
  return {
    ...r,
    maxPerTransaction: big(r.maxPerTransaction),
    velocityLimit24h: big(r.velocityLimit24h),
    approvalThreshold: big(r.approvalThreshold),
    approvalThreshold24h: big(r.approvalThreshold24h),
  }
}

export interface PolicyInput {
  maxPerTransaction: bigint | null
  velocityLimit24h: bigint | null
  allowlistRequired: boolean
  allowlistCoolingOffSeconds: number
  approvalThreshold: bigint | null
  approvalsRequired: number
  approvalThreshold24h: bigint | null
}

/** The asset under which a wallet's default policy is stored: it applies to every asset without a policy of its own. */
export const WALLET_DEFAULT_ASSET = 'default'

const dec = (v: bigint | null) => (v === null ? null : v.toString())

/** Creates or replaces the policy of (wallet, asset); a replacement bumps `version`. */
export async function upsertPolicy(tx: DbTx, id: string, walletId: string, asset: string, p: PolicyInput): Promise<PolicyRow> {
  const data = {
    maxPerTransaction: dec(p.maxPerTransaction),
    velocityLimit24h: dec(p.velocityLimit24h),
    allowlistRequired: p.allowlistRequired,
    allowlistCoolingOffSeconds: p.allowlistCoolingOffSeconds,
    approvalThreshold: dec(p.approvalThreshold),
    approvalsRequired: p.approvalsRequired,
    approvalThreshold24h: dec(p.approvalThreshold24h),
  }
  const row = await tx.withdrawalPolicy.upsert({
    where: { walletId_asset: { walletId, asset } },
    create: { id, walletId, asset, ...data },
    update: { ...data, version: { increment: 1 }, updatedAt: new Date() },
  })
  return mapPolicy(row)
}

export async function getPolicy(db: DbOrTx, walletId: string, asset: string): Promise<PolicyRow | null> {
  const r = await db.withdrawalPolicy.findUnique({ where: { walletId_asset: { walletId, asset } } })
  return r ? mapPolicy(r) : null
}

/**
 * Reads the policy of (wallet, asset) and locks it for the rest of the transaction, so that
 * withdrawals of that wallet and asset are evaluated one at a time (the rolling 24 h sum cannot be
 * raced past its limit by concurrent requests).
 */
export async function lockPolicy(tx: DbTx, walletId: string, asset: string): Promise<PolicyRow | null> {
  const ids = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM withdrawal_policies WHERE wallet_id = ${walletId}::uuid AND asset = ${asset} FOR UPDATE`
  if (!ids.length) return null
  return mapPolicy(await tx.withdrawalPolicy.findUniqueOrThrow({ where: { id: ids[0]!.id } }))
}

export async function listPolicies(db: DbOrTx, walletId: string): Promise<PolicyRow[]> {
  const rows = await db.withdrawalPolicy.findMany({ where: { walletId }, orderBy: { asset: 'asc' } })
  return rows.map(mapPolicy)
}

/** @returns whether a policy was deleted */
export async function deletePolicy(tx: DbTx, walletId: string, asset: string): Promise<boolean> {
  const r = await tx.withdrawalPolicy.deleteMany({ where: { walletId, asset } })
  return r.count > 0
}

/**
 * Sum (base units) of the wallet's withdrawals of `asset` requested in the 24 hours before now that
 * may still pay out or did: every status except `rejected`, `cancelled` and `failed`.
 */
export async function withdrawnLast24h(db: DbOrTx, walletId: string, asset: string, excludeWithdrawalId?: string): Promise<bigint> {
  const rows = await db.$queryRaw<{ total: string | null }[]>`
    SELECT sum(amount)::text AS total FROM withdrawals
     WHERE wallet_id = ${walletId}::uuid AND asset = ${asset} AND kind = 'withdrawal'
       AND created_at > now() - interval '24 hours'
       AND status NOT IN ('rejected', 'cancelled', 'failed')
       AND id <> coalesce(${excludeWithdrawalId ?? null}::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`
  return toBigInt(rows[0]?.total ?? '0')
}

// ------------------------------------------------------------------ allowlist

export interface AllowlistRow {
  id: string
  walletId: string
  address: string
  label: string | null
  createdByKeyId: string | null
  createdAt: Date
  removedAt: Date | null
  /** the cooling-off period (seconds) in force when the entry was added; never shortened by a later policy */
  coolingOffSeconds: number
}

export async function insertAllowlistEntry(
  tx: DbOrTx,
  e: { id: string; walletId: string; address: string; label: string | null; createdByKeyId: string | null; coolingOffSeconds: number },
): Promise<AllowlistRow> {
  return tx.withdrawalAllowlistEntry.create({ data: e })
}

export async function getAllowlistEntry(db: DbOrTx, walletId: string, id: string): Promise<AllowlistRow | null> {
  return db.withdrawalAllowlistEntry.findFirst({ where: { id, walletId } })
}

export async function findActiveAllowlistEntry(db: DbOrTx, walletId: string, address: string): Promise<AllowlistRow | null> {
  return db.withdrawalAllowlistEntry.findFirst({ where: { walletId, address, removedAt: null } })
}

/** Active entries of a wallet, newest first; `before` is the last id of the previous page. */
export async function listAllowlist(db: DbOrTx, walletId: string, page: { limit: number; before?: string }): Promise<AllowlistRow[]> {
  return db.withdrawalAllowlistEntry.findMany({
    where: { walletId, removedAt: null, ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
}

/** Marks an active entry removed. @returns the entry, or null when there is no active entry `id` in the wallet */
export async function removeAllowlistEntry(db: DbOrTx, walletId: string, id: string): Promise<AllowlistRow | null> {
  const n = await db.$executeRaw`UPDATE withdrawal_allowlist SET removed_at = now()
                                  WHERE id = ${id}::uuid AND wallet_id = ${walletId}::uuid AND removed_at IS NULL`
  if (!n) return null
  return db.withdrawalAllowlistEntry.findUnique({ where: { id } })
}

/** The longest `allowlistCoolingOffSeconds` of the wallet's policies (default policy included); 0 without any. */
export async function longestCoolingOff(db: DbOrTx, walletId: string): Promise<number> {
  const r = await db.withdrawalPolicy.aggregate({ where: { walletId }, _max: { allowlistCoolingOffSeconds: true } })
  return r._max.allowlistCoolingOffSeconds ?? 0
}

/** The database clock (so cooling-off periods are measured like the rows' `created_at`). */
export async function dbNow(db: DbOrTx): Promise<Date> {
  const rows = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`
  return rows[0]!.now
}

// ------------------------------------------------------------------ approvals

export interface ApprovalRow {
  withdrawalId: string
  apiKeyId: string
  clientId: string
  decision: 'approve' | 'reject'
  comment: string | null
  /** the approving key's approver identity (a quorum counts distinct identities) */
  approverIdentity: string
  createdAt: Date
}

/**
 * Inserts an approver's decision; the primary key refuses a second one per key, a unique index a second
 * approval per identity, a trigger an approval by the requester's party (key, client or identity).
 */
export async function insertApproval(tx: DbTx, a: Omit<ApprovalRow, 'createdAt'>): Promise<void> {
  await tx.withdrawalApproval.create({ data: a })
}

export async function listApprovals(db: DbOrTx, withdrawalId: string): Promise<ApprovalRow[]> {
  const rows = await db.withdrawalApproval.findMany({ where: { withdrawalId }, orderBy: { createdAt: 'asc' } })
  return rows.map((r) => ({ ...r, decision: r.decision as ApprovalRow['decision'] }))
}

/**
 * Locks a withdrawal row for the rest of the transaction (approvals of one withdrawal are decided one
 * at a time, so the N-th approval moves it exactly once).
 * @returns its status and creator, or null when it does not exist
 */
export async function lockWithdrawalForApproval(tx: DbTx, id: string): Promise<{ status: string; kind: string; createdByKeyId: string | null; approvalsRequired: number } | null> {
  const rows = await tx.$queryRaw<{ status: string; kind: string; created_by_key_id: string | null; approvals_required: number }[]>`
    SELECT status, kind, created_by_key_id, approvals_required FROM withdrawals WHERE id = ${id}::uuid FOR UPDATE`
  const r = rows[0]
  return r ? { status: r.status, kind: r.kind, createdByKeyId: r.created_by_key_id, approvalsRequired: r.approvals_required } : null
}

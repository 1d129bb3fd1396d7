/**
 * Policy changes (issue 13 H2): every change of a withdrawal policy or an allowlist is a row here; a
 * loosening change waits in `pending_approval` for approvals by other parties
 * (`policy_change_approvals`, append-only; the database refuses an approval by the requester's key or
 * client).
 */
import type { DbOrTx, DbTx, Prisma } from './client'

export type PolicyChangeAction = 'set_policy' | 'delete_policy' | 'add_allowlist_entry' | 'remove_allowlist_entry'
export type PolicyChangeStatus = 'pending_approval' | 'applied' | 'rejected'

export interface PolicyChangeRow {
  id: string
  walletId: string
  /** the policy's asset (`default` for the wallet default); null for allowlist changes */
  asset: string | null
  action: PolicyChangeAction
  status: PolicyChangeStatus
  loosening: boolean
  /** why the change loosens a rule (one sentence each); empty when it does not */
  reasons: string[]
  /** what was asked: the policy rules (set_policy), `{}` (delete_policy), `{address, label}` or `{entryId, address}` (allowlist) */
  request: Record<string, unknown>
  /** the rules in force before (policy changes); null when none applied */
  previous: Record<string, unknown> | null
  approvalsRequired: number
  createdByKeyId: string | null
  createdByClientId: string | null
  /** the policy or allowlist entry the change produced or removed, once applied */
  resultId: string | null
  statusReason: string | null
  createdAt: Date
  decidedAt: Date | null
}

type PrismaChange = Awaited<ReturnType<DbTx['policyChange']['findFirstOrThrow']>>

function mapChange(r: PrismaChange): PolicyChangeRow {
  return {
    ...r,
    action: r.action as PolicyChangeAction,
    status: r.status as PolicyChangeStatus,
    reasons: r.reasons as string[],
    request: r.request as Record<string, unknown>,
    previous: (r.previous ?? null) as Record<string, unknown> | null,
  }
}

export type NewPolicyChange = Omit<PolicyChangeRow, 'createdAt' | 'decidedAt'>

export async function insertPolicyChange(tx: DbTx, c: NewPolicyChange): Promise<PolicyChangeRow> {
  const { previous, request, reasons, ...rest } = c
  const row = await tx.policyChange.create({
    data: {
      ...rest,
      reasons: reasons as Prisma.InputJsonValue,
      request: request as Prisma.InputJsonValue,
      ...(previous ? { previous: previous as Prisma.InputJsonValue } : {}),
      ...(c.status !== 'pending_approval' ? { decidedAt: new Date() } : {}),
    },
  })
  return mapChange(row)
}

export async function getPolicyChange(db: DbOrTx, id: string): Promise<PolicyChangeRow | null> {
  const r = await db.policyChange.findUnique({ where: { id } })
  return r ? mapChange(r) : null
}

/** Reads a change and locks it for the rest of the transaction (its approvals are decided one at a time). */
export async function lockPolicyChange(tx: DbTx, id: string): Promise<PolicyChangeRow | null> {
  const ids = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM policy_changes WHERE id = ${id}::uuid FOR UPDATE`
  if (!ids.length) return null
  return getPolicyChange(tx, id)
}

/** Newest first; `before` is the last id of the previous page. */
export async function listPolicyChanges(
  db: DbOrTx,
  filter: { walletId?: string; status?: PolicyChangeStatus },
  page: { limit: number; before?: string },
): Promise<PolicyChangeRow[]> {
  const rows = await db.policyChange.findMany({
    where: {
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapChange)
}

/** Moves a pending change to `applied` or `rejected`. @returns the row, or null when it was no longer pending */
export async function decidePolicyChange(
  tx: DbTx,
  id: string,
  to: 'applied' | 'rejected',
  data: { resultId?: string | null; statusReason?: string | null } = {},
): Promise<PolicyChangeRow | null> {
  const n = await tx.$executeRaw`
    UPDATE policy_changes SET status = ${to}, decided_at = now(),
           result_id = coalesce(${data.resultId ?? null}::uuid, result_id),
           status_reason = coalesce(${data.statusReason ?? null}, status_reason)
     WHERE id = ${id}::uuid AND status = 'pending_approval'`
  return n ? getPolicyChange(tx, id) : null
}

export interface PolicyChangeApprovalRow {
  changeId: string
  apiKeyId: string
  clientId: string
  decision: 'approve' | 'reject'
  comment: string | null
  createdAt: Date
  /** approver identity of the approving key (read from the key: an identity never changes) */
  approverIdentity: string
}

/** Inserts an approver's decision; the primary key refuses a second one, a trigger refuses the requesting party's approval. */
export async function insertPolicyChangeApproval(tx: DbTx, a: Omit<PolicyChangeApprovalRow, 'createdAt' | 'approverIdentity'>): Promise<void> {
  await tx.policyChangeApproval.create({ data: a })
}

export async function listPolicyChangeApprovals(db: DbOrTx, changeIds: string[]): Promise<PolicyChangeApprovalRow[]> {
  if (!changeIds.length) return []
  const rows = await db.policyChangeApproval.findMany({ where: { changeId: { in: changeIds } }, orderBy: { createdAt: 'asc' } })
  const keys = await db.apiKey.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.apiKeyId))] } }, select: { id: true, approverIdentity: true } })
  const identity = new Map(keys.map((k) => [k.id, k.approverIdentity]))
  return rows.map((r) => ({ ...r, decision: r.decision as PolicyChangeApprovalRow['decision'], approverIdentity: identity.get(r.apiKeyId) ?? `key:${r.apiKeyId}` }))
}

/**
 * The audit log: append-only (the database refuses UPDATE, DELETE and TRUNCATE).
 */
import type { DbOrTx } from './client'

export interface NewAuditEvent {
  id: string
  actorType: 'api_key' | 'cli'
  apiKeyId: string | null
  clientId: string | null
  /** free-form actor for the CLI: the operator's OS user */
  actor: string | null
  operation: string
  method: string | null
  path: string | null
  resourceType: string | null
  resourceId: string | null
  ip: string | null
  requestId: string | null
  status: number
  code: string | null
}

export interface AuditEventRow extends NewAuditEvent {
  seq: bigint
  occurredAt: Date
}

export async function insertAuditEvent(db: DbOrTx, e: NewAuditEvent): Promise<void> {
  await db.auditEvent.create({ data: e })
}

export interface AuditFilter {
  apiKeyId?: string
  clientId?: string
  operation?: string
  resourceId?: string
  since?: Date
  until?: Date
}

/** Newest first; `before` is the `seq` of the last event of the previous page. */
export async function listAuditEvents(db: DbOrTx, f: AuditFilter, page: { limit: number; before?: bigint }): Promise<AuditEventRow[]> {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(f.apiKeyId ? { apiKeyId: f.apiKeyId } : {}),
      ...(f.clientId ? { clientId: f.clientId } : {}),
      ...(f.operation ? { operation: f.operation } : {}),
      ...(f.resourceId ? { resourceId: f.resourceId } : {}),
      ...(f.since || f.until ? { occurredAt: { ...(f.since ? { gte: f.since } : {}), ...(f.until ? { lt: f.until } : {}) } } : {}),
      ...(page.before !== undefined ? { seq: { lt: page.before } } : {}),
    },
    orderBy: { seq: 'desc' },
    take: page.limit,
  })
  return rows.map((r) => ({ ...r, actorType: r.actorType as AuditEventRow['actorType'] }))
}

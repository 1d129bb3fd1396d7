import { listAuditEvents, type AuditEventRow, type AuditFilter } from '../../db/audit'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'

export function auditEventView(e: AuditEventRow) {
  return {
    id: e.id,
    seq: e.seq.toString(),
    occurredAt: e.occurredAt.toISOString(),
    actor: { type: e.actorType, apiKeyId: e.apiKeyId, clientId: e.clientId, name: e.actor },
    operation: e.operation,
    method: e.method,
    path: e.path,
    resource: e.resourceId ? { type: e.resourceType, id: e.resourceId } : null,
    ip: e.ip,
    requestId: e.requestId,
    result: { status: e.status, code: e.code },
  }
}
export type AuditEventView = ReturnType<typeof auditEventView>

/** A page of audit events, newest first. `cursor` is the decoded `seq` of the previous page's last event. */
export async function listAuditEventViews(deps: Pick<Deps, 'db'>, filter: AuditFilter, page: { limit: number; cursor?: string }): Promise<AuditEventView[]> {
  if (page.cursor !== undefined && !/^\d{1,19}$/.test(page.cursor)) throw new AppError('validation_failed', 'cursor is not valid', { errors: [{ pointer: '/query/cursor', detail: 'not a cursor of this list' }] })
  const rows = await listAuditEvents(deps.db, filter, { limit: page.limit, ...(page.cursor !== undefined ? { before: BigInt(page.cursor) } : {}) })
  return rows.map(auditEventView)
}

/**
 * The audit log (read-only; scope `audit:read` or `admin`).
 */
import { z } from 'zod'
import { listAuditEventViews } from '../../domain/audit/queries'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { AuditEvent, listOf, PageQuery, Token, Uuid } from '../schemas'

const Time = z.iso.datetime({ offset: true })

const ListQuery = PageQuery.extend({
  apiKeyId: Uuid.optional().meta({ description: 'Only calls made with this API key' }),
  clientId: Uuid.optional().meta({ description: 'Only calls made by keys of this API client' }),
  operation: Token(100).optional().meta({ description: 'Only this operation id', example: 'createWithdrawal' }),
  resourceId: Token(200).optional().meta({ description: 'Only calls on this resource', example: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' }),
  since: Time.optional().meta({ description: 'Only events at or after this time (ISO 8601)', example: '2026-11-21T00:00:00Z' }),
  until: Time.optional().meta({ description: 'Only events before this time (ISO 8601)', example: '2026-11-22T00:00:00Z' }),
})

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/audit-events',
    readReplica: true,
    operationId: 'listAuditEvents',
    summary: 'List audit events',
    description:
      'The append-only audit log: every mutating API call made with a valid API key (whatever its result) and every operator action of the CLI, newest first. Who, what, when, from where, and the result; never a request body or a secret.',
    tags: ['Audit'],
    scope: 'audit:read',
    query: ListQuery,
    responses: { 200: { description: 'A page of audit events, newest first', schema: listOf(AuditEvent, 'AuditEventList') } },
    async handler({ deps, query }) {
      const items = await listAuditEventViews(
        deps,
        {
          ...(query.apiKeyId ? { apiKeyId: query.apiKeyId } : {}),
          ...(query.clientId ? { clientId: query.clientId } : {}),
          ...(query.operation ? { operation: query.operation } : {}),
          ...(query.resourceId ? { resourceId: query.resourceId } : {}),
          ...(query.since ? { since: new Date(query.since) } : {}),
          ...(query.until ? { until: new Date(query.until) } : {}),
        },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'sequence') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (e) => e.seq) }
    },
  }),
]

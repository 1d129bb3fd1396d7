/**
 * The audit trail of the API: one append-only `audit_events` row for every mutating call (POST, PUT,
 * PATCH, DELETE) made with an authenticated API key, whatever its result: who (key and client id), what
 * (operation id, resource type and id), when, from where (client IP as express sees it, see TRUST_PROXY)
 * and the result (HTTP status and error code). Requests without a valid key are not audited (they are
 * logged): they have no "who", and recording them would let anyone fill the table.
 *
 * Only identifiers are recorded: never a body, a header, a key or any other secret. The row is written
 * before the response is sent, so a client that saw a response can find its audit event; for the
 * money-moving calls that store their idempotent response in their own transaction (withdrawals,
 * adjustments) it is written in that transaction, atomically with the change.
 */
import type { Request, Response } from 'express'
import type { Principal } from '../../domain/apiKeys/apiKeys'
import { recordAuditEvent, type AuditInput } from '../../domain/audit/recordAuditEvent'
import type { DbTx } from '../../db/client'
import type { Deps } from '../../domain/deps'
import type { RouteDef } from '../route'

const MUTATING = new Set(['post', 'put', 'patch', 'delete'])
const VERBS = /^(create|set|add|remove|delete|revoke|approve|reject|update|cancel|speedUp|rotate|redeliver|start|run)(?=[A-Z])/

/** `createWithdrawal` → `withdrawal`, `revokeApiKey` → `apiKey`. */
function resourceTypeOf(operationId: string): string {
  const rest = operationId.replace(VERBS, '')
  return rest.charAt(0).toLowerCase() + rest.slice(1)
}

/** The resource a call acted on: the created/returned object's `id`, else the last path parameter. */
export function resourceOf(route: RouteDef, req: Request, body: unknown): { type: string | null; id: string | null } {
  const id = body && typeof body === 'object' && typeof (body as { id?: unknown }).id === 'string' ? (body as { id: string }).id : null
  if (id) return { type: resourceTypeOf(route.operationId), id }
  const names = [...route.path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!)
  const last = names[names.length - 1]
  const value = last ? (req.params as Record<string, string | undefined>)[last] : undefined
  if (!last || value === undefined) return { type: null, id: null }
  return { type: last.replace(/Id$/, ''), id: String(value).slice(0, 200) }
}

/** Whether calls of `route` are audited. */
export function isAudited(route: RouteDef): boolean {
  return MUTATING.has(route.method) && route.scope !== null
}

/** The audit event of a finished call, or null when the call is not audited (or already was). */
function auditEventOf(req: Request, res: Response, result: { status: number; code: string | null; body?: unknown }): AuditInput | null {
  const route = res.locals.route as RouteDef | undefined
  const principal = res.locals.principal as Principal | undefined
  if (!route || !principal || !isAudited(route) || res.locals.audited) return null
  const resource = resourceOf(route, req, result.status < 300 ? result.body : undefined)
  return {
    actorType: 'api_key',
    apiKeyId: principal.keyId,
    clientId: principal.clientId,
    actor: null,
    operation: route.operationId,
    method: req.method,
    path: (req.originalUrl.split('?')[0] ?? req.path).slice(0, 500),
    resourceType: resource.type,
    resourceId: resource.id,
    ip: req.ip ?? null,
    requestId: (res.locals.requestId as string | undefined) ?? null,
    status: result.status,
    code: result.code,
  }
}

/**
 * Writes the audit event of a call inside the call's own database transaction (the money-moving calls
 * that store their idempotent response there): the event then commits or rolls back with the change it
 * records, so a crash between the two cannot leave a change without its audit event. The call counts as
 * audited only once the handler returned (see {@link confirmAuditInTx}).
 *
 * @throws what Postgres throws: the business transaction fails with it
 */
export async function auditInTx(tx: DbTx, req: Request, res: Response, result: { status: number; body?: unknown }): Promise<void> {
  const e = auditEventOf(req, res, { ...result, code: null })
  if (!e) return
  await recordAuditEvent(tx, e)
  res.locals.auditInTx = true
}

/** After the handler returned (its transaction committed): an event written by {@link auditInTx} is final. */
export function confirmAuditInTx(res: Response): void {
  if (res.locals.auditInTx) res.locals.audited = true
}

/** The handler failed: an event written by {@link auditInTx} was rolled back with its transaction. */
export function discardAuditInTx(res: Response): void {
  res.locals.auditInTx = false
}

/**
 * Writes the audit event of a finished call, if it is audited and was not already written in the call's
 * transaction. Never throws: a failure to audit is logged at error level with the request id (the
 * response still goes out).
 */
export async function auditCall(deps: Deps, req: Request, res: Response, result: { status: number; code: string | null; body?: unknown }): Promise<void> {
  const e = auditEventOf(req, res, result)
  if (!e) return
  res.locals.audited = true
  try {
    await recordAuditEvent(deps.db, e)
  } catch (err) {
    ;(res.locals.log as Deps['logger'] | undefined ?? deps.logger).error({ err, operation: e.operation }, 'could not write the audit event')
  }
}

/**
 * Requests built for every route of the route table from the OpenAPI document's examples (every field
 * has one; test/integration/openapi.test.ts checks that), so the security and fuzz suites cover routes
 * added later without being edited.
 */
import { randomUUID } from 'node:crypto'
import { buildOpenApi } from '../../src/http/openapi'
import type { RouteDef } from '../../src/http/route'
import { allRoutes, API_VERSION } from '../../src/http/routes'
import { sql } from './db'

type Json = Record<string, any>

let cached: Json | undefined
export function apiDocument(): Json {
  return (cached ??= JSON.parse(JSON.stringify(buildOpenApi(allRoutes(), API_VERSION))))
}

function deref(doc: Json, s: Json | undefined): Json {
  let cur = s ?? {}
  for (let i = 0; i < 10 && typeof cur.$ref === 'string'; i++) {
    const target = cur.$ref
      .slice(2)
      .split('/')
      .reduce((o: Json, k: string) => o?.[k], doc)
    cur = { ...target, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref')) }
  }
  return cur
}

/** An example value for `schema`: its own example, else an object of its properties' examples. */
export function exampleOf(doc: Json, schema: Json | undefined): unknown {
  const s = deref(doc, schema)
  if ('example' in s) return s.example
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0]
  for (const k of ['anyOf', 'oneOf']) if (Array.isArray(s[k])) return exampleOf(doc, s[k].find((b: Json) => deref(doc, b).type !== 'null'))
  if (s.properties) return Object.fromEntries(Object.entries(s.properties as Record<string, Json>).map(([k, p]) => [k, exampleOf(doc, p)]))
  if (s.type === 'array') return [exampleOf(doc, s.items)]
  return undefined
}

export function operationOf(route: RouteDef): Json {
  return apiDocument().paths[route.path][route.method]
}

export interface SampleRequest {
  method: string
  path: string
  /** JSON body (undefined: none) */
  body?: unknown
  headers: Record<string, string>
}

/**
 * A well-formed request for `route`: path parameters from their examples (or `params`), the request
 * body from its schema's examples, a fresh Idempotency-Key for routes that take one.
 */
export function sampleRequest(route: RouteDef, params: Record<string, string> = {}): SampleRequest {
  const doc = apiDocument()
  const op = operationOf(route)
  let path = route.path
  for (const p of (op.parameters ?? []) as Json[]) {
    if (p.in !== 'path') continue
    const v = params[p.name] ?? String(p.example ?? exampleOf(doc, p.schema))
    path = path.replace(`{${p.name}}`, encodeURIComponent(v))
  }
  const bodySchema = op.requestBody?.content?.['application/json']?.schema
  const headers: Record<string, string> = route.idempotency ? { 'idempotency-key': randomUUID() } : {}
  return { method: route.method.toUpperCase(), path, ...(bodySchema ? { body: exampleOf(doc, bodySchema) } : {}), headers }
}

/** Routes that need an API key. */
export function securedRoutes(): RouteDef[] {
  return allRoutes().filter((r) => r.scope !== null)
}

/** Row count of every table but `exclude` (the audit log records refused calls on purpose). */
export async function tableCounts(url: string, exclude: string[] = ['audit_events']): Promise<Record<string, number>> {
  const tables = (await sql<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name"))
    .map((t) => t.table_name)
    .filter((t) => !exclude.includes(t))
  const [row] = await sql<Record<string, string>>(url, `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`)
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]))
}

export async function auditCount(url: string): Promise<number> {
  const [r] = await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM audit_events')
  return Number(r!.n)
}

/** Sends a request with fetch; `auth` is the bearer key (null: no Authorization header). */
export async function send(
  baseUrl: string,
  req: { method: string; path: string; body?: unknown; rawBody?: string | Buffer; headers?: Record<string, string> },
  auth: string | null,
): Promise<{ status: number; body: any; contentType: string | null; headers: Headers }> {
  const headers: Record<string, string> = { ...(auth ? { authorization: `Bearer ${auth}` } : {}) }
  let payload: string | Buffer | undefined
  if (req.rawBody !== undefined) payload = req.rawBody
  else if (req.body !== undefined) {
    payload = JSON.stringify(req.body)
    headers['content-type'] = 'application/json'
  }
  Object.assign(headers, req.headers ?? {})
  const res = await fetch(baseUrl + req.path, { method: req.method, headers, ...(payload !== undefined ? { body: payload } : {}) })
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON
  }
  return { status: res.status, body, contentType: res.headers.get('content-type'), headers: res.headers }
}

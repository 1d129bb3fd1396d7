/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas (zod-openapi).
 * `npm run openapi` writes it to openapi/openapi.json; a test fails when the committed file drifts.
 */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi'
import { z } from 'zod'
import { ErrorCodes, type ErrorCode } from '../lib/errors'
import type { RouteDef } from './route'
import { Problem } from './schemas'
import { webhookDocs } from './webhookSchemas'

const COMMON_ERRORS: ErrorCode[] = ['validation_failed', 'internal']
const AUTH_ERRORS: ErrorCode[] = ['unauthorized', 'forbidden']
const BODY_ERRORS: ErrorCode[] = ['invalid_json', 'unsupported_media_type', 'payload_too_large']

function errorResponses(route: RouteDef) {
  const codes = new Set<ErrorCode>([...COMMON_ERRORS, ...(route.scope ? AUTH_ERRORS : []), ...(route.body ? BODY_ERRORS : []), ...(route.errors ?? [])])
  const byStatus = new Map<number, ErrorCode[]>()
  for (const c of codes) {
    const s = ErrorCodes[c].status
    byStatus.set(s, [...(byStatus.get(s) ?? []), c])
  }
  const out: Record<string, { description: string; content: Record<string, { schema: z.ZodType }> }> = {}
  for (const [status, cs] of [...byStatus.entries()].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = {
      description: `Problem (RFC 9457); \`code\` is one of: ${cs.map((c) => `\`${c}\``).join(', ')}`,
      content: { 'application/problem+json': { schema: Problem } },
    }
  }
  return out
}

/** Builds the OpenAPI 3.1 document of `routes`. */
export function buildOpenApi(routes: RouteDef[], version: string): Record<string, unknown> {
  const paths: ZodOpenApiPathsObject = {}
  for (const r of routes) {
    const responses: Record<string, unknown> = {}
    for (const [status, def] of Object.entries(r.responses)) {
      responses[status] = def.mediaTypes
        ? { description: def.description, content: Object.fromEntries(def.mediaTypes.map((t) => [t, { schema: z.string() }])) }
        : def.schema
          ? { description: def.description, content: { 'application/json': { schema: def.schema } } }
          : { description: def.description }
    }
    Object.assign(responses, errorResponses(r))
    const op: ZodOpenApiOperationObject = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: r.tags,
      security: r.scope ? [{ bearerAuth: [] }] : [],
      ...(r.scope ? { 'x-required-scope': r.scope } : {}),
      requestParams: {
        ...(r.params ? { path: r.params as z.ZodObject } : {}),
        ...(r.query ? { query: r.query as z.ZodObject } : {}),
        ...(r.idempotency
          ? {
              header: z.object({
                'idempotency-key': (r.idempotency === 'required' ? z.string() : z.string().optional()).meta({
                  description:
                    'Idempotency key (draft-ietf-httpapi-idempotency-key-header), e.g. a UUID. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409.',
                  example: '"8e03978e-40d5-43e8-bc93-6894a57f9324"',
                }),
              }),
            }
          : {}),
      },
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
      responses: responses as ZodOpenApiOperationObject['responses'],
    }
    const item = (paths[r.path] ??= {})
    ;(item as Record<string, unknown>)[r.method] = op
  }
  const hooks = webhookDocs()
  const doc = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Custody backend API',
      version,
      description:
        'Custodial wallet and transaction backend for EVM chains. Amounts are strings of integer base units; assets are `{chainId}:native` or `{chainId}:{tokenAddress}`; addresses are EIP-55 checksummed on output. Errors are RFC 9457 problem+json with a stable `code`. Lists use cursor pagination (`limit`, `cursor` → `{data, nextCursor}`).',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: 'http://127.0.0.1:3000', description: 'npm run dev' }],
    components: {
      schemas: hooks.schemas,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'API key (`csk_…`) with the scopes each operation names in `x-required-scope`; `admin` grants all.' } },
    },
    'x-error-codes': Object.fromEntries(Object.entries(ErrorCodes).map(([code, d]) => [code, { status: d.status, title: d.title }])),
    paths,
    webhooks: hooks.webhooks,
  } as Parameters<typeof createDocument>[0])
  return doc as unknown as Record<string, unknown>
}

/** A dependency-free HTML reference rendered from the document (served at /docs). */
export function renderDocsHtml(doc: Record<string, unknown>): string {
  const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  const paths = doc.paths as Record<string, Record<string, { summary?: string; description?: string; operationId?: string; 'x-required-scope'?: string }>>
  const rows = Object.entries(paths)
    .flatMap(([p, ops]) =>
      Object.entries(ops).map(
        ([m, op]) =>
          `<tr><td><code>${m.toUpperCase()}</code></td><td><code>${esc(p)}</code></td><td>${esc(op.summary)}<br><small>${esc(op.description)}</small></td><td>${esc(op['x-required-scope'] ?? 'public')}</td></tr>`,
      ),
    )
    .join('\n')
  const info = doc.info as { title: string; version: string; description: string }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(info.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}td{vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #ddd}small{color:#555}</style></head>
<body><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Method</th><th>Path</th><th>Operation</th><th>Scope</th></tr></thead><tbody>${rows}</tbody></table></body></html>`
}

import { createHash } from 'node:crypto'
/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas (zod-openapi).
 * `npm run openapi` writes it to openapi/openapi.json; a test fails when the committed file drifts.
 */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi'
import { z } from 'zod'
import { SCOPES } from '../domain/apiKeys/apiKeys'
import { errorCatalogue } from '../lib/errorDocs'
import { ErrorCodes, type ErrorCode } from '../lib/errors'
import type { RouteDef } from './route'
import { Problem } from './schemas'
import { webhookDocs } from './webhookSchemas'

const COMMON_ERRORS: ErrorCode[] = ['validation_failed', 'internal']
const AUTH_ERRORS: ErrorCode[] = ['unauthorized', 'forbidden', 'ip_not_allowed', 'rate_limited', 'api_key_not_approved']
const BODY_ERRORS: ErrorCode[] = ['invalid_json', 'unsupported_media_type', 'payload_too_large']
const IDEMPOTENCY_ERRORS: ErrorCode[] = ['idempotency_key_reused', 'idempotency_key_in_flight']

const HEADER_REFS = {
  requestId: { $ref: '#/components/headers/X-Request-Id' },
  rateLimit: { $ref: '#/components/headers/RateLimit' },
  rateLimitPolicy: { $ref: '#/components/headers/RateLimit-Policy' },
  retryAfter: { $ref: '#/components/headers/Retry-After' },
  replayed: { $ref: '#/components/headers/Idempotent-Replayed' },
}

/** Response header fields of an operation's responses (`error`: a problem response of `status`). */
function responseHeaders(route: RouteDef, status: number, error: boolean): Record<string, unknown> {
  return {
    'X-Request-Id': HEADER_REFS.requestId,
    ...(route.scope && status !== 401 ? { RateLimit: HEADER_REFS.rateLimit, 'RateLimit-Policy': HEADER_REFS.rateLimitPolicy } : {}),
    ...(status === 429 || status === 409 ? { 'Retry-After': HEADER_REFS.retryAfter } : {}),
    ...(route.idempotency && !error ? { 'Idempotent-Replayed': HEADER_REFS.replayed } : {}),
  }
}

function errorResponses(route: RouteDef) {
  const codes = new Set<ErrorCode>([
    ...COMMON_ERRORS,
    ...(route.scope ? AUTH_ERRORS : []),
    // express.json parses a JSON body sent to any operation; those without a request body refuse one that is not `{}`
    ...(route.body || route.method !== 'get' ? BODY_ERRORS : []),
    ...(route.idempotency ? IDEMPOTENCY_ERRORS : []),
    ...(route.idempotency === 'required' ? (['idempotency_key_missing'] as ErrorCode[]) : []),
    ...(route.idempotency ? (['idempotency_claim_lost'] as ErrorCode[]) : []),
    ...(route.idempotency && route.secretFields ? (['idempotency_response_withheld'] as ErrorCode[]) : []),
    ...(route.query && 'shape' in route.query && 'cursor' in (route.query as { shape: object }).shape ? (['invalid_cursor'] as ErrorCode[]) : []),
    ...(route.errors ?? []),
  ])
  const byStatus = new Map<number, ErrorCode[]>()
  for (const c of codes) {
    const s = ErrorCodes[c].status
    byStatus.set(s, [...(byStatus.get(s) ?? []), c])
  }
  const out: Record<string, { description: string; headers: Record<string, unknown>; content: Record<string, { schema: z.ZodType }> }> = {}
  for (const [status, cs] of [...byStatus.entries()].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = {
      description: `Problem (RFC 9457); \`code\` is one of: ${cs.map((c) => `\`${c}\``).join(', ')}`,
      headers: responseHeaders(route, status, true),
      content: { 'application/problem+json': { schema: Problem } },
    }
  }
  return out
}

const TAGS = [
  { name: 'Wallets', description: 'HD and single-key wallets, their deposit addresses and balances.' },
  { name: 'Withdrawals', description: 'Transfers out of a wallet, followed through the nonce-safe pipeline to the confirmation depth.' },
  { name: 'Approvals', description: 'Four-eyes approval of withdrawals above a policy threshold.' },
  { name: 'Policies', description: 'Withdrawal policies per wallet and asset, and the destination allowlist of each wallet.' },
  { name: 'Deposits', description: 'Inbound transfers, credited at the confirmation depth.' },
  { name: 'Sweeps', description: 'Sweep policies per wallet and asset, and the sweeps that move deposit address balances into the hot address (or a treasury wallet), with the gas top-up of token sweeps.' },
  { name: 'Ledger', description: 'The double-entry ledger: accounts, balances (also as of a past time or block), journal entries, adjustments, invariant checks and streamed exports.' },
  { name: 'Reconciliation', description: 'Runs that compare every custody address balance on chain with the ledger at a block height, and their reports.' },
  { name: 'Webhooks', description: 'Endpoints that receive events signed per Standard Webhooks, their signing secrets and delivery logs; the `webhooks` section describes every payload.' },
  { name: 'Events', description: 'Every published event, for catch-up and audit, and redelivery to webhook endpoints.' },
  { name: 'Admin', description: 'API keys and KEK rotations (scope `admin`).' },
  { name: 'Audit', description: 'The append-only audit log.' },
  { name: 'System', description: 'Health, readiness and this description.' },
]

/** The guide part of the document (Markdown; Redoc renders each heading as a section). */
function guide(): string {
  const errors = errorCatalogue()
    .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code))
    .map((e) => `| \`${e.code}\` | ${e.status} | ${e.title} | ${e.description.replace(/\|/g, '\\|')} |`)
    .join('\n')
  return `Custodial wallet and transaction backend for EVM chains. Amounts are strings of integer base units (\`"1500000000000000000"\` is 1.5 ETH); assets are \`{chainId}:native\` or \`{chainId}:{tokenAddress}\`; addresses are EIP-55 checksummed on output and checksum-validated on input. Lists use cursor pagination (\`limit\`, \`cursor\` → \`{data, nextCursor}\`).

A typed TypeScript client generated from this document ships with the service (\`src/client\`, openapi-fetch).

# Authentication and scopes

Send an API key as \`Authorization: Bearer csk_…\`. Keys are created by an administrator (\`POST /v1/admin/api-keys\` or \`npm run cli -- api-keys create\`), shown once and stored only as SHA-256 hashes. Each operation names the scope it needs in \`x-required-scope\`; \`admin\` grants every scope. Scopes: ${SCOPES.map((s) => `\`${s}\``).join(', ')}. A key may be limited to IP addresses (\`allowedCidrs\`): from elsewhere it gets 403 \`ip_not_allowed\`. A revoked key gets 401 \`unauthorized\`.

# Errors

Every error is an RFC 9457 \`application/problem+json\` document with \`type\` (\`urn:custody:problem:<code>\`), \`title\`, \`status\`, \`detail\`, \`instance\` (the request path), a stable \`code\`, the \`requestId\`, and for validation problems \`errors[]\` with JSON pointers (RFC 6901) into the request. A request that fails changes nothing. The codes:

| code | status | title | when |
| --- | --- | --- | --- |
${errors}

# Idempotency

Follows draft-ietf-httpapi-idempotency-key-header. Money-moving POSTs (\`createWithdrawal\`) require an \`Idempotency-Key\` header (400 \`idempotency_key_missing\` without it); other POSTs accept one. Keys are scoped to the API client. The same key with the same method, path and body replays the stored status and body (with \`Idempotent-Replayed: true\`); with a different request it is refused with 422 \`idempotency_key_reused\`; while the first request is still running, 409 \`idempotency_key_in_flight\` with \`Retry-After\`. The stored response is committed in the same database transaction as the request's effects. A request that fails changes nothing and releases its key. Keys are kept 24 hours (\`IDEMPOTENCY_TTL_SECONDS\`), then pruned. \`externalId\` is unique forever per API client: reusing it is a 409 \`external_id_conflict\` whose \`existingId\` points at the first object.

# Rate limits

Each API key has a request budget per window (default 1200 requests per 60 s; a key can have its own \`rateLimit\`), counted in Redis and shared by every API replica. Authenticated responses carry the fields of draft-ietf-httpapi-ratelimit-headers, \`RateLimit-Policy: "per-key";q=1200;w=60\` and \`RateLimit: "per-key";r=1187;t=42\` (remaining requests, seconds until the window resets), and the earlier \`RateLimit-Limit\`, \`RateLimit-Remaining\`, \`RateLimit-Reset\`. Over the budget: 429 \`rate_limited\` with \`Retry-After\`.

# Withdrawal policies and approvals

A wallet can have one policy per asset (\`PUT /v1/wallets/{walletId}/policies/{asset}\`) with any of: a per-transaction maximum, a rolling 24 h velocity limit, a destination allowlist (entries become usable after a cooling-off period), and an approval rule: above \`approvalThreshold\` a withdrawal waits in \`pending_approval\` (its amount held) until \`approvalsRequired\` distinct API keys with the \`approver\` scope, other than the requesting key, approve it (\`POST /v1/withdrawals/{withdrawalId}/approve\`); one rejection ends it and releases the hold. A request that breaks a rule is refused with 422 \`policy_violation\` and writes nothing; every withdrawal records the \`policyDecision\` that explains each rule.

Policy governance: a change that loosens a rule (a higher or removed limit or threshold, fewer approvals, a shorter cooling-off, the allowlist switched off, an allowlist addition, a removed policy) answers 202 with a policy change that applies only once approvers of other API clients approve it (\`POST /v1/policy-changes/{changeId}/approve\`); a change that tightens applies at once; each emits \`policy.changed\` when it takes effect. The asset \`default\` holds the wallet default policy for assets without their own; with \`POLICY_DEFAULT_DENY\` (the production default) a withdrawal no policy covers is refused with 422 \`policy_required\`. \`approvalThreshold24h\` asks for approvals above a rolling 24 h sum, and the final approval of a withdrawal checks its policy again.

# Audit log

Every mutating call made with a valid API key (whatever its result) and every operator action of the CLI is recorded in an append-only log (the database refuses UPDATE and DELETE): who (key and client), what (operation and resource), when, from where (IP) and the result (status and code). Never a body or a secret. Read it with \`GET /v1/audit-events\` (scope \`audit:read\`).

# Request ids

Every response carries \`X-Request-Id\` (yours, if you sent a well-formed one; else a new UUID); problems repeat it as \`requestId\`, and every log line of the request carries it.`
}

/** Builds the OpenAPI 3.1 document of `routes`. */
export function buildOpenApi(routes: RouteDef[], version: string): Record<string, unknown> {
  const paths: ZodOpenApiPathsObject = {}
  for (const r of routes) {
    const responses: Record<string, unknown> = {}
    for (const [status, def] of Object.entries(r.responses)) {
      const headers = responseHeaders(r, Number(status), false)
      responses[status] = def.mediaTypes
        ? { description: def.description, headers, content: Object.fromEntries(def.mediaTypes.map((t) => [t, { schema: z.string() }])) }
        : def.schema
          ? { description: def.description, headers, content: { 'application/json': { schema: def.schema } } }
          : { description: def.description, headers }
    }
    Object.assign(responses, errorResponses(r))
    const op: ZodOpenApiOperationObject = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: r.tags,
      security: r.scope ? [{ bearerAuth: [] }] : [],
      ...(r.scope ? { 'x-required-scope': r.scope } : {}),
      ...(r.idempotency ? { 'x-idempotency': r.idempotency } : {}),
      requestParams: {
        ...(r.params ? { path: r.params as z.ZodObject } : {}),
        ...(r.query ? { query: r.query as z.ZodObject } : {}),
        ...(r.idempotency
          ? {
              header: z.object({
                'idempotency-key': (r.idempotency === 'required' ? z.string() : z.string().optional()).meta({
                  description:
                    'Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409.',
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
      description: guide(),
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: 'http://127.0.0.1:3000', description: 'npm run dev' }],
    tags: TAGS,
    components: {
      schemas: hooks.schemas,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'API key (`csk_…`) with the scope each operation names in `x-required-scope`; `admin` grants all.',
        },
      },
      headers: {
        'X-Request-Id': { description: 'Id of the request: the one sent, if well-formed, else a new UUID. Every log line of the request carries it.', schema: { type: 'string', example: '6f1c9f5e-8a51-4a5e-9f0b-3f1d2c4b5a69' } },
        RateLimit: { description: 'draft-ietf-httpapi-ratelimit-headers: requests remaining (r) in the window and seconds until it resets (t). The earlier RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset fields are sent as well.', schema: { type: 'string', example: '"per-key";r=1187;t=42' } },
        'RateLimit-Policy': { description: 'draft-ietf-httpapi-ratelimit-headers: quota (q) requests per window (w) seconds of this API key', schema: { type: 'string', example: '"per-key";q=1200;w=60' } },
        'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', example: 1 } },
        'Idempotent-Replayed': { description: '`true` when the response is the stored response of an earlier request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'], example: 'true' } },
      },
    },
    'x-error-codes': Object.fromEntries(errorCatalogue().map((e) => [e.code, { status: e.status, title: e.title, description: e.description }])),
    paths,
    webhooks: hooks.webhooks,
  } as Parameters<typeof createDocument>[0])
  return doc as unknown as Record<string, unknown>
}

const REDOC_BUNDLE = 'redoc/bundles/redoc.standalone.js'

/** Path of the Redoc standalone bundle inside node_modules (served at /docs/redoc.standalone.js, never from a CDN). */
export function redocBundlePath(): string {
  return require.resolve(REDOC_BUNDLE)
}

/**
 * Content-Security-Policy of the /docs page (W3C CSP Level 3): scripts only from this server plus the
 * page's one inline bootstrap script (by its SHA-256), nothing fetched elsewhere, and never framed
 * (`frame-ancestors 'none'`, against clickjacking). Redoc styles itself inline and searches in a blob worker.
 *
 * @param html the page from {@link renderDocsHtml}
 * @returns the header value
 */
export function docsContentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`)
  return [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * The API reference page served at /docs: Redoc (https://github.com/Redocly/redoc, npm `redoc`) renders
 * /openapi.json in the browser. The script comes from this server (`/docs/redoc.standalone.js`), so the
 * page works offline and behind a firewall; nothing is loaded from elsewhere.
 */
export function renderDocsHtml(doc: Record<string, unknown>): string {
  const esc = (v: unknown) => String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  const info = doc.info as { title: string; version: string }
  const options = {
    expandResponses: '200,201',
    jsonSampleExpandLevel: 3,
    requiredPropsFirst: true,
    pathInMiddlePanel: true,
    showExtensions: ['x-required-scope', 'x-idempotency'],
    hideHostname: false,
    theme: { typography: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', headings: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' } } },
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(info.title)} ${esc(info.version)}: API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;padding:0}</style></head>
<body>
<noscript>The API reference needs JavaScript. The machine-readable description is at <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</noscript>
<div id="redoc"></div>
<script src="/docs/redoc.standalone.js"></script>
<script>Redoc.init('/openapi.json', ${JSON.stringify(options)}, document.getElementById('redoc'))</script>
</body></html>
`
}

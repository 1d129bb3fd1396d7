/**
 * Administration of API keys (scope `admin`): create (the secret is shown once), list, get, revoke.
 * The CLI offers the same (`npm run cli -- api-keys create|list|revoke`).
 */
import { z } from 'zod'
import { createApiKey } from '../../domain/apiKeys/apiKeys'
import { approveApiKey } from '../../domain/apiKeys/approveApiKey'
import { partyOf } from '../../domain/approvals/party'
import { getApiKeyView, listApiKeyViews, apiKeyView } from '../../domain/apiKeys/queries'
import { revokeApiKey } from '../../domain/apiKeys/revokeApiKey'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { ApiKey, CreatedApiKey, listOf, PageQuery, ScopeSchema, Text, Uuid } from '../schemas'

const KeyParams = z.strictObject({ keyId: Uuid.meta({ description: 'API key id' }) })

const CreateKeyBody = z
  .strictObject({
    name: Text(200).meta({ description: 'Name of the key (who or what uses it)', example: 'settlement service' }),
    scopes: z.array(ScopeSchema).min(1).max(20).meta({ description: 'Scopes to grant', example: ['withdrawals:write', 'withdrawals:read'] }),
    clientId: Uuid.optional().meta({ description: 'Add the key to this existing API client (shares its idempotency keys and externalIds); absent: a new client' }),
    allowedCidrs: z.array(z.string().min(1).max(64)).max(50).optional().meta({ description: 'CIDR blocks (or single addresses) the key may be used from; absent or empty: anywhere', example: ['203.0.113.0/24', '2001:db8::/32'] }),
    rateLimit: z.number().int().min(1).max(1_000_000).optional().meta({ description: 'Requests per rate-limit window for this key (default RATE_LIMIT_REQUESTS)', example: 600 }),
    expiresAt: z.iso.datetime({ offset: true }).optional().meta({ description: 'When the key stops working (ISO 8601, in the future); absent: never', example: '2027-06-30T00:00:00Z' }),
    approverIdentity: z.string().min(1).max(200).optional().meta({
      description: 'The person or team behind the key (stored lower case). Required with `approver` or `admin`: approvals count distinct identities and never the requester\'s. Absent: `key:<id>`, a party of its own',
      example: 'alice@example.com',
    }),
  })
  .meta({ id: 'CreateApiKeyRequest', description: 'A new API key' })

const ListQuery = PageQuery.extend({
  clientId: Uuid.optional().meta({ description: 'Only the keys of this API client' }),
  revoked: z.enum(['true', 'false']).optional().meta({ description: 'Only revoked (`true`) or only active (`false`) keys', example: 'false' }),
})

export const apiKeyRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/admin/api-keys',
    operationId: 'createApiKey',
    summary: 'Create an API key',
    description:
      'The response is the only time the secret `key` is shown; the service keeps only its SHA-256 hash. It is sent with `Cache-Control: no-store`. With an `Idempotency-Key`, the stored response omits the secret and a repeated request is answered 409 `idempotency_response_withheld` (with `resourceId`, the key created first) instead of a replay. A key with the `approver` or `admin` scope needs `approverIdentity` and is created `pending_approval`: it is refused (401 `api_key_not_approved`) until an admin of another identity approves it (`POST /v1/admin/api-keys/{keyId}/approve`). Every call is in the audit log.',
    tags: ['Admin'],
    scope: 'admin',
    idempotency: 'optional',
    secretFields: ['key'],
    body: CreateKeyBody,
    responses: { 201: { description: 'The key with its secret', schema: CreatedApiKey } },
    errors: ['validation_failed'],
    async handler({ deps, body, principal }) {
      const k = await createApiKey(deps.db, {
        requestedBy: { keyId: principal!.keyId, identity: principal!.identity },
        ...(body.approverIdentity !== undefined ? { approverIdentity: body.approverIdentity } : {}),
        name: body.name,
        scopes: body.scopes,
        ...(body.clientId ? { clientId: body.clientId } : {}),
        ...(body.allowedCidrs ? { allowedCidrs: body.allowedCidrs } : {}),
        ...(body.rateLimit ? { rateLimit: body.rateLimit } : {}),
        ...(body.expiresAt ? { expiresAt: new Date(body.expiresAt) } : {}),
      })
      return { status: 201, body: { ...apiKeyView(k.record), key: k.key } }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/admin/api-keys',
    operationId: 'listApiKeys',
    summary: 'List API keys',
    tags: ['Admin'],
    scope: 'admin',
    query: ListQuery,
    responses: { 200: { description: 'A page of keys, newest first (never their secrets)', schema: listOf(ApiKey, 'ApiKeyList') } },
    async handler({ deps, query }) {
      const items = await listApiKeyViews(
        deps,
        { ...(query.clientId ? { clientId: query.clientId } : {}), ...(query.revoked ? { revoked: query.revoked === 'true' } : {}) },
        { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) },
      )
      return { status: 200, body: pageOf(items, query.limit, (k) => k.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/admin/api-keys/{keyId}',
    operationId: 'getApiKey',
    summary: 'Get an API key',
    tags: ['Admin'],
    scope: 'admin',
    params: KeyParams,
    responses: { 200: { description: 'The key (never its secret)', schema: ApiKey } },
    errors: ['api_key_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getApiKeyView(deps, params.keyId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/admin/api-keys/{keyId}/approve',
    operationId: 'approveApiKey',
    summary: 'Approve a pending privileged API key',
    description:
      'Activates a key with the `approver` or `admin` scope that was minted through the API. The approving admin must be another party than the one who minted it (not the same key, API client or approver identity) and not the identity the key is for. Recorded in the key (`approvedBy`) and the audit log.',
    tags: ['Admin'],
    scope: 'admin',
    idempotency: 'optional',
    params: KeyParams,
    responses: { 200: { description: 'The key, now active', schema: ApiKey } },
    errors: ['api_key_not_found', 'invalid_state', 'approval_not_allowed'],
    async handler({ deps, params, principal }) {
      return { status: 200, body: await approveApiKey(deps.db, params.keyId, partyOf(principal!)) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/admin/api-keys/{keyId}/revoke',
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    description: 'From the next request on the key is refused with 401. Revocation is final and idempotent.',
    tags: ['Admin'],
    scope: 'admin',
    params: KeyParams,
    responses: { 200: { description: 'The revoked key', schema: ApiKey } },
    errors: ['api_key_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await revokeApiKey(deps.db, params.keyId) }
    },
  }),
]

/**
 * Read side of API keys: the public shape never contains the secret or its hash.
 */
import { getApiKey, listApiKeys, type ApiKeyRow } from '../../db/apiKeys'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'

export function apiKeyView(k: ApiKeyRow) {
  return {
    id: k.id,
    clientId: k.clientId,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    allowedCidrs: k.allowedCidrs,
    rateLimit: k.rateLimit,
    expiresAt: k.expiresAt ? k.expiresAt.toISOString() : null,
    createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt ? k.revokedAt.toISOString() : null,
    lastUsedAt: k.lastUsedAt ? k.lastUsedAt.toISOString() : null,
    approverIdentity: k.approverIdentity,
    status: k.status,
    requestedBy: k.requestedByKeyId && k.requestedByIdentity ? { apiKeyId: k.requestedByKeyId, identity: k.requestedByIdentity } : null,
    approvedBy: k.approvedByKeyId && k.approvedByIdentity && k.approvedAt ? { apiKeyId: k.approvedByKeyId, identity: k.approvedByIdentity, approvedAt: k.approvedAt.toISOString() } : null,
  }
}
export type ApiKeyView = ReturnType<typeof apiKeyView>

/** @throws AppError `api_key_not_found` */
export async function getApiKeyView(deps: Deps, id: string): Promise<ApiKeyView> {
  const k = await getApiKey(deps.db, id)
  if (!k) throw new AppError('api_key_not_found', `API key ${id} does not exist`)
  return apiKeyView(k)
}

export async function listApiKeyViews(deps: Pick<Deps, 'db'>, filter: { clientId?: string; revoked?: boolean }, page: Page): Promise<ApiKeyView[]> {
  const rows = await listApiKeys(deps.db, filter, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })
  return rows.map(apiKeyView)
}

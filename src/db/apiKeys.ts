/**
 * API clients and their keys. Keys are stored only as SHA-256 hashes (they are 256-bit random, so a
 * plain hash resists brute force); the clear key is shown once, at creation. Revocation is final (a
 * trigger refuses to undo it).
 */
import type { DbOrTx } from './client'

export interface ApiKeyRow {
  id: string
  clientId: string
  name: string
  prefix: string
  scopes: string[]
  /** CIDR blocks the key may be used from; empty = anywhere */
  allowedCidrs: string[]
  /** requests per rate-limit window; null = the configured default */
  rateLimit: number | null
  /** from this time on the key authenticates nothing; null = no expiry */
  expiresAt: Date | null
  createdAt: Date
  revokedAt: Date | null
  lastUsedAt: Date | null
  /** the person or team behind the key (lower case); `key:<id>` when none was given */
  approverIdentity: string
  /** `pending_approval`: a privileged key minted through the API, unusable until another admin identity approves it */
  status: ApiKeyStatus
  requestedByKeyId: string | null
  requestedByIdentity: string | null
  approvedByKeyId: string | null
  approvedByIdentity: string | null
  approvedAt: Date | null
}

export type ApiKeyStatus = 'pending_approval' | 'active'

const SELECT = {
  id: true,
  clientId: true,
  name: true,
  prefix: true,
  scopes: true,
  allowedCidrs: true,
  rateLimit: true,
  expiresAt: true,
  createdAt: true,
  revokedAt: true,
  lastUsedAt: true,
  approverIdentity: true,
  status: true,
  requestedByKeyId: true,
  requestedByIdentity: true,
  approvedByKeyId: true,
  approvedByIdentity: true,
  approvedAt: true,
} as const

type SelectedKey = { status: string } & Omit<ApiKeyRow, 'status'>
const mapKey = <T extends SelectedKey | null>(r: T): T extends null ? ApiKeyRow | null : ApiKeyRow => (r ? { ...r, status: r.status as ApiKeyStatus } : null) as never

export async function insertClient(db: DbOrTx, c: { id: string; name: string }): Promise<void> {
  await db.apiClient.create({ data: c })
}

export async function clientExists(db: DbOrTx, id: string): Promise<boolean> {
  return (await db.apiClient.count({ where: { id } })) > 0
}

export async function insertApiKey(
  db: DbOrTx,
  k: {
    id: string
    clientId: string
    name: string
    prefix: string
    keyHash: Uint8Array
    scopes: string[]
    allowedCidrs?: string[]
    rateLimit?: number | null
    expiresAt?: Date | null
    approverIdentity: string
    status?: ApiKeyStatus
    requestedByKeyId?: string | null
    requestedByIdentity?: string | null
  },
): Promise<ApiKeyRow> {
  return mapKey(await db.apiKey.create({ data: { ...k, keyHash: Buffer.from(k.keyHash), allowedCidrs: k.allowedCidrs ?? [], rateLimit: k.rateLimit ?? null, expiresAt: k.expiresAt ?? null }, select: SELECT }))
}

/**
 * Activates a pending key, recording its approver (the database refuses an approver of the requester's
 * or the key's own identity).
 * @returns the key as it is now, or null when it was not pending (or does not exist, or is revoked)
 */
export async function activateApiKey(db: DbOrTx, id: string, approver: { keyId: string; identity: string }): Promise<ApiKeyRow | null> {
  const n = await db.$executeRaw`
    UPDATE api_keys SET status = 'active', approved_by_key_id = ${approver.keyId}::uuid, approved_by_identity = ${approver.identity}, approved_at = now()
     WHERE id = ${id}::uuid AND status = 'pending_approval' AND revoked_at IS NULL`
  return n ? getApiKey(db, id) : null
}

export async function findApiKeyByHash(db: DbOrTx, keyHash: Uint8Array): Promise<ApiKeyRow | null> {
  return mapKey(await db.apiKey.findUnique({ where: { keyHash: Buffer.from(keyHash) }, select: SELECT }))
}

export async function getApiKey(db: DbOrTx, id: string): Promise<ApiKeyRow | null> {
  return mapKey(await db.apiKey.findUnique({ where: { id }, select: SELECT }))
}

/** Keys newest first, optionally of one client; `before` is the last id of the previous page. */
export async function listApiKeys(db: DbOrTx, filter: { clientId?: string; revoked?: boolean }, page: { limit: number; before?: string }): Promise<ApiKeyRow[]> {
  const rows = await db.apiKey.findMany({
    where: {
      ...(filter.clientId ? { clientId: filter.clientId } : {}),
      ...(filter.revoked === undefined ? {} : filter.revoked ? { revokedAt: { not: null } } : { revokedAt: null }),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: page.limit,
    select: SELECT,
  })
  return rows.map((r) => mapKey(r))
}

/**
 * Revokes a key (idempotent: a revoked key keeps its first `revokedAt`).
 * @returns the key as it is now, or null when it does not exist
 */
export async function revokeApiKey(db: DbOrTx, id: string): Promise<ApiKeyRow | null> {
  await db.$executeRaw`UPDATE api_keys SET revoked_at = now() WHERE id = ${id}::uuid AND revoked_at IS NULL`
  return getApiKey(db, id)
}

/** Records use of a key, at most once a minute per key (keeps the hot path free of writes). */
export async function touchApiKey(db: DbOrTx, id: string): Promise<void> {
  await db.$executeRaw`UPDATE api_keys SET last_used_at = now()
                        WHERE id = ${id}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`
}

export async function countActiveApiKeys(db: DbOrTx): Promise<number> {
  return db.apiKey.count({ where: { revokedAt: null } })
}

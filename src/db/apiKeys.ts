/**
 * API clients and their keys. Keys are stored only as SHA-256 hashes (they are 256-bit random, so a
 * plain hash resists brute force); the clear key is shown once, at creation.
 */
import type { DbOrTx } from './client'

export interface ApiKeyRow {
  id: string
  clientId: string
  name: string
  prefix: string
  scopes: string[]
  createdAt: Date
  revokedAt: Date | null
  lastUsedAt: Date | null
}

export async function insertClient(db: DbOrTx, c: { id: string; name: string }): Promise<void> {
  await db.apiClient.create({ data: c })
}

export async function insertApiKey(db: DbOrTx, k: { id: string; clientId: string; name: string; prefix: string; keyHash: Uint8Array; scopes: string[] }): Promise<ApiKeyRow> {
  const row = await db.apiKey.create({ data: { ...k, keyHash: Buffer.from(k.keyHash) } })
  const { keyHash: _omit, ...rest } = row
  return rest
}

export async function findApiKeyByHash(db: DbOrTx, keyHash: Uint8Array): Promise<ApiKeyRow | null> {
  return db.apiKey.findUnique({
    where: { keyHash: Buffer.from(keyHash) },
    select: { id: true, clientId: true, name: true, prefix: true, scopes: true, createdAt: true, revokedAt: true, lastUsedAt: true },
  })
}

/** Records use of a key, at most once a minute per key (keeps the hot path free of writes). */
export async function touchApiKey(db: DbOrTx, id: string): Promise<void> {
  await db.$executeRaw`UPDATE api_keys SET last_used_at = now()
                        WHERE id = ${id}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`
}

export async function countActiveApiKeys(db: DbOrTx): Promise<number> {
  return db.apiKey.count({ where: { revokedAt: null } })
}

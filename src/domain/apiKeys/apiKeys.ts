/**
 * API keys: random 256-bit secrets shown once, stored as SHA-256 hashes, with scopes.
 *
 * Format: `csk_` + 43 base64url characters. The first 12 characters are kept as a `prefix` so
 * operators can recognise a key in lists without the secret.
 */
import { createHash, randomBytes } from 'node:crypto'
import { countActiveApiKeys, findApiKeyByHash, insertApiKey, insertClient, touchApiKey, type ApiKeyRow } from '../../db/apiKeys'
import type { DbOrTx } from '../../db/client'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'

export const SCOPES = [
  'wallets:read',
  'wallets:write',
  'withdrawals:read',
  'withdrawals:write',
  'deposits:read',
  'ledger:read',
  'ledger:write',
  'events:read',
  'webhooks:read',
  'webhooks:write',
  'admin',
] as const
export type Scope = (typeof SCOPES)[number]

export interface Principal {
  keyId: string
  clientId: string
  scopes: ReadonlySet<string>
}

export function hashApiKey(key: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(key, 'utf8').digest())
}

export interface CreatedApiKey {
  /** the secret; shown once, never stored */
  key: string
  record: ApiKeyRow
}

/**
 * Creates an API key (and, without `clientId`, a new API client for it).
 * @param scopes scopes from {@link SCOPES}; `admin` implies all
 */
export async function createApiKey(db: DbOrTx, input: { name: string; scopes: string[]; clientId?: string; clientName?: string }): Promise<CreatedApiKey> {
  const unknown = input.scopes.filter((s) => !(SCOPES as readonly string[]).includes(s))
  if (unknown.length) throw new AppError('validation_failed', `unknown scopes: ${unknown.join(', ')}`)
  const clientId = input.clientId ?? newId()
  if (!input.clientId) await insertClient(db, { id: clientId, name: input.clientName ?? input.name })
  const key = 'csk_' + randomBytes(32).toString('base64url')
  const record = await insertApiKey(db, { id: newId(), clientId, name: input.name, prefix: key.slice(0, 12), keyHash: hashApiKey(key), scopes: input.scopes })
  return { key, record }
}

/**
 * Resolves a bearer key to its principal.
 * @throws AppError `unauthorized` for an unknown or revoked key
 */
export async function authenticate(db: DbOrTx, key: string): Promise<Principal> {
  if (!/^csk_[A-Za-z0-9_-]{43}$/.test(key)) throw new AppError('unauthorized', 'malformed API key')
  const row = await findApiKeyByHash(db, hashApiKey(key))
  if (!row || row.revokedAt) throw new AppError('unauthorized', 'unknown or revoked API key')
  void touchApiKey(db, row.id).catch(() => undefined)
  return { keyId: row.id, clientId: row.clientId, scopes: new Set(row.scopes) }
}

/** True when `p` may use a route needing `scope` (`admin` grants every scope). */
export function hasScope(p: Principal, scope: string): boolean {
  return p.scopes.has(scope) || p.scopes.has('admin')
}

/**
 * Creates the first admin key when no active key exists (used by `npm run dev` and the CLI).
 * @returns the new key, or null when keys exist already
 */
export async function bootstrapApiKey(db: DbOrTx): Promise<CreatedApiKey | null> {
  if ((await countActiveApiKeys(db)) > 0) return null
  return createApiKey(db, { name: 'bootstrap', clientName: 'bootstrap', scopes: ['admin'] })
}

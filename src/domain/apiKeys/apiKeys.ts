/**
 * API keys: random 256-bit secrets shown once, stored as SHA-256 hashes, with scopes, an optional IP
 * allowlist (CIDR blocks) and an optional request budget of their own per rate-limit window.
 *
 * Format: `csk_` + 43 base64url characters. The first 12 characters are kept as a `prefix` so
 * operators can recognise a key in lists without the secret.
 */
import { createHash, randomBytes } from 'node:crypto'
import { clientExists, countActiveApiKeys, findApiKeyByHash, insertApiKey, insertClient, touchApiKey, type ApiKeyRow } from '../../db/apiKeys'
import type { DbOrTx } from '../../db/client'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { defaultIdentityOf, normaliseIdentity } from '../approvals/party'
import { normaliseCidrs } from './ipAllowlist'

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
  'policies:read',
  'policies:write',
  'approver',
  'audit:read',
  'admin',
] as const
export type Scope = (typeof SCOPES)[number]

export interface Principal {
  keyId: string
  clientId: string
  scopes: ReadonlySet<string>
  /** CIDR blocks the key may be used from; empty = anywhere */
  allowedCidrs: readonly string[]
  /** requests per rate-limit window; null = the configured default */
  rateLimit: number | null
  /** the person or team behind the key (see src/domain/approvals/party.ts) */
  identity: string
}

/** Scopes that let a key approve or grant: minted through the API, such a key waits for a second admin identity. */
export const PRIVILEGED_SCOPES: readonly Scope[] = ['approver', 'admin']

/** True when `scopes` hold `approver` or `admin`. */
export function isPrivileged(scopes: readonly string[]): boolean {
  return scopes.some((s) => (PRIVILEGED_SCOPES as readonly string[]).includes(s))
}

export function hashApiKey(key: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(key, 'utf8').digest())
}

export interface CreatedApiKey {
  /** the secret; shown once, never stored */
  key: string
  record: ApiKeyRow
}

export interface CreateApiKeyInput {
  name: string
  /** scopes from {@link SCOPES}; `admin` implies all */
  scopes: string[]
  /** an existing API client to add the key to; without it a new client is created */
  clientId?: string
  clientName?: string
  /** CIDR blocks (or single addresses) the key may be used from; empty or absent = anywhere */
  allowedCidrs?: string[]
  /** requests per rate-limit window for this key; absent = RATE_LIMIT_REQUESTS */
  rateLimit?: number | null
  /** the key stops authenticating at this time (must be in the future); absent = never */
  expiresAt?: Date | null
  /**
   * the person or team behind the key (any case; stored lower case). Absent: `key:<id>`, a party of its
   * own. The API route requires it for keys with `approver` or `admin`.
   */
  approverIdentity?: string
  /**
   * the API key that asks for it (the admin route): a key with `approver` or `admin` is then created
   * `pending_approval` and works only once an admin of another identity approved it
   * ({@link approveApiKey}). Absent (operator CLI, dev bootstrap, tests): created active.
   */
  requestedBy?: { keyId: string; identity: string }
}

/**
 * Creates an API key (and, without `clientId`, a new API client for it). The secret is returned once
 * and stored only as its SHA-256 hash. Asked for by an API key (`requestedBy`), a key with `approver` or
 * `admin` is created `pending_approval` (refused with 401 `api_key_not_approved` until an admin of
 * another identity approves it, see approveApiKey.ts) and needs an `approverIdentity`.
 * @throws AppError `validation_failed` (unknown scope, malformed CIDR, unknown client, missing or
 *         malformed approverIdentity, expiry not in the future)
 */
export async function createApiKey(db: DbOrTx, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const unknown = input.scopes.filter((s) => !(SCOPES as readonly string[]).includes(s))
  if (unknown.length) {
    throw new AppError('validation_failed', `unknown scopes: ${unknown.join(', ')} (known: ${SCOPES.join(', ')})`, {
      errors: unknown.map((s) => ({ pointer: `/scopes/${input.scopes.indexOf(s)}`, detail: `unknown scope "${s}"` })),
    })
  }
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new AppError('validation_failed', 'expiresAt must be in the future', { errors: [{ pointer: '/expiresAt', detail: 'not in the future' }] })
  }
  if (input.requestedBy && isPrivileged(input.scopes) && input.approverIdentity === undefined) {
    throw new AppError('validation_failed', 'a key with the approver or admin scope needs approverIdentity (the person or team behind it)', {
      errors: [{ pointer: '/approverIdentity', detail: 'required with the approver or admin scope' }],
    })
  }
  if (!input.scopes.length) throw new AppError('validation_failed', 'a key needs at least one scope', { errors: [{ pointer: '/scopes', detail: 'empty' }] })
  const { cidrs, errors } = normaliseCidrs(input.allowedCidrs ?? [], '/allowedCidrs')
  if (errors.length) throw new AppError('validation_failed', errors.map((e) => e.detail).join('; '), { errors })
  if (input.clientId && !(await clientExists(db, input.clientId))) {
    throw new AppError('validation_failed', `API client ${input.clientId} does not exist`, { errors: [{ pointer: '/clientId', detail: 'unknown client' }] })
  }
  const clientId = input.clientId ?? newId()
  if (!input.clientId) await insertClient(db, { id: clientId, name: input.clientName ?? input.name })
  const key = 'csk_' + randomBytes(32).toString('base64url')
  const id = newId()
  const identity = input.approverIdentity === undefined ? defaultIdentityOf(id) : normaliseIdentity(input.approverIdentity)
  const pending = !!input.requestedBy && isPrivileged(input.scopes)
  const record = await insertApiKey(db, {
    id,
    approverIdentity: identity,
    ...(input.requestedBy ? { requestedByKeyId: input.requestedBy.keyId, requestedByIdentity: input.requestedBy.identity } : {}),
    ...(pending ? { status: 'pending_approval' as const } : {}),
    clientId,
    name: input.name,
    prefix: key.slice(0, 12),
    keyHash: hashApiKey(key),
    scopes: [...new Set(input.scopes)],
    allowedCidrs: cidrs,
    rateLimit: input.rateLimit ?? null,
    expiresAt: input.expiresAt ?? null,
  })
  return { key, record }
}

// Per process: when each key's last_used_at was last written, so that the hot path skips the UPDATE
// (the column has minute resolution anyway).
const touched = new Map<string, number>()

/**
 * Resolves a bearer key to its principal.
 * @throws AppError `unauthorized` for an unknown or revoked key
 */
export async function authenticate(db: DbOrTx, key: string): Promise<Principal> {
  if (!/^csk_[A-Za-z0-9_-]{43}$/.test(key)) throw new AppError('unauthorized', 'malformed API key')
  const row = await findApiKeyByHash(db, hashApiKey(key))
  if (!row || row.revokedAt) throw new AppError('unauthorized', 'unknown or revoked API key')
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) throw new AppError('unauthorized', 'this API key has expired')
  if (row.status !== 'active') throw new AppError('api_key_not_approved', `API key ${row.id} has the approver or admin scope and awaits approval by an admin of another identity`)
  const now = Date.now()
  if ((touched.get(row.id) ?? 0) < now - 60_000) {
    if (touched.size > 10_000) touched.clear()
    touched.set(row.id, now)
    void touchApiKey(db, row.id).catch(() => undefined)
  }
  return { keyId: row.id, clientId: row.clientId, scopes: new Set(row.scopes), allowedCidrs: row.allowedCidrs, rateLimit: row.rateLimit, identity: row.approverIdentity }
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
  return createApiKey(db, { name: 'bootstrap', clientName: 'bootstrap', scopes: ['admin'], approverIdentity: 'bootstrap' })
}

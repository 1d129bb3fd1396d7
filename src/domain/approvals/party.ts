/**
 * Parties of the four-eyes rule: who counts as "someone else" when a control needs a second person.
 *
 * A party is a person or team, not an API key. Every API key carries an approver identity (set when it
 * is minted, never changed; lower case) and belongs to one API client. Two principals are the SAME
 * party when any of these holds:
 *  - they are the same API key;
 *  - their keys belong to the same API client (a client's keys are one integration, one team);
 *  - their keys carry the same approver identity (one person holding keys in several clients).
 *
 * The rules every approval flow applies (withdrawal approvals, minting privileged API keys, ledger
 * adjustments, policy changes):
 *  1. the approver must not be the requester's party ({@link assertOtherParty});
 *  2. a quorum counts distinct parties ({@link countDistinctParties}): two keys of one identity (or of one API client)
 *     count once.
 *
 * This follows the maker-checker (four-eyes) principle of segregation of duties, e.g. ISO 27001
 * Annex A 5.3 and the approval quorums of institutional custody (Fireblocks, BitGo).
 */
import { getApiKey } from '../../db/apiKeys'
import type { DbOrTx } from '../../db/client'
import { AppError, type ErrorCode } from '../../lib/errors'

/** One side of an approval: the API key, its API client and the identity behind it. */
export interface Party {
  keyId: string
  clientId: string
  /** the person or team (normalised: trimmed, lower case) */
  identity: string
}

/** The identity a key gets when none was given: a party of its own (`key:<id>`). */
export function defaultIdentityOf(keyId: string): string {
  return `key:${keyId}`
}

/**
 * Normalises an approver identity: NFC, trimmed, lower case (so `Alice@Example.com` and
 * `alice@example.com ` are one party).
 *
 * @returns the normalised identity
 * @throws AppError `validation_failed` (pointer `pointer`) when it is empty, longer than 200 characters
 *         or holds control, bidi or zero-width characters
 */
export function normaliseIdentity(identity: string, pointer = '/approverIdentity'): string {
  const v = identity.normalize('NFC').trim().toLowerCase()
  // eslint-disable-next-line no-control-regex
  if (!v || v.length > 200 || /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(v)) {
    throw new AppError('validation_failed', 'approverIdentity must be 1–200 printable characters', { errors: [{ pointer, detail: 'empty, too long or not printable' }] })
  }
  return v
}

/**
 * The party of an API key row or principal.
 * @param key `{ id | keyId, clientId, approverIdentity | identity }`
 */
export function partyOf(key: { id?: string; keyId?: string; clientId: string; approverIdentity?: string; identity?: string }): Party {
  const keyId = key.keyId ?? key.id
  const identity = key.identity ?? key.approverIdentity
  if (!keyId || !identity) throw new AppError('internal', 'partyOf: a key id and an identity are required')
  return { keyId, clientId: key.clientId, identity }
}

/** True when `a` and `b` are one party: same key, same API client, or same approver identity. */
export function sameParty(a: Party, b: Party): boolean {
  return a.keyId === b.keyId || a.clientId === b.clientId || a.identity === b.identity
}

/**
 * Refuses an approval by the requester's own party.
 *
 * @param requester who asked (null: the system or the operator CLI, no party to exclude)
 * @param approver who approves
 * @param what the object, for the message (`withdrawal 0190…`)
 * @throws AppError `approval_not_allowed` (403) when {@link sameParty}
 */
export function assertOtherParty(requester: Party | null, approver: Party, what: string, code: ErrorCode = 'approval_not_allowed'): void {
  if (!requester || !sameParty(requester, approver)) return
  const why =
    requester.keyId === approver.keyId
      ? 'is the key that requested it'
      : requester.clientId === approver.clientId
        ? "belongs to the requester's API client"
        : `has the requester's approver identity "${approver.identity}"`
  throw new AppError(code, `API key ${approver.keyId} ${why} and cannot approve ${what}; another party must`)
}

/**
 * Number of distinct parties among `parties` (the size of a quorum): approvals that share an approver
 * identity, or an API client when `clientId` is given, are one party (one person, or one integration,
 * counts once). Counted as the connected groups of that relation.
 */
export function countDistinctParties(parties: readonly (Pick<Party, 'identity'> & { clientId?: string })[]): number {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r)!
    parent.set(x, r)
    return r
  }
  const add = (x: string) => (parent.has(x) ? x : (parent.set(x, x), x))
  for (const p of parties) {
    const a = find(add(`identity:${p.identity}`))
    if (p.clientId === undefined) continue
    const b = find(add(`client:${p.clientId}`))
    if (a !== b) parent.set(a, b)
  }
  return new Set(parties.map((p) => find(`identity:${p.identity}`))).size
}

/** The party of API key `keyId` as stored, or null when the key does not exist. */
export async function loadParty(db: DbOrTx, keyId: string | null): Promise<Party | null> {
  if (!keyId) return null
  const k = await getApiKey(db, keyId)
  return k ? partyOf(k) : null
}

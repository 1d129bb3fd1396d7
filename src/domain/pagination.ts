import { AppError } from '../lib/errors'

/**
 * Cursor pagination: `limit` (1–200, default 50) and an opaque `cursor`; lists return
 * `{ data, nextCursor }` where `nextCursor` is null on the last page.
 */
export interface Page {
  limit: number
  /** decoded cursor (the last id / sequence of the previous page) */
  cursor?: string
}

export function encodeCursor(v: string): string {
  return Buffer.from(v, 'utf8').toString('base64url')
}

/** Largest Postgres `bigint` (2^63 − 1): the bound of every sequence number and version. */
export const MAX_SEQUENCE = 9_223_372_036_854_775_807n

/**
 * What the cursor of a list holds, by list:
 *  - `id`: the id (UUID) of the last item (wallets, addresses, withdrawals, deposits, sweeps, …);
 *  - `sequence`: a non-negative Postgres `bigint` (events, the audit log, an account's entries);
 *  - `address-asset`: `{address}|{asset}` of the last line of a reconciliation report.
 */
export type CursorKind = 'id' | 'sequence' | 'address-asset'

const CURSOR_FORMS: Record<CursorKind, RegExp> = {
  id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  sequence: /^(0|[1-9][0-9]{0,18})$/,
  'address-asset': /^0x[0-9a-f]{40}\|[1-9][0-9]{0,15}:(native|0x[0-9a-f]{40})$/,
}

function invalidCursor(pointer: string, detail: string): AppError {
  return new AppError('invalid_cursor', `${pointer.replace('/query/', '')} is not a cursor of this list (${detail}); pass \`nextCursor\` as it was returned`, { errors: [{ pointer, detail }] })
}

/**
 * Decodes a cursor made by {@link encodeCursor} for a list whose cursors are of `kind`. A cursor of
 * another list, a tampered one or one out of range is refused before any query runs.
 *
 * @param c the `cursor` query parameter (base64url)
 * @returns the decoded value (a UUID, a decimal `bigint` in [0, 2^63 − 1], or `address|asset`)
 * @throws AppError `invalid_cursor` (400, pointer `/query/cursor`)
 */
export function decodeCursor(c: string, kind: CursorKind): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(c)) throw invalidCursor('/query/cursor', 'not base64url')
  const v = Buffer.from(c, 'base64url').toString('utf8')
  if (!CURSOR_FORMS[kind].test(v)) throw invalidCursor('/query/cursor', `not a ${kind} cursor`)
  if (kind === 'sequence' && BigInt(v) > MAX_SEQUENCE) throw invalidCursor('/query/cursor', 'out of range')
  return v
}

/**
 * Checks a sequence number given in clear (e.g. `?after=1042` of the event feed).
 * @param pointer JSON pointer of the parameter, e.g. `/query/after`
 * @returns the value as a bigint in [0, 2^63 − 1]
 * @throws AppError `invalid_cursor` (400) when it is not a decimal integer in that range
 */
export function parseSequence(v: string, pointer: string): bigint {
  if (!CURSOR_FORMS.sequence.test(v) || BigInt(v) > MAX_SEQUENCE) throw invalidCursor(pointer, 'not a sequence number in [0, 2^63 - 1]')
  return BigInt(v)
}

/** Builds `{ data, nextCursor }` from a page fetched with `limit` items. */
export function pageOf<T>(items: T[], limit: number, cursorOf: (last: T) => string): { data: T[]; nextCursor: string | null } {
  const last = items[items.length - 1]
  return { data: items, nextCursor: items.length === limit && last !== undefined ? encodeCursor(cursorOf(last)) : null }
}

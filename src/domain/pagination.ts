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

/**
 * Decodes a cursor made by {@link encodeCursor}: an id (UUID) or a sequence number.
 * @throws AppError `validation_failed` (pointer `/query/cursor`) for anything else
 */
export function decodeCursor(c: string): string {
  const v = Buffer.from(c, 'base64url').toString('utf8')
  if (!/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]{1,19})$/i.test(v)) {
    throw new AppError('validation_failed', 'cursor is not a cursor of this list (pass `nextCursor` as it was returned)', { errors: [{ pointer: '/query/cursor', detail: 'invalid cursor' }] })
  }
  return v
}

/** Builds `{ data, nextCursor }` from a page fetched with `limit` items. */
export function pageOf<T>(items: T[], limit: number, cursorOf: (last: T) => string): { data: T[]; nextCursor: string | null } {
  const last = items[items.length - 1]
  return { data: items, nextCursor: items.length === limit && last !== undefined ? encodeCursor(cursorOf(last)) : null }
}

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

export function decodeCursor(c: string): string {
  return Buffer.from(c, 'base64url').toString('utf8')
}

/** Builds `{ data, nextCursor }` from a page fetched with `limit` items. */
export function pageOf<T>(items: T[], limit: number, cursorOf: (last: T) => string): { data: T[]; nextCursor: string | null } {
  const last = items[items.length - 1]
  return { data: items, nextCursor: items.length === limit && last !== undefined ? encodeCursor(cursorOf(last)) : null }
}

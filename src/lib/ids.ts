import { v7 as uuidv7 } from 'uuid'

/**
 * New resource id: a UUIDv7 (RFC 9562), time-ordered so ids sort by creation time, which keeps
 * B-tree inserts local and lets list endpoints paginate by id.
 */
export function newId(): string {
  return uuidv7()
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(s: string): boolean {
  return UUID_RE.test(s)
}

/**
 * Records one audit event: who (API key and client, or the CLI operator), what (operation and
 * resource), when, from where (client IP) and the result (HTTP status, error code).
 *
 * Only identifiers go in: never a request body, a header, a key or any other secret.
 */
import { insertAuditEvent, type NewAuditEvent } from '../../db/audit'
import type { DbOrTx } from '../../db/client'
import { newId } from '../../lib/ids'

export type AuditInput = Omit<NewAuditEvent, 'id'>

/** Inserts the event. Throws what Postgres throws (callers on the request path log and go on). */
export async function recordAuditEvent(db: DbOrTx, e: AuditInput): Promise<void> {
  await insertAuditEvent(db, { id: newId(), ...e })
}

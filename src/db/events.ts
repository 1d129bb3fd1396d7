/**
 * The transactional outbox: every state change a client can observe is written here in the same
 * database transaction as the change itself.
 */
import { newId } from '../lib/ids'
import type { DbOrTx, DbTx } from './client'

export interface NewEvent {
  type: string
  data: Record<string, unknown>
  walletId?: string | null
}

/**
 * Appends events in the caller's transaction, in one statement whatever their number (a catch-up
 * batch of the chain follower writes thousands), in the order given (`seq` follows it).
 */
export async function insertEvents(tx: DbTx, events: NewEvent[]): Promise<void> {
  if (!events.length) return
  await tx.$executeRaw`
    INSERT INTO events (id, type, data, wallet_id)
    SELECT id, type, data, wallet_id
      FROM unnest(${events.map(() => newId())}::uuid[], ${events.map((e) => e.type)}::text[],
                  ${events.map((e) => JSON.stringify(e.data))}::jsonb[], ${events.map((e) => e.walletId ?? null)}::uuid[])
           WITH ORDINALITY AS t(id, type, data, wallet_id, n)
     ORDER BY n`
}

export interface EventRow {
  id: string
  seq: bigint
  type: string
  data: unknown
  walletId: string | null
  createdAt: Date
}

export async function listEvents(db: DbOrTx, filter: { type?: string; walletId?: string }, page: { limit: number; afterSeq?: bigint }): Promise<EventRow[]> {
  return (await db.event.findMany({
    where: {
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(page.afterSeq !== undefined ? { seq: { gt: page.afterSeq } } : {}),
    },
    orderBy: { seq: 'asc' },
    take: page.limit,
  })) as EventRow[]
}

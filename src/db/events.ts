/**
 * The transactional outbox: every state change a client can observe is written here in the same
 * database transaction as the change itself.
 */
import type { Prisma } from '../generated/prisma/client'
import { newId } from '../lib/ids'
import type { DbOrTx, DbTx } from './client'

export interface NewEvent {
  type: string
  data: Record<string, unknown>
  walletId?: string | null
}

/** Appends events in the caller's transaction. */
export async function insertEvents(tx: DbTx, events: NewEvent[]): Promise<void> {
  if (!events.length) return
  await tx.event.createMany({
    data: events.map((e) => ({ id: newId(), type: e.type, data: e.data as Prisma.InputJsonValue, walletId: e.walletId ?? null })),
  })
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

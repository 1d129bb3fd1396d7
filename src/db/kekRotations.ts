/**
 * KEK rotations and the wrapped data keys they re-wrap.
 */
import type { DbOrTx, DbTx } from './client'

export type KekRotationStatus = 'running' | 'completed' | 'failed'

export interface KekRotationRow {
  id: string
  backend: string
  targetKekId: string
  status: KekRotationStatus
  total: number
  rewrapped: number
  cursor: string | null
  lastError: string | null
  createdBy: string | null
  createdAt: Date
  updatedAt: Date
  completedAt: Date | null
}

/** A data key to re-wrap. */
export interface WrappedKeyRow {
  walletId: string
  kekId: string
  wrappedDataKey: Uint8Array
}

export async function insertKekRotation(tx: DbTx, r: Pick<KekRotationRow, 'id' | 'backend' | 'targetKekId' | 'total' | 'createdBy'>): Promise<KekRotationRow> {
  return (await tx.kekRotation.create({ data: { ...r, status: 'running' } })) as KekRotationRow
}

export async function getKekRotation(db: DbOrTx, id: string): Promise<KekRotationRow | null> {
  return (await db.kekRotation.findUnique({ where: { id } })) as KekRotationRow | null
}

export async function findRunningKekRotation(db: DbOrTx, backend: string): Promise<KekRotationRow | null> {
  return (await db.kekRotation.findFirst({ where: { backend, status: 'running' } })) as KekRotationRow | null
}

export async function listKekRotations(db: DbOrTx, page: { limit: number; before?: string }): Promise<KekRotationRow[]> {
  return (await db.kekRotation.findMany({
    where: page.before ? { id: { lt: page.before } } : {},
    orderBy: { id: 'desc' },
    take: page.limit,
  })) as KekRotationRow[]
}

/** Number of data keys of `backend` not yet wrapped under `targetKekId`. */
export async function countToRewrap(db: DbOrTx, backend: string, targetKekId: string): Promise<number> {
  return db.walletSecret.count({ where: { backend, kekId: { not: null, notIn: [targetKekId] } } })
}

/** The next data keys to re-wrap after `cursor` (wallet id order). */
export async function nextToRewrap(db: DbOrTx, backend: string, targetKekId: string, cursor: string | null, limit: number): Promise<WrappedKeyRow[]> {
  const rows = await db.walletSecret.findMany({
    where: { backend, kekId: { not: null, notIn: [targetKekId] }, ...(cursor ? { walletId: { gt: cursor } } : {}) },
    orderBy: { walletId: 'asc' },
    take: limit,
    select: { walletId: true, kekId: true, wrappedDataKey: true },
  })
  return rows.filter((r) => r.kekId && r.wrappedDataKey).map((r) => ({ walletId: r.walletId, kekId: r.kekId!, wrappedDataKey: r.wrappedDataKey! }))
}

/**
 * Stores a re-wrapped data key, only if the row still holds the key it was re-wrapped from (a concurrent
 * rotation or restore wins, and this one counts nothing).
 * @returns whether the row was updated
 */
export async function storeRewrapped(tx: DbTx, walletId: string, from: { kekId: string; wrapped: Uint8Array }, to: { kekId: string; wrapped: Uint8Array }): Promise<boolean> {
  const n = await tx.$executeRaw`
    UPDATE wallet_secrets SET kek_id = ${to.kekId}, wrapped_data_key = ${Buffer.from(to.wrapped)}, updated_at = now()
     WHERE wallet_id = ${walletId}::uuid AND kek_id = ${from.kekId} AND wrapped_data_key = ${Buffer.from(from.wrapped)}`
  return n === 1
}

export async function recordRotationProgress(tx: DbTx, id: string, rewrapped: number, cursor: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE kek_rotations SET rewrapped = rewrapped + ${rewrapped}, cursor = ${cursor}::uuid, updated_at = now()
     WHERE id = ${id}::uuid AND status = 'running'`
}

/** Moves a rotation to `status` (from `from`); returns the row, or null when it was not in `from`. */
export async function setRotationStatus(
  db: DbOrTx,
  id: string,
  from: KekRotationStatus[],
  status: KekRotationStatus,
  fields: { lastError?: string | null; cursor?: string | null } = {},
): Promise<KekRotationRow | null> {
  const { count } = await db.kekRotation.updateMany({
    where: { id, status: { in: from } },
    data: {
      status,
      updatedAt: new Date(),
      completedAt: status === 'completed' ? new Date() : null,
      ...(fields.lastError !== undefined ? { lastError: fields.lastError } : {}),
      ...(fields.cursor !== undefined ? { cursor: fields.cursor } : {}),
    },
  })
  return count ? getKekRotation(db, id) : null
}

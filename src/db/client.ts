/**
 * The Prisma client (Prisma 7 with the `pg` driver adapter) and transaction helpers.
 *
 * Everything that touches Postgres lives under src/db. Functions that write take a `DbTx` so a caller
 * can compose several of them into one database transaction (a money-moving change, its ledger
 * entries and its outbox events always commit together).
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient, Prisma } from '../generated/prisma/client'
import { AppError } from '../lib/errors'
import { TX_MAX_WAIT_MS, TX_TIMEOUT_MS } from './txLimits'

export { Prisma }
export type Db = PrismaClient
export type DbTx = Prisma.TransactionClient
/** Either the client or an open transaction. */
export type DbOrTx = Db | DbTx

export interface DbOptions {
  url: string
  poolSize: number
}

/** Creates a Prisma client over a `pg` pool of `poolSize` connections. */
export function createDb(opts: DbOptions): Db {
  const adapter = new PrismaPg({ connectionString: opts.url, max: opts.poolSize })
  return new PrismaClient({ adapter })
}

/** The Postgres error (SQLSTATE and message) wrapped by Prisma / the driver adapter, if any. */
export function pgError(e: unknown): { code: string; message: string } | undefined {
  const seen = new Set<unknown>()
  const queue: unknown[] = [e]
  while (queue.length) {
    const cur = queue.shift()
    if (!cur || typeof cur !== 'object' || seen.has(cur)) continue
    seen.add(cur)
    const o = cur as Record<string, unknown>
    if (typeof o.originalCode === 'string') {
      return { code: o.originalCode, message: String(o.originalMessage ?? o.message ?? '') }
    }
    if (typeof o.code === 'string' && /^[0-9A-Z]{5}$/.test(o.code) && !/^P\d{4}$/.test(o.code)) {
      return { code: o.code, message: String(o.message ?? '') }
    }
    queue.push(o.meta, o.cause, (o.meta as Record<string, unknown> | undefined)?.driverAdapterError)
  }
  if (e instanceof Error) {
    const m = /Code: `([0-9A-Z]{5})`\. Message: `([^`]*)`/.exec(e.message)
    if (m) return { code: m[1]!, message: m[2]! }
  }
  return undefined
}

/** SQLSTATE of a Postgres error wrapped by Prisma / the driver adapter, if any. */
export function pgErrorCode(e: unknown): string | undefined {
  return pgError(e)?.code
}

/** True when `e` is a Postgres error whose message names `constraint`. */
export function isConstraintViolation(e: unknown, constraint: string): boolean {
  const pe = pgError(e)
  if (pe?.message.includes(constraint)) return true
  return e instanceof Error && e.message.includes(constraint)
}

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01'])

export interface TxOptions {
  /** Most time (ms) the transaction may stay open. */
  timeoutMs?: number
  isolationLevel?: Prisma.TransactionIsolationLevel
  /** Attempts on serialization failure or deadlock (SQLSTATE 40001, 40P01). */
  attempts?: number
}

/**
 * Runs `fn` in one database transaction, retrying it on serialization failures and deadlocks.
 *
 * @throws whatever `fn` throws, or AppError `dependency_unavailable` when Postgres is unreachable
 */
export async function withTx<T>(db: Db, fn: (tx: DbTx) => Promise<T>, opts: TxOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 5
  for (let i = 1; ; i++) {
    try {
      return await db.$transaction(fn, {
        timeout: opts.timeoutMs ?? TX_TIMEOUT_MS,
        maxWait: TX_MAX_WAIT_MS,
        ...(opts.isolationLevel ? { isolationLevel: opts.isolationLevel } : {}),
      })
    } catch (e) {
      const code = pgErrorCode(e)
      if (code && RETRYABLE_SQLSTATES.has(code) && i < attempts) {
        await new Promise((r) => setTimeout(r, 5 * i + Math.random() * 20))
        continue
      }
      if (isConnectionError(e)) {
        throw new AppError('dependency_unavailable', 'database is unavailable', { cause: e })
      }
      // P2028: no connection became free within maxWait (overload): retryable, 503 with Retry-After.
      if ((e as { code?: unknown }).code === 'P2028') {
        throw new AppError('dependency_unavailable', 'the database is saturated; retry shortly', { cause: e })
      }
      throw e
    }
  }
}

export function isConnectionError(e: unknown): boolean {
  const code = pgErrorCode(e)
  if (code && (code.startsWith('08') || code === '57P01' || code === '57P03')) return true
  const msg = e instanceof Error ? e.message : ''
  return /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|Can't reach database/i.test(msg)
}

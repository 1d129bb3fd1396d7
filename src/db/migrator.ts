/**
 * The project's migrator.
 *
 * Prisma's migration engine is a native binary that cannot be downloaded everywhere we run, so the
 * hand-written `prisma/migrations/<timestamp>_<name>/migration.sql` files are applied here, in name
 * order, each in its own transaction together with its record in `_prisma_migrations` (Prisma's own
 * table and format: sha256 hex checksum of the file, finished_at set), so `prisma migrate deploy` and
 * `prisma migrate status` keep working wherever the engine exists. A Postgres advisory lock makes
 * concurrent starts (many replicas) apply each migration once.
 */
import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Client } from 'pg'
import { AppError } from '../lib/errors'

export const MIGRATIONS_DIR = resolve(__dirname, '../../prisma/migrations')
const LOCK_KEY = 7_224_031_601 // arbitrary, constant: the advisory lock id of this migrator

export interface Migration {
  name: string
  sql: string
  checksum: string
}

/** Reads the migrations in `dir` in name order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

export interface MigrateResult {
  applied: string[]
  alreadyApplied: string[]
}

/**
 * Applies pending migrations to the database at `url`.
 *
 * @returns names of the migrations applied now and of those found applied before
 * @throws AppError `config_invalid` when an applied migration's file has changed since (checksum
 *         mismatch) or a migration failed earlier and was left unresolved; any SQL error of a
 *         migration (after rolling it back)
 */
export async function migrate(url: string, dir: string = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = readMigrations(dir)
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SET client_min_messages = warning')
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`)
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    )
    const done = new Map(rows.map((r) => [r.migration_name, r]))
    const result: MigrateResult = { applied: [], alreadyApplied: [] }
    for (const m of migrations) {
      const row = done.get(m.name)
      if (row) {
        if (!row.finished_at) {
          throw new AppError('config_invalid', `migration ${m.name} failed earlier and is unresolved; fix it by hand`)
        }
        if (row.checksum !== m.checksum) {
          throw new AppError('config_invalid', `migration ${m.name} was modified after it was applied (checksum mismatch)`)
        }
        result.alreadyApplied.push(m.name)
        continue
      }
      await client.query('BEGIN')
      try {
        await client.query(m.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        )
        await client.query('COMMIT')
      } catch (e) {
        await client.query('ROLLBACK')
        throw e
      }
      result.applied.push(m.name)
    }
    return result
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined)
    await client.end()
  }
}

/**
 * Creates the database named in `url` if it does not exist (connecting to the server's `postgres`
 * database to do so).
 *
 * @returns true when it was created now
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''))
  if (!name) throw new AppError('config_invalid', 'DATABASE_URL names no database')
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (rowCount) return false
    try {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    } catch (e) {
      // Another process created it between our check and create.
      if ((e as { code?: string }).code === '42P04') return false
      throw e
    }
    return true
  } finally {
    await client.end()
  }
}

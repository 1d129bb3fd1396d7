/**
 * A fresh Postgres database per test file, migrated with the project's migrator, dropped at the end.
 */
import { randomBytes } from 'node:crypto'
import { Client } from 'pg'
import { ensureDatabase, migrate } from '../../src/db/migrator'

export const PG_BASE = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432'

export interface TestDatabase {
  url: string
  name: string
  drop(): Promise<void>
}

/**
 * @param opts.base the server to create it on, `postgresql://user@host:port` (default `PG_BASE`; the
 *   Postgres drill passes its own cluster)
 */
export async function createTestDatabase(opts: { migrate?: boolean; base?: string } = {}): Promise<TestDatabase> {
  const base = opts.base ?? PG_BASE
  const name = `custody_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const url = `${base}/${name}`
  await ensureDatabase(url)
  if (opts.migrate !== false) await migrate(url)
  return {
    url,
    name,
    async drop() {
      const c = new Client({ connectionString: `${base}/postgres` })
      await c.connect()
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await c.end()
      }
    },
  }
}

/** Runs SQL directly (outside Prisma) on a test database. */
export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url })
  await c.connect()
  try {
    return (await c.query(text, params)).rows as T[]
  } finally {
    await c.end()
  }
}

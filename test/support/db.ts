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

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `custody_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const url = `${PG_BASE}/${name}`
  await ensureDatabase(url)
  if (opts.migrate !== false) await migrate(url)
  return {
    url,
    name,
    async drop() {
      const c = new Client({ connectionString: `${PG_BASE}/postgres` })
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

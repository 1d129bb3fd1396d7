/**
 * Migration 20261204050000 (issue 13, M6) on a database that already has a delivery log: every response
 * body kept by earlier versions is erased, endpoints start with `store_response_body = false`, and the
 * excerpt limit is now 1,024 characters in the database too.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MIGRATIONS_DIR, migrate } from '../../src/db/migrator'
import { newId } from '../../src/lib/ids'
import { createTestDatabase, sql, type TestDatabase } from '../support/db'

const MIGRATION = '20261204050000_webhook_log_privacy'
let tdb: TestDatabase

beforeAll(async () => {
  tdb = await createTestDatabase({ migrate: false })
})
afterAll(async () => {
  await tdb?.drop()
})

test('bodies logged before the migration are erased; endpoints do not keep bodies unless opted in', async () => {
  // the schema as it was: every migration before this one
  const before = mkdtempSync(join(tmpdir(), 'migrations-'))
  try {
    cpSync(MIGRATIONS_DIR, before, { recursive: true })
    rmSync(join(before, MIGRATION), { recursive: true })
    await migrate(tdb.url, before)
  } finally {
    rmSync(before, { recursive: true, force: true })
  }
  const endpoint = newId()
  const event = newId()
  const delivery = newId()
  await sql(tdb.url, "INSERT INTO webhook_endpoints (id, url) VALUES ($1, 'https://hooks.example/x')", [endpoint])
  await sql(tdb.url, "INSERT INTO events (id, type, data) VALUES ($1, 'sweep.queued', '{}')", [event])
  await sql(tdb.url, "INSERT INTO webhook_deliveries (id, event_id, endpoint_id, status, next_attempt_at) VALUES ($1, $2, $3, 'pending', now())", [delivery, event, endpoint])
  await sql(
    tdb.url,
    `INSERT INTO webhook_attempts (id, delivery_id, round, attempt, started_at, duration_ms, status_code, success, error, response_body)
     VALUES ($1, $3, 1, 1, now(), 5, 500, false, 'HTTP 500', 'db_password=hunter2'), ($2, $3, 1, 2, now(), 5, 500, false, 'HTTP 500', $4)`,
    [newId(), newId(), delivery, 'x'.repeat(4096)],
  )

  expect((await migrate(tdb.url)).applied).toEqual([MIGRATION])

  const attempts = await sql<{ response_body: string | null; response_headers: unknown }>(tdb.url, 'SELECT response_body, response_headers FROM webhook_attempts')
  expect(attempts).toEqual([
    { response_body: null, response_headers: null },
    { response_body: null, response_headers: null },
  ])
  const [e] = await sql<{ store_response_body: boolean }>(tdb.url, 'SELECT store_response_body FROM webhook_endpoints WHERE id = $1', [endpoint])
  expect(e!.store_response_body).toBe(false)
  await expect(
    sql(tdb.url, "INSERT INTO webhook_attempts (id, delivery_id, round, attempt, started_at, duration_ms, success, response_body) VALUES ($1, $2, 1, 3, now(), 1, false, $3)", [newId(), delivery, 'x'.repeat(1025)]),
  ).rejects.toThrow(/webhook_attempts_response_body_check/)
})

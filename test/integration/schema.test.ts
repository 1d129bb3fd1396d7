/**
 * schema.prisma and the SQL migrations stay in step; the migrator is idempotent, detects edited
 * migrations and records them in Prisma's `_prisma_migrations` format.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { MIGRATIONS_DIR, migrate, readMigrations } from '../../src/db/migrator'
import { createTestDatabase, sql, type TestDatabase } from '../support/db'

let tdb: TestDatabase
beforeAll(async () => {
  tdb = await createTestDatabase()
})
afterAll(async () => {
  await tdb.drop()
})

// Prisma scalar type → the Postgres types it may map to.
const COMPATIBLE: Record<string, string[]> = {
  String: ['text', 'uuid', 'character varying'],
  Int: ['integer'],
  BigInt: ['bigint'],
  Boolean: ['boolean'],
  DateTime: ['timestamp with time zone'],
  Decimal: ['numeric'],
  Bytes: ['bytea'],
  Json: ['jsonb'],
}

interface ModelField {
  name: string
  dbName: string | null
  type: string
  kind: 'scalar' | 'object'
  isList: boolean
  isRequired: boolean
}

/** Reads models, their table names and scalar fields from schema.prisma (its regular subset). */
function parseSchema(text: string): { name: string; dbName: string | null; fields: ModelField[] }[] {
  const models: { name: string; dbName: string | null; fields: ModelField[] }[] = []
  const modelNames = new Set([...text.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!))
  for (const m of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const body = m[2]!
    const fields: ModelField[] = []
    for (const line of body.split('\n')) {
      const f = /^\s+(\w+)\s+(\w+)(\[\]|\?)?(.*)$/.exec(line)
      if (!f || line.trim().startsWith('@@')) continue
      fields.push({
        name: f[1]!,
        type: f[2]!,
        kind: modelNames.has(f[2]!) ? 'object' : 'scalar',
        isList: f[3] === '[]',
        isRequired: f[3] !== '?',
        dbName: /@map\("([^"]+)"\)/.exec(f[4]!)?.[1] ?? null,
      })
    }
    models.push({ name: m[1]!, dbName: /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? null, fields })
  }
  return models
}

describe('schema.prisma mirrors the SQL migrations', () => {
  test('every model field is a column of a compatible type, and every column is a model field', async () => {
    const models = parseSchema(readFileSync(join(__dirname, '../../prisma/schema.prisma'), 'utf8'))
    expect(models.length).toBeGreaterThan(10)
    const cols = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; udt_name: string }>(
      tdb.url,
      "SELECT table_name, column_name, data_type, is_nullable, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
    )
    const tables = new Set(cols.map((c) => c.table_name))
    const problems: string[] = []
    const modelled = new Set<string>()
    for (const m of models) {
      const table = m.dbName ?? m.name
      if (!tables.has(table)) problems.push(`model ${m.name}: no table ${table}`)
      for (const f of m.fields) {
        if (f.kind === 'object') continue
        const column = f.dbName ?? f.name
        modelled.add(`${table}.${column}`)
        const c = cols.find((x) => x.table_name === table && x.column_name === column)
        if (!c) {
          problems.push(`${m.name}.${f.name}: no column ${table}.${column}`)
          continue
        }
        const type = c.data_type === 'ARRAY' ? c.udt_name.replace(/^_/, '') : c.data_type
        const okType = f.isList ? type === 'text' && f.type === 'String' : (COMPATIBLE[f.type] ?? []).includes(type)
        if (!okType) problems.push(`${m.name}.${f.name}: ${f.type} vs ${type}`)
        if ((c.is_nullable === 'YES') !== !f.isRequired && !f.isList) problems.push(`${m.name}.${f.name}: nullability differs`)
      }
    }
    for (const c of cols) if (!modelled.has(`${c.table_name}.${c.column_name}`)) problems.push(`column ${c.table_name}.${c.column_name} is not in schema.prisma`)
    expect(problems).toEqual([])
  })
})

describe('migrator', () => {
  test('records each migration as Prisma does and applies nothing twice', async () => {
    const rows = await sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(tdb.url, 'SELECT * FROM _prisma_migrations ORDER BY migration_name')
    const files = readMigrations()
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name))
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum))
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true)
    expect(await migrate(tdb.url)).toEqual({ applied: [], alreadyApplied: files.map((f) => f.name) })
  })

  test('an applied migration whose file changed is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
    cpSync(MIGRATIONS_DIR, dir, { recursive: true })
    const first = readMigrations(dir)[0]!
    writeFileSync(join(dir, first.name, 'migration.sql'), first.sql + '\n-- edited\n')
    await expect(migrate(tdb.url, dir)).rejects.toThrow(/modified after it was applied/)
  })

  test('a failing migration is rolled back entirely and not recorded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
    cpSync(MIGRATIONS_DIR, dir, { recursive: true })
    const name = '99999999999999_broken'
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(dir, name))
    writeFileSync(join(dir, name, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;')
    await expect(migrate(tdb.url, dir)).rejects.toThrow(/no_such_table/)
    expect(await sql(tdb.url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toEqual([])
    expect(await sql(tdb.url, 'SELECT 1 FROM _prisma_migrations WHERE migration_name = $1', [name])).toEqual([])
  })
})

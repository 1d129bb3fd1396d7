/**
 * DATABASE_REPLICA_URL: the reporting routes (ledger accounts, entries, balances, exports, invariants,
 * audit log) read the replica; everything else, and every write, uses the primary.
 *
 * The "replica" is a copy of the primary taken at one moment (pg_dump into a second database) that then
 * refuses writes (`default_transaction_read_only`), as a hot standby does. Whatever the primary commits
 * afterwards is visible only on primary routes, which shows where each route reads.
 */
import { execFileSync } from 'node:child_process'
import { parseEther } from 'viem'
import { loadConfig } from '../../src/config'
import { startApi, type ApiServer } from '../../src/main/api'
import { createRuntime, type Runtime } from '../../src/runtime'
import { PG_BASE, sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { fundedWallet, RECIPIENT, type TestWallet } from '../support/pipeline'
import { startStack, waitFor, type Stack } from '../support/stack'

let s: Stack
let rt2: Runtime
let api2: ApiServer
let replicaUrl: string
let w: TestWallet

async function call2(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(api2.url + path, {
    method,
    headers: { authorization: `Bearer ${s.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const text = await res.text()
  return { status: res.status, text, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined }
}

beforeAll(async () => {
  s = await startStack()
  w = await fundedWallet(s, '3')
  const replicaName = `${s.db.name}_replica`
  await sql(`${PG_BASE}/postgres`, `CREATE DATABASE "${replicaName}"`)
  replicaUrl = `${PG_BASE}/${replicaName}`
  const dump = execFileSync('pg_dump', ['--no-owner', '--dbname', s.db.url], { maxBuffer: 256 * 1024 * 1024 })
  execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '--dbname', replicaUrl], { input: dump, stdio: ['pipe', 'ignore', 'pipe'] })
  await sql(`${PG_BASE}/postgres`, `ALTER DATABASE "${replicaName}" SET default_transaction_read_only = on`)
  rt2 = createRuntime(loadConfig({ ...s.env, DATABASE_REPLICA_URL: replicaUrl }), { logger: s.logs.logger })
  api2 = await startApi(rt2, { validateResponses: true })
  // after the copy: a second deposit that only the primary has
  const hash = await s.fund(w.hotAddress, parseEther('1'))
  await waitFor('second deposit confirmed', async () => (await sql<{ status: string }>(s.db.url, 'SELECT status FROM deposits WHERE tx_hash = $1', [hash]))[0]?.status === 'confirmed')
})
afterAll(async () => {
  await api2?.close()
  await rt2?.close()
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
  if (replicaUrl) await sql(`${PG_BASE}/postgres`, `DROP DATABASE IF EXISTS "${new URL(replicaUrl).pathname.slice(1)}" WITH (FORCE)`)
})

test('the replica refuses writes, as a hot standby does', async () => {
  await expect(sql(replicaUrl, "INSERT INTO ledger_accounts (id) VALUES (gen_random_uuid())")).rejects.toThrow(/read-only transaction/)
})

test('reporting routes read the replica; balances and the withdrawal routes read and write the primary', async () => {
  // primary route: both deposits
  const balances = await call2('GET', `/v1/wallets/${w.id}/balances`)
  expect(balances.status).toBe(200)
  expect(balances.body.data.find((b: { asset: string }) => b.asset === '31337:native').total).toBe(parseEther('4').toString())

  // replica routes: the moment of the copy (one deposit)
  const q = `/v1/ledger/accounts?address=${w.hotAddress}&type=asset`
  const onReplica = (await call2('GET', q)).body.data[0]
  const onPrimary = (await s.call('GET', q)).body.data[0]
  expect(onReplica.id).toBe(onPrimary.id)
  expect(onReplica.balances.posted).toBe(parseEther('3').toString())
  expect(onPrimary.balances.posted).toBe(parseEther('4').toString())
  expect((await call2('GET', `/v1/ledger/accounts/${onPrimary.id}`)).body.balances.posted).toBe(parseEther('3').toString())
  const entries = await call2('GET', `/v1/ledger/accounts/${onPrimary.id}/entries?limit=200`)
  expect(entries.status).toBe(200)
  expect(entries.body.data).toHaveLength(1)
  expect((await s.call('GET', `/v1/ledger/accounts/${onPrimary.id}/entries?limit=200`)).body.data).toHaveLength(2)
  const bal = await call2('GET', `/v1/ledger/accounts/${onPrimary.id}/balances`)
  expect(bal.status).toBe(200)
  expect(JSON.stringify(bal.body)).toContain(parseEther('3').toString())

  // a streamed export opens its own connection: to the replica as well
  const csvReplica = await call2('GET', '/v1/ledger/exports/entries?format=csv')
  const res = await fetch(`${s.api.url}/v1/ledger/exports/entries?format=csv`, { headers: { authorization: `Bearer ${s.apiKey}` } })
  const csvPrimary = await res.text()
  expect(csvReplica.status).toBe(200)
  expect(csvReplica.text.trim().split('\n').length).toBeLessThan(csvPrimary.trim().split('\n').length)

  const inv = await call2('GET', '/v1/ledger/invariants')
  expect(inv.status).toBe(200)
  expect(inv.body.ok).toBe(true)
  expect((await call2('GET', '/v1/audit-events?limit=200')).status).toBe(200)

  // writes and read-your-writes go to the primary even with a replica configured
  const wd = await call2('POST', '/v1/withdrawals', { walletId: w.id, asset: '31337:native', to: RECIPIENT, amount: parseEther('0.5').toString() }, { 'Idempotency-Key': 'replica-test-1' })
  expect(wd.status).toBe(201)
  expect((await call2('GET', `/v1/withdrawals/${wd.body.id}`)).status).toBe(200)
  await waitFor('withdrawal confirmed', async () => (await call2('GET', `/v1/withdrawals/${wd.body.id}`)).body.status === 'confirmed', 60_000)
})

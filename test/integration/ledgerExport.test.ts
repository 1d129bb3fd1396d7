/**
 * An export of 100,000 journal entries is streamed through the API from a database cursor: the
 * serving process's live heap stays bounded while far more than that bound goes over the wire (a memory
 * property, measured after forced garbage collections; no timing is asserted).
 *
 * The API that serves the export runs in a child process (test/support/meteredApi.ts): the forced
 * collections stall that process only, and the samples are paced by the collections' own cost, so the
 * test measures the same thing on an idle machine and inside a busy full suite.
 */
import { ensureAccount } from '../../src/db/ledger'
import { addressAccount, walletLiabilityAccount } from '../../src/domain/ledger/chartOfAccounts'
import { newId } from '../../src/lib/ids'
import { sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { startMeteredApi, type MeteredApi } from '../support/meteredApi'
import { startStack, type Stack } from '../support/stack'

const ENTRIES = 100_000
/** a sample is taken after every this many bytes received, besides the timer's samples */
const SAMPLE_EVERY_BYTES = 4 * 1024 * 1024
let s: Stack
let api: MeteredApi | undefined

beforeAll(async () => {
  // the export needs Postgres and the API only: no chain, no workers
  s = await startStack({ workers: false, rpcUrl: 'http://127.0.0.1:9' })
  const walletId = newId()
  const hot = '0x' + '5e'.repeat(20)
  await sql(s.db.url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'w', 'hd', 'local', 'xpub', $2)", [walletId, hot])
  const a = await ensureAccount(s.rt.db, addressAccount('31337:native', 31337, hot, walletId))
  const l = await ensureAccount(s.rt.db, walletLiabilityAccount('31337:native', 31337, walletId))
  // 100,000 balanced entries (Dr hot · Cr customer), written directly with the ledger's triggers off
  // (session_replication_role = replica) and with the balances and running balances the triggers would
  // have written; the invariant check at the end proves the seeded ledger consistent.
  await sql(
    s.db.url,
    `BEGIN;
     SET LOCAL session_replication_role = replica;
     INSERT INTO journal_entries (id, kind, event, ref_type, ref_id, chain_id, block_number, description)
     SELECT gen_random_uuid(), 'standard', 'test.export', 'test', gen_random_uuid(), 31337, g, 'seeded entry ' || g
       FROM generate_series(1, ${ENTRIES}) g;
     INSERT INTO postings (entry_id, account_id, asset, amount, after_version, after_posted_debits, after_posted_credits, after_pending_debits, after_pending_credits)
     SELECT e.id, x.account, '31337:native', x.amount, e.block_number, x.debits, x.credits, 0, 0
       FROM journal_entries e
      CROSS JOIN LATERAL (VALUES
        ('${a}'::uuid, 1000000000 + e.block_number, e.block_number * 1000000000 + e.block_number * (e.block_number + 1) / 2, 0),
        ('${l}'::uuid, -(1000000000 + e.block_number), 0, e.block_number * 1000000000 + e.block_number * (e.block_number + 1) / 2)
      ) AS x(account, amount, debits, credits)
      WHERE e.event = 'test.export'
      ORDER BY e.seq, x.amount DESC;
     UPDATE ledger_balances SET version = ${ENTRIES}, posted_debits = ${ENTRIES}::numeric * 1000000000 + ${ENTRIES}::numeric * (${ENTRIES} + 1) / 2 WHERE account_id = '${a}';
     UPDATE ledger_balances SET version = ${ENTRIES}, posted_credits = ${ENTRIES}::numeric * 1000000000 + ${ENTRIES}::numeric * (${ENTRIES} + 1) / 2 WHERE account_id = '${l}';
     COMMIT;`,
  )
}, 600_000)

afterAll(async () => {
  try {
    if (s) await expectLedgerInvariants(s)
  } finally {
    await api?.stop()
    await s?.stop()
  }
})

test('an export of 100,000 entries streams with bounded memory', async () => {
  api = await startMeteredApi(s.env)
  const auth = { authorization: `Bearer ${s.apiKey}` }
  // warm up (routes, authentication, the Prisma client) so that the baseline holds what any request loads
  expect((await fetch(`${api.url}/v1/wallets`, { headers: auth })).status).toBe(200)
  const baseline = (await api.live()).bytes
  let peak = 0
  let samples = 0
  const sample = async () => {
    const { bytes: live, gcMs } = await api!.live()
    peak = Math.max(peak, live - baseline)
    samples++
    return gcMs
  }
  // Sampled on a timer too, so that memory held before the first byte is sent is seen as well; the pace
  // follows the collection's own cost (at most a fifth of the child's time goes to forced collections).
  let sampling = true
  const timer = (async () => {
    while (sampling) {
      const gcMs = await sample()
      await new Promise((r) => setTimeout(r, Math.max(250, 4 * gcMs)))
    }
  })()
  let bytes = 0
  let lines = 0
  let nextSampleAt = SAMPLE_EVERY_BYTES
  try {
    const res = await fetch(`${api.url}/v1/ledger/exports/entries?format=csv`, { headers: auth })
    expect(res.status).toBe(200)
    const reader = res.body!.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.byteLength
      for (const b of value) if (b === 10) lines++
      if (bytes >= nextSampleAt) {
        nextSampleAt += SAMPLE_EVERY_BYTES
        await sample()
      }
    }
  } finally {
    sampling = false
    await timer
  }
  const after = (await api.live()).bytes - baseline
  expect(lines).toBe(1 + 2 * ENTRIES) // header + one row per posting
  // The export is far larger than the bound: holding it (or its rows) in memory would break the bound.
  expect(bytes).toBeGreaterThan(60 * 1024 * 1024)
  // at least one sample per 4 MiB streamed: the peak was looked for all along the stream
  expect(samples).toBeGreaterThanOrEqual(Math.floor(bytes / SAMPLE_EVERY_BYTES))
  expect(peak).toBeLessThan(32 * 1024 * 1024)
  expect(after).toBeLessThan(16 * 1024 * 1024)
})

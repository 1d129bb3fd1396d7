/**
 * Ledger benchmark (`npm run bench:ledger`).
 *
 * 1. Postings: `--writers` concurrent writers (default 8), each running `--withdrawals` withdrawal-shaped
 *    flows (default 150) the way the service does: the hold in one transaction (as createWithdrawal),
 *    then the post of the hold and the gas on the chain-wide network-fee account in another (as
 *    confirmAtDepth), through src/domain/ledger/entries.ts — 3 journal entries and 6 postings each.
 *    Beside it, in the same run and with the same client, transactions and rows: the raw rate of the
 *    equivalent plain INSERTs (the same entry and posting rows into tables without triggers, locks or
 *    checks). Rounds alternate raw and ledger (`--rounds`, default 2) so that load from other processes
 *    hits both alike; `ratio` = ledger entries/s ÷ raw entries/s.
 * 2. Reconciliation: `--addresses` custody addresses (default 10,000), each with a balance on an anvil
 *    chain and a matching credit in the ledger; the time of one reconciliation run at the head.
 *
 * Targets (issue 7): ≥ 2,000 entries/s and ≥ 0.3 of raw. The last line printed is one JSON object.
 *
 *   npm run bench:ledger -- --writers 8 --withdrawals 500 --addresses 10000 --rounds 3
 */
import { loadavg, cpus } from 'node:os'
import { Client } from 'pg'
import { loadConfig } from '../src/config'
import { withTx, type Db, type DbTx } from '../src/db/client'
import { ensureAccount, insertEntries, lockBalances } from '../src/db/ledger'
import { ensureDatabase, migrate } from '../src/db/migrator'
import { insertReconciliation } from '../src/db/reconciliations'
import { startAnvil } from '../src/dev/anvil'
import { addressAccount, walletLiabilityAccount } from '../src/domain/ledger/chartOfAccounts'
import { placeWithdrawalHold, postWithdrawal } from '../src/domain/ledger/entries'
import { runReconciliation } from '../src/domain/reconciliation/runReconciliation'
import { newId } from '../src/lib/ids'
import { createLogger } from '../src/lib/logger'
import { createRuntime } from '../src/runtime'

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`)
  return v
}
function textFlag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}

const WRITERS = flag('writers', 8)
const WITHDRAWALS = flag('withdrawals', 150)
const ROUNDS = flag('rounds', 2)
const ADDRESSES = flag('addresses', 10_000)
const PG = textFlag('pg', 'postgresql://postgres@127.0.0.1:5432')
const ASSET = '31337:native'
const CHAIN = 31337

async function q(url: string, text: string, params: unknown[] = []) {
  const c = new Client({ connectionString: url })
  await c.connect()
  try {
    return (await c.query(text, params)).rows
  } finally {
    await c.end()
  }
}

interface Writer {
  walletId: string
  hot: string
}

async function setupWriters(url: string, db: Db): Promise<Writer[]> {
  const out: Writer[] = []
  for (let i = 0; i < WRITERS; i++) {
    const walletId = newId()
    const hot = '0x' + (0xb0000 + i).toString(16).padStart(40, '0')
    await q(url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'bench', 'hd', 'local', 'xpub', $2)", [walletId, hot])
    await q(url, "INSERT INTO addresses (id, wallet_id, kind, derivation_index, address) VALUES ($1, $2, 'hot', 0, $3)", [newId(), walletId, hot])
    const liability = await ensureAccount(db, walletLiabilityAccount(ASSET, CHAIN, walletId))
    const account = await ensureAccount(db, addressAccount(ASSET, CHAIN, hot, walletId))
    await withTx(db, async (tx) => {
      await lockBalances(tx, [liability, account])
      await insertEntries(tx, [{ kind: 'standard', event: 'bench.seed', refType: 'bench', refId: newId(), chainId: CHAIN, postings: [{ accountId: account, asset: ASSET, amount: 10n ** 30n }, { accountId: liability, asset: ASSET, amount: -(10n ** 30n) }] }])
    })
    out.push({ walletId, hot })
  }
  return out
}

/** The ledger path: hold in one transaction, post + gas in another; returns entries written. */
async function ledgerRound(db: Db, writers: Writer[]): Promise<{ entries: number; ms: number }> {
  let block = 1n
  const t0 = performance.now()
  await Promise.all(
    writers.map(async (w) => {
      for (let k = 0; k < WITHDRAWALS; k++) {
        const wd = { id: newId(), walletId: w.walletId, chainId: CHAIN, asset: ASSET, fromAddress: w.hot, amount: 1_000_000n }
        const holdId = await withTx(db, (tx) => placeWithdrawalHold(tx, wd))
        await withTx(db, (tx) => postWithdrawal(tx, wd, holdId, { fee: 21_000n * 1_000_000_000n, blockNumber: block++ }))
      }
    }),
  )
  return { entries: writers.length * WITHDRAWALS * 3, ms: performance.now() - t0 }
}

async function rawInsert(tx: DbTx, entries: number) {
  const ids = Array.from({ length: entries }, () => newId())
  await tx.$executeRaw`
    INSERT INTO bench_raw_entries (id, kind, event, ref_type, ref_id, chain_id, block_number)
    SELECT id, 'standard', 'bench.raw', 'withdrawal', id, ${CHAIN}, 1 FROM unnest(${ids}::uuid[]) AS t(id)`
  const entryOf = ids.flatMap((id) => [id, id])
  const accounts = ids.flatMap(() => [newId(), newId()])
  const amounts = ids.flatMap(() => ['1000000', '-1000000'])
  await tx.$executeRaw`
    INSERT INTO bench_raw_postings (entry_id, account_id, asset, amount, after_version, after_posted_debits, after_posted_credits, after_pending_debits, after_pending_credits)
    SELECT e, a, ${ASSET}, m::numeric, 1, 0, 0, 0, 0 FROM unnest(${entryOf}::uuid[], ${accounts}::uuid[], ${amounts}::text[]) AS t(e, a, m)`
}

/** The same transactions and rows as plain INSERTs into tables without triggers, locks or checks. */
async function rawRound(db: Db): Promise<{ entries: number; ms: number }> {
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let k = 0; k < WITHDRAWALS; k++) {
        await withTx(db, (tx) => rawInsert(tx, 1))
        await withTx(db, (tx) => rawInsert(tx, 2))
      }
    }),
  )
  return { entries: WRITERS * WITHDRAWALS * 3, ms: performance.now() - t0 }
}

async function rpcBatch(url: string, calls: { method: string; params: unknown[] }[]) {
  for (let i = 0; i < calls.length; i += 2000) {
    const body = calls.slice(i, i + 2000).map((c, j) => ({ jsonrpc: '2.0', id: i + j, ...c }))
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const out = (await r.json()) as { error?: { message: string } }[]
    const err = out.find((x) => x.error)
    if (err) throw new Error(`anvil: ${err.error!.message}`)
  }
}

/** One reconciliation of `ADDRESSES` custody addresses whose chain balances match the ledger (a database of its own). */
async function reconciliationRun(url: string): Promise<{ addresses: number; lines: number; ms: number; status: string }> {
  const anvil = await startAnvil()
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '10',
    LOCAL_MASTER_KEY: '11'.repeat(32),
    QUEUE_PREFIX: `bench${process.pid}`,
    LOG_LEVEL: 'silent',
    CHAINS: JSON.stringify([{ chainId: CHAIN, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1 }]),
  })
  const rt = createRuntime(config, { logger: createLogger(textFlag('log', 'silent')) })
  try {
    const walletId = newId()
    await q(url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'recon', 'hd', 'local', 'xpub', $2)", [walletId, '0x' + 'c0'.repeat(20)])
    await q(
      url,
      `INSERT INTO addresses (id, wallet_id, kind, derivation_index, address)
       SELECT gen_random_uuid(), $1, CASE WHEN g = 0 THEN 'hot' ELSE 'deposit' END, g, CASE WHEN g = 0 THEN '0x' || repeat('c0', 20) ELSE '0x' || lpad(to_hex(13631488 + g), 40, '0') END
         FROM generate_series(0, $2::int - 1) g`,
      [walletId, ADDRESSES],
    )
    const addrs = (await q(url, 'SELECT address FROM addresses WHERE wallet_id = $1 ORDER BY derivation_index', [walletId])).map((r) => r.address as string)
    const amount = (i: number) => 10n ** 15n + BigInt(i)
    await rpcBatch(anvil.url, addrs.map((a, i) => ({ method: 'anvil_setBalance', params: [a, '0x' + amount(i).toString(16)] })))
    await rpcBatch(anvil.url, [{ method: 'evm_mine', params: [] }])
    const head = BigInt((await rt.chains.get(CHAIN)!.client.getBlockNumber({ cacheTime: 0 })).toString())
    // the ledger side: one confirmed deposit credit per address, booked at the head block
    for (let i = 0; i < addrs.length; i += 1000) {
      await withTx(rt.db, async (tx) => {
        for (let j = i; j < Math.min(i + 1000, addrs.length); j += 250) {
          const slice = addrs.slice(j, Math.min(j + 250, i + 1000, addrs.length))
          const { lockAccounts } = await import('../src/db/ledger')
          const { ids } = await lockAccounts(tx, { lock: [walletLiabilityAccount(ASSET, CHAIN, walletId), ...slice.map((a) => addressAccount(ASSET, CHAIN, a, walletId))] })
          await insertEntries(
            tx,
            slice.map((_, k) => ({
              kind: 'standard' as const,
              event: 'bench.credit',
              refType: 'bench',
              refId: newId(),
              chainId: CHAIN,
              blockNumber: head,
              postings: [
                { accountId: ids[k + 1]!, asset: ASSET, amount: amount(j + k) },
                { accountId: ids[0]!, asset: ASSET, amount: -amount(j + k) },
              ],
            })),
          )
        }
      }, { timeoutMs: 120_000 })
    }
    await q(url, 'ANALYZE') // as autovacuum would have by the time a real ledger this size is reconciled
    const block = await rt.chains.get(CHAIN)!.client.getBlock({ blockNumber: head })
    await q(url, 'INSERT INTO chain_cursors (chain_id, genesis_hash, block_number, block_hash) VALUES ($1, $2, $3, $4)', [CHAIN, block.hash, head.toString(), block.hash])
    const rec = await insertReconciliation(rt.db, { id: newId(), chainId: CHAIN, blockNumber: head, trigger: 'api', requestedByKeyId: null })
    const t0 = performance.now()
    const r = await runReconciliation(rt, rec.id)
    return { addresses: addrs.length, lines: r.accounts, ms: performance.now() - t0, status: r.status }
  } finally {
    await rt.close()
    await anvil.stop()
  }
}

async function main() {
  const name = `custody_bench_${process.pid}`
  const url = `${PG}/${name}`
  await ensureDatabase(url)
  await migrate(url)
  const { createDb } = await import('../src/db/client')
  const db = createDb({ url, poolSize: WRITERS + 2 })
  try {
    console.log(`ledger bench: ${WRITERS} writers × ${WITHDRAWALS} withdrawal-shaped flows (hold · post + gas = 3 entries, 6 postings), ${ROUNDS} rounds; ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
    await q(url, 'CREATE TABLE bench_raw_entries (LIKE journal_entries INCLUDING DEFAULTS INCLUDING INDEXES); CREATE TABLE bench_raw_postings (LIKE postings INCLUDING DEFAULTS INCLUDING INDEXES)')
    const writers = await setupWriters(url, db)
    let raw = { entries: 0, ms: 0 }
    let ledger = { entries: 0, ms: 0 }
    await rawRound(db) // warm-up of the client and the pool, not counted
    for (let r = 1; r <= ROUNDS; r++) {
      const a = await rawRound(db)
      const b = await ledgerRound(db, writers)
      raw = { entries: raw.entries + a.entries, ms: raw.ms + a.ms }
      ledger = { entries: ledger.entries + b.entries, ms: ledger.ms + b.ms }
      console.log(`round ${r}: raw ${((a.entries / a.ms) * 1000).toFixed(0)} entries/s, ledger ${((b.entries / b.ms) * 1000).toFixed(0)} entries/s`)
    }
    const rawRate = (raw.entries / raw.ms) * 1000
    const ledgerRate = (ledger.entries / ledger.ms) * 1000
    console.log(`ledger: ${ledgerRate.toFixed(0)} entries/s (${(ledgerRate * 2).toFixed(0)} postings/s); raw INSERTs: ${rawRate.toFixed(0)} entries/s; ratio ${(ledgerRate / rawRate).toFixed(2)}`)

    const reconDb = `${name}_recon`
    await ensureDatabase(`${PG}/${reconDb}`)
    await migrate(`${PG}/${reconDb}`)
    const recon = await reconciliationRun(`${PG}/${reconDb}`).finally(() => q(`${PG}/postgres`, `DROP DATABASE IF EXISTS "${reconDb}" WITH (FORCE)`))
    console.log(`reconciliation: ${recon.addresses} addresses, ${recon.lines} report lines, ${(recon.ms / 1000).toFixed(2)} s, ${recon.status}`)
    console.log(
      JSON.stringify({
        bench: 'ledger',
        writers: WRITERS,
        withdrawalsPerWriter: WITHDRAWALS,
        rounds: ROUNDS,
        entriesPerSecond: Math.round(ledgerRate),
        postingsPerSecond: Math.round(ledgerRate * 2),
        rawEntriesPerSecond: Math.round(rawRate),
        ratio: Number((ledgerRate / rawRate).toFixed(3)),
        targets: { entriesPerSecond: 2000, ratio: 0.3 },
        reconciliation: { addresses: recon.addresses, lines: recon.lines, seconds: Number((recon.ms / 1000).toFixed(3)), status: recon.status },
        cpus: cpus().length,
        loadavg: loadavg().map((l) => Number(l.toFixed(2))),
      }),
    )
  } finally {
    await db.$disconnect()
    await q(`${PG}/postgres`, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

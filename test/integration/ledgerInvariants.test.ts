/**
 * The invariant check finds what is wrong with a ledger: each kind of corruption (written behind the
 * database's back, with its triggers off) is reported by its check, and `npm run cli -- ledger check`
 * exits 1 on it and 0 on a sound ledger. Also: the finance migration backfills the running balance of
 * postings written before it.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createDb, withTx, type Db } from '../../src/db/client'
import { MIGRATIONS_DIR, migrate } from '../../src/db/migrator'
import { checkLedger } from '../../src/domain/ledger/checkLedger'
import { addressAccount, walletLiabilityAccount } from '../../src/domain/ledger/chartOfAccounts'
import { creditDeposit, placeWithdrawalHold } from '../../src/domain/ledger/entries'
import { insertWithdrawal, setHoldEntry } from '../../src/db/withdrawals'
import { newId } from '../../src/lib/ids'
import { createTestDatabase, sql, type TestDatabase } from '../support/db'
import { TEST_MASTER_KEY } from '../support/stack'

const CHAIN = 31337
const ASSET = '31337:native'

async function seedSoundLedger(url: string, db: Db) {
  const walletId = newId()
  const hot = '0x' + newId().replace(/-/g, '').padEnd(40, '0')
  await sql(url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'w', 'hd', 'local', 'xpub', $2)", [walletId, hot])
  const addressId = newId()
  await sql(url, "INSERT INTO addresses (id, wallet_id, kind, derivation_index, address) VALUES ($1, $2, 'hot', 0, $3)", [addressId, walletId, hot])
  const depositId = newId()
  await sql(
    url,
    `INSERT INTO deposits (id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index, block_number, block_hash, status)
     VALUES ($1, $2, $3, $4, $5, $6, $6, 1000000, $7, -1, 5, '0xb', 'confirmed')`,
    [depositId, CHAIN, ASSET, walletId, addressId, hot, '0x' + depositId.replace(/-/g, '').padEnd(64, '0')],
  )
  await withTx(db, async (tx) => {
    const entryId = await creditDeposit(tx, { id: depositId, walletId, chainId: CHAIN, asset: ASSET, address: hot, amount: 1_000_000n, blockNumber: 5n })
    await tx.$executeRaw`UPDATE deposits SET credit_entry_id = ${entryId}::uuid WHERE id = ${depositId}::uuid`
  })
  const w = await withTx(db, async (tx) => {
    const row = await insertWithdrawal(tx, { id: newId(), kind: 'withdrawal', clientId: null, externalId: null, walletId, chainId: CHAIN, asset: ASSET, fromAddress: hot, toAddress: hot, amount: 1000n, status: 'queued' })
    await setHoldEntry(tx, row.id, await placeWithdrawalHold(tx, row))
    return row
  })
  return { walletId, hot, depositId, withdrawalId: w.id }
}

/** Runs SQL with the ledger's triggers off: what a buggy or malicious writer could do without them. */
function behindTheBack(url: string, statements: string, params: unknown[] = []) {
  return sql(url, `SET session_replication_role = replica; ${statements}`.replace(/\$(\d)/g, (_, n) => `'${String(params[Number(n) - 1])}'`))
}

function runCli(url: string): Promise<{ code: number; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'ledger', 'check'], {
      cwd: resolve(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', DATABASE_URL: url, LOCAL_MASTER_KEY: TEST_MASTER_KEY, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => res({ code: code ?? -1, out }))
  })
}

describe('the ledger invariant check', () => {
  let tdb: TestDatabase
  let db: Db
  let seeded: Awaited<ReturnType<typeof seedSoundLedger>>
  beforeAll(async () => {
    tdb = await createTestDatabase()
    db = createDb({ url: tdb.url, poolSize: 4 })
    seeded = await seedSoundLedger(tdb.url, db)
  })
  afterAll(async () => {
    await db.$disconnect()
    await tdb.drop()
  })

  test('a sound ledger passes every check, and the command exits 0', async () => {
    const report = await checkLedger({ db })
    expect(report.checks.filter((c) => c.violations)).toEqual([])
    expect(report).toMatchObject({ ok: true, totals: { entries: 2, postings: 4, withdrawals: 1, deposits: 1 } })
    const cli = await runCli(tdb.url)
    expect(cli.out).toContain('the ledger holds every invariant')
    expect(cli.code).toBe(0)
  })

  test.each([
    ['an unbalanced entry', 'entries_balanced', (s: typeof seeded) => `UPDATE postings SET amount = amount + 1 WHERE id = (SELECT min(id) FROM postings WHERE account_id = (SELECT id FROM ledger_accounts WHERE address = '${s.hot}'))`],
    ['a drifted balance row', 'balances_equal_postings', () => `UPDATE ledger_balances SET posted_debits = posted_debits + 5 WHERE account_id = (SELECT id FROM ledger_accounts WHERE type = 'asset' LIMIT 1)`],
    ['a negative customer balance', 'no_negative_customer_balance', () => `UPDATE ledger_balances SET no_overdraft = false, posted_debits = posted_credits + 1 WHERE account_id = (SELECT id FROM ledger_accounts WHERE type = 'liability')`],
    ['a confirmed deposit without its credit', 'deposit_entries', (s: typeof seeded) => `INSERT INTO deposits (id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index, block_number, block_hash, status)
       SELECT gen_random_uuid(), 31337, '31337:native', wallet_id, id, address, address, 7, '0x' || md5(random()::text), -1, 9, '0xb', 'confirmed' FROM addresses WHERE address = '${s.hot}'`],
    ['a confirmed withdrawal without its post and gas', 'withdrawal_entries', (s: typeof seeded) => `UPDATE withdrawals SET status = 'confirmed', fee_paid = 21000, block_number = 9 WHERE id = '${s.withdrawalId}'`],
    ['an entry of a withdrawal that does not exist', 'entries_reference_objects', () => `UPDATE journal_entries SET ref_id = gen_random_uuid() WHERE kind = 'hold'`],
    ['a void with postings', 'entries_well_formed', () => `UPDATE journal_entries SET kind = 'void', hold_id = (SELECT id FROM journal_entries WHERE kind = 'hold') WHERE event = 'deposit.credit'`],
  ])('%s is reported by %s, and the command exits 1', async (_what, name, corrupt) => {
    const t = await createTestDatabase()
    const d = createDb({ url: t.url, poolSize: 2 })
    try {
      const s = await seedSoundLedger(t.url, d)
      await behindTheBack(t.url, corrupt(s))
      const report = await checkLedger({ db: d })
      expect(report.ok).toBe(false)
      const failed = report.checks.find((c) => c.name === name)!
      expect(failed.violations).toBeGreaterThan(0)
      expect(failed.samples.length).toBeGreaterThan(0)
      const cli = await runCli(t.url)
      expect(cli.code).toBe(1)
      expect(cli.out).toContain(`FAIL ${name}`)
    } finally {
      await d.$disconnect()
      await t.drop()
    }
  })
})

test('the finance migration gives postings written before it their running balances', async () => {
  const t = await createTestDatabase({ migrate: false })
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
  try {
    cpSync(join(MIGRATIONS_DIR, '20261121000000_init'), join(dir, '20261121000000_init'), { recursive: true })
    await migrate(t.url, dir)
    const w = newId()
    const hot = '0x' + '1'.repeat(40)
    const [A, B] = [newId(), newId()]
    await sql(t.url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'w', 'hd', 'local', 'x', $2)", [w, hot])
    await sql(t.url, "INSERT INTO addresses (id, wallet_id, kind, derivation_index, address) VALUES ($1, $2, 'hot', 0, $3)", [newId(), w, hot])
    await sql(t.url, `INSERT INTO ledger_accounts (id, code, type, normal_balance, asset, chain_id, wallet_id, address, name) VALUES
      ($1, 'a', 'asset', 'debit', '1:native', 1, $3, $4, 'a'), ($2, 'b', 'liability', 'credit', '1:native', 1, $3, null, 'b')`, [A, B, w, hot])
    await sql(t.url, 'INSERT INTO ledger_balances (account_id, no_overdraft) VALUES ($1, false), ($2, true)', [A, B])
    const entry = async (kind: string, hold: string | null, postings: [string, number][]) => {
      const id = newId()
      await sql(t.url, `BEGIN; INSERT INTO journal_entries (id, kind, hold_id, event, ref_type, ref_id, chain_id) VALUES ('${id}', '${kind}', ${hold ? `'${hold}'` : 'null'}, 'x', 't', '${newId()}', 1);
        ${postings.map(([a, m]) => `INSERT INTO postings (entry_id, account_id, asset, amount) VALUES ('${id}', '${a}', '1:native', ${m});`).join('')} COMMIT;`)
      return id
    }
    await entry('standard', null, [[A, 1000], [B, -1000]])
    const h1 = await entry('hold', null, [[B, 300], [A, -300]])
    await entry('post', h1, [[B, 300], [A, -300]])
    const h2 = await entry('hold', null, [[B, 50], [A, -50]])
    await entry('void', h2, [])
    await entry('hold', null, [[B, 70], [A, -70]])

    await migrate(t.url)
    const rows = await sql<{ account_id: string; amount: string; v: string; pd: string; pc: string; hd: string; hc: string }>(
      t.url,
      'SELECT account_id, amount::text, after_version::text v, after_posted_debits::text pd, after_posted_credits::text pc, after_pending_debits::text hd, after_pending_credits::text hc FROM postings WHERE account_id = $1 ORDER BY after_version',
      [B],
    )
    expect(rows.map((r) => [r.amount, r.v, r.pd, r.pc, r.hd, r.hc])).toEqual([
      ['-1000', '1', '0', '1000', '0', '0'],
      ['300', '2', '0', '1000', '300', '0'],
      ['300', '4', '300', '1000', '0', '0'], // the post released the hold (version 3) and then posted
      ['50', '5', '300', '1000', '50', '0'],
      ['70', '7', '300', '1000', '70', '0'], // the void released 50 (version 6)
    ])
    expect(await sql(t.url, 'SELECT amount::text, after_version::text v, after_pending_debits::text hd FROM ledger_releases WHERE account_id = $1', [B])).toEqual([{ amount: '50', v: '6', hd: '0' }])
    expect(await sql(t.url, "SELECT code, role FROM ledger_accounts ORDER BY code")).toEqual([{ code: 'a', role: 'hot' }, { code: 'b', role: 'customer' }])
    const d = createDb({ url: t.url, poolSize: 2 })
    try {
      const report = await checkLedger({ db: d })
      expect(report.checks.find((c) => c.name === 'balances_equal_postings')!.violations).toBe(0)
    } finally {
      await d.$disconnect()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await t.drop()
  }
})

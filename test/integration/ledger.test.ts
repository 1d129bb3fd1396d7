/**
 * The ledger rules the database enforces: balanced entries, append-only history, balances kept by
 * triggers, no customer overdraft, holds posted or voided once; and concurrent postings losing nothing.
 */
import { createDb, withTx, type Db } from '../../src/db/client'
import { ensureAccount, getBalances, insertEntries, lockBalances } from '../../src/db/ledger'
import { createTestDatabase, sql, type TestDatabase } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { newId } from '../../src/lib/ids'
import { walletLiabilityAccount, addressAccount, networkFeeAccount } from '../../src/domain/ledger/chartOfAccounts'

const ASSET = '31337:native'
let tdb: TestDatabase
let db: Db
let walletId: string
let liability: string
let hot: string
let fee: string

async function makeWallet(): Promise<string> {
  const id = newId()
  await sql(tdb.url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'w', 'hd', 'local', 'xpub', $2)", [id, '0x' + id.replace(/-/g, '').padEnd(40, '0').slice(0, 40)])
  return id
}

function entry(kind: 'standard' | 'hold' | 'post' | 'void', postings: [string, bigint][], holdId?: string) {
  return { kind, ...(holdId ? { holdId } : {}), event: `test.${kind}`, refType: 'test', refId: newId(), chainId: 31337, postings: postings.map(([accountId, amount]) => ({ accountId, asset: ASSET, amount })) }
}

async function post(...entries: ReturnType<typeof entry>[]) {
  return withTx(db, async (tx) => {
    await lockBalances(tx, entries.flatMap((e) => e.postings.map((p) => p.accountId)))
    return insertEntries(tx, entries)
  })
}

async function bal(id: string) {
  return (await getBalances(db, [id])).get(id)!
}

beforeAll(async () => {
  tdb = await createTestDatabase()
  db = createDb({ url: tdb.url, poolSize: 20 })
  walletId = await makeWallet()
  liability = await ensureAccount(db, walletLiabilityAccount(ASSET, 31337, walletId))
  hot = await ensureAccount(db, addressAccount(ASSET, 31337, '0x' + '1'.repeat(40), walletId))
  fee = await ensureAccount(db, networkFeeAccount(ASSET, 31337))
})
afterAll(async () => {
  try {
    await expectLedgerInvariants(db)
  } finally {
    await db.$disconnect()
    await tdb.drop()
  }
})

describe('ledger rules enforced by Postgres', () => {
  test('ensureAccount is idempotent and creates a zero balance row', async () => {
    expect(await ensureAccount(db, walletLiabilityAccount(ASSET, 31337, walletId))).toBe(liability)
    expect(await bal(liability)).toMatchObject({ postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n })
  })

  test('a balanced entry posts and moves both balances', async () => {
    await post(entry('standard', [[hot, 1000n], [liability, -1000n]]))
    expect(await bal(hot)).toMatchObject({ postedDebits: 1000n, postedCredits: 0n })
    expect(await bal(liability)).toMatchObject({ postedDebits: 0n, postedCredits: 1000n })
  })

  test('an unbalanced entry is refused at commit and leaves nothing', async () => {
    const before = await sql(tdb.url, 'SELECT count(*)::int n FROM journal_entries')
    await expect(post(entry('standard', [[hot, 10n], [liability, -9n]]))).rejects.toThrow(/not balanced/)
    await expect(post(entry('standard', [[hot, 10n]]))).rejects.toThrow(/at least 2/)
    expect(await sql(tdb.url, 'SELECT count(*)::int n FROM journal_entries')).toEqual(before)
    expect(await bal(hot)).toMatchObject({ postedDebits: 1000n })
  })

  test('a posting in another asset than its account is refused', async () => {
    await expect(
      withTx(db, (tx) => insertEntries(tx, [{ ...entry('standard', []), postings: [{ accountId: hot, asset: '1:native', amount: 5n }, { accountId: liability, asset: '1:native', amount: -5n }] }])),
    ).rejects.toThrow(/foreign key|violates/)
  })

  test('entries and postings cannot be updated, deleted or truncated', async () => {
    await expect(sql(tdb.url, "UPDATE journal_entries SET event = 'x'")).rejects.toThrow(/append-only/)
    await expect(sql(tdb.url, 'DELETE FROM postings')).rejects.toThrow(/append-only/)
    await expect(sql(tdb.url, 'UPDATE postings SET amount = amount * 2')).rejects.toThrow(/append-only/)
    await expect(sql(tdb.url, 'TRUNCATE postings CASCADE')).rejects.toThrow(/append-only/)
  })

  test('a hold moves pending balances; posting it settles them; it resolves only once', async () => {
    const [holdId] = await post(entry('hold', [[liability, 300n], [hot, -300n]]))
    expect(await bal(liability)).toMatchObject({ postedCredits: 1000n, pendingDebits: 300n })
    expect(await bal(hot)).toMatchObject({ pendingCredits: 300n })
    await post(entry('post', [[liability, 300n], [hot, -300n]], holdId), entry('standard', [[fee, 21n], [hot, -21n]]))
    expect(await bal(liability)).toMatchObject({ postedDebits: 300n, postedCredits: 1000n, pendingDebits: 0n })
    expect(await bal(hot)).toMatchObject({ postedDebits: 1000n, postedCredits: 321n, pendingCredits: 0n })
    expect(await bal(fee)).toMatchObject({ postedDebits: 21n })
    await expect(post(entry('void', [], holdId))).rejects.toThrow(/journal_entries_one_resolution|duplicate key/)
  })

  test('voiding a hold releases it without postings', async () => {
    const [holdId] = await post(entry('hold', [[liability, 50n], [hot, -50n]]))
    await post(entry('void', [], holdId))
    expect(await bal(liability)).toMatchObject({ pendingDebits: 0n, postedDebits: 300n })
    await expect(post(entry('void', [[hot, 1n], [liability, -1n]], newId()))).rejects.toThrow()
  })

  test('a customer liability never goes below zero available, even if the application forgot to check', async () => {
    // available is 1000 − 300 = 700
    await expect(post(entry('hold', [[liability, 701n], [hot, -701n]]))).rejects.toThrow(/ledger_balances_no_overdraft/)
    await expect(post(entry('standard', [[liability, 701n], [hot, -701n]]))).rejects.toThrow(/ledger_balances_no_overdraft/)
    await post(entry('hold', [[liability, 700n], [hot, -700n]]))
    expect(await bal(liability)).toMatchObject({ pendingDebits: 700n })
  })

  test('balances equal the sums of the postings', async () => {
    const rows = await sql<{ account_id: string; ok: boolean }>(
      tdb.url,
      `SELECT b.account_id,
              b.posted_debits = coalesce(sum(greatest(p.amount, 0)) FILTER (WHERE e.kind IN ('standard','post')), 0)
          AND b.posted_credits = coalesce(sum(greatest(-p.amount, 0)) FILTER (WHERE e.kind IN ('standard','post')), 0) AS ok
         FROM ledger_balances b LEFT JOIN postings p ON p.account_id = b.account_id LEFT JOIN journal_entries e ON e.id = p.entry_id
        GROUP BY b.account_id`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(3)
    expect(rows.every((r) => r.ok)).toBe(true)
  })

  test('50 concurrent postings on one account lose nothing', async () => {
    const w2 = await makeWallet()
    const l2 = await ensureAccount(db, walletLiabilityAccount(ASSET, 31337, w2))
    const before = await bal(hot)
    await Promise.all(Array.from({ length: 50 }, (_, i) => post(entry('standard', [[hot, BigInt(i + 1)], [l2, -BigInt(i + 1)]]))))
    const after = await bal(hot)
    expect(after.postedDebits - before.postedDebits).toBe(BigInt((50 * 51) / 2))
    expect((await bal(l2)).postedCredits).toBe(BigInt((50 * 51) / 2))
  })
})

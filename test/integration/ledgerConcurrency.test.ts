/**
 * The ledger's domain path under concurrency (src/domain/ledger/entries.ts, as the API and the chain
 * pipeline call it): 50 concurrent postings on one hot account lose nothing; concurrent holds never
 * overdraw a customer; settlements that all touch the chain-wide network-fee account serialize on it
 * without losing an update; a withdrawal fee goes to the withdrawal-fee revenue account.
 */
import { createDb, withTx, type Db } from '../../src/db/client'
import { getBalances, lockAccounts } from '../../src/db/ledger'
import { insertWithdrawal, setHoldEntry } from '../../src/db/withdrawals'
import { addressAccount, networkFeeAccount, walletLiabilityAccount, withdrawalFeeAccount } from '../../src/domain/ledger/chartOfAccounts'
import { creditDeposit, placeWithdrawalHold, postWithdrawal, voidWithdrawal, type WithdrawalForLedger } from '../../src/domain/ledger/entries'
import { listLedgerAccountEntries } from '../../src/domain/ledger/queries'
import type { Deps } from '../../src/domain/deps'
import { AppError } from '../../src/lib/errors'
import { newId } from '../../src/lib/ids'
import { createTestDatabase, sql, type TestDatabase } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'

const CHAIN = 31337
const ASSET = '31337:native'
let tdb: TestDatabase
let db: Db
let walletId: string
let hot: string
let block = 100n

beforeAll(async () => {
  tdb = await createTestDatabase()
  db = createDb({ url: tdb.url, poolSize: 20 })
  walletId = newId()
  hot = '0x' + 'ab'.repeat(20)
  await sql(tdb.url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'w', 'hd', 'local', 'xpub', $2)", [walletId, hot])
  await sql(tdb.url, "INSERT INTO addresses (id, wallet_id, kind, derivation_index, address) VALUES ($1, $2, 'hot', 0, $3)", [newId(), walletId, hot])
})
afterAll(async () => {
  try {
    await expectLedgerInvariants(db)
  } finally {
    await db.$disconnect()
    await tdb.drop()
  }
})

async function balanceOf(code: string) {
  const [a] = await sql<{ id: string }>(tdb.url, 'SELECT id FROM ledger_accounts WHERE code = $1', [code])
  return (await getBalances(db, [a!.id])).get(a!.id)!
}

/** A confirmed deposit as the chain pipeline records it: the deposit row and its credit, in one transaction. */
async function deposit(amount: bigint) {
  const id = newId()
  const b = block++
  await withTx(db, async (tx) => {
    await tx.$executeRaw`
      INSERT INTO deposits (id, chain_id, asset, wallet_id, address_id, address, from_address, amount, tx_hash, log_index, block_number, block_hash, status, confirmed_at)
      SELECT ${id}::uuid, ${CHAIN}, ${ASSET}, ${walletId}::uuid, a.id, ${hot}, ${hot}, ${amount.toString()}::numeric, ${'0x' + id.replace(/-/g, '').padEnd(64, '0')}, -1,
             ${b.toString()}::bigint, '0xblock', 'confirmed', now()
        FROM addresses a WHERE a.address = ${hot}`
    const entryId = await creditDeposit(tx, { id, walletId, chainId: CHAIN, asset: ASSET, address: hot, amount, blockNumber: b })
    await tx.$executeRaw`UPDATE deposits SET credit_entry_id = ${entryId}::uuid WHERE id = ${id}::uuid`
  })
}

/** A withdrawal as createWithdrawal records it: the row (`queued`) and its hold, in one transaction. */
async function requestWithdrawal(amount: bigint, fee = 0n): Promise<WithdrawalForLedger & { holdId: string }> {
  return withTx(db, async (tx) => {
    const row = await insertWithdrawal(tx, {
      id: newId(), kind: 'withdrawal', clientId: null, externalId: null, walletId, chainId: CHAIN, asset: ASSET,
      fromAddress: hot, toAddress: '0x' + '77'.repeat(20), amount, status: 'queued',
    })
    const w = { ...row, fee }
    const holdId = await placeWithdrawalHold(tx, w)
    await setHoldEntry(tx, row.id, holdId)
    return { ...w, holdId }
  })
}

/** Settlement as confirmAtDepth records it: the status, the post of the hold and the gas, in one transaction. */
async function settle(w: WithdrawalForLedger & { holdId: string }, gas: bigint, ok = true) {
  const b = block++
  await withTx(db, async (tx) => {
    await tx.$executeRaw`UPDATE withdrawals SET status = ${ok ? 'confirmed' : 'failed'}, block_number = ${b.toString()}::bigint, fee_paid = ${gas.toString()}::numeric WHERE id = ${w.id}::uuid`
    if (ok) await postWithdrawal(tx, w, w.holdId, { fee: gas, blockNumber: b })
    else await voidWithdrawal(tx, w, w.holdId, { fee: gas, blockNumber: b })
  })
}

describe('ledger domain path under concurrency', () => {
  const liability = () => walletLiabilityAccount(ASSET, CHAIN, walletId).code
  const hotCode = () => addressAccount(ASSET, CHAIN, hot, walletId).code

  test('50 concurrent deposits to one hot address lose nothing', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => deposit(BigInt(i + 1) * 1000n)))
    const total = BigInt((50 * 51) / 2) * 1000n
    expect(await balanceOf(hotCode())).toMatchObject({ postedDebits: total, postedCredits: 0n })
    expect(await balanceOf(liability())).toMatchObject({ postedCredits: total, postedDebits: 0n })
  })

  test('50 concurrent withdrawal holds of 1/40 of the balance each: exactly 40 are placed, 10 refused, none overdraws', async () => {
    const total = BigInt((50 * 51) / 2) * 1000n
    const each = total / 40n
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => requestWithdrawal(each)))
    const placed = outcomes.filter((o) => o.status === 'fulfilled')
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    expect(placed).toHaveLength(40)
    expect(refused).toHaveLength(10)
    for (const r of refused) expect(r.reason).toBeInstanceOf(AppError)
    for (const r of refused) expect((r.reason as AppError).code).toBe('insufficient_balance')
    const l = await balanceOf(liability())
    expect(l.pendingDebits).toBe(each * 40n)
    expect(l.postedCredits - l.postedDebits - l.pendingDebits).toBeGreaterThanOrEqual(0n)
    expect(await sql(tdb.url, 'SELECT id FROM withdrawals')).toHaveLength(40) // a refused hold leaves no withdrawal behind

    // settle them concurrently: every settlement also books gas on the chain-wide network-fee account
    const ws = placed.map((o) => (o as PromiseFulfilledResult<Awaited<ReturnType<typeof requestWithdrawal>>>).value)
    await Promise.all(ws.map((w, i) => settle(w, 21_000n * BigInt(i + 1), i % 10 !== 9)))
    const voided = ws.filter((_, i) => i % 10 === 9)
    const gas = 21_000n * BigInt((40 * 41) / 2)
    expect(await balanceOf(networkFeeAccount(ASSET, CHAIN).code)).toMatchObject({ postedDebits: gas, postedCredits: 0n })
    const h = await balanceOf(hotCode())
    expect(h).toMatchObject({ pendingCredits: 0n, pendingDebits: 0n, postedCredits: each * BigInt(ws.length - voided.length) + gas })
    expect(await balanceOf(liability())).toMatchObject({ pendingDebits: 0n, postedDebits: each * BigInt(ws.length - voided.length) })
  })

  test("the hot account's statement is every posting in order, each running balance one step from the last", async () => {
    const [acct] = await sql<{ id: string }>(tdb.url, 'SELECT id FROM ledger_accounts WHERE code = $1', [hotCode()])
    const deps = { db } as unknown as Deps
    const lines = await listLedgerAccountEntries(deps, acct!.id, { limit: 200, order: 'asc' })
    expect(lines.length).toBe(50 + 40 + 36 + 40 + 4) // deposits, holds, posts of the 36 settled, gas of all 40, releases of the 4 voided
    let posted = 0n
    let held = 0n
    for (const l of lines) {
      if (l.kind === 'hold') held += -BigInt(l.amount)
      else if (l.line === 'release') held -= -BigInt(l.amount)
      else {
        if (l.kind === 'post') held -= -BigInt(l.amount)
        posted += BigInt(l.amount)
      }
      expect(l.balances.posted).toBe(posted.toString())
      expect(l.balances.available).toBe((posted - held).toString())
    }
    const versions = lines.map((l) => Number(l.version))
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
  })

  test('a withdrawal fee is held with the amount and posted to the withdrawal-fee revenue account', async () => {
    const w = await requestWithdrawal(5000n, 700n)
    const l = await balanceOf(liability())
    expect(l.pendingDebits).toBe(5700n)
    await settle(w, 21_000n)
    expect(await balanceOf(withdrawalFeeAccount(ASSET, CHAIN).code)).toMatchObject({ postedCredits: 700n, pendingCredits: 0n })
    const [acct] = await sql<{ role: string; type: string }>(tdb.url, 'SELECT role, type FROM ledger_accounts WHERE code = $1', [withdrawalFeeAccount(ASSET, CHAIN).code])
    expect(acct).toEqual({ role: 'withdrawal_fee', type: 'revenue' })
  })

  test('an account id remembered from a transaction that rolled back is noticed and resolved again', async () => {
    const other = newId()
    const addr = '0x' + 'cd'.repeat(20)
    await sql(tdb.url, "INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'w2', 'hd', 'local', 'xpub', $2)", [other, addr])
    const spec = addressAccount(ASSET, CHAIN, addr, other)
    await expect(
      withTx(db, async (tx) => {
        await lockAccounts(tx, { lock: [spec] }) // creates the account and remembers its id
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await sql(tdb.url, 'SELECT id FROM ledger_accounts WHERE code = $1', [spec.code])).toHaveLength(0)
    const ids = await withTx(db, async (tx) => (await lockAccounts(tx, { lock: [spec] })).ids)
    const [row] = await sql<{ id: string; role: string }>(tdb.url, 'SELECT id, role FROM ledger_accounts WHERE code = $1', [spec.code])
    expect(ids).toEqual([row!.id])
    expect(row!.role).toBe('custody') // an address the addresses table does not know
  })
})

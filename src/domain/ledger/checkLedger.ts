/**
 * Verifies the whole ledger (the `ledger check` command, `GET /v1/ledger/invariants`, and the end of
 * every integration and e2e test suite). In one REPEATABLE READ snapshot:
 *
 *  1. every journal entry balances per asset, and has the postings its kind needs;
 *  2. Σ debits = Σ credits per asset, over the postings and over the balances table;
 *  3. no customer liability is below zero (posted or available);
 *  4. the balances table equals the sums of the postings (and each account's latest running balance);
 *  5. every withdrawal has exactly its entries: a hold of amount (+ fee) from its wallet's liability to
 *     its from-address; posted when confirmed, voided when failed, cancelled or rejected, open
 *     otherwise; and the gas it paid, once, from its from-address to the network-fee expense (transfers
 *     of other kinds, such as sweeps, only the gas: their own shapes are checked where they are defined);
 *  6. every confirmed deposit has exactly its credit entry, and no other deposit has any;
 *  7. every adjustment's entry is exactly what its audit record says; no entry points at nothing.
 */
import { withTx, Prisma, type DbOrTx } from '../../db/client'
import {
  balanceDrift,
  danglingEntries,
  debitsNotCredits,
  depositsWithEntries,
  ledgerTotals,
  malformedAdjustments,
  malformedEntries,
  negativeCustomerBalances,
  unbalancedEntries,
  withdrawalsWithEntries,
  type DepositWithEntries,
  type ObjectEntry,
  type Violations,
  type WithdrawalWithEntries,
} from '../../db/ledgerChecks'
import type { Deps } from '../deps'
import { nativeAsset } from '../assets'
import { addressAccount, networkFeeAccount, walletLiabilityAccount, withdrawalFeeAccount } from './chartOfAccounts'

const SAMPLES = 20
const PAGE = 1000

export interface InvariantCheck {
  name: string
  description: string
  violations: number
  samples: unknown[]
}

export interface LedgerCheckReport {
  ok: boolean
  checkedAt: string
  totals: Awaited<ReturnType<typeof ledgerTotals>>
  checks: InvariantCheck[]
}

function check(name: string, description: string, v: Violations<unknown>): InvariantCheck {
  return { name, description, violations: v.count, samples: v.samples }
}

type Expected = { kind: ObjectEntry['kind']; event?: string; block?: string | null; postings: Map<string, bigint> }

function postingMap(postings: { code: string; amount: string }[] | null): Map<string, bigint> {
  const m = new Map<string, bigint>()
  for (const p of postings ?? []) m.set(p.code, (m.get(p.code) ?? 0n) + BigInt(p.amount))
  return m
}

function samePostings(a: Map<string, bigint>, b: Map<string, bigint>): boolean {
  if (a.size !== b.size) return false
  for (const [k, v] of a) if (b.get(k) !== v) return false
  return true
}

/** What is wrong with `w`'s entries (empty when they are exactly right). */
export function withdrawalProblems(w: WithdrawalWithEntries): string[] {
  const problems: string[] = []
  const entries = w.entries ?? []
  const hold = entries.find((e) => e.kind === 'hold')
  const native = nativeAsset(w.chainId)
  const amount = BigInt(w.amount)
  if (w.kind !== 'withdrawal') return otherKindProblems(w)
  if (!w.holdEntryId) {
    if (entries.length) problems.push(`has ${entries.length} entries but no hold`)
    return problems
  }
  if (!hold || hold.id !== w.holdEntryId) return [`its hold entry ${w.holdEntryId} is not among its entries`]
  if (entries.filter((e) => e.kind === 'hold').length !== 1) problems.push('has more than one hold')
  const held = postingMap(hold.postings)
  if (w.kind === 'withdrawal') {
    const liability = walletLiabilityAccount(w.asset, w.chainId, w.walletId).code
    const source = addressAccount(w.asset, w.chainId, w.fromAddress, w.walletId).code
    const revenue = withdrawalFeeAccount(w.asset, w.chainId).code
    const fee = -(held.get(revenue) ?? 0n)
    const expected = new Map<string, bigint>([
      [liability, amount + fee],
      [source, -amount],
    ])
    if (fee !== 0n) expected.set(revenue, -fee)
    if (fee < 0n || !samePostings(held, expected)) problems.push(`hold postings are not Dr customer ${amount}+fee · Cr ${w.fromAddress} ${amount} · Cr withdrawal fee`)
  }
  const expected: Expected[] = []
  const terminalVoid = ['failed', 'cancelled', 'rejected'].includes(w.status)
  if (w.status === 'confirmed') expected.push({ kind: 'post', event: 'withdrawal.post', block: w.blockNumber, postings: held })
  else if (terminalVoid) expected.push({ kind: 'void', postings: new Map() })
  const fee = w.feePaid === null ? 0n : BigInt(w.feePaid)
  if ((w.status === 'confirmed' || terminalVoid) && fee > 0n) {
    expected.push({
      kind: 'standard',
      event: 'network_fee',
      block: w.blockNumber,
      postings: new Map([
        [networkFeeAccount(native, w.chainId).code, fee],
        [addressAccount(native, w.chainId, w.fromAddress, w.walletId).code, -fee],
      ]),
    })
  }
  const rest = entries.filter((e) => e !== hold)
  for (const x of expected) {
    const i = rest.findIndex(
      (e) =>
        e.kind === x.kind &&
        (x.event === undefined || e.event === x.event) &&
        (x.block === undefined || e.block === x.block) &&
        (x.kind === 'standard' || e.hold === hold.id) &&
        samePostings(postingMap(e.postings), x.postings),
    )
    if (i < 0) problems.push(`status ${w.status}: missing its ${x.event ?? x.kind} entry${x.kind === 'standard' ? ` of ${fee} wei gas` : ''}`)
    else rest.splice(i, 1)
  }
  for (const e of rest) problems.push(`status ${w.status}: unexpected ${e.kind} entry ${e.id} (${e.event})`)
  return problems
}

/**
 * Transfers of other kinds (sweeps, top-ups, nonce fills) book their own shapes, defined with them; what
 * holds for all of them: the gas a settled one paid is booked once, from its sending address.
 */
function otherKindProblems(w: WithdrawalWithEntries): string[] {
  const fee = w.feePaid === null ? 0n : BigInt(w.feePaid)
  if (!['confirmed', 'failed', 'cancelled'].includes(w.status) || fee === 0n) return []
  const native = nativeAsset(w.chainId)
  const expected = new Map([
    [networkFeeAccount(native, w.chainId).code, fee],
    [addressAccount(native, w.chainId, w.fromAddress, w.walletId).code, -fee],
  ])
  const gas = (w.entries ?? []).filter((e) => e.event === 'network_fee')
  if (gas.length !== 1 || !samePostings(postingMap(gas[0]!.postings), expected)) return [`${w.kind} ${w.status}: its gas of ${fee} wei is not booked exactly once`]
  return []
}

/** What is wrong with `d`'s entries (empty when they are exactly right). */
export function depositProblems(d: DepositWithEntries): string[] {
  const entries = d.entries ?? []
  if (d.status !== 'confirmed') {
    if (!entries.length) return []
    return [d.status === 'orphaned' ? 'credited, then orphaned by a reorg deeper than the confirmation depth: needs an operator' : `status ${d.status} but has ${entries.length} entries`]
  }
  if (entries.length !== 1) return [`confirmed with ${entries.length} entries; exactly one credit is expected`]
  const e = entries[0]!
  const expected = new Map<string, bigint>([
    [addressAccount(d.asset, d.chainId, d.address, d.walletId).code, BigInt(d.amount)],
    [walletLiabilityAccount(d.asset, d.chainId, d.walletId).code, -BigInt(d.amount)],
  ])
  const problems: string[] = []
  if (e.id !== d.creditEntryId) problems.push(`its credit entry is ${e.id}, the deposit names ${d.creditEntryId}`)
  if (e.kind !== 'standard' || e.event !== 'deposit.credit') problems.push(`its entry is a ${e.kind} ${e.event}, not a deposit.credit`)
  if (e.block !== d.blockNumber) problems.push(`its entry is booked at block ${e.block}, the deposit is in block ${d.blockNumber}`)
  if (!samePostings(postingMap(e.postings), expected)) problems.push(`postings are not Dr ${d.address} ${d.amount} · Cr customer ${d.amount}`)
  return problems
}

async function objects<T extends { id: string }>(
  page: (after: string | null) => Promise<T[]>,
  problemsOf: (x: T) => string[],
): Promise<Violations<{ id: string; problems: string[] }>> {
  const out: Violations<{ id: string; problems: string[] }> = { count: 0, samples: [] }
  let after: string | null = null
  for (;;) {
    const rows = await page(after)
    for (const r of rows) {
      const p = problemsOf(r)
      if (!p.length) continue
      out.count++
      if (out.samples.length < SAMPLES) out.samples.push({ id: r.id, problems: p })
    }
    if (rows.length < PAGE) return out
    after = rows[rows.length - 1]!.id
  }
}

async function run(db: DbOrTx): Promise<LedgerCheckReport> {
  const totals = await ledgerTotals(db)
  const checks = [
    check('entries_balanced', 'every journal entry balances per asset', await unbalancedEntries(db, SAMPLES)),
    check('entries_well_formed', 'a void has no postings; every other entry has at least two', await malformedEntries(db, SAMPLES)),
    check('debits_equal_credits', 'Σ debits = Σ credits per asset (postings, posted and pending balances)', await debitsNotCredits(db, SAMPLES)),
    check('no_negative_customer_balance', 'no customer liability below zero, posted or available', await negativeCustomerBalances(db, SAMPLES)),
    check('balances_equal_postings', 'the balances table equals the sums of the postings and the latest running balances', await balanceDrift(db, SAMPLES)),
    check('withdrawal_entries', 'every withdrawal has exactly its hold, its post or void, and its gas', await objects((a) => withdrawalsWithEntries(db, a, PAGE), withdrawalProblems)),
    check('deposit_entries', 'every confirmed deposit has exactly its credit entry, and no other deposit has any', await objects((a) => depositsWithEntries(db, a, PAGE), depositProblems)),
    check('adjustment_entries', "every adjustment's entry is what its audit record says", await malformedAdjustments(db, SAMPLES)),
    check('entries_reference_objects', 'every entry points at an existing withdrawal, deposit or adjustment', await danglingEntries(db, SAMPLES)),
  ]
  return { ok: checks.every((c) => c.violations === 0), checkedAt: new Date().toISOString(), totals, checks }
}

/**
 * Runs every ledger invariant in one consistent snapshot (read only).
 * @returns the report; `ok` is false when any check found a violation (up to 20 samples each)
 */
export async function checkLedger(deps: Pick<Deps, 'db'>): Promise<LedgerCheckReport> {
  return withTx(deps.db, run, { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeoutMs: 600_000 })
}

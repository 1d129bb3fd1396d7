/**
 * Ledger storage: accounts, balances, journal entries and postings.
 *
 * The database enforces the rules (see the init and ledger_finance migrations): entries balance per
 * asset at COMMIT, entries and postings are append-only, balances are maintained by triggers (which
 * also write each posting's resulting balance into the posting), customer liabilities never overdraw.
 * This module adds the lock order that keeps concurrent writers deadlock-free: every writer locks the
 * balance rows it will touch, sorted by account id, before inserting. A chain-wide account that every
 * settlement touches (the network-fee expense) may instead be left to the posting trigger, which locks
 * it last, just before COMMIT, so that the busiest row is held for the shortest time.
 */
import { newId } from '../lib/ids'
import { toBigInt } from '../lib/amounts'
import { AppError } from '../lib/errors'
import type { DbOrTx, DbTx } from './client'

export type AccountType = 'asset' | 'liability' | 'expense' | 'revenue' | 'equity' | 'suspense'

/** Role of an account in the chart of accounts (see src/domain/ledger/chartOfAccounts.ts). */
export type AccountRole =
  | 'hot'
  | 'deposit'
  | 'treasury'
  | 'custody'
  | 'customer'
  | 'network_fee'
  | 'withdrawal_fee'
  | 'other_income'
  | 'equity'
  | 'suspense'

export interface AccountSpec {
  code: string
  type: AccountType
  asset: string
  chainId: number
  walletId?: string | null
  address?: string | null
  name: string
  /** omitted: the database derives it (custody addresses from the address and its wallet) */
  role?: AccountRole
}

export interface PostingInput {
  accountId: string
  asset: string
  /** signed base units: debit > 0, credit < 0 */
  amount: bigint
}

export interface EntryInput {
  kind: 'standard' | 'hold' | 'post' | 'void'
  holdId?: string
  event: string
  refType: string
  refId: string
  chainId: number
  blockNumber?: bigint | null
  description?: string
  postings: PostingInput[]
}

export interface Balance {
  accountId: string
  postedDebits: bigint
  postedCredits: bigint
  pendingDebits: bigint
  pendingCredits: bigint
}

const NORMAL: Record<AccountType, 'debit' | 'credit'> = {
  asset: 'debit',
  expense: 'debit',
  liability: 'credit',
  revenue: 'credit',
  equity: 'credit',
  suspense: 'debit',
}

/**
 * Returns the id of the account with `spec.code`, creating it (and its zero balance row) if missing.
 * Safe under concurrency (INSERT … ON CONFLICT DO NOTHING).
 */
export async function ensureAccount(tx: DbOrTx, spec: AccountSpec): Promise<string> {
  const existing = await tx.ledgerAccount.findUnique({ where: { code: spec.code }, select: { id: true } })
  if (existing) return existing.id
  const id = newId()
  const normal = NORMAL[spec.type]
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    WITH a AS (
      INSERT INTO ledger_accounts (id, code, type, normal_balance, asset, chain_id, wallet_id, address, name, role)
      VALUES (${id}::uuid, ${spec.code}, ${spec.type}, ${normal}, ${spec.asset}, ${spec.chainId},
              ${spec.walletId ?? null}::uuid, ${spec.address ?? null}, ${spec.name}, ${spec.role ?? null})
      ON CONFLICT (code) DO NOTHING
      RETURNING id
    )
    INSERT INTO ledger_balances (account_id, no_overdraft)
    SELECT id, ${spec.type === 'liability'} FROM a
    RETURNING account_id AS id`
  if (inserted[0]) return inserted[0].id
  const row = await tx.ledgerAccount.findUniqueOrThrow({ where: { code: spec.code }, select: { id: true } })
  return row.id
}

type BalanceRow = { account_id: string; posted_debits: string; posted_credits: string; pending_debits: string; pending_credits: string }

function toBalance(r: BalanceRow): Balance {
  return {
    accountId: r.account_id,
    postedDebits: BigInt(r.posted_debits),
    postedCredits: BigInt(r.posted_credits),
    pendingDebits: BigInt(r.pending_debits),
    pendingCredits: BigInt(r.pending_credits),
  }
}

/** Locks the balance rows of `accountIds` (sorted, FOR UPDATE) and returns them. */
export async function lockBalances(tx: DbTx, accountIds: string[]): Promise<Map<string, Balance>> {
  const ids = [...new Set(accountIds)].sort()
  const rows = await tx.$queryRaw<BalanceRow[]>`
    SELECT account_id, posted_debits::text, posted_credits::text, pending_debits::text, pending_credits::text
      FROM ledger_balances WHERE account_id = ANY(${ids}::uuid[]) ORDER BY account_id FOR UPDATE`
  return new Map(rows.map((r) => [r.account_id, toBalance(r)]))
}

// Account ids by code. Accounts are never deleted, but an id may have been created by a transaction
// that rolled back, or belong to another database this process talked to: every id taken from here is
// verified by the same statement that locks the balances ({@link lockAccounts}), and re-resolved if absent.
const ACCOUNT_CACHE_MAX = 100_000
const accountIdCache = new Map<string, string>()

function remember(code: string, id: string): void {
  if (accountIdCache.size >= ACCOUNT_CACHE_MAX) accountIdCache.delete(accountIdCache.keys().next().value!)
  accountIdCache.set(code, id)
}

/** Ids of the accounts of `specs` (created if missing), from the cache when possible; not verified. */
async function resolveAccounts(tx: DbTx, specs: AccountSpec[]): Promise<string[]> {
  const unknown = specs.filter((s) => !accountIdCache.has(s.code))
  if (unknown.length) {
    const rows = await tx.$queryRaw<{ id: string; code: string }[]>`
      SELECT id, code FROM ledger_accounts WHERE code = ANY(${unknown.map((s) => s.code)}::text[])`
    for (const r of rows) remember(r.code, r.id)
    for (const s of unknown) if (!accountIdCache.has(s.code)) remember(s.code, await ensureAccount(tx, s))
  }
  return specs.map((s) => accountIdCache.get(s.code)!)
}

export interface LockRequest {
  /** accounts whose balance rows are locked now (sorted by id) */
  lock?: AccountSpec[]
  /** accounts that must exist but are locked later, by the posting trigger just before COMMIT */
  touch?: AccountSpec[]
  /** a hold whose postings are read and whose accounts are locked now (to post or void it) */
  holdId?: string
}

export interface LockedAccounts {
  /** ids of `lock` then `touch`, in the order given */
  ids: string[]
  /** balances of the locked accounts, read under the lock */
  balances: Map<string, Balance>
  /** postings of `holdId`, in posting order (empty without a hold) */
  held: PostingInput[]
}

/**
 * Resolves the accounts of `lock` and `touch` (creating missing ones with zero balances), locks the
 * balance rows of `lock` and of the accounts of `holdId` in account-id order (`SELECT … FOR UPDATE`),
 * and checks in the same statement that the `touch` accounts exist without locking them: their rows
 * are locked later by the posting trigger, right before COMMIT (for the chain-wide accounts that every
 * settlement touches, so that they are held for the shortest time). One round trip in the usual case.
 *
 * @throws AppError `internal` when an account cannot be resolved or the hold has no postings
 */
export async function lockAccounts(tx: DbTx, req: LockRequest): Promise<LockedAccounts> {
  const lock = req.lock ?? []
  const specs = [...lock, ...(req.touch ?? [])]
  const hold = req.holdId ?? null
  for (let round = 0; ; round++) {
    const ids = await resolveAccounts(tx, specs)
    const lockSet = [...new Set(ids.slice(0, lock.length))].sort()
    const touchSet = ids.slice(lock.length)
    const rows = await tx.$queryRaw<(BalanceRow & { role: 'lock' | 'touch' | 'held'; asset: string | null; amount: string | null })[]>`
      WITH h AS (SELECT id, account_id, asset, amount FROM postings WHERE entry_id = ${hold}::uuid),
      l AS (
        SELECT account_id, posted_debits, posted_credits, pending_debits, pending_credits
          FROM ledger_balances
         WHERE account_id = ANY(${lockSet}::uuid[]) OR account_id IN (SELECT account_id FROM h)
         ORDER BY account_id FOR UPDATE
      )
      SELECT 'lock' AS role, account_id, posted_debits::text, posted_credits::text, pending_debits::text, pending_credits::text,
             NULL AS asset, NULL AS amount FROM l
      UNION ALL
      SELECT 'touch', account_id, '0', '0', '0', '0', NULL, NULL FROM ledger_balances WHERE account_id = ANY(${touchSet}::uuid[])
      UNION ALL
      (SELECT 'held', account_id, '0', '0', '0', '0', asset, amount::text FROM h ORDER BY id)`
    const found = new Set(rows.filter((r) => r.role !== 'held').map((r) => r.account_id))
    const held = rows.filter((r) => r.role === 'held').map((r) => ({ accountId: r.account_id, asset: r.asset!, amount: BigInt(r.amount!) }))
    if (hold && !held.length) throw new AppError('internal', `hold ${hold} has no postings`)
    const stale = specs.filter((_, i) => !found.has(ids[i]!))
    if (!stale.length) {
      return { ids, balances: new Map(rows.filter((r) => r.role === 'lock').map((r) => [r.account_id, toBalance(r)])), held }
    }
    for (const s of stale) accountIdCache.delete(s.code)
    if (round > 0) throw new AppError('internal', `ledger accounts ${stale.map((s) => s.code).join(', ')} cannot be resolved`)
  }
}

/**
 * Inserts journal entries with their postings in one round trip (SQL function `ledger_insert_entries`:
 * all entries, then all postings), whatever the size of the batch. The caller has locked the touched balances
 * ({@link lockBalances} / {@link lockAccounts}) in the same transaction. The entries' triggers release
 * the holds that `post` and `void` entries resolve before any posting applies. Balance (per asset) is
 * checked by the database at COMMIT; an overdraft of a customer liability fails the statement
 * (constraint `ledger_balances_no_overdraft`).
 *
 * @returns the new entry ids, in order
 */
export async function insertEntries(tx: DbTx, entries: (EntryInput & { id?: string })[]): Promise<string[]> {
  if (!entries.length) return []
  const ids = entries.map((e) => e.id ?? newId())
  const blockOf = (e: EntryInput) => (e.blockNumber === undefined || e.blockNumber === null ? null : e.blockNumber.toString())
  const postings = entries.flatMap((e, i) =>
    [...e.postings].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0)).map((p) => ({ ...p, entry: i + 1 })),
  )
  await tx.$queryRaw`
    SELECT ledger_insert_entries(
      ${ids}::uuid[], ${entries.map((e) => e.kind)}::text[], ${entries.map((e) => e.holdId ?? null)}::uuid[],
      ${entries.map((e) => e.event)}::text[], ${entries.map((e) => e.refType)}::text[], ${entries.map((e) => e.refId)}::uuid[],
      ${entries.map((e) => e.chainId)}::int[], ${entries.map(blockOf)}::bigint[], ${entries.map((e) => e.description ?? null)}::text[],
      ${postings.map((p) => p.entry)}::int[], ${postings.map((p) => p.accountId)}::uuid[], ${postings.map((p) => p.asset)}::text[],
      ${postings.map((p) => p.amount.toString())}::text[])`
  return ids
}

/** Balance rows of accounts (no lock). */
export async function getBalances(db: DbOrTx, accountIds: string[]): Promise<Map<string, Balance>> {
  if (!accountIds.length) return new Map()
  const rows = await db.ledgerBalance.findMany({ where: { accountId: { in: accountIds } } })
  return new Map(
    rows.map((r) => [
      r.accountId,
      {
        accountId: r.accountId,
        postedDebits: toBigInt(r.postedDebits),
        postedCredits: toBigInt(r.postedCredits),
        pendingDebits: toBigInt(r.pendingDebits),
        pendingCredits: toBigInt(r.pendingCredits),
      },
    ]),
  )
}

/** Postings of an entry (used to settle a hold). */
export async function entryPostings(tx: DbOrTx, entryId: string): Promise<PostingInput[]> {
  const rows = await tx.posting.findMany({ where: { entryId }, orderBy: { id: 'asc' } })
  return rows.map((r) => ({ accountId: r.accountId, asset: r.asset, amount: toBigInt(r.amount) }))
}

export interface AccountRow {
  id: string
  code: string
  type: AccountType
  role: AccountRole
  normalBalance: 'debit' | 'credit'
  asset: string
  chainId: number
  walletId: string | null
  address: string | null
  name: string
  createdAt: Date
}

export interface AccountFilter {
  walletId?: string
  asset?: string
  type?: AccountType
  role?: AccountRole
  chainId?: number
  address?: string
}

/** Accounts matching `filter`, oldest first, paginated by id. */
export async function listAccounts(db: DbOrTx, filter: AccountFilter, page: { limit: number; after?: string }): Promise<AccountRow[]> {
  const rows = await db.ledgerAccount.findMany({
    where: {
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.asset ? { asset: filter.asset } : {}),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.chainId ? { chainId: filter.chainId } : {}),
      ...(filter.address ? { address: filter.address } : {}),
      ...(page.after ? { id: { gt: page.after } } : {}),
    },
    orderBy: { id: 'asc' },
    take: page.limit,
  })
  return rows as AccountRow[]
}

export async function getAccount(db: DbOrTx, id: string): Promise<AccountRow | null> {
  return (await db.ledgerAccount.findUnique({ where: { id } })) as AccountRow | null
}

export async function getAccountsByIds(db: DbOrTx, ids: string[]): Promise<AccountRow[]> {
  if (!ids.length) return []
  return (await db.ledgerAccount.findMany({ where: { id: { in: ids } } })) as AccountRow[]
}

/** The account with `code`, if it exists. */
export async function findAccountByCode(db: DbOrTx, code: string): Promise<AccountRow | null> {
  return (await db.ledgerAccount.findUnique({ where: { code } })) as AccountRow | null
}

/** One line of an account statement: a posting of the account, or what a void released from it. */
export interface StatementLine {
  /** the account's balance version after this line (strictly increasing per account) */
  version: bigint
  line: 'posting' | 'release'
  entryId: string
  seq: bigint
  kind: 'standard' | 'hold' | 'post' | 'void'
  event: string
  refType: string
  refId: string
  chainId: number
  blockNumber: bigint | null
  holdId: string | null
  description: string | null
  createdAt: Date
  /** the posting (Dr +, Cr −); for a release, the held posting it released */
  amount: bigint
  /** the account's balance counters right after the line */
  after: Balance
}

export interface StatementQuery {
  limit: number
  /** `desc` (newest first, the default) or `asc` */
  order: 'asc' | 'desc'
  /** continue after this version (exclusive), in `order` */
  afterVersion?: bigint
  /** entries booked at or after this time */
  from?: Date
  /** entries booked before this time */
  to?: Date
}

type LineRow = {
  version: string; line: 'posting' | 'release'; entry_id: string; seq: string; kind: StatementLine['kind']; event: string; ref_type: string; ref_id: string
  chain_id: number; block_number: string | null; hold_id: string | null; description: string | null; created_at: Date; amount: string
  pd: string; pc: string; hd: string; hc: string; account_id: string
}

function toLine(r: LineRow): StatementLine {
  return {
    version: BigInt(r.version),
    line: r.line,
    entryId: r.entry_id,
    seq: BigInt(r.seq),
    kind: r.kind,
    event: r.event,
    refType: r.ref_type,
    refId: r.ref_id,
    chainId: r.chain_id,
    blockNumber: r.block_number === null ? null : BigInt(r.block_number),
    holdId: r.hold_id,
    description: r.description,
    createdAt: r.created_at,
    amount: BigInt(r.amount),
    after: toBalance({ account_id: r.account_id, posted_debits: r.pd, posted_credits: r.pc, pending_debits: r.hd, pending_credits: r.hc }),
  }
}

/**
 * An account's statement: its postings and the releases of its holds, in the order they applied to
 * the account (balance version), each with the balance right after it (stored by the posting trigger,
 * so a page costs an index range scan whatever the account's history). Keyset-paginated by version.
 */
export async function listStatementLines(db: DbOrTx, accountId: string, q: StatementQuery): Promise<StatementLine[]> {
  const desc = q.order === 'desc'
  const after = q.afterVersion === undefined ? null : q.afterVersion.toString()
  const from = q.from ?? null
  const to = q.to ?? null
  const rows = desc
    ? await db.$queryRaw<LineRow[]>`
        SELECT * FROM (
          (SELECT p.after_version::text AS version, 'posting' AS line, e.id AS entry_id, e.seq::text, e.kind, e.event, e.ref_type, e.ref_id, e.chain_id,
                  e.block_number::text, e.hold_id, e.description, e.created_at, p.amount::text, p.after_posted_debits::text AS pd,
                  p.after_posted_credits::text AS pc, p.after_pending_debits::text AS hd, p.after_pending_credits::text AS hc, p.account_id
             FROM postings p JOIN journal_entries e ON e.id = p.entry_id
            WHERE p.account_id = ${accountId}::uuid AND (${after}::bigint IS NULL OR p.after_version < ${after}::bigint)
              AND (${from}::timestamptz IS NULL OR e.created_at >= ${from}::timestamptz) AND (${to}::timestamptz IS NULL OR e.created_at < ${to}::timestamptz)
            ORDER BY p.after_version DESC LIMIT ${q.limit})
          UNION ALL
          (SELECT r.after_version::text, 'release', e.id, e.seq::text, e.kind, e.event, e.ref_type, e.ref_id, e.chain_id,
                  e.block_number::text, e.hold_id, e.description, e.created_at, r.amount::text, r.after_posted_debits::text,
                  r.after_posted_credits::text, r.after_pending_debits::text, r.after_pending_credits::text, r.account_id
             FROM ledger_releases r JOIN journal_entries e ON e.id = r.entry_id
            WHERE r.account_id = ${accountId}::uuid AND (${after}::bigint IS NULL OR r.after_version < ${after}::bigint)
              AND (${from}::timestamptz IS NULL OR e.created_at >= ${from}::timestamptz) AND (${to}::timestamptz IS NULL OR e.created_at < ${to}::timestamptz)
            ORDER BY r.after_version DESC LIMIT ${q.limit})
        ) x ORDER BY version::bigint DESC LIMIT ${q.limit}`
    : await db.$queryRaw<LineRow[]>`
        SELECT * FROM (
          (SELECT p.after_version::text AS version, 'posting' AS line, e.id AS entry_id, e.seq::text, e.kind, e.event, e.ref_type, e.ref_id, e.chain_id,
                  e.block_number::text, e.hold_id, e.description, e.created_at, p.amount::text, p.after_posted_debits::text AS pd,
                  p.after_posted_credits::text AS pc, p.after_pending_debits::text AS hd, p.after_pending_credits::text AS hc, p.account_id
             FROM postings p JOIN journal_entries e ON e.id = p.entry_id
            WHERE p.account_id = ${accountId}::uuid AND (${after}::bigint IS NULL OR p.after_version > ${after}::bigint)
              AND (${from}::timestamptz IS NULL OR e.created_at >= ${from}::timestamptz) AND (${to}::timestamptz IS NULL OR e.created_at < ${to}::timestamptz)
            ORDER BY p.after_version ASC LIMIT ${q.limit})
          UNION ALL
          (SELECT r.after_version::text, 'release', e.id, e.seq::text, e.kind, e.event, e.ref_type, e.ref_id, e.chain_id,
                  e.block_number::text, e.hold_id, e.description, e.created_at, r.amount::text, r.after_posted_debits::text,
                  r.after_posted_credits::text, r.after_pending_debits::text, r.after_pending_credits::text, r.account_id
             FROM ledger_releases r JOIN journal_entries e ON e.id = r.entry_id
            WHERE r.account_id = ${accountId}::uuid AND (${after}::bigint IS NULL OR r.after_version > ${after}::bigint)
              AND (${from}::timestamptz IS NULL OR e.created_at >= ${from}::timestamptz) AND (${to}::timestamptz IS NULL OR e.created_at < ${to}::timestamptz)
            ORDER BY r.after_version ASC LIMIT ${q.limit})
        ) x ORDER BY version::bigint ASC LIMIT ${q.limit}`
  return rows.map(toLine)
}

export interface EntryRow {
  id: string
  seq: bigint
  kind: 'standard' | 'hold' | 'post' | 'void'
  holdId: string | null
  event: string
  refType: string
  refId: string
  chainId: number
  blockNumber: bigint | null
  description: string | null
  createdAt: Date
}

export interface EntryPostingRow {
  id: bigint
  account: AccountRow
  asset: string
  amount: bigint
  after: Balance
}

export interface EntryDetailRow {
  entry: EntryRow
  postings: EntryPostingRow[]
  /** for a void entry: what it released, per account */
  releases: { account: AccountRow; asset: string; amount: bigint; after: Balance }[]
  /** for a hold: the `post` or `void` entry that resolved it, if any */
  resolvedBy: { id: string; kind: 'post' | 'void' } | null
}

/** A journal entry with its postings (and their accounts), releases and resolution; null if unknown. */
export async function getEntryDetail(db: DbOrTx, id: string): Promise<EntryDetailRow | null> {
  const e = await db.journalEntry.findUnique({ where: { id } })
  if (!e) return null
  const [postings, releases, resolvedBy] = await Promise.all([
    db.posting.findMany({ where: { entryId: id }, orderBy: { id: 'asc' } }),
    db.ledgerRelease.findMany({ where: { entryId: id }, orderBy: { id: 'asc' } }),
    e.kind === 'hold' ? db.journalEntry.findFirst({ where: { holdId: id }, select: { id: true, kind: true } }) : Promise.resolve(null),
  ])
  const accounts = new Map((await getAccountsByIds(db, [...new Set([...postings, ...releases].map((p) => p.accountId))])).map((a) => [a.id, a]))
  const after = (r: { accountId: string; afterPostedDebits: unknown; afterPostedCredits: unknown; afterPendingDebits: unknown; afterPendingCredits: unknown }): Balance => ({
    accountId: r.accountId,
    postedDebits: toBigInt(r.afterPostedDebits as string),
    postedCredits: toBigInt(r.afterPostedCredits as string),
    pendingDebits: toBigInt(r.afterPendingDebits as string),
    pendingCredits: toBigInt(r.afterPendingCredits as string),
  })
  return {
    entry: { ...e, kind: e.kind as EntryRow['kind'] },
    postings: postings.map((p) => ({ id: p.id, account: accounts.get(p.accountId)!, asset: p.asset, amount: toBigInt(p.amount), after: after(p) })),
    releases: releases.map((r) => ({ account: accounts.get(r.accountId)!, asset: r.asset, amount: toBigInt(r.amount), after: after(r) })),
    resolvedBy: resolvedBy ? { id: resolvedBy.id, kind: resolvedBy.kind as 'post' | 'void' } : null,
  }
}

/**
 * An account's balance counters as of a point in the past.
 *
 * - `at`: entries booked at or before `at` (their `created_at`); holds count as pending when placed
 *   at or before `at` and not posted or voided by then.
 * - `blockNumber`: posted entries whose block (a deposit's block, the block a withdrawal's transaction
 *   was mined in, the block an adjustment names) is at or below `blockNumber`; entries without a block
 *   are not counted. Holds are taken as of `holdsAt` (the block's timestamp), when given.
 */
export async function balanceAsOf(db: DbOrTx, accountId: string, asOf: { at: Date } | { blockNumber: bigint; holdsAt?: Date }): Promise<Balance> {
  const at = 'at' in asOf ? asOf.at : null
  const block = 'blockNumber' in asOf ? asOf.blockNumber.toString() : null
  const holdsAt = 'at' in asOf ? asOf.at : (asOf.holdsAt ?? null)
  const rows = await db.$queryRaw<{ pd: string; pc: string; hd: string; hc: string }[]>`
    SELECT
      (SELECT coalesce(sum(greatest(p.amount, 0)), 0)::text FROM postings p JOIN journal_entries e ON e.id = p.entry_id
        WHERE p.account_id = ${accountId}::uuid AND e.kind IN ('standard', 'post')
          AND (${at}::timestamptz IS NULL OR e.created_at <= ${at}::timestamptz)
          AND (${block}::bigint IS NULL OR e.block_number <= ${block}::bigint)) AS pd,
      (SELECT coalesce(sum(greatest(-p.amount, 0)), 0)::text FROM postings p JOIN journal_entries e ON e.id = p.entry_id
        WHERE p.account_id = ${accountId}::uuid AND e.kind IN ('standard', 'post')
          AND (${at}::timestamptz IS NULL OR e.created_at <= ${at}::timestamptz)
          AND (${block}::bigint IS NULL OR e.block_number <= ${block}::bigint)) AS pc,
      (SELECT coalesce(sum(greatest(p.amount, 0)), 0)::text FROM postings p JOIN journal_entries h ON h.id = p.entry_id
        WHERE p.account_id = ${accountId}::uuid AND h.kind = 'hold' AND ${holdsAt}::timestamptz IS NOT NULL AND h.created_at <= ${holdsAt}::timestamptz
          AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.hold_id = h.id AND r.created_at <= ${holdsAt}::timestamptz)) AS hd,
      (SELECT coalesce(sum(greatest(-p.amount, 0)), 0)::text FROM postings p JOIN journal_entries h ON h.id = p.entry_id
        WHERE p.account_id = ${accountId}::uuid AND h.kind = 'hold' AND ${holdsAt}::timestamptz IS NOT NULL AND h.created_at <= ${holdsAt}::timestamptz
          AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.hold_id = h.id AND r.created_at <= ${holdsAt}::timestamptz)) AS hc`
  const r = rows[0]!
  return toBalance({ account_id: accountId, posted_debits: r.pd, posted_credits: r.pc, pending_debits: r.hd, pending_credits: r.hc })
}

/**
 * Ledger storage: accounts, balances, journal entries and postings.
 *
 * The database enforces the rules (see the init migration): entries balance per asset at COMMIT,
 * entries and postings are append-only, balances are maintained by triggers, customer liabilities never
 * overdraw. This module adds the lock order that keeps concurrent writers deadlock-free: every writer
 * locks the balance rows it will touch, sorted by account id, before inserting.
 */
import { newId } from '../lib/ids'
import { toBigInt } from '../lib/amounts'
import type { DbOrTx, DbTx } from './client'

export type AccountType = 'asset' | 'liability' | 'expense' | 'revenue' | 'equity' | 'suspense'

export interface AccountSpec {
  code: string
  type: AccountType
  asset: string
  chainId: number
  walletId?: string | null
  address?: string | null
  name: string
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
      INSERT INTO ledger_accounts (id, code, type, normal_balance, asset, chain_id, wallet_id, address, name)
      VALUES (${id}::uuid, ${spec.code}, ${spec.type}, ${normal}, ${spec.asset}, ${spec.chainId},
              ${spec.walletId ?? null}::uuid, ${spec.address ?? null}, ${spec.name})
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

/** Locks the balance rows of `accountIds` (sorted, FOR UPDATE) and returns them. */
export async function lockBalances(tx: DbTx, accountIds: string[]): Promise<Map<string, Balance>> {
  const ids = [...new Set(accountIds)].sort()
  const rows = await tx.$queryRaw<
    { account_id: string; posted_debits: unknown; posted_credits: unknown; pending_debits: unknown; pending_credits: unknown }[]
  >`SELECT account_id, posted_debits::text, posted_credits::text, pending_debits::text, pending_credits::text
      FROM ledger_balances WHERE account_id = ANY(${ids}::uuid[]) ORDER BY account_id FOR UPDATE`
  return new Map(
    rows.map((r) => [
      r.account_id,
      {
        accountId: r.account_id,
        postedDebits: toBigInt(r.posted_debits as string),
        postedCredits: toBigInt(r.posted_credits as string),
        pendingDebits: toBigInt(r.pending_debits as string),
        pendingCredits: toBigInt(r.pending_credits as string),
      },
    ]),
  )
}

/**
 * Inserts journal entries with their postings. The caller has locked the touched balances
 * ({@link lockBalances}) in the same transaction. Balance (per asset) is checked by the database at
 * COMMIT; an overdraft of a customer liability fails the statement (constraint
 * `ledger_balances_no_overdraft`).
 *
 * @returns the new entry ids, in order
 */
export async function insertEntries(tx: DbTx, entries: (EntryInput & { id?: string })[]): Promise<string[]> {
  const ids: string[] = []
  for (const e of entries) {
    const id = e.id ?? newId()
    ids.push(id)
    const postings = [...e.postings].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0))
    // One statement per entry: the entry and its postings (the posting triggers take the balance row
    // locks in account order, and hold them until COMMIT).
    await tx.$executeRaw`
      WITH entry AS (
        INSERT INTO journal_entries (id, kind, hold_id, event, ref_type, ref_id, chain_id, block_number, description)
        VALUES (${id}::uuid, ${e.kind}, ${e.holdId ?? null}::uuid, ${e.event}, ${e.refType}, ${e.refId}::uuid,
                ${e.chainId}, ${e.blockNumber === undefined || e.blockNumber === null ? null : e.blockNumber.toString()}::bigint,
                ${e.description ?? null})
        RETURNING id
      )
      INSERT INTO postings (entry_id, account_id, asset, amount)
      SELECT entry.id, t.a, t.s, t.m::numeric
        FROM entry, unnest(${postings.map((p) => p.accountId)}::uuid[], ${postings.map((p) => p.asset)}::text[],
                           ${postings.map((p) => p.amount.toString())}::text[]) AS t(a, s, m)`
  }
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
  address?: string
}

/** Accounts matching `filter`, oldest first, paginated by id. */
export async function listAccounts(db: DbOrTx, filter: AccountFilter, page: { limit: number; after?: string }): Promise<AccountRow[]> {
  const rows = await db.ledgerAccount.findMany({
    where: {
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.asset ? { asset: filter.asset } : {}),
      ...(filter.type ? { type: filter.type } : {}),
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

export interface AccountEntryRow {
  entryId: string
  seq: bigint
  kind: string
  event: string
  refType: string
  refId: string
  chainId: number
  blockNumber: bigint | null
  createdAt: Date
  /** this account's signed amount in the entry */
  amount: bigint
}

/** Entries touching an account, newest first, paginated by entry sequence. */
export async function listAccountEntries(db: DbOrTx, accountId: string, page: { limit: number; beforeSeq?: bigint }): Promise<AccountEntryRow[]> {
  const before = page.beforeSeq === undefined ? null : page.beforeSeq.toString()
  const rows = await db.$queryRaw<
    { id: string; seq: bigint; kind: string; event: string; ref_type: string; ref_id: string; chain_id: number; block_number: bigint | null; created_at: Date; amount: string }[]
  >`SELECT e.id, e.seq, e.kind, e.event, e.ref_type, e.ref_id, e.chain_id, e.block_number, e.created_at, sum(p.amount)::text AS amount
      FROM postings p JOIN journal_entries e ON e.id = p.entry_id
     WHERE p.account_id = ${accountId}::uuid AND (${before}::bigint IS NULL OR e.seq < ${before}::bigint)
     GROUP BY e.id
     ORDER BY e.seq DESC
     LIMIT ${page.limit}`
  return rows.map((r) => ({
    entryId: r.id,
    seq: BigInt(r.seq),
    kind: r.kind,
    event: r.event,
    refType: r.ref_type,
    refId: r.ref_id,
    chainId: r.chain_id,
    blockNumber: r.block_number === null ? null : BigInt(r.block_number),
    createdAt: r.created_at,
    amount: BigInt(r.amount),
  }))
}

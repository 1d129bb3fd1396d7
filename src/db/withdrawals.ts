/**
 * Withdrawals (and later sweeps, top-ups, nonce fills), their signed attempts and the nonce cursors.
 *
 * Nonces are allocated here and nowhere else: under a row lock on `nonce_cursors` in the same
 * transaction that stores the signed attempt (see {@link lockNonceCursor}).
 */
import { toBigInt } from '../lib/amounts'
import type { DbOrTx, DbTx, Prisma } from './client'

export type WithdrawalStatus =
  | 'pending_approval'
  | 'queued'
  | 'signing'
  | 'submitted'
  | 'mined'
  | 'confirmed'
  | 'failed'
  | 'cancelled'
  | 'rejected'

export type WithdrawalKind = 'withdrawal' | 'sweep' | 'topup' | 'nonce_fill'

export interface WithdrawalRow {
  id: string
  kind: WithdrawalKind
  clientId: string | null
  externalId: string | null
  walletId: string
  chainId: number
  asset: string
  fromAddress: string
  toAddress: string
  amount: bigint
  status: WithdrawalStatus
  statusReason: string | null
  nonce: bigint | null
  holdEntryId: string | null
  minedAttemptId: string | null
  txHash: string | null
  blockNumber: bigint | null
  blockHash: string | null
  gasUsed: bigint | null
  feePaid: bigint | null
  createdAt: Date
  updatedAt: Date
  submittedAt: Date | null
  minedAt: Date | null
  confirmedAt: Date | null
  /** a replacement would exceed the fee cap: the withdrawal waits at its last fees */
  stuck: boolean
  stuckSince: Date | null
  cancelRequestedAt: Date | null
  /** the API key that requested it (it may not approve it) */
  createdByKeyId: string | null
  /** what the withdrawal policy decided at request time (src/domain/policies) */
  policyDecision: unknown
  /** distinct approvals needed while `pending_approval` */
  approvalsRequired: number
}

type PrismaWithdrawal = Awaited<ReturnType<DbTx['withdrawal']['findFirstOrThrow']>>

export function mapWithdrawal(r: PrismaWithdrawal): WithdrawalRow {
  return {
    ...r,
    kind: r.kind as WithdrawalKind,
    status: r.status as WithdrawalStatus,
    amount: toBigInt(r.amount),
    gasUsed: r.gasUsed === null ? null : toBigInt(r.gasUsed),
    feePaid: r.feePaid === null ? null : toBigInt(r.feePaid),
  }
}

export interface NewWithdrawal {
  id: string
  kind: WithdrawalKind
  clientId: string | null
  externalId: string | null
  walletId: string
  chainId: number
  asset: string
  fromAddress: string
  toAddress: string
  amount: bigint
  status: WithdrawalStatus
  /** the hold entry written later in the same transaction (the foreign key is checked at COMMIT) */
  holdEntryId?: string
  createdByKeyId?: string | null
  policyDecision?: Prisma.InputJsonValue
  approvalsRequired?: number
}

export async function insertWithdrawal(tx: DbTx, w: NewWithdrawal): Promise<WithdrawalRow> {
  return mapWithdrawal(await tx.withdrawal.create({ data: { ...w, amount: w.amount.toString() } }))
}

/** Points a withdrawal at its hold entry (when the hold is placed after the row is inserted). */
export async function setHoldEntry(tx: DbTx, id: string, holdEntryId: string): Promise<void> {
  await tx.withdrawal.update({ where: { id }, data: { holdEntryId } })
}

export async function getWithdrawal(db: DbOrTx, id: string): Promise<WithdrawalRow | null> {
  const r = await db.withdrawal.findUnique({ where: { id } })
  return r ? mapWithdrawal(r) : null
}

export async function findWithdrawalByExternalId(db: DbOrTx, clientId: string, externalId: string): Promise<WithdrawalRow | null> {
  const r = await db.withdrawal.findFirst({ where: { clientId, externalId } })
  return r ? mapWithdrawal(r) : null
}

export interface WithdrawalFilter {
  kind?: WithdrawalKind
  walletId?: string
  status?: WithdrawalStatus
  chainId?: number
}

export async function listWithdrawals(db: DbOrTx, filter: WithdrawalFilter, page: { limit: number; before?: string }): Promise<WithdrawalRow[]> {
  const rows = await db.withdrawal.findMany({
    where: {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.chainId ? { chainId: filter.chainId } : {}),
      ...(page.before ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: page.limit,
  })
  return rows.map(mapWithdrawal)
}

/** The oldest queued withdrawals from one address (no lock; candidates for a submit batch). */
export async function listQueuedFrom(db: DbOrTx, chainId: number, fromAddress: string, limit: number): Promise<WithdrawalRow[]> {
  const rows = await db.withdrawal.findMany({
    where: { chainId, fromAddress, status: 'queued' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit,
  })
  return rows.map(mapWithdrawal)
}

/**
 * Locks queued withdrawals among `ids` for signing, oldest first. Rows locked by another transaction
 * are skipped (another worker is signing them).
 */
export async function lockQueued(tx: DbTx, ids: string[]): Promise<WithdrawalRow[]> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM withdrawals WHERE id = ANY(${ids}::uuid[]) AND status = 'queued'
     ORDER BY created_at, id FOR UPDATE SKIP LOCKED`
  if (!locked.length) return []
  const rows = await tx.withdrawal.findMany({ where: { id: { in: locked.map((r) => r.id) } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
  return rows.map(mapWithdrawal)
}

/** (chain, from-address) pairs with queued withdrawals, and the oldest withdrawal of each. */
export async function queuedHeads(db: DbOrTx, limit = 1000): Promise<{ chainId: number; fromAddress: string; withdrawalId: string }[]> {
  const rows = await db.$queryRaw<{ chain_id: number; from_address: string; id: string }[]>`
    SELECT DISTINCT ON (chain_id, from_address) chain_id, from_address, id
      FROM withdrawals WHERE status = 'queued'
     ORDER BY chain_id, from_address, created_at, id
     LIMIT ${limit}`
  return rows.map((r) => ({ chainId: r.chain_id, fromAddress: r.from_address, withdrawalId: r.id }))
}

export async function setStatusReason(db: DbOrTx, ids: string[], reason: string | null): Promise<void> {
  await db.withdrawal.updateMany({ where: { id: { in: ids }, status: 'queued' }, data: { statusReason: reason } })
}

// ------------------------------------------------------------------ nonce cursors

/**
 * Locks the nonce cursor of (chain, address) for the rest of the transaction, creating it at
 * `initialNonce` (the chain's pending transaction count) the first time.
 *
 * @returns the next nonce to use
 */
export async function lockNonceCursor(tx: DbTx, chainId: number, address: string, initialNonce: bigint): Promise<bigint> {
  await tx.$executeRaw`
    INSERT INTO nonce_cursors (chain_id, address, next_nonce) VALUES (${chainId}, ${address}, ${initialNonce.toString()}::bigint)
    ON CONFLICT (chain_id, address) DO NOTHING`
  const rows = await tx.$queryRaw<{ next_nonce: bigint }[]>`
    SELECT next_nonce FROM nonce_cursors WHERE chain_id = ${chainId} AND address = ${address} FOR UPDATE`
  return BigInt(rows[0]!.next_nonce)
}

export async function advanceNonceCursor(tx: DbTx, chainId: number, address: string, nextNonce: bigint): Promise<void> {
  await tx.$executeRaw`
    UPDATE nonce_cursors SET next_nonce = ${nextNonce.toString()}::bigint, updated_at = now()
     WHERE chain_id = ${chainId} AND address = ${address}`
}

export async function getNonceCursor(db: DbOrTx, chainId: number, address: string): Promise<bigint | null> {
  const r = await db.nonceCursor.findUnique({ where: { chainId_address: { chainId, address } } })
  return r ? r.nextNonce : null
}

// ------------------------------------------------------------------ attempts

export type AttemptStatus = 'signed' | 'broadcast' | 'mined' | 'replaced' | 'dropped'

export interface AttemptRow {
  id: string
  withdrawalId: string
  chainId: number
  fromAddress: string
  nonce: bigint
  kind: 'original' | 'replacement' | 'cancel'
  toAddress: string
  value: bigint
  data: string
  gasLimit: bigint
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  rawTx: string
  txHash: string
  status: AttemptStatus
  broadcastCount: number
  firstBroadcastAt: Date | null
  lastBroadcastAt: Date | null
  lastError: string | null
  blockNumber: bigint | null
  blockHash: string | null
  gasUsed: bigint | null
  effectiveGasPrice: bigint | null
  receiptStatus: 'success' | 'reverted' | 'no_transfer_log' | null
  createdAt: Date
  /** head block (as the follower knew it) when a node first accepted the attempt */
  broadcastBlock: bigint | null
  lastCheckedAt: Date | null
}

type PrismaAttempt = Awaited<ReturnType<DbTx['txAttempt']['findFirstOrThrow']>>

export function mapAttempt(r: PrismaAttempt): AttemptRow {
  return {
    ...r,
    kind: r.kind as AttemptRow['kind'],
    status: r.status as AttemptStatus,
    receiptStatus: r.receiptStatus as AttemptRow['receiptStatus'],
    value: toBigInt(r.value),
    gasLimit: toBigInt(r.gasLimit),
    maxFeePerGas: toBigInt(r.maxFeePerGas),
    maxPriorityFeePerGas: toBigInt(r.maxPriorityFeePerGas),
    gasUsed: r.gasUsed === null ? null : toBigInt(r.gasUsed),
    effectiveGasPrice: r.effectiveGasPrice === null ? null : toBigInt(r.effectiveGasPrice),
  }
}

export interface NewAttempt {
  id: string
  withdrawalId: string
  chainId: number
  fromAddress: string
  nonce: bigint
  kind: AttemptRow['kind']
  toAddress: string
  value: bigint
  data: string
  gasLimit: bigint
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  rawTx: string
  txHash: string
}

/** Stores signed attempts (status `signed`) and moves their withdrawals to `signing` with their nonce. */
export async function insertSignedAttempts(tx: DbTx, attempts: NewAttempt[]): Promise<void> {
  if (!attempts.length) return
  await tx.txAttempt.createMany({
    data: attempts.map((a) => ({
      ...a,
      value: a.value.toString(),
      gasLimit: a.gasLimit.toString(),
      maxFeePerGas: a.maxFeePerGas.toString(),
      maxPriorityFeePerGas: a.maxPriorityFeePerGas.toString(),
      status: 'signed',
    })),
  })
  const originals = attempts.filter((a) => a.kind === 'original')
  if (!originals.length) return
  // One statement for the whole batch: this runs while the address's nonce cursor is locked.
  await tx.$executeRaw`
    UPDATE withdrawals w SET status = 'signing', nonce = t.nonce, tx_hash = t.hash, status_reason = NULL, updated_at = now()
      FROM unnest(${originals.map((a) => a.withdrawalId)}::uuid[], ${originals.map((a) => a.nonce.toString())}::bigint[],
                  ${originals.map((a) => a.txHash)}::text[]) AS t(id, nonce, hash)
     WHERE w.id = t.id`
}

export async function getAttempts(db: DbOrTx, withdrawalId: string): Promise<AttemptRow[]> {
  const rows = await db.txAttempt.findMany({ where: { withdrawalId }, orderBy: { createdAt: 'asc' } })
  return rows.map(mapAttempt)
}

/** Attempts of `chainId` whose hash is among `hashes` and that are not final (one indexed query). */
export async function findOpenAttemptsByHash(db: DbOrTx, chainId: number, hashes: string[]): Promise<AttemptRow[]> {
  if (!hashes.length) return []
  const rows = await db.txAttempt.findMany({
    where: { chainId, txHash: { in: hashes }, status: { in: ['signed', 'broadcast', 'dropped', 'replaced'] } },
  })
  return rows.map(mapAttempt)
}

/**
 * Signed attempts no node accepted yet (crash between commit and broadcast, or a refused broadcast),
 * only the newest attempt of each in-flight withdrawal, by address and nonce.
 */
export async function listUnbroadcast(db: DbOrTx, chainId: number, limit: number): Promise<AttemptRow[]> {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM withdrawals w
      JOIN LATERAL (SELECT id, status FROM tx_attempts WHERE withdrawal_id = w.id ORDER BY created_at DESC LIMIT 1) a ON true
     WHERE w.chain_id = ${chainId} AND w.status IN ('signing', 'submitted') AND a.status = 'signed'
     ORDER BY w.from_address, w.nonce
     LIMIT ${limit}`
  if (!ids.length) return []
  const rows = await db.txAttempt.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: [{ fromAddress: 'asc' }, { nonce: 'asc' }] })
  return rows.map(mapAttempt)
}

/**
 * Worst-case outflow (base units of the native coin) of attempts from `address` that are signed or
 * broadcast but not yet seen mined: Σ value + gasLimit × maxFeePerGas of the newest attempt per nonce.
 */
export async function reservedOutflow(db: DbOrTx, chainId: number, address: string): Promise<bigint> {
  const rows = await db.$queryRaw<{ total: string | null }[]>`
    SELECT sum(value + gas_limit * max_fee_per_gas)::text AS total FROM (
      SELECT DISTINCT ON (nonce) value, gas_limit, max_fee_per_gas
        FROM tx_attempts WHERE chain_id = ${chainId} AND from_address = ${address} AND status IN ('signed', 'broadcast')
       ORDER BY nonce, created_at DESC) t`
  return toBigInt(rows[0]?.total ?? '0')
}

/** Attempts mined at or below `maxBlock` that await confirmation (their withdrawal is `mined`). */
export async function listMinedAwaitingConfirmation(db: DbOrTx, chainId: number, maxBlock: bigint, limit: number): Promise<AttemptRow[]> {
  const rows = await db.txAttempt.findMany({
    where: { chainId, status: 'mined', blockNumber: { lte: maxBlock }, withdrawal: { status: 'mined' } },
    orderBy: { blockNumber: 'asc' },
    take: limit,
  })
  return rows.map(mapAttempt)
}

/**
 * Records that attempts were accepted by a node: attempts `signed → broadcast` (a re-sent `dropped`
 * attempt is `broadcast` again), their withdrawals `signing → submitted`.
 *
 * @param headBlock the chain's head as far as the follower knows (start of the "not mined after N blocks" clock)
 * @returns the withdrawals that moved to `submitted` now
 */
export async function markBroadcast(tx: DbTx, attemptIds: string[], headBlock: bigint | null): Promise<WithdrawalRow[]> {
  if (!attemptIds.length) return []
  const head = headBlock === null ? null : headBlock.toString()
  const rows = await tx.$queryRaw<{ withdrawal_id: string }[]>`
    UPDATE tx_attempts SET status = CASE WHEN status IN ('signed', 'dropped') THEN 'broadcast' ELSE status END,
           broadcast_count = broadcast_count + 1,
           first_broadcast_at = coalesce(first_broadcast_at, now()), last_broadcast_at = now(), last_checked_at = now(),
           broadcast_block = coalesce(broadcast_block, ${head}::bigint),
           last_error = NULL, updated_at = now()
     WHERE id = ANY(${attemptIds}::uuid[]) AND status IN ('signed', 'broadcast', 'dropped')
    RETURNING withdrawal_id`
  return moveWithdrawals(tx, rows.map((r) => r.withdrawal_id), 'signing', 'submitted', { submittedAt: new Date() })
}

/** Records a broadcast error on attempts (they stay as they are; the tick retries them). */
export async function recordBroadcastError(db: DbOrTx, attemptId: string, error: string): Promise<void> {
  await db.txAttempt.update({ where: { id: attemptId }, data: { lastError: error.slice(0, 1000), updatedAt: new Date() } })
}

/** Conditional status change `from → to` for withdrawals among `ids`; returns the rows changed. */
export async function moveWithdrawals(
  tx: DbTx,
  ids: string[],
  from: WithdrawalStatus | WithdrawalStatus[],
  to: WithdrawalStatus,
  data: Partial<{ submittedAt: Date; statusReason: string | null }> = {},
): Promise<WithdrawalRow[]> {
  if (!ids.length) return []
  const froms = Array.isArray(from) ? from : [from]
  const changed = await tx.$queryRaw<{ id: string }[]>`
    UPDATE withdrawals SET status = ${to}, updated_at = now(),
           submitted_at = CASE WHEN ${data.submittedAt !== undefined} THEN coalesce(submitted_at, now()) ELSE submitted_at END,
           status_reason = CASE WHEN ${data.statusReason !== undefined} THEN ${data.statusReason ?? null} ELSE status_reason END
     WHERE id = ANY(${ids}::uuid[]) AND status = ANY(${froms}::text[])
    RETURNING id`
  if (!changed.length) return []
  const rows = await tx.withdrawal.findMany({ where: { id: { in: changed.map((r) => r.id) } } })
  return rows.map(mapWithdrawal)
}

export interface MinedReceipt {
  attemptId: string
  blockNumber: bigint
  blockHash: string
  gasUsed: bigint
  effectiveGasPrice: bigint
  /** `no_transfer_log`: a token transfer that succeeded without the matching Transfer log (issue 5) */
  status: 'success' | 'reverted' | 'no_transfer_log'
}

/**
 * Records that attempts were mined: each attempt `→ mined`, its siblings (other attempts of the same
 * nonce) `→ replaced`, its withdrawal `→ mined` with the receipt's figures (if still `signing` /
 * `submitted`). A fixed number of statements for any number of receipts: a busy block holds dozens of
 * our attempts, and a few statements per attempt made the follower fall behind under load.
 *
 * @returns per receipt (same order), the withdrawal before and after, or null when it had already moved on
 */
export async function markMinedMany(tx: DbTx, rs: MinedReceipt[]): Promise<({ before: WithdrawalRow; after: WithdrawalRow } | null)[]> {
  if (!rs.length) return []
  const attempts = await tx.$queryRaw<{ id: string; withdrawal_id: string }[]>`
    UPDATE tx_attempts t SET status = 'mined', block_number = m.block_number, block_hash = m.block_hash, gas_used = m.gas_used,
           effective_gas_price = m.effective_gas_price, receipt_status = m.receipt_status, updated_at = now()
      FROM unnest(${rs.map((r) => r.attemptId)}::uuid[], ${rs.map((r) => r.blockNumber.toString())}::bigint[], ${rs.map((r) => r.blockHash)}::text[],
                  ${rs.map((r) => r.gasUsed.toString())}::numeric[], ${rs.map((r) => r.effectiveGasPrice.toString())}::numeric[], ${rs.map((r) => r.status)}::text[])
           AS m(id, block_number, block_hash, gas_used, effective_gas_price, receipt_status)
     WHERE t.id = m.id
    RETURNING t.id, t.withdrawal_id`
  const ids = attempts.map((a) => a.id)
  await tx.$executeRaw`
    UPDATE tx_attempts s SET status = 'replaced', updated_at = now()
      FROM tx_attempts m
     WHERE m.id = ANY(${ids}::uuid[]) AND s.withdrawal_id = m.withdrawal_id AND s.nonce = m.nonce AND s.id <> m.id
       AND s.status IN ('signed', 'broadcast', 'dropped')`
  // `old` is the row as the statement found it (self-join): the status before, for the caller's events.
  const moved = await tx.$queryRaw<{ id: string; before_status: string }[]>`
    UPDATE withdrawals w SET status = 'mined', stuck = false, stuck_since = NULL, mined_attempt_id = a.id, tx_hash = a.tx_hash,
           block_number = a.block_number, block_hash = a.block_hash, gas_used = a.gas_used,
           fee_paid = a.gas_used * a.effective_gas_price, mined_at = now(), submitted_at = coalesce(old.submitted_at, now()), updated_at = now()
      FROM tx_attempts a, withdrawals old
     WHERE a.id = ANY(${ids}::uuid[]) AND w.id = a.withdrawal_id AND old.id = w.id AND w.status IN ('signing', 'submitted')
    RETURNING w.id, old.status AS before_status`
  if (!moved.length) return rs.map(() => null)
  const rows = await tx.withdrawal.findMany({ where: { id: { in: moved.map((m) => m.id) } } })
  const after = new Map(rows.map((r) => [r.id, mapWithdrawal(r)]))
  const beforeStatus = new Map(moved.map((m) => [m.id, m.before_status]))
  const withdrawalOf = new Map(attempts.map((a) => [a.id, a.withdrawal_id]))
  return rs.map((r) => {
    const wid = withdrawalOf.get(r.attemptId)
    const a = wid === undefined ? undefined : after.get(wid)
    // one withdrawal per receipt: the attempt the withdrawal now names is the one that moved it
    if (!a || a.minedAttemptId !== r.attemptId) return null
    return { before: { ...a, status: beforeStatus.get(wid!) as WithdrawalStatus }, after: a }
  })
}

/**
 * Undoes `mined` for attempts in blocks above `forkBlock` (reorged out): attempts back to
 * `broadcast`, their withdrawals back to `submitted`.
 *
 * @returns the withdrawals moved back
 */
export async function unmineAbove(tx: DbTx, chainId: number, forkBlock: bigint): Promise<WithdrawalRow[]> {
  const rows = await tx.$queryRaw<{ withdrawal_id: string }[]>`
    UPDATE tx_attempts SET status = 'broadcast', block_number = NULL, block_hash = NULL, gas_used = NULL,
           effective_gas_price = NULL, receipt_status = NULL, updated_at = now()
     WHERE chain_id = ${chainId} AND status = 'mined' AND block_number > ${forkBlock.toString()}::bigint
    RETURNING withdrawal_id`
  if (!rows.length) return []
  const ids = rows.map((r) => r.withdrawal_id)
  await tx.$executeRaw`
    UPDATE withdrawals SET status = 'submitted', mined_attempt_id = NULL, block_number = NULL, block_hash = NULL,
           gas_used = NULL, fee_paid = NULL, mined_at = NULL, updated_at = now()
     WHERE id = ANY(${ids}::uuid[]) AND status = 'mined'`
  const after = await tx.withdrawal.findMany({ where: { id: { in: ids } } })
  return after.map(mapWithdrawal)
}

/**
 * Settles mined withdrawals at confirmation depth, in two statements for any number: `mined → confirmed`
 * (receipt success), `mined → failed` (reverted) or `mined → cancelled` (the mined attempt was a cancel).
 * Each is guarded on its mined attempt, so it happens once.
 *
 * @returns the withdrawals that moved now, by id (the others had already moved on)
 */
export async function settleMinedMany(
  tx: DbTx,
  items: { withdrawalId: string; attemptId: string; to: 'confirmed' | 'failed' | 'cancelled'; reason: string | null }[],
): Promise<Map<string, WithdrawalRow>> {
  if (!items.length) return new Map()
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE withdrawals w SET status = s.status, status_reason = s.reason, confirmed_at = now(), updated_at = now()
      FROM unnest(${items.map((i) => i.withdrawalId)}::uuid[], ${items.map((i) => i.attemptId)}::uuid[], ${items.map((i) => i.to)}::text[], ${items.map((i) => i.reason)}::text[])
           AS s(id, attempt_id, status, reason)
     WHERE w.id = s.id AND w.status = 'mined' AND w.mined_attempt_id = s.attempt_id
    RETURNING w.id`
  if (!rows.length) return new Map()
  const moved = await tx.withdrawal.findMany({ where: { id: { in: rows.map((r) => r.id) } } })
  return new Map(moved.map((w) => [w.id, mapWithdrawal(w)]))
}

// ------------------------------------------------------------------ tracking, replacement, cancel

/**
 * The newest attempt of every in-flight withdrawal (`signing` / `submitted`) of a chain that a node
 * has accepted (`broadcast`) or that was found missing (`dropped`), oldest nonce first per address.
 */
export async function listCurrentAttempts(db: DbOrTx, chainId: number, limit: number): Promise<AttemptRow[]> {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM withdrawals w
      JOIN LATERAL (SELECT id, status FROM tx_attempts WHERE withdrawal_id = w.id ORDER BY created_at DESC LIMIT 1) a ON true
     WHERE w.chain_id = ${chainId} AND w.status IN ('signing', 'submitted') AND a.status IN ('broadcast', 'dropped')
     ORDER BY w.from_address, w.nonce
     LIMIT ${limit}`
  if (!ids.length) return []
  const rows = await db.txAttempt.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: [{ fromAddress: 'asc' }, { nonce: 'asc' }] })
  return rows.map(mapAttempt)
}

/** Locks a withdrawal row for the rest of the transaction and returns it with its newest attempt. */
export async function lockWithdrawal(tx: DbTx, id: string): Promise<{ w: WithdrawalRow; current: AttemptRow | null } | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM withdrawals WHERE id = ${id}::uuid FOR UPDATE`
  if (!locked.length) return null
  const w = mapWithdrawal(await tx.withdrawal.findUniqueOrThrow({ where: { id } }))
  const a = await tx.txAttempt.findFirst({ where: { withdrawalId: id }, orderBy: { createdAt: 'desc' } })
  return { w, current: a ? mapAttempt(a) : null }
}

/** Stores one signed attempt (a replacement or a cancel of an existing nonce). */
export async function insertAttempt(tx: DbTx, a: NewAttempt): Promise<void> {
  await tx.txAttempt.create({
    data: {
      ...a,
      value: a.value.toString(),
      gasLimit: a.gasLimit.toString(),
      maxFeePerGas: a.maxFeePerGas.toString(),
      maxPriorityFeePerGas: a.maxPriorityFeePerGas.toString(),
      status: 'signed',
    },
  })
  await tx.withdrawal.update({ where: { id: a.withdrawalId }, data: { txHash: a.txHash, updatedAt: new Date() } })
}

/** Flags a withdrawal `stuck` (fee cap reached). @returns the row when the flag was newly set */
export async function markStuck(tx: DbTx, id: string): Promise<WithdrawalRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE withdrawals SET stuck = true, stuck_since = now(), updated_at = now()
     WHERE id = ${id}::uuid AND stuck = false AND status IN ('signing', 'submitted') RETURNING id`
  return rows.length ? mapWithdrawal(await tx.withdrawal.findUniqueOrThrow({ where: { id } })) : null
}

export async function setCancelRequested(tx: DbTx, id: string): Promise<void> {
  await tx.$executeRaw`UPDATE withdrawals SET cancel_requested_at = coalesce(cancel_requested_at, now()), updated_at = now() WHERE id = ${id}::uuid`
}

/** Notes that the tracker checked an attempt (throttles pool look-ups). */
export async function touchChecked(db: DbOrTx, attemptIds: string[]): Promise<void> {
  if (!attemptIds.length) return
  await db.$executeRaw`UPDATE tx_attempts SET last_checked_at = now() WHERE id = ANY(${attemptIds}::uuid[])`
}

/** A node no longer has these attempts in its pool (and they are not mined): `broadcast → dropped`. */
export async function markDropped(db: DbOrTx, attemptIds: string[]): Promise<void> {
  if (!attemptIds.length) return
  await db.$executeRaw`UPDATE tx_attempts SET status = 'dropped', last_checked_at = now(), updated_at = now()
                        WHERE id = ANY(${attemptIds}::uuid[]) AND status = 'broadcast'`
}

/**
 * Gives up the nonce of a withdrawal whose nonce was consumed by a transaction the service did not
 * sign (none of its attempts can ever be mined): attempts `→ dropped`, the withdrawal back to `queued`
 * without nonce (or `cancelled` if a cancel was requested), and the address's cursor moved up to
 * `chainNonce` so the next signature uses a free nonce.
 */
export async function releaseConsumedNonce(tx: DbTx, w: WithdrawalRow, chainNonce: bigint, reason: string): Promise<WithdrawalRow> {
  await tx.$executeRaw`UPDATE tx_attempts SET status = 'dropped', last_error = ${reason}, updated_at = now()
                        WHERE withdrawal_id = ${w.id}::uuid AND status IN ('signed', 'broadcast', 'dropped')`
  const to = w.cancelRequestedAt ? 'cancelled' : 'queued'
  await tx.$executeRaw`
    UPDATE withdrawals SET status = ${to}, nonce = NULL, tx_hash = NULL, status_reason = ${reason}, stuck = false,
           stuck_since = NULL, submitted_at = NULL, updated_at = now()
     WHERE id = ${w.id}::uuid AND status IN ('signing', 'submitted')`
  await tx.$executeRaw`
    UPDATE nonce_cursors SET next_nonce = greatest(next_nonce, ${chainNonce.toString()}::bigint), updated_at = now()
     WHERE chain_id = ${w.chainId} AND address = ${w.fromAddress}`
  return mapWithdrawal(await tx.withdrawal.findUniqueOrThrow({ where: { id: w.id } }))
}

/**
 * Nonces >= `from` of (chain, address) that some withdrawal holds, in any status, ascending. (A
 * withdrawal gives its nonce up only when the chain consumed it otherwise: its `nonce` is then NULL.)
 */
export async function heldNonces(db: DbOrTx, chainId: number, address: string, from: bigint): Promise<bigint[]> {
  const rows = await db.$queryRaw<{ nonce: bigint }[]>`
    SELECT nonce FROM withdrawals WHERE chain_id = ${chainId} AND from_address = ${address}
       AND nonce >= ${from.toString()}::bigint ORDER BY nonce`
  return rows.map((r) => BigInt(r.nonce))
}

export async function listNonceCursors(db: DbOrTx, chainId: number): Promise<{ address: string; nextNonce: bigint }[]> {
  const rows = await db.nonceCursor.findMany({ where: { chainId } })
  return rows.map((r) => ({ address: r.address, nextNonce: r.nextNonce }))
}

/** In-flight withdrawals of (chain, address) whose nonce is below `chainNonce` (the chain has used it). */
export async function inFlightBelow(db: DbOrTx, chainId: number, address: string, chainNonce: bigint): Promise<WithdrawalRow[]> {
  const rows = await db.withdrawal.findMany({
    where: { chainId, fromAddress: address, status: { in: ['signing', 'submitted'] }, nonce: { lt: chainNonce } },
    orderBy: { nonce: 'asc' },
  })
  return rows.map(mapWithdrawal)
}

// ------------------------------------------------------------------ submit leases

/**
 * Takes the submit lease of (chain, address) for `ttlSeconds` unless another holder has a live one.
 * @returns true when `holder` holds it now
 */
export async function acquireSubmitLease(db: DbOrTx, chainId: number, address: string, holder: string, ttlSeconds: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO submit_leases (chain_id, address, holder, expires_at)
    VALUES (${chainId}, ${address}, ${holder}::uuid, now() + make_interval(secs => ${ttlSeconds}))
    ON CONFLICT (chain_id, address) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
     WHERE submit_leases.expires_at < now() OR submit_leases.holder = EXCLUDED.holder
    RETURNING holder`
  return rows.length > 0
}

export async function releaseSubmitLease(db: DbOrTx, chainId: number, address: string, holder: string): Promise<void> {
  await db.$executeRaw`DELETE FROM submit_leases WHERE chain_id = ${chainId} AND address = ${address} AND holder = ${holder}::uuid`
}

// ------------------------------------------------------------------ replacement bounds (issue 13, C1)

/**
 * Seconds since the attempt was stored, by the database clock (`clock_timestamp()`), so that the API and
 * every worker measure the replacement interval alike. null when the attempt does not exist.
 */
export async function attemptAgeSeconds(db: DbOrTx, attemptId: string): Promise<number | null> {
  const rows = await db.$queryRaw<{ age: number }[]>`
    SELECT extract(epoch FROM clock_timestamp() - created_at)::float8 AS age FROM tx_attempts WHERE id = ${attemptId}::uuid`
  return rows.length ? Number(rows[0]!.age) : null
}

/**
 * Records a cancel request of a signed withdrawal once: sets `cancel_requested_at` only when it is
 * unset and the withdrawal is `signing`/`submitted`. true when this call set it (the caller then signs
 * the cancel); false when it was already requested or the withdrawal is no longer in flight.
 */
export async function requestCancelOnce(db: DbOrTx, id: string): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE withdrawals SET cancel_requested_at = now(), updated_at = now()
     WHERE id = ${id}::uuid AND cancel_requested_at IS NULL AND status IN ('signing', 'submitted')`
  return n > 0
}

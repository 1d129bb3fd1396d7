/**
 * Sweeps: policies per wallet and asset, the sweep-specific facts of withdrawals of kind `sweep`, and
 * the lookups the planner and the chain scanner need.
 */
import { toBigInt } from '../lib/amounts'
import type { DbOrTx, DbTx } from './client'

/**
 * Hashes among `hashes` that are attempts of sweeps or top-ups: moves between the service's own
 * addresses, which the ledger books as such and which are never deposits. One indexed query.
 */
export async function findInternalTransferHashes(db: DbOrTx, chainId: number, hashes: string[]): Promise<Set<string>> {
  if (!hashes.length) return new Set()
  const rows = await db.$queryRaw<{ tx_hash: string }[]>`
    SELECT a.tx_hash FROM tx_attempts a JOIN withdrawals w ON w.id = a.withdrawal_id
     WHERE a.chain_id = ${chainId} AND a.tx_hash = ANY(${hashes}::text[]) AND w.kind IN ('sweep', 'topup')`
  return new Set(rows.map((r) => r.tx_hash))
}

// ------------------------------------------------------------------ policies

export interface SweepPolicyRow {
  walletId: string
  asset: string
  chainId: number
  /** base units of `asset` */
  threshold: bigint
  /** null: the wallet's own hot address */
  destinationWalletId: string | null
  enabled: boolean
  createdAt: Date
  updatedAt: Date
}

type PrismaPolicy = Awaited<ReturnType<DbTx['sweepPolicy']['findFirstOrThrow']>>
const mapPolicy = (r: PrismaPolicy): SweepPolicyRow => ({ ...r, threshold: toBigInt(r.threshold) })

/** Creates or replaces the policy of (wallet, asset). */
export async function upsertSweepPolicy(db: DbOrTx, p: Omit<SweepPolicyRow, 'createdAt' | 'updatedAt'>): Promise<SweepPolicyRow> {
  const data = { chainId: p.chainId, threshold: p.threshold.toString(), destinationWalletId: p.destinationWalletId, enabled: p.enabled, updatedAt: new Date() }
  const r = await db.sweepPolicy.upsert({
    where: { walletId_asset: { walletId: p.walletId, asset: p.asset } },
    create: { walletId: p.walletId, asset: p.asset, ...data },
    update: data,
  })
  return mapPolicy(r)
}

export async function listSweepPolicies(db: DbOrTx, filter: { walletId?: string; chainId?: number; enabled?: boolean }): Promise<SweepPolicyRow[]> {
  const rows = await db.sweepPolicy.findMany({
    where: {
      ...(filter.walletId ? { walletId: filter.walletId } : {}),
      ...(filter.chainId ? { chainId: filter.chainId } : {}),
      ...(filter.enabled !== undefined ? { enabled: filter.enabled } : {}),
    },
    orderBy: [{ walletId: 'asc' }, { asset: 'asc' }],
  })
  return rows.map(mapPolicy)
}

export async function deleteSweepPolicy(db: DbOrTx, walletId: string, asset: string): Promise<boolean> {
  const r = await db.sweepPolicy.deleteMany({ where: { walletId, asset } })
  return r.count > 0
}

// ------------------------------------------------------------------ planning

/** A deposit address's confirmed balance of one asset, as the ledger has it (base units). */
export interface SweepCandidate {
  addressId: string
  address: string
  /** posted − pending outflows of the address's asset account */
  available: bigint
}

/**
 * Deposit addresses of a wallet whose available ledger balance of `asset` is at least `threshold`,
 * and that have no sweep or top-up in flight, largest first. Reads the ledger accounts of the
 * wallet and asset only (indexed), never the wallet's whole address list.
 */
export async function listSweepCandidates(db: DbOrTx, walletId: string, chainId: number, asset: string, threshold: bigint, limit: number): Promise<SweepCandidate[]> {
  const rows = await db.$queryRaw<{ address_id: string; address: string; available: string }[]>`
    SELECT ad.id AS address_id, ad.address, (b.posted_debits - b.posted_credits - b.pending_credits)::text AS available
      FROM ledger_accounts a
      JOIN ledger_balances b ON b.account_id = a.id
      JOIN addresses ad ON ad.address = a.address AND ad.wallet_id = a.wallet_id
     WHERE a.wallet_id = ${walletId}::uuid AND a.asset = ${asset} AND a.type = 'asset' AND ad.kind = 'deposit'
       AND b.posted_debits - b.posted_credits - b.pending_credits >= ${threshold.toString()}::numeric
       AND NOT EXISTS (SELECT 1 FROM withdrawals w
                        WHERE w.chain_id = ${chainId} AND w.status IN ('pending_approval', 'queued', 'signing', 'submitted', 'mined')
                          AND ((w.kind = 'sweep' AND w.from_address = ad.address) OR (w.kind = 'topup' AND w.to_address = ad.address)))
     ORDER BY b.posted_debits - b.posted_credits - b.pending_credits DESC
     LIMIT ${limit}`
  return rows.map((r) => ({ addressId: r.address_id, address: r.address, available: BigInt(r.available) }))
}

/** Available native balance (base units) of a custody address in the ledger: posted − pending outflows. */
export async function availableInLedger(db: DbOrTx, asset: string, address: string): Promise<bigint> {
  const rows = await db.$queryRaw<{ available: string }[]>`
    SELECT (b.posted_debits - b.posted_credits - b.pending_credits)::text AS available
      FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id
     WHERE a.code = ${`asset:${asset}:${address}`}`
  return rows[0] ? BigInt(rows[0].available) : 0n
}

/**
 * The latest confirmed top-up to `address` that no sweep has used yet (its gas paid for the sweep
 * being planned now), if any.
 */
export async function unusedConfirmedTopup(db: DbOrTx, chainId: number, address: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT w.id FROM withdrawals w
     WHERE w.chain_id = ${chainId} AND w.kind = 'topup' AND w.to_address = ${address} AND w.status = 'confirmed'
       AND NOT EXISTS (SELECT 1 FROM sweeps s WHERE s.topup_withdrawal_id = w.id)
     ORDER BY w.id DESC LIMIT 1`
  return rows[0]?.id ?? null
}

// ------------------------------------------------------------------ sweeps

export interface SweepRow {
  withdrawalId: string
  depositAddressId: string
  destinationWalletId: string
  topupWithdrawalId: string | null
  /** gas limit the sweep is signed with */
  gasLimit: bigint
  /** wei per gas: the most the sweep may pay (what the top-up paid for) */
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  createdAt: Date
}

type PrismaSweep = Awaited<ReturnType<DbTx['sweep']['findFirstOrThrow']>>
const mapSweep = (r: PrismaSweep): SweepRow => ({
  ...r,
  gasLimit: toBigInt(r.gasLimit),
  maxFeePerGas: toBigInt(r.maxFeePerGas),
  maxPriorityFeePerGas: toBigInt(r.maxPriorityFeePerGas),
})

export async function insertSweep(tx: DbTx, s: Omit<SweepRow, 'createdAt'>): Promise<void> {
  await tx.sweep.create({
    data: { ...s, gasLimit: s.gasLimit.toString(), maxFeePerGas: s.maxFeePerGas.toString(), maxPriorityFeePerGas: s.maxPriorityFeePerGas.toString() },
  })
}

/** Sweep facts of withdrawals among `ids` (those of kind `sweep`). */
export async function getSweeps(db: DbOrTx, ids: string[]): Promise<Map<string, SweepRow>> {
  if (!ids.length) return new Map()
  const rows = await db.sweep.findMany({ where: { withdrawalId: { in: ids } } })
  return new Map(rows.map((r) => [r.withdrawalId, mapSweep(r)]))
}

/**
 * Token base units that attempts from `address` may still move (signed or broadcast, not yet seen
 * mined): the token amounts of its withdrawals in `signing` or `submitted`.
 */
export async function reservedTokenOutflow(db: DbOrTx, chainId: number, address: string, asset: string): Promise<bigint> {
  const rows = await db.$queryRaw<{ total: string | null }[]>`
    SELECT sum(amount)::text AS total FROM withdrawals
     WHERE chain_id = ${chainId} AND from_address = ${address} AND asset = ${asset} AND status IN ('signing', 'submitted')`
  return toBigInt(rows[0]?.total ?? '0')
}

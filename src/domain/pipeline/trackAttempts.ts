/**
 * Tracking of in-flight attempts (one pass per chain tick).
 *
 * For the newest attempt of every `signing` / `submitted` withdrawal:
 *  - not mined `bumpAfterBlocks` blocks after it was first accepted, or `bumpAfterSeconds` after it was
 *    signed: replaced with bumped fees (same nonce; see replaceAttempt). Stuck ones (fee cap reached)
 *    are only retried when the cap would now allow a valid replacement. A withdrawal whose cancel was
 *    requested but not signed yet (requested within the replacement interval, or signing failed) gets
 *    its cancel. Never before `minReplacementIntervalSeconds` after the newest attempt, and after a
 *    cancel request every bump stays within the cancel ceiling (replaceAttempt);
 *  - otherwise, if not checked for `rebroadcastAfterSeconds`: asked of the node
 *    (`eth_getTransactionByHash`). Missing from the pool and without a receipt, it is `dropped` and
 *    re-sent as is (same raw bytes); a refusal gets its action (e.g. `fee_too_low` → re-sign at market).
 */
import { TransactionNotFoundError, TransactionReceiptNotFoundError } from 'viem'
import { broadcastRaw } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { bumpFees } from '../../chain/fees'
import { getCursor } from '../../db/chain'
import { listCurrentAttempts, markDropped, touchChecked, type AttemptRow } from '../../db/withdrawals'
import type { Deps } from '../deps'
import { recordBroadcast } from '../withdrawals/recordBroadcast'
import { replaceAttempt } from '../withdrawals/replaceAttempt'
import { actOnRefusals, type Refusal } from './actOnRefusals'

export interface TrackResult {
  bumped: number
  stuck: number
  checked: number
  rebroadcast: number
}

const LIMIT = 2000

export async function trackAttempts(deps: Deps, chainId: number, nowMs = Date.now()): Promise<TrackResult> {
  const result: TrackResult = { bumped: 0, stuck: 0, checked: 0, rebroadcast: 0 }
  const cursor = await getCursor(deps.db, chainId)
  if (!cursor) return result
  const { client, config } = chainClient(deps.chains, chainId)
  const policy = config.fees
  const current = await listCurrentAttempts(deps.db, chainId, LIMIT)
  if (!current.length) return result
  const flagged = await deps.db.withdrawal.findMany({
    where: { id: { in: current.map((a) => a.withdrawalId) }, OR: [{ stuck: true }, { cancelRequestedAt: { not: null } }] },
    select: { id: true, stuck: true, cancelRequestedAt: true },
  })
  const stuckIds = new Set(flagged.filter((w) => w.stuck).map((w) => w.id))
  const cancelIds = new Set(flagged.filter((w) => w.cancelRequestedAt !== null).map((w) => w.id))

  const toBump: AttemptRow[] = []
  const toCheck: AttemptRow[] = []
  for (const a of current) {
    const ageBlocks = a.broadcastBlock === null ? 0n : cursor.blockNumber - a.broadcastBlock
    const ageSeconds = (nowMs - a.createdAt.getTime()) / 1000
    const cancelPending = cancelIds.has(a.withdrawalId) && a.kind !== 'cancel'
    // the replacement interval (re-checked by the database clock in replaceAttempt)
    const intervalOver = ageSeconds >= policy.minReplacementIntervalSeconds
    const due = intervalOver && (cancelPending || ageBlocks >= BigInt(policy.bumpAfterBlocks) || ageSeconds >= policy.bumpAfterSeconds)
    // after a cancel request the bound is the cancel ceiling (at most cancelMaxFeePerGasCap)
    const ceiling = cancelIds.has(a.withdrawalId) ? policy.cancelMaxFeePerGasCap : policy.maxFeePerGasCap
    const capAllows = !stuckIds.has(a.withdrawalId) || bumpFees(a, a, policy, { ceiling }).ok
    const lastSeen = (a.lastCheckedAt ?? a.lastBroadcastAt ?? a.createdAt).getTime()
    if (due && capAllows) toBump.push(a)
    else if (a.status === 'dropped' || nowMs - lastSeen >= policy.rebroadcastAfterSeconds * 1000) toCheck.push(a)
  }

  // Replacements, per address in nonce order (lower nonces must be mined first anyway).
  for (const a of toBump) {
    try {
      const r = await replaceAttempt(deps, a.withdrawalId, cancelIds.has(a.withdrawalId) && a.kind !== 'cancel' ? 'cancel' : 'stuck', { expectCurrent: a.id })
      if (r.outcome === 'replaced') {
        result.bumped++
        if (!r.broadcast.ok) await actOnRefusals(deps, chainId, new Map([[r.attemptId, { ...a, id: r.attemptId }]]), [r.broadcast])
      } else if (r.outcome === 'stuck') result.stuck++
    } catch (e) {
      deps.logger.warn({ withdrawalId: a.withdrawalId, err: (e as Error).message }, 'replacement failed; will retry')
    }
  }

  if (!toCheck.length) return result
  result.checked = toCheck.length
  const inPool = await Promise.all(
    toCheck.map((a) =>
      client.getTransaction({ hash: a.txHash as `0x${string}` }).then(
        (tx) => tx !== null,
        (e) => {
          if (e instanceof TransactionNotFoundError) return false
          throw e
        },
      ),
    ),
  )
  const missing = toCheck.filter((_, i) => !inPool[i])
  const receipts = await Promise.all(
    missing.map((a) =>
      client.getTransactionReceipt({ hash: a.txHash as `0x${string}` }).then(
        () => true,
        (e) => {
          if (e instanceof TransactionReceiptNotFoundError) return false
          throw e
        },
      ),
    ),
  )
  // Mined but not yet seen by the follower: it will record them.
  const dropped = missing.filter((_, i) => !receipts[i])
  await touchChecked(deps.db, toCheck.filter((_, i) => inPool[i]).map((a) => a.id))
  if (!dropped.length) return result
  await markDropped(deps.db, dropped.map((a) => a.id))
  deps.logger.warn({ chainId, attempts: dropped.map((a) => a.txHash) }, 'attempts missing from the node pool; re-sending them as they are')
  const outcomes = await broadcastRaw(client, dropped.map((a) => ({ attemptId: a.id, rawTx: a.rawTx })))
  await recordBroadcast(deps, chainId, outcomes)
  result.rebroadcast = outcomes.filter((o) => o.ok).length
  await actOnRefusals(deps, chainId, new Map(dropped.map((a) => [a.id, a])), outcomes.filter((o): o is Refusal => !o.ok))
  return result
}

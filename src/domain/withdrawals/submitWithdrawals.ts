/**
 * Signs and broadcasts queued withdrawals of one from-address, in batches.
 *
 * Steps:
 *  1. read the oldest queued withdrawals of the address (up to SUBMIT_BATCH_SIZE) and, from the node,
 *     market fees, gas estimates, the balance and the pending transaction count;
 *  2. plan each transaction by asset kind (./transferPlan.ts: native value transfer, or ERC-20
 *     `transfer` within the address's token balance) and keep the longest prefix the address can pay
 *     for (value + gas × maxFeePerGas, after what our own unmined attempts may still spend); if none, the withdrawals wait `queued` (reason
 *     `insufficient_funds`, `wallet.low_balance` event) and the chain tick retries them;
 *  3. in ONE database transaction: lock the nonce cursor of (chain, address) (`SELECT … FOR UPDATE`),
 *     lock the withdrawals (`FOR UPDATE SKIP LOCKED`, still `queued`), sign each with the next nonce
 *     (one key unwrap for the whole batch), store every signed attempt (raw tx + hash), advance the
 *     cursor, commit;
 *  4. only then broadcast (a crash before this leaves `signed` attempts that the chain tick re-sends);
 *     accepted attempts become `broadcast` and their withdrawals `submitted`.
 *
 * Running it twice, or on many workers at once, is safe: the cursor lock serializes nonce allocation
 * per address and the status check under lock makes each withdrawal sign once.
 */
import { attemptsSigned } from '../../lib/metrics'
import { getAddress, keccak256, type Hex } from 'viem'
import { broadcastRaw } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { estimateMarketFees } from '../../chain/fees'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWalletKeyMaterial } from '../../db/wallets'
import {
  acquireSubmitLease,
  advanceNonceCursor,
  getWithdrawal,
  insertSignedAttempts,
  listQueuedFrom,
  lockNonceCursor,
  lockQueued,
  moveWithdrawals,
  releaseSubmitLease,
  reservedOutflow,
  setStatusReason,
  type NewAttempt,
  type WithdrawalRow,
} from '../../db/withdrawals'
import { AppError } from '../../lib/errors'
import { failpoint } from '../../lib/failpoints'
import { enqueueSubmit } from '../../jobs/queues'
import { newId } from '../../lib/ids'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'
import { voidWithdrawal } from '../ledger/entries'
import { pipelineEvents } from './pipelineEvents'
import { recordBroadcast } from './recordBroadcast'
import { planTransfers, type PlanLimit, type TransferPlan } from './transferPlan'

export interface SubmitResult {
  signed: number
  broadcast: number
  /** why nothing was signed, when nothing was (`busy`: another job is draining the address) */
  waiting?: 'insufficient_funds' | 'not_queued' | 'busy'
}

/** How long a submit job may keep draining one address before it hands over (seconds). */
const DRAIN_SECONDS = 20
const LEASE_SECONDS = 15

/**
 * Submits the queued withdrawals of `withdrawalId`'s from-address, batch after batch.
 *
 * One job at a time drains an address (a lease in Postgres, `submit_leases`): the others return at
 * once instead of repeating the pre-flight RPC work only to queue on the nonce cursor's lock. The holder
 * signs batches until nothing is queued, the address cannot pay, or `DRAIN_SECONDS` pass, then
 * re-enqueues the oldest withdrawal still queued, if any. The lease is only an efficiency guard: nonce
 * safety rests on the cursor's row lock, and a crashed holder's lease expires after `LEASE_SECONDS`.
 *
 * @throws AppError `key_backend_failed` (retryable per backend), viem RPC errors (retryable); the job
 *         retries with backoff. Nothing is marked failed after a nonce was used.
 */
export async function submitWithdrawals(deps: Deps, withdrawalId: string): Promise<SubmitResult> {
  const w = await getWithdrawal(deps.db, withdrawalId)
  if (!w || w.status !== 'queued') return { signed: 0, broadcast: 0, waiting: 'not_queued' }
  const holder = newId()
  if (!(await acquireSubmitLease(deps.db, w.chainId, w.fromAddress, holder, LEASE_SECONDS))) {
    return { signed: 0, broadcast: 0, waiting: 'busy' }
  }
  const total: SubmitResult = { signed: 0, broadcast: 0 }
  const deadline = Date.now() + DRAIN_SECONDS * 1000
  try {
    for (;;) {
      const [head] = await listQueuedFrom(deps.db, w.chainId, w.fromAddress, 1)
      if (!head) break
      const r = await submitBatch(deps, head)
      total.signed += r.signed
      total.broadcast += r.broadcast
      if (r.waiting) total.waiting = r.waiting
      if (r.signed === 0 || r.waiting || Date.now() > deadline) break
      await acquireSubmitLease(deps.db, w.chainId, w.fromAddress, holder, LEASE_SECONDS)
    }
  } finally {
    await releaseSubmitLease(deps.db, w.chainId, w.fromAddress, holder).catch(() => undefined)
  }
  // Withdrawals that arrived while this job held the lease (their own jobs returned `busy`), or that
  // this job left after its time budget: hand them to a new job now rather than at the next chain tick.
  if (total.waiting !== 'insufficient_funds') {
    const [left] = await listQueuedFrom(deps.db, w.chainId, w.fromAddress, 1)
    if (left && left.statusReason !== 'insufficient_funds') await enqueueSubmit(deps.queues, { withdrawalId: left.id }).catch(() => undefined)
  }
  return total
}

/** Signs and broadcasts one batch of the address of `first` (the oldest queued withdrawal). */
async function submitBatch(deps: Deps, first: WithdrawalRow): Promise<SubmitResult> {
  const { client, config: chain } = chainClient(deps.chains, first.chainId)
  const fromAddress = first.fromAddress
  const from = getAddress(fromAddress)

  const candidates = await listQueuedFrom(deps.db, first.chainId, fromAddress, deps.config.workers.submitBatchSize)
  if (!candidates.length) return { signed: 0, broadcast: 0, waiting: 'not_queued' }
  const [fees, balance, pendingCount, reserved] = await Promise.all([
    estimateMarketFees(client, chain.fees),
    client.getBalance({ address: from }),
    client.getTransactionCount({ address: from, blockTag: 'pending' }),
    reservedOutflow(deps.db, first.chainId, fromAddress),
  ])

  // The transaction per withdrawal (per asset kind: ./transferPlan.ts); a transfer the node says can
  // never succeed fails before it gets a nonce.
  const { plans, limits, tokenSpendable } = await planTransfers(deps, client, from, candidates, fees)
  const reverting = candidates.filter((w) => plans.get(w.id) === 'reverts')
  if (reverting.length) await failBeforeSigning(deps, reverting, 'the node reports that this transfer reverts (estimateGas)')
  // Above the chain's gas-limit ceiling: fails before a nonce is used, hold released (issue 13, H1).
  const tooMuchGas = candidates.filter((w) => plans.get(w.id) === 'gas_limit_exceeded')
  for (const w of tooMuchGas) await failBeforeSigning(deps, [w], limitReason(limits.get(w.id)))
  const unpayable = [...reverting, ...tooMuchGas]
  // Above maxNetworkFeeWei at today's fees: waits queued (the market may calm); the others go on.
  const feeTooHigh = candidates.filter((w) => plans.get(w.id) === 'network_fee_exceeded')
  if (feeTooHigh.length) await waitForFee(deps, feeTooHigh, limits)

  let budget = balance - reserved
  const batch: WithdrawalRow[] = []
  const lackTokens = candidates.filter((w) => plans.get(w.id) === 'insufficient_tokens')
  for (const w of candidates) {
    if (unpayable.includes(w) || lackTokens.includes(w) || feeTooHigh.includes(w)) continue
    const plan = plans.get(w.id)
    const cost = typeof plan === 'object' ? plan.value + plan.gas * plan.maxFeePerGas : undefined
    if (cost === undefined || cost > budget) break
    budget -= cost
    batch.push(w)
  }
  // Short of a token: those wait, the rest goes on (./transferPlan.ts).
  if (lackTokens.length) await waitForFunds(deps, lackTokens, tokenSpendable.get(lackTokens[0]!.asset) ?? 0n, lackTokens[0]!.asset)
  if (!batch.length) {
    const waiting = candidates.filter((w) => !unpayable.includes(w) && !lackTokens.includes(w) && !feeTooHigh.includes(w))
    if (waiting.length) await waitForFunds(deps, waiting, balance - reserved)
    return { signed: 0, broadcast: 0, waiting: 'insufficient_funds' }
  }

  const material = await getWalletKeyMaterial(deps.db, first.walletId)
  if (!material) throw new AppError('wallet_not_found', `wallet ${first.walletId} has no key material`)
  const addressIndex = await senderIndex(deps, first.walletId, fromAddress)

  const attempts = await withTx(deps.db, async (tx) => {
    let nonce = await lockNonceCursor(tx, first.chainId, fromAddress, BigInt(pendingCount))
    const locked = await lockQueued(tx, batch.map((w) => w.id))
    if (!locked.length) return []
    const signed = await deps.custody.withAccounts(material, [addressIndex], async ([account]) => {
      if (!account || account.address !== from) throw new AppError('internal', `signer address does not match ${from}`)
      const out: NewAttempt[] = []
      for (const w of locked) {
        const plan = plans.get(w.id) as TransferPlan
        const rawTx = await account.signTransaction({
          type: 'eip1559',
          chainId: first.chainId,
          nonce: Number(nonce),
          to: plan.to,
          value: plan.value,
          gas: plan.gas,
          maxFeePerGas: plan.maxFeePerGas,
          maxPriorityFeePerGas: plan.maxPriorityFeePerGas,
          data: plan.data,
        })
        out.push({
          id: newId(),
          withdrawalId: w.id,
          chainId: first.chainId,
          fromAddress,
          nonce,
          kind: 'original',
          toAddress: plan.to.toLowerCase(),
          value: plan.value,
          data: plan.data,
          gasLimit: plan.gas,
          maxFeePerGas: plan.maxFeePerGas,
          maxPriorityFeePerGas: plan.maxPriorityFeePerGas,
          rawTx,
          txHash: keccak256(rawTx as Hex),
        })
        nonce += 1n
      }
      return out
    })
    await insertSignedAttempts(tx, signed)
    await advanceNonceCursor(tx, first.chainId, fromAddress, nonce)
    return signed
  })
  if (!attempts.length) return { signed: 0, broadcast: 0 }
  failpoint('submit.after_commit')
  attemptsSigned.inc({ chain: String(first.chainId), kind: 'original' }, attempts.length)
  deps.logger.info(
    { chainId: first.chainId, from, nonces: `${attempts[0]!.nonce}..${attempts[attempts.length - 1]!.nonce}`, count: attempts.length },
    'signed withdrawals',
  )

  const outcomes = await broadcastRaw(client, attempts.map((a) => ({ attemptId: a.id, rawTx: a.rawTx })))
  failpoint('submit.after_broadcast')
  await recordBroadcast(deps, first.chainId, outcomes)
  return { signed: attempts.length, broadcast: outcomes.filter((o) => o.ok).length }
}

/** BIP-44 index of the wallet's address that sends (0 for the hot address). */
async function senderIndex(deps: Deps, walletId: string, address: string): Promise<number> {
  const row = await deps.db.address.findUnique({ where: { address }, select: { walletId: true, derivationIndex: true } })
  if (!row || row.walletId !== walletId) throw new AppError('internal', `address ${address} does not belong to wallet ${walletId}`)
  return row.derivationIndex
}

/** Withdrawals that can never be sent end `failed` before a nonce is used; their hold is released. */
async function failBeforeSigning(deps: Deps, rows: WithdrawalRow[], reason: string): Promise<void> {
  await withTx(deps.db, async (tx) => {
    const failed = await moveWithdrawals(tx, rows.map((r) => r.id), 'queued', 'failed', { statusReason: reason })
    for (const w of failed) {
      if (w.holdEntryId) await voidWithdrawal(tx, w, w.holdEntryId)
    }
    await insertEvents(tx, failed.flatMap((w) => pipelineEvents(w, 'failed')))
  })
}

/**
 * The address cannot pay for its oldest queued withdrawal: they stay `queued` with reason
 * `insufficient_funds`; the first time, a `wallet.low_balance` event says how much is missing.
 */
async function waitForFunds(deps: Deps, rows: WithdrawalRow[], spendable: bigint, asset?: string): Promise<void> {
  const head = rows[0]
  if (!head || head.statusReason === 'insufficient_funds') return
  await withTx(deps.db, async (tx) => {
    await setStatusReason(tx, rows.map((r) => r.id), 'insufficient_funds')
    await insertEvents(tx, [
      {
        type: 'wallet.low_balance',
        walletId: head.walletId,
        data: {
          walletId: head.walletId,
          chainId: head.chainId,
          asset: asset ?? nativeAsset(head.chainId),
          address: getAddress(head.fromAddress),
          spendable: (spendable > 0n ? spendable : 0n).toString(),
          waitingWithdrawals: rows.length,
          oldestWithdrawalId: head.id,
        },
      },
    ])
  })
  deps.logger.warn({ walletId: head.walletId, address: head.fromAddress, waiting: rows.length }, 'hot address cannot pay for queued withdrawals; waiting for funds')
}

// ------------------------------------------------------------------ gas and network-fee bounds (issue 13, H1)

/** `status_reason` of a withdrawal refused by a bound: the code first, then the figures and the setting. */
function limitReason(l: PlanLimit | undefined): string {
  if (!l) return 'gas_limit_exceeded'
  const unit = l.what === 'gas_limit_exceeded' ? 'gas' : 'wei'
  const value = l.value === null ? 'more than the node can estimate' : `${l.value} ${unit}`
  return `${l.what}: the transfer needs ${value}, above the chain's limit of ${l.limit} ${unit} (fees.${l.setting})`
}

/**
 * Withdrawals whose network fee (gas limit × maxFeePerGas) is above the chain's `maxNetworkFeeWei` at
 * today's fees: they stay `queued` with reason `network_fee_exceeded: …` and the chain tick retries
 * them; nothing is signed.
 */
async function waitForFee(deps: Deps, rows: WithdrawalRow[], limits: Map<string, PlanLimit>): Promise<void> {
  for (const w of rows) {
    const reason = limitReason(limits.get(w.id))
    if (w.statusReason === reason) continue
    await setStatusReason(deps.db, [w.id], reason)
    deps.logger.warn({ withdrawalId: w.id, reason }, 'withdrawal waits: its network fee is above the chain limit')
  }
}

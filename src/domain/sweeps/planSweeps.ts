/**
 * The sweep job of one chain: moves confirmed deposits from deposit addresses to the destination of
 * their wallet's sweep policy (the wallet's hot address, or another wallet's, e.g. a `kms-key`
 * treasury), through the same nonce-safe pipeline as withdrawals.
 *
 * Steps, per enabled policy (token policies first, so that a deposit address's native coin pays for its
 * token sweep before it is swept itself):
 *  1. the policy's candidates: deposit addresses whose available ledger balance of the asset is at
 *     least the threshold and that have no sweep or top-up in flight (one indexed query);
 *  2. token: estimate the `transfer` gas G and take the market `maxFeePerGas` F. If the address's
 *     available native balance is below G × F, queue a top-up of exactly the difference from the
 *     wallet's hot address (kind `topup`); the sweep itself is planned by a later run, once the
 *     top-up is confirmed. Otherwise queue the sweep (kind `sweep`) of the whole token balance, signed
 *     with gas G and at most the fee its native balance pays for;
 *  3. native: queue a sweep of the balance minus 21,000 × F (the gas it pays itself).
 * Each sweep or top-up is created in one transaction with its ledger hold (asset → asset, no change
 * to the customer liability) and its `withdrawal.queued` event, then handed to the submit queue. What
 * the gas did not use stays at the deposit address as native dust, on its ledger account (equal to
 * the chain) and swept with the next native sweep once above the native threshold.
 *
 * Two sweep jobs running at once cannot queue the same move twice: the database allows one sweep and
 * one top-up in flight per deposit address (partial unique indexes).
 */
import { getAddress } from 'viem'
import { chainClient } from '../../chain/clients'
import { transferCalldata } from '../../chain/erc20'
import { estimateMarketFees } from '../../chain/fees'
import { isConstraintViolation, withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { availableInLedger, insertSweep, listSweepCandidates, listSweepPolicies, unusedConfirmedTopup, type SweepCandidate, type SweepPolicyRow } from '../../db/sweeps'
import { getWallet, type WalletRow } from '../../db/wallets'
import { insertWithdrawal, setHoldEntry } from '../../db/withdrawals'
import { enqueueSubmit } from '../../jobs/queues'
import { newId } from '../../lib/ids'
import { nativeAsset, resolveAsset, type AssetInfo } from '../assets'
import type { Deps } from '../deps'
import { placeInternalTransferHold } from '../ledger/entries'
import { estimateCallGas } from '../withdrawals/transferPlan'
import { pipelineEvents } from '../withdrawals/pipelineEvents'

/** Most deposit addresses handled per policy and run; the next run takes the rest. */
const PER_POLICY = 200
const NATIVE_TRANSFER_GAS = 21_000n

export interface SweepRunResult {
  sweeps: number
  topups: number
  /** candidates left for a later run (a token transfer that reverts, a race) */
  skipped: number
}

/**
 * Plans the sweeps and gas top-ups of a chain (see the module comment).
 *
 * JSON-RPC: `eth_feeHistory`/`eth_maxPriorityFeePerGas`, `eth_estimateGas` per token candidate,
 * `eth_getCode` of destinations.
 * @throws viem RPC errors (the job retries); nothing is written for a candidate that fails
 */
export async function planSweeps(deps: Deps, chainId: number): Promise<SweepRunResult> {
  const result: SweepRunResult = { sweeps: 0, topups: 0, skipped: 0 }
  const policies = await listSweepPolicies(deps.db, { chainId, enabled: true })
  if (!policies.length) return result
  const { client, config } = chainClient(deps.chains, chainId)
  const fees = await estimateMarketFees(client, config.fees)
  const native = nativeAsset(chainId)
  const ordered = [...policies].sort((a, b) => Number(a.asset === native) - Number(b.asset === native))
  const queued: string[] = []
  for (const policy of ordered) {
    const asset = resolveAssetOrNull(deps, policy.asset)
    const wallet = await getWallet(deps.db, policy.walletId)
    const destination = await getWallet(deps.db, policy.destinationWalletId ?? policy.walletId)
    if (!asset || !wallet || !destination) {
      deps.logger.warn({ chainId, walletId: policy.walletId, asset: policy.asset }, 'sweep policy refers to an unknown asset or wallet; skipped')
      continue
    }
    const to = destination.hotAddress
    const nativeGas = asset.kind === 'native' ? await nativeTransferGas(deps, chainId, to) : 0n
    const candidates = await listSweepCandidates(deps.db, wallet.id, chainId, asset.id, policy.threshold, PER_POLICY)
    for (const c of candidates) {
      if (c.address === to) continue
      let created: string | null
      if (asset.kind === 'native') {
        const value = c.available - nativeGas * fees.maxFeePerGas
        if (value <= 0n) continue
        created = await queueMove(deps, { kind: 'sweep', wallet, asset, from: c, to, destination, amount: value, gas: nativeGas, maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas })
        if (created) result.sweeps++
      } else {
        const gas = await estimateCallGas(client, c.address, asset.address!, transferCalldata(to, c.available))
        if (typeof gas !== 'bigint') {
          deps.logger.warn({ chainId, address: c.address, asset: asset.id, outcome: gas }, 'token sweep cannot be estimated; left for a later run')
          result.skipped++
          continue
        }
        const gasBalance = await availableInLedger(deps.db, native, c.address)
        const need = gas * fees.maxFeePerGas
        if (gasBalance < need) {
          created = await queueMove(deps, { kind: 'topup', wallet, asset: resolveAsset(deps.config, native), from: { addressId: null, address: wallet.hotAddress }, to: c.address, destination: wallet, amount: need - gasBalance })
          if (created) result.topups++
        } else {
          // Everything the address holds in gas may be spent on this sweep's fee (capped): the fee
          // actually paid is gasUsed × the block's effective price, the rest stays as dust.
          let maxFeePerGas = gasBalance / gas
          if (maxFeePerGas > config.fees.maxFeePerGasCap) maxFeePerGas = config.fees.maxFeePerGasCap
          const maxPriorityFeePerGas = fees.maxPriorityFeePerGas < maxFeePerGas ? fees.maxPriorityFeePerGas : maxFeePerGas
          created = await queueMove(deps, { kind: 'sweep', wallet, asset, from: c, to, destination, amount: c.available, gas, maxFeePerGas, maxPriorityFeePerGas })
          if (created) result.sweeps++
        }
      }
      if (created) queued.push(created)
      else result.skipped++
    }
  }
  for (const id of queued) {
    await enqueueSubmit(deps.queues, { withdrawalId: id }).catch((e) =>
      deps.logger.warn({ err: e, withdrawalId: id }, 'could not enqueue submit job; the queue reconciler will'),
    )
  }
  if (queued.length) deps.logger.info({ chainId, ...result }, 'sweeps planned')
  return result
}

interface Move {
  kind: 'sweep' | 'topup'
  wallet: WalletRow
  asset: AssetInfo
  from: Pick<SweepCandidate, 'address'> & { addressId: string | null }
  /** receiving custody address (lowercase) */
  to: string
  /** wallet of the receiving address */
  destination: WalletRow
  /** base units of `asset` */
  amount: bigint
  /** sweeps: the gas limit and fee caps (wei per gas) it is signed with */
  gas?: bigint
  maxFeePerGas?: bigint
  maxPriorityFeePerGas?: bigint
}

/**
 * Queues one sweep or top-up: the withdrawal row, its hold (asset → asset), the sweep facts and the
 * `withdrawal.queued` event, in one transaction.
 *
 * @returns its id, or null when another run queued one for the same deposit address first
 */
async function queueMove(deps: Deps, m: Move): Promise<string | null> {
  const id = newId()
  try {
    await withTx(deps.db, async (tx) => {
      const row = await insertWithdrawal(tx, {
        id,
        kind: m.kind,
        clientId: null,
        externalId: null,
        walletId: m.wallet.id,
        chainId: m.asset.chainId,
        asset: m.asset.id,
        fromAddress: m.from.address,
        toAddress: m.to,
        amount: m.amount,
        status: 'queued',
      })
      const holdId = await placeInternalTransferHold(tx, { ...row, kind: m.kind }, { address: m.to, walletId: m.destination.id })
      await setHoldEntry(tx, id, holdId)
      if (m.kind === 'sweep') {
        await insertSweep(tx, {
          withdrawalId: id,
          depositAddressId: m.from.addressId!,
          destinationWalletId: m.destination.id,
          topupWithdrawalId: await unusedConfirmedTopup(tx, m.asset.chainId, m.from.address),
          gasLimit: m.gas!,
          maxFeePerGas: m.maxFeePerGas!,
          maxPriorityFeePerGas: m.maxPriorityFeePerGas!,
        })
      }
      await insertEvents(tx, pipelineEvents({ ...row, holdEntryId: holdId }, 'queued'))
    })
  } catch (e) {
    if (isConstraintViolation(e, 'withdrawals_one_open_sweep') || isConstraintViolation(e, 'withdrawals_one_open_topup') || isConstraintViolation(e, 'sweeps_topup')) return null
    throw e
  }
  deps.logger.info({ kind: m.kind, id, chainId: m.asset.chainId, asset: m.asset.id, from: getAddress(m.from.address), to: getAddress(m.to), amount: m.amount.toString() }, `${m.kind} queued`)
  return id
}

/** Gas limit of a native sweep: 21,000 into an account without code, else the node's estimate + 20 %. */
async function nativeTransferGas(deps: Deps, chainId: number, to: string): Promise<bigint> {
  const { client } = chainClient(deps.chains, chainId)
  const code = await client.getCode({ address: getAddress(to) })
  if (!code || code === '0x') return NATIVE_TRANSFER_GAS
  return ((await client.estimateGas({ to: getAddress(to), value: 1n })) * 120n) / 100n
}

function resolveAssetOrNull(deps: Deps, asset: string): AssetInfo | null {
  try {
    return resolveAsset(deps.config, asset)
  } catch {
    return null
  }
}

export type { SweepPolicyRow }

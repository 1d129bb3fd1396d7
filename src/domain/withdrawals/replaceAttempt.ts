/**
 * Replacement of a withdrawal's transaction: a new attempt with the SAME nonce.
 *
 * Steps:
 *  1. fees: max(ceil(old × (1 + bump%)), old + 1 wei, market) for both EIP-1559 fields, clamped to the
 *     chain's fee cap — except for a cancel, which may exceed the cap so a gas spike can't wedge the
 *     address (see `bumpFees`). When the cap makes a valid replacement impossible, the withdrawal is
 *     flagged `stuck` once, with a `withdrawal.stuck` event, and keeps its current attempt;
 *  2. in one transaction under the withdrawal's row lock: check it is still in flight and that its newest
 *     attempt is the one we decided to replace (another worker may have been quicker), sign, store;
 *  3. broadcast after commit. Earlier attempts stay tracked: whichever of them the chain mines wins,
 *     and the follower marks the others `replaced`.
 *
 * A cancel is a 0-value self-send (`to` = `from`, 21,000 gas); if it is what gets mined, the withdrawal
 * ends `cancelled`, otherwise it ends as whatever was mined. A sweep is never bumped above the fee its
 * deposit address holds gas for.
 */
import { attemptsSigned, feeBumps } from '../../lib/metrics'
import { getAddress, keccak256, type Hex } from 'viem'
import { broadcastRaw, type BroadcastOutcome } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { bumpFees, estimateMarketFees, type Fees } from '../../chain/fees'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWalletKeyMaterial } from '../../db/wallets'
import { getSweeps } from '../../db/sweeps'
import { getAttempts, getWithdrawal, insertAttempt, lockWithdrawal, markStuck, setCancelRequested, type AttemptRow, type NewAttempt, type WithdrawalRow } from '../../db/withdrawals'
import type { FeePolicy } from '../../config'
import { AppError } from '../../lib/errors'
import { failpoint } from '../../lib/failpoints'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { pipelineEvents } from './pipelineEvents'
import { recordBroadcast } from './recordBroadcast'

export type ReplaceReason = 'stuck' | 'fee_too_low' | 'speed_up' | 'cancel' | 'intrinsic_gas'

export type ReplaceResult =
  | { outcome: 'replaced'; attemptId: string; fees: Fees; broadcast: BroadcastOutcome }
  | { outcome: 'stuck'; newlyStuck: boolean }
  | { outcome: 'not_in_flight' | 'raced' }

const SELF_SEND_GAS = 21_000n

/**
 * Signs and broadcasts a replacement (or cancel) of a withdrawal's current attempt.
 *
 * @param opts.cancel        replace with a 0-value self-send (records the cancel request)
 * @param opts.expectCurrent id of the attempt the caller saw as current; if another attempt was made
 *                           since, nothing is done (`raced`)
 * @param opts.minGasLimit   gas limit floor (after `intrinsic gas too low`)
 * @throws AppError `key_backend_failed`, viem RPC errors (the caller retries on its next tick)
 */
export async function replaceAttempt(
  deps: Deps,
  withdrawalId: string,
  reason: ReplaceReason,
  opts: { cancel?: boolean; expectCurrent?: string; minGasLimit?: bigint } = {},
): Promise<ReplaceResult> {
  const w = await getWithdrawal(deps.db, withdrawalId)
  if (!w || !['signing', 'submitted'].includes(w.status)) return { outcome: 'not_in_flight' }
  const attempts = await getAttempts(deps.db, withdrawalId)
  const current = attempts[attempts.length - 1]
  if (!current) return { outcome: 'not_in_flight' }
  if (opts.expectCurrent && current.id !== opts.expectCurrent) return { outcome: 'raced' }
  const cancel = opts.cancel || w.cancelRequestedAt !== null
  const { client, config: chain } = chainClient(deps.chains, w.chainId)

  const market = await estimateMarketFees(client, chain.fees, { ignoreCap: true })
  const bump = bumpFees(current, market, await feePolicyOf(deps, w, chain.fees), { ignoreCap: cancel })
  if (!bump.ok) {
    const stuck = await withTx(deps.db, async (tx) => {
      const row = await markStuck(tx, w.id)
      if (row) await insertEvents(tx, pipelineEvents(row, 'stuck'))
      return row
    })
    if (stuck) {
      deps.logger.warn(
        { withdrawalId: w.id, nonce: current.nonce.toString(), maxFeePerGas: current.maxFeePerGas.toString(), cap: bump.cap.toString(), needed: bump.needed.toString() },
        'withdrawal stuck: a replacement would exceed the fee cap (speed it up after raising the cap, or cancel it)',
      )
    }
    return { outcome: 'stuck', newlyStuck: stuck !== null }
  }

  const material = await getWalletKeyMaterial(deps.db, w.walletId)
  if (!material) throw new AppError('wallet_not_found', `wallet ${w.walletId} has no key material`)
  const index = (await deps.db.address.findUniqueOrThrow({ where: { address: w.fromAddress }, select: { derivationIndex: true } })).derivationIndex
  const from = getAddress(w.fromAddress)

  const attempt = await withTx(deps.db, async (tx) => {
    const locked = await lockWithdrawal(tx, w.id)
    if (!locked || !['signing', 'submitted'].includes(locked.w.status) || locked.current?.id !== current.id) return null
    if (opts.cancel) await setCancelRequested(tx, w.id)
    const body = cancel ? cancelBody(from) : sameBody(current, opts.minGasLimit)
    return deps.custody.withAccounts(material, [index], async ([account]) => {
      if (!account || account.address !== from) throw new AppError('internal', `signer address does not match ${from}`)
      const rawTx = await account.signTransaction({
        type: 'eip1559',
        chainId: w.chainId,
        nonce: Number(current.nonce),
        to: body.to,
        value: body.value,
        data: body.data,
        gas: body.gas,
        maxFeePerGas: bump.fees.maxFeePerGas,
        maxPriorityFeePerGas: bump.fees.maxPriorityFeePerGas,
      })
      const a: NewAttempt = {
        id: newId(),
        withdrawalId: w.id,
        chainId: w.chainId,
        fromAddress: w.fromAddress,
        nonce: current.nonce,
        kind: cancel ? 'cancel' : 'replacement',
        toAddress: body.to.toLowerCase(),
        value: body.value,
        data: body.data,
        gasLimit: body.gas,
        maxFeePerGas: bump.fees.maxFeePerGas,
        maxPriorityFeePerGas: bump.fees.maxPriorityFeePerGas,
        rawTx,
        txHash: keccak256(rawTx as Hex),
      }
      await insertAttempt(tx, a)
      return a
    })
  })
  if (!attempt) return { outcome: 'raced' }
  failpoint('replace.after_commit')
  attemptsSigned.inc({ chain: String(w.chainId), kind: attempt.kind })
  if (attempt.kind === 'replacement') feeBumps.inc({ chain: String(w.chainId), reason })
  deps.logger.info(
    { withdrawalId: w.id, nonce: current.nonce.toString(), kind: attempt.kind, reason, maxFeePerGas: attempt.maxFeePerGas.toString(), maxPriorityFeePerGas: attempt.maxPriorityFeePerGas.toString() },
    'replacement signed',
  )
  const [outcome] = await broadcastRaw(client, [{ attemptId: attempt.id, rawTx: attempt.rawTx }])
  await recordBroadcast(deps, w.chainId, [outcome!])
  return { outcome: 'replaced', attemptId: attempt.id, fees: bump.fees, broadcast: outcome! }
}

/**
 * The fee policy a replacement of `w` must respect: the chain's, except that a sweep can pay at most
 * the fee its deposit address holds gas for (what its top-up provided, or what was left out of a native
 * sweep's value): above that the replacement could not pay for itself, so the sweep is `stuck` instead.
 */
async function feePolicyOf(deps: Deps, w: WithdrawalRow, policy: FeePolicy): Promise<FeePolicy> {
  if (w.kind !== 'sweep') return policy
  const sweep = (await getSweeps(deps.db, [w.id])).get(w.id)
  if (!sweep || sweep.maxFeePerGas >= policy.maxFeePerGasCap) return policy
  return { ...policy, maxFeePerGasCap: sweep.maxFeePerGas }
}

function sameBody(a: AttemptRow, minGas?: bigint) {
  return { to: getAddress(a.toAddress), value: a.value, data: a.data as Hex, gas: minGas && minGas > a.gasLimit ? minGas : a.gasLimit }
}

function cancelBody(from: `0x${string}`) {
  return { to: from, value: 0n, data: '0x' as Hex, gas: SELF_SEND_GAS }
}

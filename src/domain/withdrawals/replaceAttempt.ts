/**
 * Replacement of a withdrawal's transaction: a new attempt with the SAME nonce.
 *
 * Steps:
 *  1. fees: max(ceil(old × (1 + bump%)), old + 1 wei, market) for both EIP-1559 fields, clamped to a
 *     ceiling — the chain's `maxFeePerGasCap`, or for a cancel (and every bump after a cancel request)
 *     the cancel ceiling (see `cancelFeeCeiling`), further lowered by `maxNetworkFeeWei` / gas limit and,
 *     for a sweep, by the fee its deposit address holds gas for. When the ceiling makes a valid
 *     replacement impossible, the withdrawal is flagged `stuck` once, with a `withdrawal.stuck` event,
 *     and keeps its current attempt;
 *  2. interval: at most one new replacement per nonce per `fees.minReplacementIntervalSeconds`, measured
 *     from the nonce's newest attempt by the database clock (`too_soon` otherwise; checked again under
 *     the lock). Replacements after a node refused the attempt (`fee_too_low`, `intrinsic_gas`) are exempt:
 *     the refused attempt is not in any pool;
 *  3. in one transaction under the withdrawal's row lock: check it is still in flight and that its newest
 *     attempt is the one we decided to replace (another worker may have been quicker), sign, store;
 *  4. broadcast after commit. Earlier attempts stay tracked: whichever of them the chain mines wins,
 *     and the follower marks the others `replaced`.
 *
 * A cancel is a 0-value self-send (`to` = `from`, 21,000 gas); if it is what gets mined, the withdrawal
 * ends `cancelled`, otherwise it ends as whatever was mined.
 */
import { attemptsSigned, feeBumps, replacementFeeRatio, replacementsRefused } from '../../lib/metrics'
import { getAddress, keccak256, type Hex } from 'viem'
import { broadcastRaw, type BroadcastOutcome } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { bumpFees, cancelFeeCeiling, readMarketFees, type Fees } from '../../chain/fees'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWalletKeyMaterial } from '../../db/wallets'
import { getSweeps } from '../../db/sweeps'
import { attemptAgeSeconds, getAttempts, getWithdrawal, insertAttempt, lockWithdrawal, markStuck, setCancelRequested, type AttemptRow, type NewAttempt, type WithdrawalRow } from '../../db/withdrawals'
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
  /** the nonce's newest attempt is younger than the interval; retry after `retryAfterSeconds` */
  | { outcome: 'too_soon'; retryAfterSeconds: number }
  | { outcome: 'not_in_flight' | 'raced' }

const SELF_SEND_GAS = 21_000n

/** Reasons a node's refusal caused: the refused attempt is in no pool, so no interval applies. */
const EXEMPT_FROM_INTERVAL: ReadonlySet<ReplaceReason> = new Set<ReplaceReason>(['fee_too_low', 'intrinsic_gas'])

/**
 * Signs and broadcasts a replacement (or cancel) of a withdrawal's current attempt, within the
 * configured bounds (module comment): never more than one per nonce per interval, never above the
 * fee ceiling.
 *
 * @param opts.cancel        replace with a 0-value self-send (records the cancel request)
 * @param opts.expectCurrent id of the attempt the caller saw as current; if another attempt was made
 *                           since, nothing is done (`raced`)
 * @param opts.minGasLimit   gas limit floor (after `intrinsic gas too low`)
 * @returns `replaced`; `too_soon` (nothing signed; `retryAfterSeconds` ≥ 1); `stuck` (the ceiling leaves
 *          no valid replacement); `not_in_flight`/`raced` (nothing to do)
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
  const refuse = (refusal: 'too_soon' | 'at_ceiling') => replacementsRefused.inc({ chain: String(w.chainId), reason, refusal })

  const body0 = cancel ? cancelBody(getAddress(w.fromAddress)) : sameBody(current, opts.minGasLimit)
  const market = await readMarketFees(client, chain.fees)
  const ceiling = await feeCeilingOf(deps, w, chain.fees, market, cancel, body0.gas)
  const bump = bumpFees(current, market, chain.fees, { ceiling })
  if (!bump.ok) {
    refuse('at_ceiling')
    const stuck = await withTx(deps.db, async (tx) => {
      const row = await markStuck(tx, w.id)
      if (row) await insertEvents(tx, pipelineEvents(row, 'stuck'))
      return row
    })
    if (stuck) {
      deps.logger.warn(
        { withdrawalId: w.id, nonce: current.nonce.toString(), maxFeePerGas: current.maxFeePerGas.toString(), cap: bump.cap.toString(), needed: bump.needed.toString() },
        'withdrawal stuck: a replacement would exceed the fee ceiling (speed it up after raising the cap, or cancel it)',
      )
    }
    return { outcome: 'stuck', newlyStuck: stuck !== null }
  }

  // the interval after the ceiling: a withdrawal at its fee ceiling is reported `stuck` whenever asked
  const early = await tooSoon(deps, chain.fees, reason, current.id)
  if (early !== null) {
    refuse('too_soon')
    return { outcome: 'too_soon', retryAfterSeconds: early }
  }

  const material = await getWalletKeyMaterial(deps.db, w.walletId)
  if (!material) throw new AppError('wallet_not_found', `wallet ${w.walletId} has no key material`)
  const index = (await deps.db.address.findUniqueOrThrow({ where: { address: w.fromAddress }, select: { derivationIndex: true } })).derivationIndex
  const from = getAddress(w.fromAddress)

  const signed = await withTx(deps.db, async (tx): Promise<NewAttempt | { tooSoon: number } | null> => {
    const locked = await lockWithdrawal(tx, w.id)
    if (!locked || !['signing', 'submitted'].includes(locked.w.status) || locked.current?.id !== current.id) return null
    // A cancel requested since the fees were computed needs the other body: the next tick does it.
    if (!cancel && locked.w.cancelRequestedAt !== null) return null
    // Under the lock: two callers that both passed the first check cannot both sign.
    const late = await tooSoon(deps, chain.fees, reason, current.id, tx)
    if (late !== null) return { tooSoon: late }
    if (opts.cancel) await setCancelRequested(tx, w.id)
    const body = body0
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
  if (!signed) return { outcome: 'raced' }
  if ('tooSoon' in signed) {
    refuse('too_soon')
    return { outcome: 'too_soon', retryAfterSeconds: signed.tooSoon }
  }
  const attempt = signed
  failpoint('replace.after_commit')
  attemptsSigned.inc({ chain: String(w.chainId), kind: attempt.kind })
  if (attempt.kind === 'replacement') feeBumps.inc({ chain: String(w.chainId), reason })
  if (market.maxFeePerGas > 0n) replacementFeeRatio.observe({ chain: String(w.chainId), kind: attempt.kind }, Number((attempt.maxFeePerGas * 1000n) / market.maxFeePerGas) / 1000)
  deps.logger.info(
    { withdrawalId: w.id, nonce: current.nonce.toString(), kind: attempt.kind, reason, maxFeePerGas: attempt.maxFeePerGas.toString(), maxPriorityFeePerGas: attempt.maxPriorityFeePerGas.toString(), ceiling: ceiling.toString() },
    'replacement signed',
  )
  const [outcome] = await broadcastRaw(client, [{ attemptId: attempt.id, rawTx: attempt.rawTx }])
  await recordBroadcast(deps, w.chainId, [outcome!])
  return { outcome: 'replaced', attemptId: attempt.id, fees: bump.fees, broadcast: outcome! }
}

/**
 * Seconds until the nonce may get a new replacement (≥ 1), or null when it may now: the newest attempt
 * (`attemptId`) is at least `minReplacementIntervalSeconds` old by the database clock, or `reason` is
 * exempt.
 */
async function tooSoon(deps: Deps, policy: FeePolicy, reason: ReplaceReason, attemptId: string, db: Parameters<typeof attemptAgeSeconds>[0] = deps.db): Promise<number | null> {
  if (EXEMPT_FROM_INTERVAL.has(reason) || policy.minReplacementIntervalSeconds <= 0) return null
  const age = await attemptAgeSeconds(db, attemptId)
  if (age === null || age >= policy.minReplacementIntervalSeconds) return null
  return Math.max(1, Math.ceil(policy.minReplacementIntervalSeconds - age))
}

/**
 * The highest `maxFeePerGas` (wei per gas) a replacement of `w` may be signed with:
 *  - the chain's `maxFeePerGasCap`, or for a cancel (or any bump after a cancel request) the cancel
 *    ceiling (`cancelFeeCeiling`);
 *  - at most `maxNetworkFeeWei` / `gas` when the chain limits the network fee per withdrawal;
 *  - for a sweep, at most the fee its deposit address holds gas for (what its top-up provided, or what
 *    was left out of a native sweep's value): above that the replacement could not pay for itself, so
 *    the sweep is `stuck` instead.
 */
async function feeCeilingOf(deps: Deps, w: WithdrawalRow, policy: FeePolicy, market: Fees, cancel: boolean, gas: bigint): Promise<bigint> {
  let ceiling = cancel ? cancelFeeCeiling(policy, market) : policy.maxFeePerGasCap
  if (policy.maxNetworkFeeWei !== undefined && gas > 0n) {
    const perGas = policy.maxNetworkFeeWei / gas
    if (perGas < ceiling) ceiling = perGas
  }
  if (w.kind === 'sweep') {
    const sweep = (await getSweeps(deps.db, [w.id])).get(w.id)
    if (sweep && sweep.maxFeePerGas < ceiling) ceiling = sweep.maxFeePerGas
  }
  return ceiling
}

function sameBody(a: AttemptRow, minGas?: bigint) {
  return { to: getAddress(a.toAddress), value: a.value, data: a.data as Hex, gas: minGas && minGas > a.gasLimit ? minGas : a.gasLimit }
}

function cancelBody(from: `0x${string}`) {
  return { to: from, value: 0n, data: '0x' as Hex, gas: SELF_SEND_GAS }
}

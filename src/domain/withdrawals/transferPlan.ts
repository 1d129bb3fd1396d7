/**
 * What transaction pays out a withdrawal (or sweep, or top-up), per asset kind:
 *
 * | asset   | tx `to`          | tx `value` | tx `data`               | gas limit                                  | ceiling              |
 * |---------|------------------|------------|-------------------------|--------------------------------------------|----------------------|
 * | native  | the destination  | amount     | `0x`                    | 21,000 to an EOA, else estimate + 20 %     | `maxGasLimitNative`  |
 * | ERC-20  | the token        | 0          | `transfer(to, amount)`  | estimate + 20 %                            | `maxGasLimitToken`   |
 *
 * Gas is the platform's expense: a withdrawal whose gas limit would exceed the chain's ceiling (e.g. a
 * destination contract that burns gas in its fallback) is `gas_limit_exceeded` and fails before a nonce
 * is used (issue 13, H1). One whose network fee (gas limit × `maxFeePerGas`) would exceed the chain's
 * `maxNetworkFeeWei` is `network_fee_exceeded` and waits `queued` for the market to calm.
 *
 * A sweep is signed with the gas limit it was planned with and at most the fees its top-up paid for
 * (the market fee when lower), so the deposit address can always pay for it.
 *
 * Before a token transfer is planned, the sending address's token balance (`balanceOf`, minus what its
 * signed-but-unmined transfers still move) must cover it: otherwise it waits for funds (like a native
 * withdrawal the hot address cannot pay) instead of failing on a revert that only says "balance".
 */
import { getAddress, type Address, type Hex } from 'viem'
import { classifyBroadcastError } from '../../chain/broadcastErrors'
import { chainClient, type ChainPublicClient } from '../../chain/clients'
import { tokenBalance, transferCalldata } from '../../chain/erc20'
import type { Fees } from '../../chain/fees'
import { getSweeps, reservedTokenOutflow } from '../../db/sweeps'
import type { WithdrawalRow } from '../../db/withdrawals'
import { errorMessage } from '../../lib/errors'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'

export interface TransferPlan {
  to: Address
  /** wei */
  value: bigint
  data: Hex
  gas: bigint
  /** wei per gas */
  maxFeePerGas: bigint
  /** wei per gas */
  maxPriorityFeePerGas: bigint
}

/**
 * `reverts`: the node says it can never succeed (estimateGas reverts) — the withdrawal fails before a
 * nonce is used; `insufficient_funds`: the address cannot pay it now — it waits, and so does what is
 * queued behind it; `insufficient_tokens`: the address holds too few of the token now — it waits, and
 * what is queued behind it in other assets goes on (e.g. the gas top-ups of the sweeps that bring the
 * tokens in).
 */
export type PlanOutcome = TransferPlan | 'reverts' | 'insufficient_funds' | 'insufficient_tokens' | 'gas_limit_exceeded' | 'network_fee_exceeded'

/** Why a plan was refused by a configured bound: the figures compared (gas, or wei of network fee). */
export interface PlanLimit {
  what: 'gas_limit_exceeded' | 'network_fee_exceeded'
  /** gas limit needed, or network fee (wei) it would commit to; null when the node could not estimate it within its own limit */
  value: bigint | null
  /** the configured ceiling (gas, or wei) */
  limit: bigint
  /** the configuration field */
  setting: string
}

export interface PlannedBatch {
  plans: Map<string, PlanOutcome>
  /** per withdrawal refused by a bound (`gas_limit_exceeded`, `network_fee_exceeded`): the figures */
  limits: Map<string, PlanLimit>
  /** per token asset: base units the address may still send (balance − reserved − planned) */
  tokenSpendable: Map<string, bigint>
}

const EOA_TRANSFER_GAS = 21_000n

/**
 * Plans the transactions of queued withdrawals of one from-address, in order.
 *
 * Bounds (the chain's `fees`): a gas limit above `maxGasLimitNative` / `maxGasLimitToken` (sweeps
 * excepted: they carry the gas limit they were planned with) gives `gas_limit_exceeded`; a withdrawal
 * whose gas limit × `maxFeePerGas` (wei) is above `maxNetworkFeeWei` gives `network_fee_exceeded`; the
 * figures compared are in `limits`.
 *
 * JSON-RPC: `eth_getCode`, `eth_estimateGas`, `eth_call` (`balanceOf`) per token.
 * @throws viem RPC errors other than reverts, insufficient funds and estimates above the node's gas
 *         allowance (the submit job retries); AppError `unknown_chain`
 */
export async function planTransfers(deps: Deps, client: ChainPublicClient, from: Address, candidates: WithdrawalRow[], fees: Fees): Promise<PlannedBatch> {
  const sweeps = await getSweeps(deps.db, candidates.filter((w) => w.kind === 'sweep').map((w) => w.id))
  const tokenSpendable = new Map<string, bigint>()
  for (const asset of new Set(candidates.map((w) => w.asset))) {
    const info = resolveAsset(deps.config, asset)
    if (info.kind !== 'erc20') continue
    const [balance, reserved] = await Promise.all([tokenBalance(client, info.address!, from), reservedTokenOutflow(deps.db, info.chainId, from.toLowerCase(), asset)])
    tokenSpendable.set(asset, balance - reserved)
  }
  const plans = new Map<string, PlanOutcome>()
  const limits = new Map<string, PlanLimit>()
  const bounds = candidates[0] ? chainClient(deps.chains, candidates[0].chainId).config.fees : undefined
  /** Records `plan` for `w` unless it breaks the chain's gas-limit or network-fee bound. */
  const setBounded = (w: WithdrawalRow, plan: TransferPlan | 'reverts' | 'insufficient_funds' | 'gas_limit_exceeded', native: boolean) => {
    const gasSetting = native ? 'maxGasLimitNative' : 'maxGasLimitToken'
    const gasLimit = bounds ? BigInt(native ? bounds.maxGasLimitNative : bounds.maxGasLimitToken) : undefined
    if (plan === 'gas_limit_exceeded' && gasLimit !== undefined) {
      limits.set(w.id, { what: 'gas_limit_exceeded', value: null, limit: gasLimit, setting: gasSetting })
    } else if (typeof plan === 'object' && gasLimit !== undefined && w.kind !== 'sweep' && plan.gas > gasLimit) {
      limits.set(w.id, { what: 'gas_limit_exceeded', value: plan.gas, limit: gasLimit, setting: gasSetting })
      plan = 'gas_limit_exceeded'
    } else if (typeof plan === 'object' && w.kind === 'withdrawal' && bounds?.maxNetworkFeeWei !== undefined && plan.gas * plan.maxFeePerGas > bounds.maxNetworkFeeWei) {
      limits.set(w.id, { what: 'network_fee_exceeded', value: plan.gas * plan.maxFeePerGas, limit: bounds.maxNetworkFeeWei, setting: 'maxNetworkFeeWei' })
      plans.set(w.id, 'network_fee_exceeded')
      return
    }
    plans.set(w.id, plan)
  }
  // One eth_getCode per distinct recipient of the batch (exchanges pay many withdrawals to the same address).
  const codes = new Map<string, Promise<string | undefined>>()
  const codeOf = (a: Address) => {
    let c = codes.get(a)
    if (!c) codes.set(a, (c = client.getCode({ address: a })))
    return c
  }
  await Promise.all(
    candidates.map(async (w) => {
      const info = resolveAsset(deps.config, w.asset)
      const sweep = sweeps.get(w.id)
      const fee = sweep
        ? { maxFeePerGas: min(fees.maxFeePerGas, sweep.maxFeePerGas), maxPriorityFeePerGas: min(fees.maxPriorityFeePerGas, sweep.maxPriorityFeePerGas, fees.maxFeePerGas, sweep.maxFeePerGas) }
        : fees
      if (info.kind === 'native') {
        const gas = sweep ? sweep.gasLimit : await estimateNativeGas(client, from, w, codeOf)
        setBounded(w, typeof gas === 'bigint' ? { to: getAddress(w.toAddress), value: w.amount, data: '0x', gas, ...fee } : gas, true)
        return
      }
      // Token budgets are taken in queue order (the pipeline sends in that order).
      if (!takeInOrder(tokenSpendable, candidates, w)) {
        plans.set(w.id, 'insufficient_tokens')
        return
      }
      const data = transferCalldata(w.toAddress, w.amount)
      const gas = sweep ? sweep.gasLimit : await estimateCallGas(client, from, info.address!, data)
      setBounded(w, typeof gas === 'bigint' ? { to: getAddress(info.address!), value: 0n, data, gas, ...fee } : gas, false)
    }),
  )
  return { plans, limits, tokenSpendable }
}

/** Whether the token amounts of `w` and of the same asset's earlier candidates fit the spendable balance. */
function takeInOrder(spendable: Map<string, bigint>, candidates: WithdrawalRow[], w: WithdrawalRow): boolean {
  let need = 0n
  for (const c of candidates) {
    if (c.asset !== w.asset) continue
    need += c.amount
    if (c === w) break
  }
  return need <= (spendable.get(w.asset) ?? 0n)
}

/** Gas limit of a native transfer: 21,000 to an account without code, else the node's estimate + 20 %. */
async function estimateNativeGas(client: ChainPublicClient, from: Address, w: WithdrawalRow, codeOf: (a: Address) => Promise<string | undefined>): Promise<bigint | EstimateRefusal> {
  const to = getAddress(w.toAddress)
  try {
    const code = await codeOf(to)
    if (!code || code === '0x') return EOA_TRANSFER_GAS
    return ((await client.estimateGas({ account: from, to, value: w.amount })) * 120n) / 100n
  } catch (e) {
    return classifyEstimateError(e)
  }
}

/**
 * Gas limit of a contract call (a token `transfer`): the node's estimate + 20 %. Estimated without
 * fee fields, so an address that holds tokens but no gas yet (a deposit address before its top-up)
 * can be estimated too.
 */
export async function estimateCallGas(client: ChainPublicClient, from: Address | string, to: string, data: Hex): Promise<bigint | EstimateRefusal> {
  try {
    return ((await client.estimateGas({ account: getAddress(from), to: getAddress(to), data })) * 120n) / 100n
  } catch (e) {
    return classifyEstimateError(e)
  }
}

/**
 * Why a gas estimate gave no number: `reverts`, `insufficient_funds`, or `gas_limit_exceeded` (the call
 * needs more gas than the node lets an estimate use, e.g. a contract that burns gas in a loop).
 */
export type EstimateRefusal = 'reverts' | 'insufficient_funds' | 'gas_limit_exceeded'

function classifyEstimateError(e: unknown): EstimateRefusal {
  if (classifyBroadcastError(e) === 'insufficient_funds') return 'insufficient_funds'
  const text = `${errorMessage(e)} ${String((e as { details?: string }).details)}`
  if (/gas required exceeds allowance|out of gas/i.test(text)) return 'gas_limit_exceeded'
  if (/revert/i.test(errorMessage(e)) || /execution reverted/i.test(String((e as { details?: string }).details))) return 'reverts'
  throw e
}

const min = (...xs: bigint[]) => xs.reduce((a, b) => (b < a ? b : a))

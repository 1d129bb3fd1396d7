/**
 * What transaction pays out a withdrawal (or sweep, or top-up), per asset kind:
 *
 * | asset   | tx `to`          | tx `value` | tx `data`               | gas limit                                  |
 * |---------|------------------|------------|-------------------------|--------------------------------------------|
 * | native  | the destination  | amount     | `0x`                    | 21,000 to an EOA, else estimate + 20 %     |
 * | ERC-20  | the token        | 0          | `transfer(to, amount)`  | estimate + 20 %                            |
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
import type { ChainPublicClient } from '../../chain/clients'
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
export type PlanOutcome = TransferPlan | 'reverts' | 'insufficient_funds' | 'insufficient_tokens'

export interface PlannedBatch {
  plans: Map<string, PlanOutcome>
  /** per token asset: base units the address may still send (balance − reserved − planned) */
  tokenSpendable: Map<string, bigint>
}

const EOA_TRANSFER_GAS = 21_000n

/**
 * Plans the transactions of queued withdrawals of one from-address, in order.
 *
 * JSON-RPC: `eth_getCode`, `eth_estimateGas`, `eth_call` (`balanceOf`) per token.
 * @throws viem RPC errors other than reverts and insufficient funds (the submit job retries)
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
        plans.set(w.id, typeof gas === 'bigint' ? { to: getAddress(w.toAddress), value: w.amount, data: '0x', gas, ...fee } : gas)
        return
      }
      // Token budgets are taken in queue order (the pipeline sends in that order).
      if (!takeInOrder(tokenSpendable, candidates, w)) {
        plans.set(w.id, 'insufficient_tokens')
        return
      }
      const data = transferCalldata(w.toAddress, w.amount)
      const gas = sweep ? sweep.gasLimit : await estimateCallGas(client, from, info.address!, data)
      plans.set(w.id, typeof gas === 'bigint' ? { to: getAddress(info.address!), value: 0n, data, gas, ...fee } : gas)
    }),
  )
  return { plans, tokenSpendable }
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
async function estimateNativeGas(client: ChainPublicClient, from: Address, w: WithdrawalRow, codeOf: (a: Address) => Promise<string | undefined>): Promise<bigint | 'reverts' | 'insufficient_funds'> {
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
export async function estimateCallGas(client: ChainPublicClient, from: Address | string, to: string, data: Hex): Promise<bigint | 'reverts' | 'insufficient_funds'> {
  try {
    return ((await client.estimateGas({ account: getAddress(from), to: getAddress(to), data })) * 120n) / 100n
  } catch (e) {
    return classifyEstimateError(e)
  }
}

function classifyEstimateError(e: unknown): 'reverts' | 'insufficient_funds' {
  if (classifyBroadcastError(e) === 'insufficient_funds') return 'insufficient_funds'
  if (/revert/i.test(errorMessage(e)) || /execution reverted/i.test(String((e as { details?: string }).details))) return 'reverts'
  throw e
}

const min = (...xs: bigint[]) => xs.reduce((a, b) => (b < a ? b : a))

/**
 * ERC-20 (EIP-20) on the wire: `transfer` calldata, `Transfer` logs, balances.
 *
 * The service never decodes a token's return value. Tokens differ there: USDT-style tokens return
 * nothing from `transfer`, some return `false` instead of reverting. What counts is the chain's record:
 * a transfer is delivered when its transaction succeeded AND its receipt holds the matching
 * `Transfer(from, to, value)` log emitted by the token contract ({@link receiptDelivers}).
 */
import { decodeFunctionData, encodeFunctionData, erc20Abi, getAddress, type Address, type Hex } from 'viem'
import type { ChainPublicClient } from './clients'

/** topic0 of `Transfer(address indexed from, address indexed to, uint256 value)`. */
export const TRANSFER_TOPIC: Hex = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'

/** `transfer(address,uint256)` selector. */
const TRANSFER_SELECTOR = '0xa9059cbb'

/** A decoded ERC-20 `Transfer` log. Addresses lowercase; `value` in the token's base units. */
export interface TransferLog {
  token: string
  from: string
  to: string
  value: bigint
  txHash: string
  logIndex: number
  blockNumber: bigint
  blockHash: string
}

/** Calldata of `transfer(to, amount)` (amount in base units). */
export function transferCalldata(to: string, amount: bigint): Hex {
  return encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [getAddress(to), amount] })
}

/** The recipient and amount of `transfer` calldata, or null for any other call. */
export function decodeTransferCalldata(data: string): { to: string; amount: bigint } | null {
  if (!data.toLowerCase().startsWith(TRANSFER_SELECTOR)) return null
  try {
    const d = decodeFunctionData({ abi: erc20Abi, data: data as Hex })
    if (d.functionName !== 'transfer') return null
    const [to, amount] = d.args as readonly [Address, bigint]
    return { to: to.toLowerCase(), amount }
  } catch {
    return null
  }
}

const topicAddress = (t: Hex): string => `0x${t.slice(26)}`.toLowerCase()

/** The fields of a JSON-RPC log that are read here (viem's `Log`, or a raw log with numbers parsed). */
export interface RpcLog {
  address: string
  topics: readonly Hex[]
  data: Hex
  transactionHash: Hex | null
  logIndex: number | null
  blockNumber: bigint | null
  blockHash: Hex | null
  removed?: boolean
}

/**
 * Decodes an ERC-20 `Transfer` log. ERC-721 `Transfer` has the same topic0 but 4 topics (the token id
 * is indexed) and no data: such logs, removed logs and malformed ones give null.
 */
export function decodeTransferLog(log: RpcLog): TransferLog | null {
  if (log.removed || log.topics.length !== 3 || log.topics[0]?.toLowerCase() !== TRANSFER_TOPIC) return null
  if (!/^0x[0-9a-fA-F]{64}$/.test(log.data)) return null
  if (log.transactionHash === null || log.logIndex === null || log.blockNumber === null || log.blockHash === null) return null
  return {
    token: log.address.toLowerCase(),
    from: topicAddress(log.topics[1]!),
    to: topicAddress(log.topics[2]!),
    value: BigInt(log.data),
    txHash: log.transactionHash,
    logIndex: log.logIndex,
    blockNumber: log.blockNumber,
    blockHash: log.blockHash,
  }
}

/**
 * Whether a mined transaction delivered what it was signed for.
 *
 * A call of `transfer(to, amount)` on a token delivers when the receipt succeeded and holds a
 * `Transfer(from, to, amount)` log emitted by that token. Any other transaction (a native transfer)
 * delivers when the receipt succeeded.
 *
 * @param tx the attempt as signed: `to` is the token contract for a token transfer, `data` its calldata
 * @returns `success`, `reverted`, or `no_transfer_log` (succeeded but moved no tokens as asked)
 */
export function receiptDelivers(
  tx: { fromAddress: string; toAddress: string; data: string },
  receipt: { status: 'success' | 'reverted'; logs: readonly RpcLog[] },
): 'success' | 'reverted' | 'no_transfer_log' {
  if (receipt.status !== 'success') return 'reverted'
  const call = decodeTransferCalldata(tx.data)
  if (!call) return 'success'
  const token = tx.toAddress.toLowerCase()
  const from = tx.fromAddress.toLowerCase()
  const found = receipt.logs.some((l) => {
    const t = decodeTransferLog(l)
    return t !== null && t.token === token && t.from === from && t.to === call.to && t.value === call.amount
  })
  return found ? 'success' : 'no_transfer_log'
}

/** `balanceOf(owner)` of a token at the latest block, in base units. @throws viem RPC errors */
export async function tokenBalance(client: ChainPublicClient, token: string, owner: string): Promise<bigint> {
  return client.readContract({ address: getAddress(token), abi: erc20Abi, functionName: 'balanceOf', args: [getAddress(owner)] })
}

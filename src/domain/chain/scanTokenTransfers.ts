/**
 * Token deposits are read from `eth_getLogs` on `Transfer` for the configured tokens, over block
 * ranges, instead of from the blocks' transactions: a token transfer made by a contract (a multisend,
 * an exchange's batch payout) has no transaction of its own to the token.
 *
 * Nodes limit `eth_getLogs`: by block range (Alchemy, QuickNode, public RPCs: a few hundred to 10,000
 * blocks), by result count (geth, Infura: 10,000 logs) or by response size. A range is therefore cut
 * to the widest size known to work for the chain (`logsMaxRange` at first); a range the node refuses
 * is split in halves and each half retried, down to one block; the narrower size is kept for the next
 * calls and widened again (doubling, up to `logsMaxRange`) after a run of successes.
 *
 * JSON-RPC: `eth_getLogs` with `{address: [tokens], topics: [Transfer], fromBlock, toBlock}`.
 */
import { numberToHex, type Hex, type Log } from 'viem'
import { decodeTransferLog, TRANSFER_TOPIC, type TransferLog } from '../../chain/erc20'
import type { ChainPublicClient } from '../../chain/clients'
import { AppError, errorMessage } from '../../lib/errors'

/** Errors by which nodes refuse a range or a result set as too large (EIP-1474 -32005 and messages). */
const RANGE_REFUSED = /range|too large|too many|exceed|limit|max(imum)? (block|result)|more than \d+ results|response size|query timeout|-32005/i

/** Per chain: the widest range known to work now, and successes since it last shrank. */
const ranges = new Map<number, { size: number; ok: number }>()

export interface ScanLogsOptions {
  chainId: number
  /** configured token contracts (lowercase); none: no call is made */
  tokens: readonly string[]
  /** widest range configured (`logsMaxRange`) */
  maxRange: number
}

/** The range size currently used for a chain (for metrics and tests). */
export function currentLogsRange(chainId: number, maxRange: number): number {
  return ranges.get(chainId)?.size ?? maxRange
}

/**
 * `Transfer` logs of the configured tokens in blocks `from..to` (inclusive), ordered by block and log
 * index. Removed logs and non-ERC-20 `Transfer` logs (ERC-721) are left out.
 *
 * @throws AppError `rpc_failed` (retryable) when a one-block range is refused or the node fails
 */
export async function scanTokenTransfers(client: ChainPublicClient, opts: ScanLogsOptions, from: bigint, to: bigint): Promise<TransferLog[]> {
  if (!opts.tokens.length || to < from) return []
  const state = ranges.get(opts.chainId) ?? { size: opts.maxRange, ok: 0 }
  ranges.set(opts.chainId, state)
  const out: TransferLog[] = []
  for (let start = from; start <= to; ) {
    const end = minBig(to, start + BigInt(state.size) - 1n)
    await fetchSplitting(client, opts, state, start, end, out)
    start = end + 1n
  }
  out.sort((a, b) => (a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1))
  return out
}

async function fetchSplitting(client: ChainPublicClient, opts: ScanLogsOptions, state: { size: number; ok: number }, from: bigint, to: bigint, out: TransferLog[]): Promise<void> {
  let logs: Log[]
  try {
    logs = (await client.request({
      method: 'eth_getLogs',
      params: [{ address: opts.tokens as Hex[], topics: [TRANSFER_TOPIC], fromBlock: numberToHex(from), toBlock: numberToHex(to) }],
    })) as unknown as Log[]
  } catch (e) {
    const width = Number(to - from + 1n)
    if (width > 1 && isRangeRefused(e)) {
      state.size = Math.max(1, Math.min(state.size, Math.floor(width / 2)))
      state.ok = 0
      const mid = from + BigInt(Math.floor(width / 2)) - 1n
      await fetchSplitting(client, opts, state, from, mid, out)
      await fetchSplitting(client, opts, state, mid + 1n, to, out)
      return
    }
    throw new AppError('rpc_failed', `chain ${opts.chainId}: eth_getLogs ${from}..${to} failed: ${errorMessage(e)}`, { cause: e })
  }
  if (++state.ok >= 10 && state.size < opts.maxRange) {
    state.size = Math.min(opts.maxRange, state.size * 2)
    state.ok = 0
  }
  for (const raw of logs) {
    const t = decodeTransferLog({
      ...raw,
      blockNumber: raw.blockNumber === null ? null : BigInt(raw.blockNumber),
      logIndex: raw.logIndex === null ? null : Number(raw.logIndex),
    })
    if (t) out.push(t)
  }
}

function isRangeRefused(e: unknown): boolean {
  const texts: string[] = []
  let cur: unknown = e
  for (let i = 0; cur && i < 6; i++) {
    const o = cur as { message?: unknown; details?: unknown; code?: unknown; cause?: unknown }
    texts.push(String(o.message ?? ''), String(o.details ?? ''), String(o.code ?? ''))
    cur = o.cause
  }
  const text = texts.join(' | ')
  // A node that is down is not refusing a range: splitting would only multiply the failures.
  if (/ECONNREFUSED|fetch failed|socket hang up|ECONNRESET|timed? ?out/i.test(text)) return false
  return RANGE_REFUSED.test(text)
}

const minBig = (a: bigint, b: bigint) => (a < b ? a : b)

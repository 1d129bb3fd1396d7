/**
 * Scanning a range of blocks: what in it concerns the service (reads only; followChain writes).
 *
 * Steps:
 *  1. fetch the blocks with their transactions (concurrently; viem batches the JSON-RPC calls) and,
 *     at the same time, the `Transfer` logs of the configured tokens over the range
 *     ({@link scanTokenTransfers});
 *  2. check the blocks link up (each one's parent hash is the previous one's hash, the first one's is
 *     the cursor's) and that every log comes from the block fetched at its height: otherwise the node
 *     switched forks while we read, and nothing of the range is used;
 *  3. ONE indexed query for every address involved (recipients of value transfers and of token
 *     transfers, senders of transactions) finds the custody addresses among them;
 *  4. transactions sent by custody addresses are ours: one query finds the open attempts among them
 *     (mined now), one the sweeps and top-ups among them (internal moves, never deposits);
 *  5. receipts only for native deposits (their success) and our attempts (gas paid, success, and
 *     for token transfers the matching `Transfer` log, see {@link receiptDelivers}). Token deposits
 *     need none: a reverted transaction has no logs.
 *
 * Memory and database work grow with the range's transactions and logs, never with the number of
 * registered addresses.
 */
import type { Block, Transaction, TransactionReceipt } from 'viem'
import { receiptDelivers } from '../../chain/erc20'
import type { ChainPublicClient } from '../../chain/clients'
import type { BlockRow } from '../../db/chain'
import type { DetectedTransfer } from '../../db/deposits'
import { findInternalTransferHashes } from '../../db/sweeps'
import { findCustodyAddresses } from '../../db/wallets'
import { findOpenAttemptsByHash, type MinedReceipt } from '../../db/withdrawals'
import { nativeAsset, tokenAsset } from '../assets'
import type { Deps } from '../deps'
import { scanTokenTransfers } from './scanTokenTransfers'
import { mapLimit } from '../../lib/concurrency'

export type FullBlock = Block<bigint, true, 'latest'>

export interface RangeFindings {
  /** the blocks, oldest first */
  blocks: BlockRow[]
  /** deposits to custody addresses, native (log index −1) and tokens */
  transfers: DetectedTransfer[]
  /** our attempts mined in the range */
  mined: MinedReceipt[]
}

export type RangeScan =
  | { kind: 'ok'; findings: RangeFindings }
  /** the first block's parent is not the cursor's block: a reorg at or below the cursor */
  | { kind: 'reorg' }
  /** the node changed forks while the range was read: read it again */
  | { kind: 'unstable' }

/**
 * Blocks requested at once. viem batches concurrent calls into one JSON-RPC batch, and refuses an HTTP
 * response above 10 MiB: 8 full blocks of a busy chain stay well below it.
 */
export const BLOCK_FETCH_CONCURRENCY = 8

export function toBlockRow(b: { number: bigint | null; hash: string | null; parentHash: string; timestamp: bigint }): BlockRow {
  return { number: b.number!, hash: b.hash!, parentHash: b.parentHash, timestamp: new Date(Number(b.timestamp) * 1000) }
}

/**
 * Reads blocks `from..to` (inclusive) of a chain and finds deposits and mined attempts in them.
 *
 * @param expectParent hash of block `from − 1` as the follower recorded it (the cursor)
 * @throws viem RPC errors and AppError `rpc_failed` (retryable): the tick retries the range
 */
export async function scanRange(deps: Deps, chainId: number, client: ChainPublicClient, from: bigint, to: bigint, expectParent: string): Promise<RangeScan> {
  const chain = deps.chains.get(chainId)!.config
  const numbers: bigint[] = []
  for (let n = from; n <= to; n++) numbers.push(n)
  const [blocks, logs] = await Promise.all([
    mapLimit(numbers, BLOCK_FETCH_CONCURRENCY, (n) => client.getBlock({ blockNumber: n, includeTransactions: true }) as Promise<FullBlock>),
    scanTokenTransfers(client, { chainId, tokens: chain.tokens.map((t) => t.address), maxRange: chain.logsMaxRange }, from, to),
  ])

  if (blocks[0]!.parentHash !== expectParent) return { kind: 'reorg' }
  for (let i = 1; i < blocks.length; i++) if (blocks[i]!.parentHash !== blocks[i - 1]!.hash) return { kind: 'unstable' }
  const hashAt = new Map(blocks.map((b) => [b.number!, b.hash!]))
  for (const l of logs) if (hashAt.get(l.blockNumber) !== l.blockHash) return { kind: 'unstable' }

  const txs: Transaction[] = blocks.flatMap((b) => b.transactions as Transaction[])
  const valueTxs = txs.filter((t) => t.to && t.value > 0n)
  const involved = new Set<string>()
  for (const t of valueTxs) involved.add(t.to!.toLowerCase())
  for (const l of logs) involved.add(l.to)
  for (const t of txs) involved.add(t.from.toLowerCase())
  const custody = await findCustodyAddresses(deps.db, [...involved])
  const byAddress = new Map(custody.map((a) => [a.address, a]))

  const ourTxs = txs.filter((t) => byAddress.has(t.from.toLowerCase()))
  const ourHashes = ourTxs.map((t) => t.hash)
  const [ours, internal] = await Promise.all([findOpenAttemptsByHash(deps.db, chainId, ourHashes), findInternalTransferHashes(deps.db, chainId, ourHashes)])

  const blockOf = new Map(blocks.map((b) => [b.number!, b]))
  const depositTxs = valueTxs.filter((t) => byAddress.has(t.to!.toLowerCase()) && !internal.has(t.hash))
  const needReceipts = [...new Set([...depositTxs.map((t) => t.hash), ...ours.map((a) => a.txHash as `0x${string}`)])]
  const receipts = new Map<string, TransactionReceipt>()
  await mapLimit(needReceipts, 64, async (hash) => {
    receipts.set(hash, await client.getTransactionReceipt({ hash }))
  })

  // A receipt from another fork than the blocks we read: the node switched forks meanwhile.
  for (const r of receipts.values()) if (hashAt.get(r.blockNumber) !== r.blockHash) return { kind: 'unstable' }

  const transfers: DetectedTransfer[] = []
  for (const t of depositTxs) {
    if (receipts.get(t.hash)?.status !== 'success') continue
    const a = byAddress.get(t.to!.toLowerCase())!
    const b = blockOf.get(t.blockNumber!)!
    transfers.push({
      chainId,
      asset: nativeAsset(chainId),
      walletId: a.walletId,
      addressId: a.id,
      address: a.address,
      fromAddress: t.from.toLowerCase(),
      amount: t.value,
      txHash: t.hash,
      logIndex: -1,
      blockNumber: b.number!,
      blockHash: b.hash!,
    })
  }
  for (const l of logs) {
    const a = byAddress.get(l.to)
    if (!a || l.value === 0n || internal.has(l.txHash)) continue
    transfers.push({
      chainId,
      asset: tokenAsset(chainId, l.token),
      walletId: a.walletId,
      addressId: a.id,
      address: a.address,
      fromAddress: l.from,
      amount: l.value,
      txHash: l.txHash,
      logIndex: l.logIndex,
      blockNumber: l.blockNumber,
      blockHash: l.blockHash,
    })
  }
  const mined: MinedReceipt[] = ours.map((a) => {
    const r = receipts.get(a.txHash)!
    return {
      attemptId: a.id,
      blockNumber: r.blockNumber,
      blockHash: r.blockHash,
      gasUsed: r.gasUsed,
      effectiveGasPrice: r.effectiveGasPrice,
      status: receiptDelivers(a, r),
    }
  })
  return { kind: 'ok', findings: { blocks: blocks.map(toBlockRow), transfers, mined } }
}


/**
 * Scanning one block: what in it concerns us.
 *
 * Native deposits are the block's transactions with value > 0 to a custody address (one indexed
 * query for all recipients of the block) whose receipt succeeded. Our own attempts are found by hash
 * (one indexed query); their receipts give the gas actually paid.
 */
import type { Block, Transaction, TransactionReceipt } from 'viem'
import type { ChainPublicClient } from '../../chain/clients'
import type { BlockRow } from '../../db/chain'
import type { DetectedTransfer } from '../../db/deposits'
import { findCustodyAddresses } from '../../db/wallets'
import { findOpenAttemptsByHash, type MinedReceipt } from '../../db/withdrawals'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'

export type FullBlock = Block<bigint, true, 'latest'>

export interface BlockFindings {
  block: BlockRow
  transfers: DetectedTransfer[]
  mined: MinedReceipt[]
}

export function toBlockRow(b: { number: bigint | null; hash: string | null; parentHash: string; timestamp: bigint }): BlockRow {
  return { number: b.number!, hash: b.hash!, parentHash: b.parentHash, timestamp: new Date(Number(b.timestamp) * 1000) }
}

/** Reads what in `block` concerns the service (no writes). */
export async function scanBlock(deps: Deps, chainId: number, client: ChainPublicClient, block: FullBlock): Promise<BlockFindings> {
  const txs = block.transactions as Transaction[]
  const valueTxs = txs.filter((t) => t.to && t.value > 0n)
  const recipients = [...new Set(valueTxs.map((t) => t.to!.toLowerCase()))]
  const [custody, ours] = await Promise.all([
    findCustodyAddresses(deps.db, recipients),
    findOpenAttemptsByHash(deps.db, chainId, txs.map((t) => t.hash)),
  ])
  const byAddress = new Map(custody.map((a) => [a.address, a]))
  const depositTxs = valueTxs.filter((t) => byAddress.has(t.to!.toLowerCase()))
  const needReceipts = [...new Set([...depositTxs.map((t) => t.hash), ...ours.map((a) => a.txHash as `0x${string}`)])]
  const receipts = new Map<string, TransactionReceipt>()
  await Promise.all(
    needReceipts.map(async (hash) => {
      receipts.set(hash, await client.getTransactionReceipt({ hash }))
    }),
  )
  const row = toBlockRow(block)
  const transfers: DetectedTransfer[] = []
  for (const t of depositTxs) {
    if (receipts.get(t.hash)?.status !== 'success') continue
    const a = byAddress.get(t.to!.toLowerCase())!
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
      blockNumber: row.number,
      blockHash: row.hash,
    })
  }
  const mined: MinedReceipt[] = ours.map((a) => {
    const r = receipts.get(a.txHash)!
    return {
      attemptId: a.id,
      blockNumber: row.number,
      blockHash: row.hash,
      gasUsed: r.gasUsed,
      effectiveGasPrice: r.effectiveGasPrice,
      status: r.status === 'success' ? 'success' : 'reverted',
    }
  })
  return { block: row, transfers, mined }
}

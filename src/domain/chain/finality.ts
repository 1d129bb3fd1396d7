/**
 * Finality: the highest block at which deposits may be credited and withdrawals settled.
 *
 * - `confirmations` (default): a block at height h is final once the follower's cursor is at
 *   h + confirmations − 1 (the block's own confirmation counts).
 * - `finalized`: a block is final once the node's `finalized` block (JSON-RPC block tag, proof-of-stake
 *   finality: two justified epochs) is at or above it, and that finalized block is the one the follower
 *   processed at that height (else a reorg is still to be handled and nothing settles yet).
 */
import { chainClient } from '../../chain/clients'
import { getCursor, storedBlockHash, type Cursor } from '../../db/chain'
import type { DbTx } from '../../db/client'
import type { Deps } from '../deps'

/** Returns the settle limit for a locked cursor: the highest final block number, or null (wait). */
export type SettleLimit = (tx: DbTx, cursor: Cursor) => Promise<bigint | null>

/**
 * Prepares the settle limit of a chain for this tick (the `finalized` mode reads the node first, so
 * that no RPC call runs while the cursor's row is locked).
 *
 * JSON-RPC: `eth_getBlockByNumber("finalized")`, and the block at the cursor's height.
 * @throws viem RPC errors (`finalized` mode; the tick retries)
 */
export async function settleLimit(deps: Deps, chainId: number): Promise<SettleLimit> {
  const { client, config } = chainClient(deps.chains, chainId)
  if (config.finality !== 'finalized') {
    const depth = BigInt(config.confirmations)
    return async (_tx, cursor) => cursor.blockNumber - depth + 1n
  }
  const cursor = await getCursor(deps.db, chainId)
  if (!cursor) return async () => null
  const finalized = await client.getBlock({ blockTag: 'finalized' })
  let boundary: { number: bigint; hash: string } | null
  if (finalized.number! >= cursor.blockNumber) {
    // Everything we processed is below the finalized block: final if our cursor block is canonical.
    const atCursor = await client.getBlock({ blockNumber: cursor.blockNumber })
    boundary = atCursor.hash === cursor.blockHash ? { number: cursor.blockNumber, hash: cursor.blockHash } : null
  } else {
    boundary = { number: finalized.number!, hash: finalized.hash! }
  }
  return async (tx, locked) => {
    if (!boundary) return null
    const stored = await storedBlockHash(tx, chainId, boundary.number)
    // Pruned (older than the reorg window) counts as ours; a different hash means a reorg to handle first.
    if (stored !== null && stored !== boundary.hash) return null
    return boundary.number < locked.blockNumber ? boundary.number : locked.blockNumber
  }
}

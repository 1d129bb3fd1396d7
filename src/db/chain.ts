/**
 * The chain follower's cursor (last block processed) and the recent block hashes it checks parent
 * hashes against to detect reorgs.
 */
import type { DbOrTx, DbTx } from './client'

export interface Cursor {
  blockNumber: bigint
  blockHash: string
}

export interface BlockRow {
  number: bigint
  hash: string
  parentHash: string
  timestamp: Date
}

/** Genesis block hash recorded when the chain was first followed (null if never). */
export async function getGenesisHash(db: DbOrTx, chainId: number): Promise<string | null> {
  const r = await db.chainCursor.findUnique({ where: { chainId }, select: { genesisHash: true } })
  return r?.genesisHash ?? null
}

export async function getCursor(db: DbOrTx, chainId: number): Promise<Cursor | null> {
  const r = await db.chainCursor.findUnique({ where: { chainId } })
  return r ? { blockNumber: r.blockNumber, blockHash: r.blockHash } : null
}

/** Creates the cursor at a starting block unless one exists. */
export async function initCursor(db: DbOrTx, chainId: number, genesisHash: string, block: BlockRow): Promise<void> {
  await db.$executeRaw`
    INSERT INTO chain_cursors (chain_id, genesis_hash, block_number, block_hash)
    VALUES (${chainId}, ${genesisHash}, ${block.number.toString()}::bigint, ${block.hash})
    ON CONFLICT (chain_id) DO NOTHING`
  await db.$executeRaw`
    INSERT INTO chain_blocks (chain_id, number, hash, parent_hash, timestamp)
    VALUES (${chainId}, ${block.number.toString()}::bigint, ${block.hash}, ${block.parentHash}, ${block.timestamp})
    ON CONFLICT (chain_id, number) DO NOTHING`
}

/** Locks the cursor row for the rest of the transaction. */
export async function lockCursor(tx: DbTx, chainId: number): Promise<Cursor | null> {
  const rows = await tx.$queryRaw<{ block_number: bigint; block_hash: string }[]>`
    SELECT block_number, block_hash FROM chain_cursors WHERE chain_id = ${chainId} FOR UPDATE`
  const r = rows[0]
  return r ? { blockNumber: BigInt(r.block_number), blockHash: r.block_hash } : null
}

/** Records a processed block and moves the cursor to it. */
export async function advanceCursor(tx: DbTx, chainId: number, block: BlockRow): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO chain_blocks (chain_id, number, hash, parent_hash, timestamp)
    VALUES (${chainId}, ${block.number.toString()}::bigint, ${block.hash}, ${block.parentHash}, ${block.timestamp})
    ON CONFLICT (chain_id, number) DO UPDATE SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, timestamp = EXCLUDED.timestamp`
  await tx.$executeRaw`
    UPDATE chain_cursors SET block_number = ${block.number.toString()}::bigint, block_hash = ${block.hash}, updated_at = now()
     WHERE chain_id = ${chainId}`
}

/**
 * Records a run of consecutive processed blocks (oldest first) and moves the cursor to the last one,
 * in two statements whatever their number.
 */
export async function advanceCursorTo(tx: DbTx, chainId: number, blocks: BlockRow[]): Promise<void> {
  const last = blocks[blocks.length - 1]
  if (!last) return
  await tx.$executeRaw`
    INSERT INTO chain_blocks (chain_id, number, hash, parent_hash, timestamp)
    SELECT ${chainId}, n, h, p, t
      FROM unnest(${blocks.map((b) => b.number.toString())}::bigint[], ${blocks.map((b) => b.hash)}::text[],
                  ${blocks.map((b) => b.parentHash)}::text[], ${blocks.map((b) => b.timestamp.toISOString())}::timestamptz[]) AS x(n, h, p, t)
    ON CONFLICT (chain_id, number) DO UPDATE SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, timestamp = EXCLUDED.timestamp`
  await tx.$executeRaw`
    UPDATE chain_cursors SET block_number = ${last.number.toString()}::bigint, block_hash = ${last.hash}, updated_at = now()
     WHERE chain_id = ${chainId}`
}

/** The stored hash of a processed block (null when not stored). */
export async function storedBlockHash(db: DbOrTx, chainId: number, number: bigint): Promise<string | null> {
  const r = await db.chainBlock.findUnique({ where: { chainId_number: { chainId, number } }, select: { hash: true } })
  return r?.hash ?? null
}

/** Stored blocks from `from` up, newest first (to find the fork point of a reorg). */
export async function recentBlocks(db: DbOrTx, chainId: number, from: bigint): Promise<BlockRow[]> {
  const rows = await db.chainBlock.findMany({ where: { chainId, number: { gte: from } }, orderBy: { number: 'desc' } })
  return rows.map((r) => ({ number: r.number, hash: r.hash, parentHash: r.parentHash, timestamp: r.timestamp }))
}

/** Forgets blocks above `forkPoint` and moves the cursor back to it. */
export async function rewindCursor(tx: DbTx, chainId: number, fork: BlockRow): Promise<void> {
  await tx.$executeRaw`DELETE FROM chain_blocks WHERE chain_id = ${chainId} AND number > ${fork.number.toString()}::bigint`
  await tx.$executeRaw`
    UPDATE chain_cursors SET block_number = ${fork.number.toString()}::bigint, block_hash = ${fork.hash}, updated_at = now()
     WHERE chain_id = ${chainId}`
}

/** Drops stored blocks older than `keepFrom` (they are beyond any reorg we handle). */
export async function pruneBlocks(db: DbOrTx, chainId: number, keepFrom: bigint): Promise<void> {
  await db.$executeRaw`DELETE FROM chain_blocks WHERE chain_id = ${chainId} AND number < ${keepFrom.toString()}::bigint`
}

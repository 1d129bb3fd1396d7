/**
 * The chain follower: moves a per-chain cursor block by block.
 *
 * Steps per run:
 *  1. read the head; create the cursor the first time (at `startBlock`, default the head);
 *  2. fetch the next blocks (up to `maxBlocksPerRun`, a few in parallel) and scan each
 *     ({@link scanBlock}): deposits to custody addresses, our attempts that were mined;
 *  3. per block, in one transaction under the cursor's row lock: check the cursor still is the
 *     block's parent (else: another worker moved it, or a reorg), record detected deposits and mined
 *     attempts with their events, record the block hash, advance the cursor. A crash between blocks
 *     loses nothing and a re-scan double-counts nothing (deposits are keyed by tx hash and log index);
 *  4. on a parent-hash mismatch, find the fork point among the stored hashes, orphan deposits and
 *     un-mine attempts above it (with events), and move the cursor back; the next run re-scans.
 */
import { chainClient } from '../../chain/clients'
import { withTx } from '../../db/client'
import { advanceCursor, getCursor, initCursor, lockCursor, pruneBlocks, recentBlocks, rewindCursor } from '../../db/chain'
import { confirmedAbove, orphanAbove, upsertDetected } from '../../db/deposits'
import { insertEvents, type NewEvent } from '../../db/events'
import { markMined, unmineAbove } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { depositView, withdrawalView } from '../views'
import { scanBlock, toBlockRow, type FullBlock } from './scanBlock'

/** Blocks kept for reorg detection; a reorg deeper than this needs an operator. */
export const REORG_WINDOW = 256n
const PREFETCH = 8

export interface FollowResult {
  head: bigint
  /** cursor after the run */
  cursor: bigint
  scanned: number
  reorgedTo?: bigint
}

/**
 * Creates the chain's cursor if it has none: at `startBlock − 1`, or at the current head for
 * `startBlock: latest` (blocks after it are scanned). Workers call it at start, before the API can hand
 * out any address, so nothing sent to an address can precede the cursor.
 */
export async function ensureCursor(deps: Deps, chainId: number): Promise<void> {
  if (await getCursor(deps.db, chainId)) return
  const { client, config } = chainClient(deps.chains, chainId)
  const start = config.startBlock === 'latest' ? await client.getBlockNumber({ cacheTime: 0 }) : BigInt(Math.max(0, config.startBlock - 1))
  const genesis = await client.getBlock({ blockNumber: 0n })
  await initCursor(deps.db, chainId, genesis.hash!, toBlockRow(await client.getBlock({ blockNumber: start })))
  deps.logger.info({ chainId, block: start.toString() }, 'chain follower starts')
}

export async function followChain(deps: Deps, chainId: number): Promise<FollowResult> {
  const { client, config } = chainClient(deps.chains, chainId)
  await ensureCursor(deps, chainId)
  const head = await client.getBlockNumber({ cacheTime: 0 })
  const cursor = (await getCursor(deps.db, chainId))!
  const target = head < cursor.blockNumber + BigInt(config.maxBlocksPerRun) ? head : cursor.blockNumber + BigInt(config.maxBlocksPerRun)
  let scanned = 0
  let expectParent = cursor.blockHash
  for (let n = cursor.blockNumber + 1n; n <= target; ) {
    const window: bigint[] = []
    for (let k = n; k <= target && window.length < PREFETCH; k++) window.push(k)
    const blocks = await Promise.all(window.map((k) => client.getBlock({ blockNumber: k, includeTransactions: true }) as Promise<FullBlock>))
    for (const block of blocks) {
      if (block.parentHash !== expectParent) {
        const fork = await handleReorg(deps, chainId)
        return { head, cursor: fork, scanned, reorgedTo: fork }
      }
      const outcome = await applyBlock(deps, chainId, block, await scanBlock(deps, chainId, client, block))
      if (outcome === 'raced') return { head, cursor: (await getCursor(deps.db, chainId))!.blockNumber, scanned }
      if (outcome === 'reorg') {
        const fork = await handleReorg(deps, chainId)
        return { head, cursor: fork, scanned, reorgedTo: fork }
      }
      expectParent = block.hash!
      scanned++
    }
    n += BigInt(window.length)
  }
  const final = (await getCursor(deps.db, chainId))!.blockNumber
  if (scanned > 0 && final % 64n === 0n) await pruneBlocks(deps.db, chainId, final - REORG_WINDOW)
  return { head, cursor: final, scanned }
}

async function applyBlock(deps: Deps, chainId: number, block: FullBlock, f: Awaited<ReturnType<typeof scanBlock>>): Promise<'ok' | 'raced' | 'reorg'> {
  return withTx(deps.db, async (tx) => {
    const cur = await lockCursor(tx, chainId)
    if (!cur || cur.blockNumber !== f.block.number - 1n) return 'raced'
    if (cur.blockHash !== block.parentHash) return 'reorg'
    const events: NewEvent[] = []
    const detected = await upsertDetected(tx, f.transfers)
    for (const d of detected) events.push({ type: 'deposit.detected', data: depositView(d), walletId: d.walletId })
    for (const m of f.mined) {
      const moved = await markMined(tx, m)
      if (!moved) continue
      if (moved.before.status === 'signing') {
        events.push({ type: 'withdrawal.submitted', data: withdrawalView({ ...moved.after, status: 'submitted' }), walletId: moved.after.walletId })
      }
      events.push({ type: 'withdrawal.mined', data: withdrawalView(moved.after), walletId: moved.after.walletId })
    }
    await insertEvents(tx, events)
    await advanceCursor(tx, chainId, f.block)
    return 'ok'
  })
}

/**
 * Finds the fork point (highest stored block whose hash the node still has), orphans deposits and
 * un-mines attempts above it, and rewinds the cursor there.
 *
 * @returns the fork block number
 * @throws AppError `rpc_failed` when no stored block matches (reorg deeper than {@link REORG_WINDOW})
 */
async function handleReorg(deps: Deps, chainId: number): Promise<bigint> {
  const { client } = chainClient(deps.chains, chainId)
  const cursor = (await getCursor(deps.db, chainId))!
  const stored = await recentBlocks(deps.db, chainId, cursor.blockNumber - REORG_WINDOW)
  let fork: (typeof stored)[number] | undefined
  for (const s of stored) {
    const onChain = await client.getBlock({ blockNumber: s.number }).catch(() => null)
    if (onChain && onChain.hash === s.hash) {
      fork = s
      break
    }
  }
  if (!fork) throw new AppError('rpc_failed', `chain ${chainId}: reorg deeper than the ${REORG_WINDOW} stored blocks; operator action needed`, { retryable: false })
  const deep = await confirmedAbove(deps.db, chainId, fork.number)
  if (deep.length) {
    deps.logger.error({ chainId, fork: fork.number.toString(), deposits: deep.map((d) => d.id) }, 'reorg deeper than the confirmation depth reverted confirmed deposits')
  }
  await withTx(deps.db, async (tx) => {
    await lockCursor(tx, chainId)
    const orphaned = await orphanAbove(tx, chainId, fork!.number)
    const unmined = await unmineAbove(tx, chainId, fork!.number)
    await insertEvents(tx, [
      ...orphaned.map((d) => ({ type: 'deposit.orphaned', data: depositView(d), walletId: d.walletId })),
      ...unmined.map((w) => ({ type: 'withdrawal.submitted', data: withdrawalView(w), walletId: w.walletId })),
    ])
    await rewindCursor(tx, chainId, fork!)
  })
  deps.logger.warn({ chainId, fork: fork.number.toString(), from: cursor.blockNumber.toString() }, 'reorg: rewound the chain cursor')
  return fork.number
}

/**
 * The chain follower: moves a per-chain cursor over the chain, a batch of blocks at a time.
 *
 * Steps per run:
 *  1. read the head; create the cursor the first time (at `startBlock`, default the head);
 *  2. cut the blocks after the cursor (up to `maxBlocksPerRun`) into batches of `scanBatchBlocks` and
 *     scan each ({@link scanRange}): native deposits from the blocks' transactions, token deposits
 *     from `eth_getLogs` on `Transfer`, our attempts that were mined. The next batch is fetched while
 *     the current one is written;
 *  3. per batch, in one transaction under the cursor's row lock: check the cursor still is the
 *     batch's parent (else: another worker moved it, or a reorg), record detected deposits and mined
 *     attempts with their events, record the block hashes, advance the cursor. A crash between batches
 *     loses nothing and a re-scan double-counts nothing (deposits are keyed by tx hash and log index);
 *  4. on a parent-hash mismatch, find the fork point among the stored hashes, orphan deposits and
 *     un-mine attempts above it (with events), and move the cursor back; the next run re-scans.
 */
import { chainClient } from '../../chain/clients'
import { withTx } from '../../db/client'
import { advanceCursorTo, getCursor, initCursor, lockCursor, pruneBlocks, recentBlocks, rewindCursor } from '../../db/chain'
import { confirmedAbove, orphanAbove, upsertDetected } from '../../db/deposits'
import { insertEvents, type NewEvent } from '../../db/events'
import { markMinedMany, unmineAbove } from '../../db/withdrawals'
import { AppError } from '../../lib/errors'
import { observeFollower } from '../../lib/metrics'
import type { Deps } from '../deps'
import { depositView, withdrawalView } from '../views'
import { pipelineEvents } from '../withdrawals/pipelineEvents'
import { scanRange, toBlockRow, type RangeFindings, type RangeScan } from './scanRange'

/** Blocks kept for reorg detection; a reorg deeper than this needs an operator. */
export const REORG_WINDOW = 256n

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

/**
 * Moves the chain's cursor towards the head (at most `maxBlocksPerRun` blocks, in batches of
 * `scanBatchBlocks`), recording detected deposits and our mined attempts with their events, and rewinds
 * it on a reorg (parent-hash mismatch within REORG_WINDOW blocks). Safe on several workers at once: a
 * batch applies only if the cursor is still its parent.
 *
 * @returns the head seen, the cursor after the run, the number of blocks scanned and, after a reorg,
 *          the block the cursor was rewound to
 * @throws AppError `unknown_chain`, or `rpc_failed` (not retryable) for a reorg deeper than REORG_WINDOW; RPC and
 *         database errors as they are (the next tick retries)
 */
export async function followChain(deps: Deps, chainId: number): Promise<FollowResult> {
  const { client, config } = chainClient(deps.chains, chainId)
  await ensureCursor(deps, chainId)
  const head = await client.getBlockNumber({ cacheTime: 0 })
  const cursor = (await getCursor(deps.db, chainId))!
  const first = cursor.blockNumber
  const target = head < cursor.blockNumber + BigInt(config.maxBlocksPerRun) ? head : cursor.blockNumber + BigInt(config.maxBlocksPerRun)
  const batch = BigInt(config.scanBatchBlocks)
  const scanFrom = (from: bigint, parent: string): { to: bigint; scan: Promise<RangeScan> } | null => {
    if (from > target) return null
    const to = from + batch - 1n < target ? from + batch - 1n : target
    const scan = scanRange(deps, chainId, client, from, to, parent)
    scan.catch(() => undefined) // awaited below; a batch dropped after a race must not go unhandled
    return { to, scan }
  }
  let scanned = 0
  let next = scanFrom(cursor.blockNumber + 1n, cursor.blockHash)
  while (next) {
    const waited = performance.now()
    const r = await next.scan
    const fetchWaitMs = performance.now() - waited
    if (r.kind === 'unstable') break
    if (r.kind === 'reorg') {
      const fork = await handleReorg(deps, chainId)
      return { head, cursor: fork, scanned, reorgedTo: fork }
    }
    const last = r.findings.blocks[r.findings.blocks.length - 1]!
    next = scanFrom(next.to + 1n, last.hash)
    const applied = performance.now()
    const outcome = await applyRange(deps, chainId, r.findings)
    deps.logger.debug(
      { chainId, from: r.findings.blocks[0]!.number.toString(), blocks: r.findings.blocks.length, deposits: r.findings.transfers.length, fetchWaitMs: Math.round(fetchWaitMs), applyMs: Math.round(performance.now() - applied) },
      'chain batch',
    )
    if (outcome === 'raced') break
    if (outcome === 'reorg') {
      const fork = await handleReorg(deps, chainId)
      return { head, cursor: fork, scanned, reorgedTo: fork }
    }
    scanned += r.findings.blocks.length
  }
  const final = (await getCursor(deps.db, chainId))!.blockNumber
  observeFollower(chainId, head, final)
  if (scanned > 0 && final / 64n !== first / 64n) await pruneBlocks(deps.db, chainId, final - REORG_WINDOW)
  return { head, cursor: final, scanned }
}

async function applyRange(deps: Deps, chainId: number, f: RangeFindings): Promise<'ok' | 'raced' | 'reorg'> {
  const firstBlock = f.blocks[0]!
  return withTx(deps.db, async (tx) => {
    const cur = await lockCursor(tx, chainId)
    if (!cur || cur.blockNumber !== firstBlock.number - 1n) return 'raced'
    if (cur.blockHash !== firstBlock.parentHash) return 'reorg'
    const events: NewEvent[] = []
    const detected = await upsertDetected(tx, f.transfers)
    for (const d of detected) events.push({ type: 'deposit.detected', data: depositView(d), walletId: d.walletId })
    for (const moved of await markMinedMany(tx, f.mined)) {
      if (!moved) continue
      if (moved.before.status === 'signing') {
        events.push(...pipelineEvents(moved.after, 'submitted', withdrawalView({ ...moved.after, status: 'submitted' })))
      }
      events.push(...pipelineEvents(moved.after, 'mined'))
    }
    await insertEvents(tx, events)
    await advanceCursorTo(tx, chainId, f.blocks)
    return 'ok'
  }, { timeoutMs: 120_000 })
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
      ...unmined.flatMap((w) => pipelineEvents(w, 'submitted')),
    ])
    await rewindCursor(tx, chainId, fork!)
  })
  deps.logger.warn({ chainId, fork: fork.number.toString(), from: cursor.blockNumber.toString() }, 'reorg: rewound the chain cursor')
  return fork.number
}

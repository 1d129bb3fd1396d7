/**
 * Runs a reconciliation: for every custody address and asset of a chain, compares the on-chain balance
 * at a block height with what the ledger says the address held at that block.
 *
 * Steps:
 *  1. pin the block (the requested one, else the block the chain follower has processed) and wait until
 *     the follower has processed it (what our own transactions did at or below the block must be known);
 *  2. read the ledger side in one REPEATABLE READ snapshot: per custody address and asset, the posted
 *     balance of entries of blocks ≤ the block, plus what the chain did at or below the block that the
 *     ledger has not settled yet (deposits awaiting their confirmation depth: pending inbound; value and
 *     gas of our mined, unsettled transactions: pending outbound);
 *  3. read the chain side at the block, per asset, through its balance reader (`eth_getBalance`,
 *     `balanceOf`);
 *  4. difference = on chain − (posted + pending inbound − pending outbound); for each mismatch, the
 *     likely cause (more on chain: an inbound transfer the follower cannot see, e.g. a contract's internal
 *     call or a selfdestruct; less on chain and the address used nonces the service did not sign: gas of
 *     transactions sent outside the service; else an unknown outflow) and, by bisection over block
 *     heights, the first block at which the difference appears;
 *  5. in one transaction: the report lines, the outcome (`matched` / `mismatched`) and, when anything
 *     mismatches, the `reconciliation.mismatch` outbox event.
 */
import { balanceReaderFor, type BalanceReader } from '../../chain/balances'
import { chainClient, type ChainPublicClient } from '../../chain/clients'
import { getCursor } from '../../db/chain'
import { Prisma, withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import {
  failReconciliation,
  figureOf,
  finishReconciliation,
  getReconciliation,
  ledgerFiguresAt,
  listCustodyAddresses,
  minedNonceCount,
  startReconciliation,
  type LikelyCause,
  type ReconciliationItemRow,
  type ReconciliationStatus,
} from '../../db/reconciliations'
import { formatUnits } from '../../lib/amounts'
import { AppError, errorMessage } from '../../lib/errors'
import { listAssets, nativeAsset, type AssetInfo } from '../assets'
import type { Deps } from '../deps'
import { reconciliationItemView, reconciliationView } from './views'

/** Mismatches located by bisection per run (each costs ~log2(block) balance reads). */
const BISECT_LIMIT = 20
/** Mismatched lines carried in the `reconciliation.mismatch` event. */
const EVENT_MISMATCHES = 20

export interface RunReconciliationOptions {
  /** the job's last attempt: a failure marks the run `failed` instead of being retried */
  finalAttempt?: boolean
}

export interface RunReconciliationResult {
  status: ReconciliationStatus
  blockNumber: bigint | null
  accounts: number
  mismatched: number
}

type Item = Omit<ReconciliationItemRow, 'reconciliationId'>

function readerOf(asset: AssetInfo): BalanceReader {
  return balanceReaderFor(asset.kind === 'native' ? { kind: 'native' } : { kind: 'erc20', address: asset.address! })
}

/**
 * Runs the reconciliation `id` (the `reconcile` job). Safe to run twice: a finished run is left alone,
 * and a retried run keeps the block it pinned.
 *
 * @throws AppError `reconciliation_not_found` (not retryable); `rpc_failed` and database errors
 *         (retryable) unless `finalAttempt`, when the run is marked `failed` instead
 */
export async function runReconciliation(deps: Deps, id: string, opts: RunReconciliationOptions = {}): Promise<RunReconciliationResult> {
  const rec = await getReconciliation(deps.db, id)
  if (!rec) throw new AppError('reconciliation_not_found', `reconciliation ${id} does not exist`, { retryable: false })
  if (rec.status === 'matched' || rec.status === 'mismatched' || rec.status === 'failed') {
    return { status: rec.status, blockNumber: rec.blockNumber, accounts: rec.accountsChecked, mismatched: rec.mismatchedCount }
  }
  try {
    return await run(deps, id, rec.chainId, rec.blockNumber)
  } catch (e) {
    if (!opts.finalAttempt) throw e instanceof AppError ? e : new AppError('rpc_failed', `reconciliation ${id}: ${errorMessage(e)}`, { cause: e, retryable: true })
    return fail(deps, id, `gave up after retries: ${errorMessage(e)}`)
  }
}

async function fail(deps: Deps, id: string, reason: string): Promise<RunReconciliationResult> {
  await withTx(deps.db, async (tx) => {
    await failReconciliation(tx, id, reason)
    const r = await getReconciliation(tx, id)
    if (r) await insertEvents(tx, [{ type: 'reconciliation.failed', data: reconciliationView(r) }])
  })
  deps.logger.error({ reconciliationId: id, reason }, 'reconciliation failed')
  const r = await getReconciliation(deps.db, id)
  return { status: 'failed', blockNumber: r?.blockNumber ?? null, accounts: 0, mismatched: 0 }
}

async function run(deps: Deps, id: string, chainId: number, requested: bigint | null): Promise<RunReconciliationResult> {
  const { client } = chainClient(deps.chains, chainId)
  const head = await client.getBlockNumber({ cacheTime: 0 })
  let cursor = await getCursor(deps.db, chainId)
  const block = requested ?? cursor?.blockNumber ?? head
  if (block > head) return fail(deps, id, `the chain is at block ${head}, below the requested block ${block} (was it reset?)`)

  const deadline = Date.now() + deps.config.reconciliation.followerWaitSeconds * 1000
  while (!cursor || cursor.blockNumber < block) {
    if (Date.now() >= deadline) {
      return fail(deps, id, `the chain follower is at block ${cursor?.blockNumber ?? 'none'}, behind block ${block}; it did not catch up in ${deps.config.reconciliation.followerWaitSeconds} s`)
    }
    await new Promise((r) => setTimeout(r, 250))
    cursor = await getCursor(deps.db, chainId)
  }
  const hash = (await client.getBlock({ blockNumber: block })).hash
  if (!(await startReconciliation(deps.db, id, block, hash ?? ''))) {
    const r = (await getReconciliation(deps.db, id))!
    return { status: r.status, blockNumber: r.blockNumber, accounts: r.accountsChecked, mismatched: r.mismatchedCount }
  }
  const started = Date.now()

  const native = nativeAsset(chainId)
  const assets = listAssets(deps.config).filter((a) => a.chainId === chainId)
  const addresses = await listCustodyAddresses(deps.db, chainId)
  const figures = await withTx(deps.db, (tx) => ledgerFiguresAt(tx, chainId, native, block), { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead })
  const ledgerRead = Date.now()

  const items: Item[] = []
  for (const asset of assets) {
    const onChain = await readerOf(asset).read(client, addresses.map((a) => a.address), block)
    addresses.forEach((a, i) => {
      const f = figureOf(figures, a.address, asset.id)
      const difference = onChain[i]! - (f.posted + f.pendingInbound - f.pendingOutbound)
      items.push({
        address: a.address,
        asset: asset.id,
        accountId: f.accountId,
        walletId: a.walletId,
        onChain: onChain[i]!,
        ledgerPosted: f.posted,
        pendingInbound: f.pendingInbound,
        pendingOutbound: f.pendingOutbound,
        difference,
        status: difference === 0n ? 'matched' : 'mismatched',
        likelyCause: null,
        firstSeenBlock: null,
        detail: null,
      })
    })
  }

  const chainRead = Date.now()
  const mismatched = items.filter((i) => i.status === 'mismatched')
  let bisected = 0
  for (const item of mismatched) {
    const asset = assets.find((a) => a.id === item.asset)!
    Object.assign(item, await explain(deps, client, chainId, asset, item, block))
    if (bisected++ < BISECT_LIMIT) item.firstSeenBlock = await firstSeen(deps, client, chainId, asset, item, block)
  }

  const done = await withTx(deps.db, async (tx) => {
    if (!(await finishReconciliation(tx, id, items))) return false
    if (mismatched.length) {
      const r = (await getReconciliation(tx, id))!
      await insertEvents(tx, [
        {
          type: 'reconciliation.mismatch',
          data: { ...reconciliationView(r), mismatches: mismatched.slice(0, EVENT_MISMATCHES).map(reconciliationItemView) },
        },
      ])
    }
    return true
  }, { timeoutMs: 120_000 })
  const status: ReconciliationStatus = mismatched.length ? 'mismatched' : 'matched'
  deps.logger.info(
    {
      reconciliationId: id,
      chainId,
      block: block.toString(),
      lines: items.length,
      mismatched: mismatched.length,
      ms: { total: Date.now() - started, ledger: ledgerRead - started, chain: chainRead - ledgerRead, report: Date.now() - chainRead },
      recorded: done,
    },
    'reconciliation finished',
  )
  return { status, blockNumber: block, accounts: items.length, mismatched: mismatched.length }
}

/** The likely cause of a mismatch, with a sentence for finance. */
async function explain(deps: Deps, client: ChainPublicClient, chainId: number, asset: AssetInfo, item: Item, block: bigint): Promise<{ likelyCause: LikelyCause; detail: string }> {
  const amount = (v: bigint) => `${formatUnits(v < 0n ? -v : v, asset.decimals)} ${asset.symbol}`
  if (item.difference > 0n) {
    return {
      likelyCause: 'unbooked_inbound_transfer',
      detail: `the address holds ${amount(item.difference)} more than the ledger expects at block ${block}: value arrived in a way the block follower does not see (a contract's internal call, a selfdestruct, a block or withdrawal reward); book it with an adjustment`,
    }
  }
  let external = 0
  try {
    const onChainNonce = await client.getTransactionCount({ address: item.address as `0x${string}`, blockNumber: block })
    external = onChainNonce - (await minedNonceCount(deps.db, chainId, item.address, block))
  } catch (e) {
    deps.logger.warn({ address: item.address, err: errorMessage(e) }, 'could not read the nonce of a mismatched address')
  }
  if (external > 0) {
    return {
      likelyCause: 'unbooked_gas',
      detail: `the address holds ${amount(item.difference)} less than the ledger expects, and ${external} transaction(s) from it up to block ${block} were not signed by the service: their gas (and any value they sent) is not booked`,
    }
  }
  return {
    likelyCause: 'unknown_outflow',
    detail: `the address holds ${amount(item.difference)} less than the ledger expects at block ${block}, and every transaction it sent was the service's: value left it another way (e.g. a token contract moved it)`,
  }
}

/**
 * The first block at which the difference of `item` appears, by bisection between genesis and `block`
 * (assuming one unbooked change; reads the chain's state at past blocks). Null when it cannot be told
 * (the node lacks old state, or the difference is there since genesis).
 */
async function firstSeen(deps: Deps, client: ChainPublicClient, chainId: number, asset: AssetInfo, item: Item, block: bigint): Promise<bigint | null> {
  const reader = readerOf(asset)
  const native = nativeAsset(chainId)
  const diffAt = async (b: bigint) => {
    const [onChain] = await reader.read(client, [item.address], b)
    const figs = await withTx(deps.db, (tx) => ledgerFiguresAt(tx, chainId, native, b, item.address), { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead })
    const f = figureOf(figs, item.address, item.asset)
    return onChain! - (f.posted + f.pendingInbound - f.pendingOutbound)
  }
  try {
    let lo = 0n
    let hi = block
    if ((await diffAt(lo)) === item.difference) return null
    while (hi - lo > 1n) {
      const mid = (lo + hi) / 2n
      if ((await diffAt(mid)) === item.difference) hi = mid
      else lo = mid
    }
    return hi
  } catch (e) {
    deps.logger.warn({ address: item.address, err: errorMessage(e) }, 'could not locate the block of a reconciliation difference')
    return null
  }
}

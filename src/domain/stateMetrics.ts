/**
 * Where the state gauges of src/lib/metrics.ts read from: Postgres (src/db/metrics.ts) and the BullMQ
 * queues of a process's `Deps`.
 */
import { Queue } from 'bullmq'
import { blockTimestamps, countStuckWithdrawals, countWithdrawalsByState, hotAddressBalances, lastFinishedReconciliations } from '../db/metrics'
import { depositCreditLag, depositsCredited, MAX_BALANCE_SERIES, type StateSources } from '../lib/metrics'
import { listAssets } from './assets'
import type { Deps } from './deps'

/** Queue states exported per queue. */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const

/** The state sources of a process: its database, its queues, its configured assets. */
export function stateSources(deps: Pick<Deps, 'db' | 'queues' | 'config'>): StateSources {
  const assets = new Map(listAssets(deps.config).map((a) => [a.id, a]))
  const queues = () => Object.values(deps.queues).filter((q): q is Queue => q instanceof Queue)
  return {
    withdrawalsByState: () => countWithdrawalsByState(deps.db),
    stuckWithdrawals: () => countStuckWithdrawals(deps.db),
    lastReconciliations: () => lastFinishedReconciliations(deps.db),
    async hotBalances() {
      const rows = await hotAddressBalances(deps.db, MAX_BALANCE_SERIES)
      return rows.map((r) => {
        const a = assets.get(r.asset)
        const decimals = a?.decimals ?? 18
        // whole units; float64 keeps ~15 significant digits, plenty for an alert threshold
        return { chain: r.chain, asset: r.asset, symbol: a?.symbol ?? r.asset, address: r.address, balance: Number(r.balance) / 10 ** decimals }
      })
    },
    async queueCounts() {
      const all = await Promise.all(queues().map(async (q) => ({ name: q.name, counts: await q.getJobCounts(...QUEUE_STATES) })))
      return all.flatMap(({ name, counts }) => QUEUE_STATES.map((state) => ({ queue: name, state, count: counts[state] ?? 0 })))
    },
  }
}

/**
 * Records credited deposits: the count and, where the follower still has the block stored, the lag
 * from the block timestamp to now (the crediting moment).
 */
export async function observeCredited(deps: Pick<Deps, 'db'>, chainId: number, deposits: { blockNumber: bigint }[]): Promise<void> {
  if (!deposits.length) return
  const chain = String(chainId)
  depositsCredited.inc({ chain }, deposits.length)
  // Best effort: metrics never fail the chain tick.
  const times = await blockTimestamps(deps.db, chainId, deposits.map((d) => d.blockNumber)).catch(() => new Map<bigint, Date>())
  const now = Date.now()
  for (const d of deposits) {
    const t = times.get(d.blockNumber)
    if (t) depositCreditLag.observe({ chain }, Math.max(0, (now - t.getTime()) / 1000))
  }
}

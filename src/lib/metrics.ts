/**
 * Prometheus metrics: every metric of the service is declared here, once, in one registry.
 *
 * Two kinds:
 *  - event metrics (counters, histograms, gauges set by the code path that knows the value) are
 *    recorded by the process doing the work: the API records HTTP requests, the workers jobs, signing,
 *    webhook deliveries, the chain follower;
 *  - state gauges are read at scrape time from Postgres and Redis (withdrawals by state, stuck
 *    withdrawals, queue depths, the last reconciliation, hot wallet balances). Only a process that called
 *    {@link enableStateMetrics} exports them (the API, and `npm run dev`), so that N worker replicas do
 *    not multiply the queries; each source is cached for {@link STATE_CACHE_MS} and bounded by
 *    {@link STATE_TIMEOUT_MS}, so a Postgres or Redis outage makes a scrape lose those series (and
 *    counts `custody_metrics_collect_errors_total`) instead of hanging it.
 *
 * Conventions: durations in seconds (`_seconds`), counters end in `_total`, amounts of an asset in
 * whole units of the asset (ETH, not wei: Prometheus values are float64). Chains are labelled by their
 * numeric chain id (`chain="1"`). Every series also carries `process` (`api`, `workers` or `all`), set
 * by {@link initMetrics}.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** The one registry of the process; `/metrics` serialises it. */
export const registry = new Registry()

/** How long a state source's values are reused between scrapes, ms. */
export const STATE_CACHE_MS = 5_000
/** Longest a state source may take during a scrape before it is given up for that scrape, ms. */
export const STATE_TIMEOUT_MS = 2_000
/** Most hot wallet balance series exported (largest balances first); bounds cardinality. */
export const MAX_BALANCE_SERIES = 500

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300]
const SIGN_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]
const LAG_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 3600, 7200, 21600]

// ---------------------------------------------------------------------------------- HTTP (API)

/**
 * API request latency, seconds, from the first byte read to the response finished.
 * Labels: `method`, `route` (the OpenAPI path template, e.g. `/v1/withdrawals/{withdrawalId}`;
 * `unmatched` for 404s of unknown paths), `status` (HTTP status code).
 */
export const httpRequestDuration = new Histogram({
  name: 'custody_http_request_duration_seconds',
  help: 'API request latency in seconds, by route template and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
})

// ---------------------------------------------------------------------------------- jobs (workers)

/**
 * Run time of one job attempt, seconds. Labels: `queue`, `outcome` = `completed`, `retry` (threw;
 * BullMQ retries it), `failed` (threw an unrecoverable error), `delayed` (the webhook worker put it back
 * for later: throttled, not due, retry schedule).
 */
export const jobDuration = new Histogram({
  name: 'custody_job_duration_seconds',
  help: 'Run time of one job attempt in seconds, by queue and outcome (completed, retry, failed, delayed)',
  labelNames: ['queue', 'outcome'] as const,
  buckets: JOB_BUCKETS,
  registers: [registry],
})

// ---------------------------------------------------------------------------------- withdrawals

/**
 * Transactions signed for withdrawals, sweeps and their replacements. Labels: `chain`, `kind` =
 * `original` (first attempt of a withdrawal), `replacement` (same nonce, higher fees) or `cancel`
 * (0-value self-send replacing it).
 */
export const attemptsSigned = new Counter({
  name: 'custody_withdrawal_attempts_signed_total',
  help: 'Withdrawal transactions signed, by chain and kind (original, replacement, cancel)',
  labelNames: ['chain', 'kind'] as const,
  registers: [registry],
})

/**
 * Fee bumps: replacements (same nonce, same transfer, higher fees) signed. Labels: `chain`, `reason` =
 * `stuck` (not mined in time), `fee_too_low` (refused by the node), `speed_up` (operator request),
 * `intrinsic_gas` (gas limit raised).
 */
export const feeBumps = new Counter({
  name: 'custody_fee_bumps_total',
  help: 'Replacement transactions signed with bumped fees, by chain and reason (stuck, fee_too_low, speed_up, intrinsic_gas)',
  labelNames: ['chain', 'reason'] as const,
  registers: [registry],
})

/**
 * Replacements (cancel, speed-up, automatic bump) NOT signed because a bound stopped them (issue 13,
 * C1). Labels: `chain`; `reason` = what asked (cancel, speed_up, stuck, …); `refusal` = `too_soon` (the
 * nonce's newest attempt is younger than `fees.minReplacementIntervalSeconds`) or `at_ceiling` (the
 * fee ceiling leaves no valid replacement).
 */
export const replacementsRefused = new Counter({
  name: 'custody_replacements_refused_total',
  help: 'Replacements not signed because a bound stopped them, by chain, reason and refusal (too_soon, at_ceiling)',
  labelNames: ['chain', 'reason', 'refusal'] as const,
  registers: [registry],
})

/**
 * `maxFeePerGas` of each signed replacement or cancel divided by the market `maxFeePerGas` at signing
 * time (1 = at market). Labels: `chain`, `kind` (replacement, cancel).
 */
export const replacementFeeRatio = new Histogram({
  name: 'custody_replacement_fee_market_ratio',
  help: 'maxFeePerGas of a signed replacement or cancel divided by the market maxFeePerGas when it was signed',
  labelNames: ['chain', 'kind'] as const,
  buckets: [1, 1.125, 1.25, 1.5, 2, 3, 5, 10, 20],
  registers: [registry],
})

// ---------------------------------------------------------------------------------- chain follower

/** Blocks between the node's head and the follower's cursor after the follower's last run. Label: `chain`. */
export const chainBlocksBehind = new Gauge({
  name: 'custody_chain_blocks_behind_head',
  help: 'Blocks between the chain head and the chain follower cursor after its last run, by chain',
  labelNames: ['chain'] as const,
  registers: [registry],
})

/** Head block number the follower last read from the node. Label: `chain`. */
export const chainHeadBlock = new Gauge({
  name: 'custody_chain_head_block',
  help: 'Head block number last read from the chain node by the follower, by chain',
  labelNames: ['chain'] as const,
  registers: [registry],
})

/** Records a run of the chain follower: the head it read and where its cursor ended. */
export function observeFollower(chainId: number, head: bigint, cursor: bigint): void {
  const chain = String(chainId)
  chainHeadBlock.set({ chain }, Number(head))
  chainBlocksBehind.set({ chain }, Number(head > cursor ? head - cursor : 0n))
}

/**
 * Deposit lag, seconds: from the timestamp of the deposit's block to the moment it was credited
 * (confirmed at depth and booked). Includes the confirmation wait. Label: `chain`.
 */
export const depositCreditLag = new Histogram({
  name: 'custody_deposit_credit_lag_seconds',
  help: 'Seconds from the block timestamp of a deposit to its crediting (confirmation at depth), by chain',
  labelNames: ['chain'] as const,
  buckets: LAG_BUCKETS,
  registers: [registry],
})

/** Deposits credited (confirmed at depth). Label: `chain`. */
export const depositsCredited = new Counter({
  name: 'custody_deposits_credited_total',
  help: 'Deposits credited to wallets after reaching the confirmation depth, by chain',
  labelNames: ['chain'] as const,
  registers: [registry],
})

// ---------------------------------------------------------------------------------- webhooks

/** Webhook HTTP attempts. Label: `outcome` = `success` (2xx) or `failure` (other status, timeout, refused). */
export const webhookDeliveries = new Counter({
  name: 'custody_webhook_deliveries_total',
  help: 'Webhook delivery attempts (HTTP requests made), by outcome (success = 2xx, failure = anything else)',
  labelNames: ['outcome'] as const,
  registers: [registry],
})

/** Duration of one webhook HTTP attempt, seconds. Label: `outcome` (as above). */
export const webhookDeliveryDuration = new Histogram({
  name: 'custody_webhook_delivery_duration_seconds',
  help: 'Duration of one webhook HTTP attempt in seconds, by outcome',
  labelNames: ['outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
})

/** Records one webhook HTTP attempt: 2xx or not, and how long it took (ms). */
export function observeWebhookAttempt(success: boolean, durationMs: number): void {
  const outcome = success ? 'success' : 'failure'
  webhookDeliveries.inc({ outcome })
  webhookDeliveryDuration.observe({ outcome }, durationMs / 1000)
}

// ---------------------------------------------------------------------------------- custody / signer

/**
 * Latency of key backend work, seconds. Labels: `backend` (`local`, `aws-kms`, `pkcs11`), `operation`
 * = `unwrap` (unwrap a data key and derive keys of an hd wallet, once per signing call) or `sign` (one
 * digest signature, including the backend round trip for kms-key / hsm-key wallets).
 */
export const signerDuration = new Histogram({
  name: 'custody_signer_duration_seconds',
  help: 'Key backend latency in seconds, by backend (local, aws-kms, pkcs11) and operation (unwrap, sign)',
  labelNames: ['backend', 'operation'] as const,
  buckets: SIGN_BUCKETS,
  registers: [registry],
})

/** Key backend operations that threw. Labels: `backend`, `operation` (as above). */
export const signerErrors = new Counter({
  name: 'custody_signer_errors_total',
  help: 'Key backend operations that failed, by backend and operation (unwrap, sign)',
  labelNames: ['backend', 'operation'] as const,
  registers: [registry],
})

// ---------------------------------------------------------------------------------- state gauges

/** Source of the state gauges: what {@link enableStateMetrics} needs of the process. */
export interface StateSources {
  /** `SELECT status, count(*) FROM withdrawals GROUP BY status` and friends (see src/db/metrics.ts) */
  withdrawalsByState(): Promise<{ chain: number; state: string; count: number }[]>
  stuckWithdrawals(): Promise<{ chain: number; count: number }[]>
  lastReconciliations(): Promise<{ chain: number; mismatched: number; finishedAt: Date }[]>
  hotBalances(): Promise<{ chain: number; asset: string; symbol: string; address: string; balance: number }[]>
  queueCounts(): Promise<{ queue: string; state: string; count: number }[]>
}

/** Withdrawals by chain and state (`queued`, `signing`, `submitted`, `confirmed`, …), counted in Postgres at scrape. */
export const withdrawalsByState = new Gauge({
  name: 'custody_withdrawals',
  help: 'Withdrawals by chain and state, counted in Postgres at scrape time',
  labelNames: ['chain', 'state'] as const,
  registers: [registry],
  async collect() {
    await fill(this, 'withdrawals', (s) => s.withdrawalsByState(), (r) => [{ chain: String(r.chain), state: r.state }, r.count])
  },
})

/** In-flight withdrawals marked stuck (a replacement would exceed the fee cap), by chain. */
export const withdrawalsStuck = new Gauge({
  name: 'custody_withdrawals_stuck',
  help: 'In-flight withdrawals that are stuck (a replacement would exceed the fee cap), by chain',
  labelNames: ['chain'] as const,
  registers: [registry],
  async collect() {
    await fill(this, 'stuck', (s) => s.stuckWithdrawals(), (r) => [{ chain: String(r.chain) }, r.count])
  },
})

/** Jobs per queue and state (`waiting`, `active`, `delayed`, `failed`, `prioritized`), from BullMQ at scrape. */
export const queueJobs = new Gauge({
  name: 'custody_queue_jobs',
  help: 'Jobs per BullMQ queue and state (waiting, active, delayed, failed, prioritized), read from Redis at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    await fill(this, 'queues', (s) => s.queueCounts(), (r) => [{ queue: r.queue, state: r.state }, r.count])
  },
})

/** Accounts mismatched in the last finished reconciliation of each chain (0 = the books match the chain). */
export const reconciliationMismatches = new Gauge({
  name: 'custody_reconciliation_mismatched_accounts',
  help: 'Accounts that mismatched in the last finished reconciliation of each chain',
  labelNames: ['chain'] as const,
  registers: [registry],
  async collect() {
    await fill(this, 'reconciliations', (s) => s.lastReconciliations(), (r) => [{ chain: String(r.chain) }, r.mismatched])
  },
})

/** Unix time (seconds) the last reconciliation of each chain finished. */
export const reconciliationLastFinished = new Gauge({
  name: 'custody_reconciliation_last_finished_timestamp_seconds',
  help: 'Unix time in seconds at which the last reconciliation of each chain finished',
  labelNames: ['chain'] as const,
  registers: [registry],
  async collect() {
    await fill(this, 'reconciliations', (s) => s.lastReconciliations(), (r) => [{ chain: String(r.chain) }, r.finishedAt.getTime() / 1000])
  },
})

/**
 * Ledger balance of each hot address (and kms-key / hsm-key treasury address) per asset, in whole units
 * of the asset (posted debits − credits of its asset account). One series per wallet and asset: at most
 * {@link MAX_BALANCE_SERIES} (largest first). Deposit addresses are not exported.
 */
export const hotWalletBalance = new Gauge({
  name: 'custody_hot_wallet_balance',
  help: 'Ledger balance of each hot (and kms-key/hsm-key) address per asset, in whole units of the asset',
  labelNames: ['chain', 'asset', 'symbol', 'address'] as const,
  registers: [registry],
  async collect() {
    await fill(this, 'balances', (s) => s.hotBalances(), (r) => [{ chain: String(r.chain), asset: r.asset, symbol: r.symbol, address: r.address }, r.balance])
  },
})

/** Scrape-time reads of a state source that failed or timed out. Label: `source`. */
export const metricsCollectErrors = new Counter({
  name: 'custody_metrics_collect_errors_total',
  help: 'State metric reads (Postgres, Redis) that failed or timed out during a scrape, by source',
  labelNames: ['source'] as const,
  registers: [registry],
})

// ---------------------------------------------------------------------------------- plumbing

let sources: StateSources | null = null
const cache = new Map<string, { at: number; value: Promise<unknown[]> }>()

async function fill<R, L extends string>(
  gauge: Gauge<L>,
  name: string,
  read: (s: StateSources) => Promise<R[]>,
  point: (r: R) => [Partial<Record<L, string>>, number],
): Promise<void> {
  gauge.reset()
  if (!sources) return
  const now = Date.now()
  let entry = cache.get(name)
  if (!entry || now - entry.at > STATE_CACHE_MS) {
    const src = sources
    const value = withTimeout(read(src), STATE_TIMEOUT_MS).catch((e) => {
      metricsCollectErrors.inc({ source: name })
      cache.delete(name)
      throw e
    })
    value.catch(() => undefined)
    cache.set(name, (entry = { at: now, value }))
  }
  let rows: R[]
  try {
    rows = (await entry.value) as R[]
  } catch {
    return
  }
  for (const r of rows) {
    const [labels, v] = point(r)
    gauge.set(labels as never, v)
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
      timer.unref()
    }),
  ]).finally(() => clearTimeout(timer))
}

let initialised = false

/**
 * Labels every series with `process` (`api`, `workers`, `all` for `npm run dev`) and starts prom-client's
 * default process metrics (CPU, memory, event loop lag, GC; prefixed `custody_process_` / `custody_nodejs_`).
 * Idempotent: the first call wins.
 */
export function initMetrics(process: 'api' | 'workers' | 'all'): void {
  if (initialised) return
  initialised = true
  registry.setDefaultLabels({ process })
  collectDefaultMetrics({ register: registry, prefix: 'custody_' })
}

/** Makes this process export the state gauges, read through `s` at scrape time. The last call wins. */
export function enableStateMetrics(s: StateSources): void {
  sources = s
  cache.clear()
}

/** Stops exporting the state gauges (when the process's database and Redis are closed). */
export function disableStateMetrics(s?: StateSources): void {
  if (!s || sources === s) sources = null
  cache.clear()
}

/** The registry in Prometheus text format; `contentType` is its media type. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() }
}

/**
 * Times `fn` into `histogram` with `labels`; counts a throw into `errors` when given.
 * @returns what `fn` returns; rethrows what it throws
 */
export async function timed<T, L extends string>(histogram: Histogram<L>, labels: Partial<Record<L, string>>, fn: () => Promise<T>, errors?: Counter<L>): Promise<T> {
  const end = histogram.startTimer(labels as never)
  try {
    return await fn()
  } catch (e) {
    errors?.inc(labels as never)
    throw e
  } finally {
    end()
  }
}

/** Every metric name this module declares (without the default process metrics); the dashboard test checks against it. */
export function declaredMetricNames(): string[] {
  return registry.getMetricsAsArray().map((m) => m.name)
}

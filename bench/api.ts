/**
 * `npm run bench:api`: the API under load from a second process (autocannon, bench/loadgen.mjs),
 * beside a bare express hello-world served by the same process in the same run.
 *
 * Routes: `GET /v1/wallets/{id}/balances` and `POST /v1/withdrawals` (a fresh Idempotency-Key per
 * request; the wallets are credited in the ledger beforehand). Each is run at a fixed rate (default
 * 500 requests/s, the target: p99 < 25 ms) and then as fast as it goes (requests/s). Workers are OFF:
 * the API runs alone against Postgres and Redis (withdrawals are queued, not signed), which is what the
 * API's latency is about. Rate limiting, authentication, idempotency, policies and the audit log are on
 * as in production; the key has a budget high enough not to be throttled.
 *
 * Options (environment): BENCH_RATE (500), BENCH_DURATION (seconds per run, 10), BENCH_CONNECTIONS
 * (50), BENCH_WALLETS (withdrawals spread over this many wallets, 1), BENCH_POOL (Postgres connections
 * of the API, 20). The last line printed is one JSON object with the figures, the hello-world
 * baseline and `ratio` (worst route p99 ÷ hello-world p99 at the same rate).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import express from 'express'
import { loadConfig } from '../src/config'
import { createApiKey } from '../src/domain/apiKeys/apiKeys'
import { createWallet } from '../src/domain/wallets/createWallet'
import { createLogger } from '../src/lib/logger'
import { startApi } from '../src/main/api'
import { createRuntime } from '../src/runtime'
import { createTestDatabase } from '../test/support/db'
import { creditWallet } from '../test/support/ledger'
import { cleanRedis } from '../test/support/stack'

// eslint-disable-next-line no-restricted-properties -- a stand-alone benchmark, not the service
const env = process.env
const RATE = Number(env.BENCH_RATE ?? 500)
const DURATION = Number(env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50)
const WALLETS = Number(env.BENCH_WALLETS ?? 1)
const POOL = Number(env.BENCH_POOL ?? 20)
const TARGET_P99_MS = 25
const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

interface Load {
  requestsPerSecond: number
  total: number
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number }
  status: { '2xx': number; non2xx: number }
  errors: number
  timeouts: number
}

function load(opts: Record<string, unknown>): Promise<Load> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [resolve(__dirname, 'loadgen.mjs'), JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', fail)
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`loadgen exited with ${code}`))
      ok(JSON.parse(out.trim().split('\n').pop()!) as Load)
    })
  })
}

const fmt = (name: string, l: Load) =>
  `${name.padEnd(34)} ${l.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(l.latencyMs.p50).padStart(4)} ms   p99 ${String(l.latencyMs.p99).padStart(4)} ms   non-2xx ${l.status.non2xx}   errors ${l.errors}`

async function main() {
  const db = await createTestDatabase()
  const prefix = `bench${randomBytes(4).toString('hex')}`
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(POOL),
    QUEUE_PREFIX: prefix,
    LOCAL_MASTER_KEY: randomBytes(32).toString('hex'),
    PORT: '0',
    // The chain is never contacted with the workers off.
    CHAINS: JSON.stringify([{ chainId: 31337, name: 'bench', rpcUrls: ['http://127.0.0.1:9'] }]),
  })
  const rt = createRuntime(config, { logger: createLogger('error') })
  const api = await startApi(rt)
  const hello = express()
  hello.get('/hello', (_req, res) => {
    res.json({ hello: 'world' })
  })
  const helloServer = await new Promise<import('node:http').Server>((ok) => {
    const s = hello.listen(0, '127.0.0.1', () => ok(s))
  })
  const helloUrl = `http://127.0.0.1:${(helloServer.address() as import('node:net').AddressInfo).port}/hello`
  try {
    const key = await createApiKey(rt.db, { name: 'bench', scopes: ['admin'], rateLimit: 100_000_000 })
    const wallets: string[] = []
    for (let i = 0; i < WALLETS; i++) {
      const w = await createWallet(rt, { label: `bench ${i}`, custody: 'hd' }, null)
      await creditWallet(rt.db, w.id, 10n ** 30n)
      wallets.push(w.id)
    }
    const auth = { authorization: `Bearer ${key.key}` }
    const runs: Record<string, Record<string, unknown>> = {
      hello: { url: helloUrl },
      balances: { url: `${api.url}/v1/wallets/${wallets[0]}/balances`, headers: auth },
      withdrawals: {
        url: `${api.url}/v1/withdrawals`,
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        // requests cycle through the wallets (each wallet's holds are serialized by its balance row lock)
        bodies: wallets.map((w) => JSON.stringify({ walletId: w, asset: '31337:native', to: ALICE, amount: '1' })),
        idempotencyKey: true,
      },
    }
    console.log(`bench:api — ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; workers off; ${DURATION} s per run, ${CONNECTIONS} connections, ${WALLETS} wallet(s)`)
    // warm up (JIT, connection pools, prepared statements)
    for (const r of Object.values(runs)) await load({ ...r, duration: 2, connections: 10, rate: 100 })

    const fixed: Record<string, Load> = {}
    const max: Record<string, Load> = {}
    const runWithdrawals = (rate: number, duration: number) => load({ ...runs.withdrawals, ...(rate ? { rate } : {}), duration, connections: CONNECTIONS })
    for (const name of ['hello', 'balances', 'withdrawals'] as const) {
      fixed[name] = name === 'withdrawals' ? await runWithdrawals(RATE, DURATION) : await load({ ...runs[name], rate: RATE, duration: DURATION, connections: CONNECTIONS })
      console.log(fmt(`${name} at ${RATE} req/s`, fixed[name]))
    }
    for (const name of ['hello', 'balances', 'withdrawals'] as const) {
      max[name] = name === 'withdrawals' ? await runWithdrawals(0, DURATION) : await load({ ...runs[name], duration: DURATION, connections: CONNECTIONS })
      console.log(fmt(`${name} as fast as possible`, max[name]))
    }
    const [rows] = await rt.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM withdrawals`
    const summary = (l: Load) => ({ requestsPerSecond: Math.round(l.requestsPerSecond), p50Ms: l.latencyMs.p50, p99Ms: l.latencyMs.p99, non2xx: l.status.non2xx, errors: l.errors })
    const worstP99 = Math.max(fixed.balances!.latencyMs.p99, fixed.withdrawals!.latencyMs.p99)
    const result = {
      bench: 'api',
      workers: 'off',
      cpus: cpus().length,
      loadAverage: Number(loadavg()[0]!.toFixed(2)),
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      wallets: WALLETS,
      rate: RATE,
      atRate: { balances: summary(fixed.balances!), withdrawals: summary(fixed.withdrawals!) },
      maxThroughput: { balances: summary(max.balances!), withdrawals: summary(max.withdrawals!) },
      baseline: { helloWorldAtRate: summary(fixed.hello!), helloWorldMax: summary(max.hello!) },
      limit: { p99Ms: TARGET_P99_MS, rate: RATE },
      meetsTarget: {
        balances: fixed.balances!.latencyMs.p99 < TARGET_P99_MS && fixed.balances!.requestsPerSecond >= RATE * 0.95 && fixed.balances!.status.non2xx === 0,
        withdrawals: fixed.withdrawals!.latencyMs.p99 < TARGET_P99_MS && fixed.withdrawals!.requestsPerSecond >= RATE * 0.95 && fixed.withdrawals!.status.non2xx === 0,
      },
      withdrawalsCreated: Number(rows!.n),
      ratio: Number((worstP99 / Math.max(1, fixed.hello!.latencyMs.p99)).toFixed(2)),
      throughputRatio: {
        balances: Number((max.balances!.requestsPerSecond / max.hello!.requestsPerSecond).toFixed(3)),
        withdrawals: Number((max.withdrawals!.requestsPerSecond / max.hello!.requestsPerSecond).toFixed(3)),
      },
    }
    console.log(JSON.stringify(result))
  } finally {
    // requests abandoned by the load generator at the end of a run may still be running: let them finish
    await new Promise((r) => setTimeout(r, 3000))
    helloServer.close()
    await api.close()
    await rt.close()
    await cleanRedis(prefix)
    await db.drop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

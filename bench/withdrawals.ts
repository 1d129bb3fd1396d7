/**
 * npm run bench:withdrawals [-- --n 1000 --workers 4 --concurrency 64]
 *
 * N native withdrawals from ONE hot address through the REST API, processed by W worker processes,
 * against a local anvil (1 s blocks). Prints withdrawals/s from the first request until every
 * withdrawal is `submitted` (signed, committed and accepted by the node) and until every one is
 * `confirmed`, beside the same anvil's raw `eth_sendRawTransaction` rate for N pre-signed transactions
 * sent with the same concurrency in the same run.
 *
 * A second phase measures the transaction pipeline alone: N more withdrawals are created while the
 * submit queue is paused, then it is resumed and the rate until every withdrawal is `submitted` is
 * timed (queued → submitted: nonce allocation, signing, commit, broadcast). The last line is one JSON
 * object.
 */
import { randomBytes } from 'node:crypto'
import { createWalletClient, http, parseEther, parseGwei, publicActions, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { loadConfig } from '../src/config'
import { bootstrapApiKey } from '../src/domain/apiKeys/apiKeys'
import { ensureDatabase, migrate } from '../src/db/migrator'
import { startAnvil } from '../src/dev/anvil'
import { startApi } from '../src/main/api'
import { createRuntime } from '../src/runtime'
import { createLogger } from '../src/lib/logger'
import { spawn } from 'node:child_process'
import { Client } from 'pg'
import { mapLimit } from '../src/lib/concurrency'

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : def
}
const N = arg('n', 1000)
const WORKERS = arg('workers', 4)
const CONCURRENCY = arg('concurrency', 64)
const RECIPIENT = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc'
// a throwaway key for the raw-rate baseline (funded with anvil_setBalance)
const RAW_KEY: Hex = `0x${randomBytes(32).toString('hex')}`

async function main() {
  const anvil = await startAnvil({ blockTime: 1, args: ['--gas-limit', '300000000'] })
  const dbName = `custody_bench_wd_${randomBytes(4).toString('hex')}`
  const dbUrl = `postgresql://postgres@127.0.0.1:5432/${dbName}`
  await ensureDatabase(dbUrl)
  await migrate(dbUrl)
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    DATABASE_POOL_SIZE: '20',
    QUEUE_PREFIX: `bench${randomBytes(4).toString('hex')}`,
    METRICS_PORT: '0', // several worker processes on this machine
    LOCAL_MASTER_KEY: randomBytes(32).toString('hex'),
    PORT: '0',
    WORKER_CONCURRENCY: '8',
    SUBMIT_BATCH_SIZE: '200',
    // the benchmark is one API key sending thousands of requests: lift its rate limit
    RATE_LIMIT_REQUESTS: '1000000',
    CHAINS: JSON.stringify([{ chainId: 31337, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, pollIntervalMs: 250, maxBlocksPerRun: 50 }]),
  }
  const config = loadConfig(env)
  const rt = createRuntime(config, { logger: createLogger('warn') })
  const api = await startApi(rt)
  const key = (await bootstrapApiKey(rt.db))!.key
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(api.url + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers }, ...(body ? { body: JSON.stringify(body) } : {}) })
    return { status: r.status, body: (await r.json()) as any }
  }
  const procs = Array.from({ length: WORKERS }, () => spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] }))
  const pg = new Client({ connectionString: dbUrl })
  await pg.connect()
  const q = async (sql: string, p: unknown[] = []) => (await pg.query(sql, p)).rows

  try {
    const wallet = (await call('POST', '/v1/wallets', { label: 'bench' })).body
    const funder = createWalletClient({ transport: http(anvil.url), account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' }).extend(publicActions)
    const fundHash = await funder.sendTransaction({ to: wallet.hotAddress, value: parseEther('1000'), chain: null })
    for (;;) {
      const r = await q("SELECT status FROM deposits WHERE tx_hash = $1", [fundHash])
      if (r[0]?.status === 'confirmed') break
      await new Promise((r) => setTimeout(r, 200))
    }
    console.log(`wallet funded; ${N} withdrawals from one hot address, ${WORKERS} worker processes, ${CONCURRENCY} requests in flight`)

    const t0 = performance.now()
    let refused = 0
    await mapLimit(Array.from({ length: N }), CONCURRENCY, async (_, i) => {
      for (let attempt = 0; ; attempt++) {
        const r = await call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: RECIPIENT, amount: String(1_000_000_000 + i) }, { 'Idempotency-Key': `bench-${i}` })
        if (r.status === 201) return
        if (attempt > 5) throw new Error(`withdrawal ${i} refused: ${JSON.stringify(r.body)}`)
        refused++
      }
    })
    const tCreated = performance.now()
    let tSubmitted = 0
    for (;;) {
      const [r] = await q("SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL)::int s, count(*) FILTER (WHERE status = 'confirmed')::int c FROM withdrawals WHERE kind = 'withdrawal'")
      if (!tSubmitted && r.s === N) tSubmitted = performance.now()
      if (r.c === N) break
      await new Promise((r) => setTimeout(r, 50))
    }
    const tConfirmed = performance.now()
    const [nonces] = await q("SELECT min(nonce)::int lo, max(nonce)::int hi, count(DISTINCT nonce)::int n FROM withdrawals WHERE kind = 'withdrawal'")

    // Phase 2: the pipeline alone (queued → submitted). The workers keep running; the submit queue is
    // paused while N more withdrawals are created, then resumed and timed.
    await rt.queues.submit.pause()
    await mapLimit(Array.from({ length: N }), CONCURRENCY, async (_, i) => {
      const r = await call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: RECIPIENT, amount: String(2_000_000_000 + i) }, { 'Idempotency-Key': `bench2-${i}` })
      if (r.status !== 201) throw new Error(`withdrawal ${i} refused: ${JSON.stringify(r.body)}`)
    })
    const p0 = performance.now()
    await rt.queues.submit.resume()
    for (;;) {
      const [r] = await q("SELECT count(*)::int n FROM withdrawals WHERE kind = 'withdrawal' AND submitted_at IS NULL")
      if (r.n === 0) break
      await new Promise((r) => setTimeout(r, 25))
    }
    const pipelinePerSec = N / ((performance.now() - p0) / 1000)

    // Baseline: the same node's raw eth_sendRawTransaction rate for N pre-signed transfers.
    const raw = privateKeyToAccount(RAW_KEY)
    const client = createWalletClient({ transport: http(anvil.url, { batch: { batchSize: 200, wait: 0 } }), account: raw }).extend(publicActions)
    await client.request({ method: 'anvil_setBalance' as never, params: [raw.address, '0x56bc75e2d63100000'] as never })
    const startNonce = await client.getTransactionCount({ address: raw.address })
    const signed = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        raw.signTransaction({ type: 'eip1559', chainId: 31337, nonce: startNonce + i, to: RECIPIENT, value: 1n, gas: 21000n, maxFeePerGas: parseGwei('50'), maxPriorityFeePerGas: parseGwei('1') }),
      ),
    )
    const r0 = performance.now()
    await mapLimit(signed, CONCURRENCY, async (tx) => {
      await client.sendRawTransaction({ serializedTransaction: tx })
    })
    const rawSeconds = (performance.now() - r0) / 1000

    const submittedPerSec = N / ((tSubmitted - t0) / 1000)
    const confirmedPerSec = N / ((tConfirmed - t0) / 1000)
    const rawPerSec = N / rawSeconds
    console.log(`created (API)        ${(N / ((tCreated - t0) / 1000)).toFixed(0)} withdrawals/s${refused ? ` (${refused} retried)` : ''}`)
    console.log(`request → submitted  ${submittedPerSec.toFixed(0)} withdrawals/s`)
    console.log(`request → confirmed  ${confirmedPerSec.toFixed(0)} withdrawals/s`)
    console.log(`raw sendRawTx        ${rawPerSec.toFixed(0)} tx/s (same anvil, ${CONCURRENCY} in flight)`)
    console.log(`pipeline alone       ${pipelinePerSec.toFixed(0)} withdrawals/s queued → submitted (submit queue resumed on ${N} queued withdrawals, workers running)`)
    console.log(`nonces               ${nonces.lo}..${nonces.hi}, ${nonces.n} distinct`)
    console.log(
      JSON.stringify({
        bench: 'withdrawals',
        n: N,
        workers: WORKERS,
        concurrency: CONCURRENCY,
        createdPerSec: Math.round(N / ((tCreated - t0) / 1000)),
        submittedPerSec: Math.round(submittedPerSec),
        confirmedPerSec: Math.round(confirmedPerSec),
        pipelineSubmittedPerSec: Math.round(pipelinePerSec),
        rawSendPerSec: Math.round(rawPerSec),
        limit: { submittedPerSec: 200, ratio: 0.5 },
        ratio: Number((submittedPerSec / rawPerSec).toFixed(3)),
        pipelineRatio: Number((pipelinePerSec / rawPerSec).toFixed(3)),
        gapless: nonces.n === N && nonces.hi - nonces.lo + 1 === N,
      }),
    )
  } finally {
    for (const p of procs) p.kill('SIGTERM')
    await api.close()
    await rt.close()
    await pg.end()
    await anvil.stop()
    const admin = new Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await admin.end()
  }
}

main().then(
  // stdout may be a pipe (async in Node): flush before exiting
  () => process.stdout.write('', () => process.exit(0)),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)

/**
 * npm run bench:soak [-- --seconds 60 --pipeline-n 300 --drain 90 --concurrency 16 --deposit-rate 10 --wallets 4]
 * (or SOAK_SECONDS, SOAK_PIPELINE_N, SOAK_DRAIN_SECONDS, SOAK_CONCURRENCY, SOAK_DEPOSIT_RATE, SOAK_WALLETS)
 *
 * A mixed load for a fixed time against the full stack: the API process and two worker processes
 * (child processes, as deployed), its own anvil (1 s blocks), its own database and Redis prefix.
 *
 *  1. pipeline alone (a few seconds): `--pipeline-n` withdrawals are requested while the submit queue is
 *     paused, then it is resumed and the rate until every one of them is submitted (queued → signed,
 *     committed, accepted by the node) is timed: the capacity of the workers' pipeline in this run, with
 *     nothing else going on (no deposits, no webhook endpoint);
 *  2. mixed (`--seconds` s): `--concurrency` withdrawal clients, each requesting a withdrawal (round-robin
 *     over `--wallets` hot addresses) as soon as its last one was answered, plus deposits at `--deposit-rate`/s from five
 *     anvil accounts to 20 deposit addresses, plus two clients polling withdrawals and balances, plus a
 *     webhook endpoint (a local receiver answering 204) subscribed to every event;
 *  3. drain (at most `--drain` s): until every withdrawal is confirmed, every deposit credited and every
 *     delivery delivered, for the latencies.
 * Prints throughput (withdrawals/s accepted, submitted and confirmed, deposits/s credited, webhook
 * deliveries/s: counted inside the mixed window; withdrawals also end to end: requested in the window ÷
 * seconds from its start until the last of them was submitted / confirmed), p99 latencies (API request, withdrawal
 * request → confirmed, deposit block → credited, event → delivered), memory (RSS, heap used, heap right
 * after a full GC) of every process at the start and the end, and errors (non-2xx answers, failed requests, failed jobs). The LAST line is
 * one JSON object with all figures; `limit` is the pipeline-alone rate of phase 1 and `ratio` the
 * end-to-end submitted rate under the mixed load ÷ that limit: the share of the pipeline's capacity the
 * mixed load achieved (below 1 either because the clients offer less, or because the mixed load slows
 * the pipeline down; the API and the chain follower share the same two cores).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { Client } from 'pg'
import { createWalletClient, getAddress, http as viemHttp, parseEther, publicActions, type Address } from 'viem'
import { privateKeyToAddress } from 'viem/accounts'
import { createDb } from '../src/db/client'
import { ensureDatabase, migrate } from '../src/db/migrator'
import { bootstrapApiKey } from '../src/domain/apiKeys/apiKeys'
import { freePort, startAnvil } from '../src/dev/anvil'
import { QueueNames } from '../src/jobs/queues'

const ROOT = resolve(__dirname, '..')
const arg = (name: string, envName: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  if (i >= 0) return Number(process.argv[i + 1])
  return process.env[envName] ? Number(process.env[envName]) : def
}
const SECONDS = arg('seconds', 'SOAK_SECONDS', 60)
const PIPELINE_N = arg('pipeline-n', 'SOAK_PIPELINE_N', 300)
const DRAIN = arg('drain', 'SOAK_DRAIN_SECONDS', 90)
const CONCURRENCY = arg('concurrency', 'SOAK_CONCURRENCY', 16)
const DEPOSIT_RATE = arg('deposit-rate', 'SOAK_DEPOSIT_RATE', 10)
const WALLETS = arg('wallets', 'SOAK_WALLETS', 4)
const PG = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432'
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
/** anvil's dev accounts 1..5 (unlocked): the deposit senders (account 0 funds the hot addresses) */
const SENDERS: Address[] = [
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
]
const FUNDER: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null)
function pct(values: number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

interface Proc {
  name: string
  child: ChildProcess
  output: string
}

function startProcess(name: string, script: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--expose-gc', '--require', './bench/memProbe.cjs', '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const p: Proc = { name, child, output: '' }
  const keep = (d: Buffer) => (p.output = (p.output + d.toString()).slice(-2_000_000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  return p
}

/** RSS and heap (MB) of a child, asked over IPC (bench/memProbe.cjs); RSS from `ps` if it does not answer. */
async function memoryOf(p: Proc): Promise<{ rssMb: number | null; heapUsedMb: number | null; heapAfterGcMb?: number | null }> {
  const viaIpc = new Promise<{ rss: number; heapUsed: number; heapAfterGc: number | null } | null>((res) => {
    const t = setTimeout(() => res(null), 2000)
    p.child.once('message', (m: any) => {
      clearTimeout(t)
      res(m)
    })
    p.child.send?.({ type: 'mem', gc: true })
  })
  const m = await viaIpc
  if (m) return { rssMb: round(m.rss / 2 ** 20)!, heapUsedMb: round(m.heapUsed / 2 ** 20)!, heapAfterGcMb: m.heapAfterGc === null ? null : round(m.heapAfterGc / 2 ** 20) }
  const ps = await new Promise<string>((res) => {
    const c = spawn('ps', ['-o', 'rss=', '-p', String(p.child.pid)])
    let out = ''
    c.stdout.on('data', (d: Buffer) => (out += d.toString()))
    c.on('exit', () => res(out.trim()))
  })
  return { rssMb: ps ? round(Number(ps) / 1024) : null, heapUsedMb: null }
}

async function main() {
  const anvil = await startAnvil({ blockTime: 1, args: ['--gas-limit', '300000000'] })
  const dbName = `custody_bench_soak_${randomBytes(4).toString('hex')}`
  const dbUrl = `${PG}/${dbName}`
  await ensureDatabase(dbUrl)
  await migrate(dbUrl)
  const prefix = `soak${randomBytes(4).toString('hex')}`
  const apiPort = await freePort()
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    METRICS_PORT: '0', // two worker processes on this machine
    LOCAL_MASTER_KEY: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    WORKER_CONCURRENCY: '8',
    SUBMIT_BATCH_SIZE: '100',
    // one API key sends everything: lift its rate limit
    RATE_LIMIT_REQUESTS: '1000000',
    CHAINS: JSON.stringify([{ chainId: 31337, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, pollIntervalMs: 250, maxBlocksPerRun: 50 }]),
  }
  const db = createDb({ url: dbUrl, poolSize: 2 })
  const key = (await bootstrapApiKey(db))!.key
  await db.$disconnect()
  const procs: Proc[] = [startProcess('api', 'src/main/apiMain.ts', env), startProcess('worker-1', 'workers/main.ts', env), startProcess('worker-2', 'workers/main.ts', env)]
  const pg = new Client({ connectionString: dbUrl })
  await pg.connect()
  const q = async <T = any>(text: string, p: unknown[] = []): Promise<T[]> => (await pg.query(text, p)).rows as T[]
  const api = `http://127.0.0.1:${apiPort}`
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

  // every API request goes through here: latency and status counted while `recording`
  let recording = false
  const apiLatencies: number[] = []
  const statusCounts: Record<string, number> = {}
  let requestErrors = 0
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> =>
    new Promise((res, rej) => {
      const data = body === undefined ? undefined : JSON.stringify(body)
      const t0 = performance.now()
      const req = http.request(api + path, { method, agent, headers: { authorization: `Bearer ${key}`, ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}), ...headers } }, (r) => {
        const chunks: Buffer[] = []
        r.on('data', (c: Buffer) => chunks.push(c))
        r.on('end', () => {
          if (recording) {
            apiLatencies.push(performance.now() - t0)
            const k = String(r.statusCode)
            statusCounts[k] = (statusCounts[k] ?? 0) + 1
          }
          const text = Buffer.concat(chunks).toString()
          res({ status: r.statusCode ?? 0, body: text ? JSON.parse(text) : undefined })
        })
      })
      req.on('error', (e) => {
        if (recording) requestErrors++
        rej(e)
      })
      req.end(data)
    })

  // the webhook receiver: arrival time of every delivery (2xx)
  const arrivals: { id: string; at: number }[] = []
  const receiver = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      arrivals.push({ id: String(req.headers['webhook-id']), at: Date.now() })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()))
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`

  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null })
  const chain = createWalletClient({ transport: viemHttp(anvil.url), chain: null as never }).extend(publicActions)
  let exitCode = 0
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(`${api}/readyz`).then((r) => r.ok, () => false)
      if (up) break
      if (i > 240) throw new Error(`the API did not start:\n${procs[0]!.output.slice(-3000)}`)
      await sleep(250)
    }
    // wallets, funded hot addresses, deposit addresses
    const wallets: { id: string; hotAddress: Address }[] = []
    const depositAddresses: Address[] = []
    for (let i = 0; i < WALLETS; i++) {
      const w = (await call('POST', '/v1/wallets', { label: `soak ${i}` })).body
      wallets.push(w)
      await chain.sendTransaction({ account: FUNDER, to: w.hotAddress, value: parseEther('1000'), chain: null })
    }
    for (let i = 0; i < 20; i++) {
      const a = await call('POST', `/v1/wallets/${wallets[i % WALLETS]!.id}/addresses`, { label: `soak deposit ${i}` })
      depositAddresses.push(getAddress(a.body.address))
    }
    for (;;) {
      const [r] = await q<{ n: number }>("SELECT count(*)::int n FROM deposits WHERE status = 'confirmed'")
      if (r!.n === WALLETS) break
      await sleep(250)
    }
    const recipient = privateKeyToAddress(`0x${randomBytes(32).toString('hex')}`)
    const memStart = Object.fromEntries(await Promise.all(procs.map(async (p) => [p.name, await memoryOf(p)] as const)))
    memStart.bench = { rssMb: round(process.memoryUsage().rss / 2 ** 20)!, heapUsedMb: round(process.memoryUsage().heapUsed / 2 ** 20)! }

    let seq = 0
    let stopAt = 0
    const withdrawalClients = (more: () => boolean = () => Date.now() < stopAt) =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (more()) {
            const i = seq++
            const r = await call('POST', '/v1/withdrawals', { walletId: wallets[i % WALLETS]!.id, asset: '31337:native', to: recipient, amount: String(1_000_000_000 + i) }, { 'Idempotency-Key': `soak-${i}` }).catch(() => null)
            if (!r || r.status !== 201) await sleep(100)
          }
        }),
      )
    const dbNow = async () => (await q<{ t: Date }>('SELECT clock_timestamp() t'))[0]!.t
    /** withdrawals requested in [from, to) ÷ seconds from `from` until the last of them reached `column` */
    const endToEnd = async (column: string, from: Date, to: Date) => {
      const [r] = await q<{ n: number; last: Date | null }>(`SELECT count(*)::int n, max(${column}) last FROM withdrawals WHERE kind = 'withdrawal' AND created_at >= $1 AND created_at < $2`, [from, to])
      return r!.last ? r!.n / ((r!.last.getTime() - from.getTime()) / 1000) : NaN
    }
    const rateIn = async (column: string, table: string, from: Date, to: Date) => {
      const [r] = await q<{ n: number }>(`SELECT count(*)::int n FROM ${table} WHERE ${column} >= $1 AND ${column} < $2`, [from, to])
      return r!.n / ((to.getTime() - from.getTime()) / 1000)
    }

    // phase 1: the pipeline alone
    console.log(`pipeline alone: ${PIPELINE_N} withdrawals requested while the submit queue is paused, then released`)
    const submitQueue = new Queue(QueueNames.submit, { connection: redis, prefix })
    await submitQueue.pause()
    const b0 = await dbNow()
    await withdrawalClients(() => seq < PIPELINE_N)
    const b1 = await dbNow()
    const aloneAccepted = seq / ((b1.getTime() - b0.getTime()) / 1000)
    const p0 = await dbNow()
    await submitQueue.resume()
    for (;;) {
      const [r] = await q<{ n: number }>("SELECT count(*)::int n FROM withdrawals WHERE kind = 'withdrawal' AND submitted_at IS NULL")
      if (r!.n === 0) break
      await sleep(50)
    }
    const [lastSubmitted] = await q<{ last: Date }>("SELECT max(submitted_at) last FROM withdrawals WHERE kind = 'withdrawal'")
    const pipelineAlone = seq / ((lastSubmitted!.last.getTime() - p0.getTime()) / 1000)
    await submitQueue.close()
    // let them confirm so that they do not count in the mixed window
    for (;;) {
      const [r] = await q<{ n: number }>("SELECT count(*)::int n FROM withdrawals WHERE status <> 'confirmed'")
      if (r!.n === 0) break
      await sleep(250)
    }

    // phase 2: mixed
    const ep = await call('POST', '/v1/webhook-endpoints', { url: receiverUrl })
    if (ep.status !== 201) throw new Error(`webhook endpoint refused: ${JSON.stringify(ep.body)}`)
    console.log(`mixed: withdrawals (${CONCURRENCY} clients) + deposits ${DEPOSIT_RATE}/s + 2 polling clients + webhooks, for ${SECONDS} s`)
    const firstWithdrawal = seq
    recording = true
    const m0 = await dbNow()
    const mixedStart = Date.now()
    stopAt = mixedStart + SECONDS * 1000
    let depositErrors = 0
    let depositsSent = 0
    const deposits = (async () => {
      const inFlight: Promise<unknown>[] = []
      const senderLocks: Promise<void>[] = SENDERS.map(() => Promise.resolve())
      for (let k = 0; Date.now() < stopAt; k++) {
        const due = mixedStart + (k * 1000) / DEPOSIT_RATE
        if (due > Date.now()) await sleep(due - Date.now())
        // one transaction at a time per sender: concurrent eth_sendTransaction from one account race for its nonce in anvil
        const sender = k % SENDERS.length
        const sent = senderLocks[sender]!.then(() => chain.sendTransaction({ account: SENDERS[sender]!, to: depositAddresses[k % depositAddresses.length]!, value: parseEther('0.01') + BigInt(k), chain: null }))
        senderLocks[sender] = sent.then(() => undefined, () => undefined)
        inFlight.push(sent.then(() => depositsSent++, () => depositErrors++))
      }
      await Promise.all(inFlight)
    })()
    const pollers = Promise.all(
      [0, 1].map(async (c) => {
        while (Date.now() < stopAt) {
          if (c === 0) await call('GET', `/v1/withdrawals?limit=20`).catch(() => null)
          else await call('GET', `/v1/wallets/${wallets[seq % WALLETS]!.id}/balances`).catch(() => null)
          await sleep(50)
        }
      }),
    )
    await Promise.all([withdrawalClients(), deposits, pollers])
    const m1 = await dbNow()
    recording = false
    const mixedSeconds = (m1.getTime() - m0.getTime()) / 1000
    const mixedAccepted = await rateIn('created_at', 'withdrawals', m0, m1)
    const mixedSubmitted = await rateIn('submitted_at', 'withdrawals', m0, m1)
    const mixedConfirmed = await rateIn('confirmed_at', 'withdrawals', m0, m1)
    const depositsCredited = await rateIn('confirmed_at', 'deposits', m0, m1)
    const deliveriesPerSec = arrivals.filter((a) => a.at >= m0.getTime() && a.at < m1.getTime()).length / mixedSeconds
    const nWithdrawals = seq - firstWithdrawal

    // phase 3: drain
    console.log(`drain: up to ${DRAIN} s`)
    const drainUntil = Date.now() + DRAIN * 1000
    let drained = false
    while (Date.now() < drainUntil) {
      const [r] = await q<{ w: number; d: number; h: number }>(
        "SELECT (SELECT count(*)::int FROM withdrawals WHERE status <> 'confirmed') w, (SELECT count(*)::int FROM deposits WHERE status <> 'confirmed') d, (SELECT count(*)::int FROM webhook_deliveries WHERE status <> 'delivered') h",
      )
      if (r!.w === 0 && r!.d === 0 && r!.h === 0) {
        drained = true
        break
      }
      await sleep(500)
    }

    const mixedSubmittedE2E = await endToEnd('submitted_at', m0, m1)
    const mixedConfirmedE2E = await endToEnd('confirmed_at', m0, m1)

    // latencies
    const wd = await q<{ ms: number }>("SELECT extract(epoch FROM confirmed_at - created_at) * 1000 ms FROM withdrawals WHERE created_at >= $1 AND created_at < $2 AND confirmed_at IS NOT NULL", [m0, m1])
    const deps = await q<{ block_number: string; confirmed_at: Date; detected_at: Date }>('SELECT block_number::text, confirmed_at, detected_at FROM deposits WHERE detected_at >= $1 AND confirmed_at IS NOT NULL', [m0])
    const blockTime = new Map<string, number>()
    for (const b of new Set(deps.map((x) => x.block_number))) blockTime.set(b, Number((await chain.getBlock({ blockNumber: BigInt(b) })).timestamp) * 1000)
    const depLat = deps.map((x) => x.confirmed_at.getTime() - blockTime.get(x.block_number)!)
    const depDetect = deps.map((x) => x.detected_at.getTime() - blockTime.get(x.block_number)!)
    const evs = await q<{ id: string; created_at: Date }>('SELECT id, created_at FROM events WHERE created_at >= $1', [m0])
    const created = new Map(evs.map((e) => [e.id, e.created_at.getTime()]))
    const firstArrival = new Map<string, number>()
    for (const a of arrivals) if (created.has(a.id) && !firstArrival.has(a.id)) firstArrival.set(a.id, a.at)
    const evLat = [...firstArrival].map(([id, at]) => at - created.get(id)!)

    const memEnd = Object.fromEntries(await Promise.all(procs.map(async (p) => [p.name, await memoryOf(p)] as const)))
    memEnd.bench = { rssMb: round(process.memoryUsage().rss / 2 ** 20)!, heapUsedMb: round(process.memoryUsage().heapUsed / 2 ** 20)! }
    const failedJobs = procs.slice(1).reduce((a, p) => a + (p.output.match(/job failed/g)?.length ?? 0), 0)
    const [failedDeliveries] = await q<{ n: number }>("SELECT count(*)::int n FROM webhook_deliveries WHERE status = 'failed'")
    const [failedWithdrawals] = await q<{ n: number }>("SELECT count(*)::int n FROM withdrawals WHERE status = 'failed'")
    const non2xx = Object.entries(statusCounts).filter(([s]) => !s.startsWith('2')).reduce((a, [, n]) => a + n, 0)

    const ratio = mixedSubmittedE2E / pipelineAlone
    const out = {
      bench: 'soak',
      seconds: round(mixedSeconds),
      processes: { api: 1, workers: 2 },
      concurrency: CONCURRENCY,
      wallets: WALLETS,
      load: { withdrawalsRequested: nWithdrawals, depositsSent, depositRate: DEPOSIT_RATE },
      throughput: {
        withdrawalsAcceptedPerSec: round(mixedAccepted),
        withdrawalsSubmittedPerSec: round(mixedSubmitted),
        withdrawalsConfirmedPerSec: round(mixedConfirmed),
        withdrawalsSubmittedEndToEndPerSec: round(mixedSubmittedE2E),
        withdrawalsConfirmedEndToEndPerSec: round(mixedConfirmedE2E),
        depositsCreditedPerSec: round(depositsCredited),
        webhookDeliveriesPerSec: round(deliveriesPerSec),
      },
      p99Ms: {
        apiRequest: round(pct(apiLatencies, 99)),
        withdrawalRequestToConfirmed: round(pct(wd.map((r) => Number(r.ms)), 99), 0),
        depositBlockToCredited: round(pct(depLat, 99), 0),
        depositBlockToDetected: round(pct(depDetect, 99), 0),
        eventToDelivered: round(pct(evLat, 99)),
      },
      p50Ms: {
        apiRequest: round(pct(apiLatencies, 50)),
        withdrawalRequestToConfirmed: round(pct(wd.map((r) => Number(r.ms)), 50), 0),
        depositBlockToCredited: round(pct(depLat, 50), 0),
        depositBlockToDetected: round(pct(depDetect, 50), 0),
        eventToDelivered: round(pct(evLat, 50)),
      },
      memoryMb: { start: memStart, end: memEnd },
      errors: { apiNon2xx: non2xx, apiStatus: statusCounts, requestErrors, depositErrors, failedJobs, failedDeliveries: failedDeliveries!.n, failedWithdrawals: failedWithdrawals!.n, drained },
      limit: { pipelineAloneSubmittedPerSec: round(pipelineAlone), pipelineN: PIPELINE_N, apiAloneAcceptedPerSec: round(aloneAccepted) },
      ratio: round(ratio, 3),
      ratioMeaning:
        'withdrawals submitted/s end to end under the mixed load (requested in the window ÷ seconds from its start until the last of them was submitted) ÷ the pipeline alone (queued → submitted for withdrawals released at once from a paused submit queue, same run)',
    }
    const t = out.throughput
    console.log(`withdrawals      ${t.withdrawalsAcceptedPerSec}/s accepted, ${t.withdrawalsSubmittedPerSec}/s submitted, ${t.withdrawalsConfirmedPerSec}/s confirmed in the window; end to end ${t.withdrawalsSubmittedEndToEndPerSec}/s submitted, ${t.withdrawalsConfirmedEndToEndPerSec}/s confirmed `)
    console.log(`pipeline alone   ${out.limit.pipelineAloneSubmittedPerSec}/s queued → submitted (${PIPELINE_N} released at once); API alone ${out.limit.apiAloneAcceptedPerSec}/s accepted`)
    console.log(`deposits         ${t.depositsCreditedPerSec}/s credited (${depositsSent} sent at ${DEPOSIT_RATE}/s)`)
    console.log(`webhooks         ${t.webhookDeliveriesPerSec} deliveries/s`)
    console.log(`p99 (p50) ms     API ${out.p99Ms.apiRequest} (${out.p50Ms.apiRequest}), withdrawal → confirmed ${out.p99Ms.withdrawalRequestToConfirmed} (${out.p50Ms.withdrawalRequestToConfirmed}), deposit block → credited ${out.p99Ms.depositBlockToCredited} (${out.p50Ms.depositBlockToCredited}; block timestamps have 1 s resolution; block → detected ${out.p99Ms.depositBlockToDetected} (${out.p50Ms.depositBlockToDetected})), event → delivered ${out.p99Ms.eventToDelivered} (${out.p50Ms.eventToDelivered})`)
    for (const n of Object.keys(memEnd)) console.log(`memory ${n.padEnd(9)} RSS ${memStart[n]!.rssMb} → ${memEnd[n]!.rssMb} MB, heap used ${memStart[n]!.heapUsedMb} → ${memEnd[n]!.heapUsedMb} MB${memEnd[n]!.heapAfterGcMb != null ? `, after a full GC ${memStart[n]!.heapAfterGcMb} → ${memEnd[n]!.heapAfterGcMb} MB` : ''}`)
    console.log(`errors           ${JSON.stringify(out.errors)}`)
    console.log(`ratio            ${out.ratio}: ${out.ratioMeaning}`)
    console.log(JSON.stringify(out))
  } catch (e) {
    console.error(e)
    for (const p of procs) console.error(`--- ${p.name}\n${p.output.slice(-3000)}`)
    exitCode = 1
  } finally {
    for (const p of procs) p.child.kill('SIGTERM')
    await Promise.all(procs.map((p) => new Promise<void>((r) => (p.child.exitCode !== null ? r() : p.child.once('exit', () => r())))))
    agent.destroy()
    receiver.closeAllConnections()
    receiver.close()
    await pg.end()
    await anvil.stop()
    const admin = new Client({ connectionString: `${PG}/postgres` })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await admin.end()
    const r = redis
    let cursor = '0'
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000)
      cursor = next
      if (keys.length) await r.del(...keys)
    } while (cursor !== '0')
    r.disconnect()
  }
  return exitCode
}

main().then(
  // stdout may be a pipe (async in Node): flush before exiting
  (code) => process.stdout.write('', () => process.exit(code)),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)

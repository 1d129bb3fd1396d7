/**
 * `npm run bench:webhooks`: webhook delivery throughput and latency against a local receiver.
 *
 *  1. raw: a child process POSTs the same signed requests straight to the receiver (keep-alive, as many
 *     connections as the service opens to one endpoint): the limit of this machine in this run. Measured
 *     before and again after the service phases, and averaged, because a shared machine's load drifts;
 *  2. burst: BENCH_EVENTS events (default 10,000) are committed as fast as possible in transactions of 100;
 *     a worker process (relay + delivery only) delivers them: deliveries/s from first commit to last delivery;
 *  3. steady: BENCH_EVENTS more, committed at BENCH_RATE events/s (default 1,000, the target rate) in
 *     transactions of 10: p50/p99 latency from each event's commit to its arrival at the receiver.
 * Every 50th request is verified with the `standardwebhooks` library. Own database and Redis prefix,
 * dropped at the end. BENCH_WORKERS sets the number of worker processes (default 1); BENCH_TRACE=1 shows
 * their output and CPU time; WEBHOOK_* variables are passed to them. The last line printed is one JSON object with the figures, the raw rate and `ratio`.
 *
 * Targets (issue 6): ≥ 1,000 deliveries/s, p99 < 1 s, ≥ 0.3 of the raw rate.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Client } from 'pg'
import { Webhook } from 'standardwebhooks'
import { loadConfig } from '../src/config'
import { ensureDatabase, migrate } from '../src/db/migrator'
import { createWebhookEndpoint } from '../src/domain/webhooks/createWebhookEndpoint'
import { secretKey, signatureHeader, newWebhookSecret } from '../src/domain/webhooks/signature'
import { newId } from '../src/lib/ids'
import { createLogger } from '../src/lib/logger'
import { createRuntime } from '../src/runtime'

const ROOT = resolve(__dirname, '..')
const N = Number(process.env.BENCH_EVENTS ?? 10_000)
const RATE = Number(process.env.BENCH_RATE ?? 1_000)
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1)
const PG = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432'
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A deposit as the REST API returns it: the typical payload. */
function depositData(i: number) {
  return {
    id: newId(),
    walletId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e',
    addressId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5f',
    chainId: 31337,
    asset: '31337:native',
    address: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    amount: (1_000_000_000_000_000n + BigInt(i)).toString(),
    txHash: '0x' + randomBytes(32).toString('hex'),
    logIndex: -1,
    blockNumber: String(1000 + i),
    blockHash: '0x' + randomBytes(32).toString('hex'),
    status: 'confirmed',
    detectedAt: new Date().toISOString(),
    confirmedAt: new Date().toISOString(),
    orphanedAt: null,
  }
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

// ---------------------------------------------------------------- child: raw sender

async function rawSender(url: string, n: number, concurrency: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const key = secretKey(newWebhookSecret())
  const u = new URL(url)
  let next = 0
  const post = (i: number) =>
    new Promise<void>((res, rej) => {
      const id = `raw-${i}`
      const body = JSON.stringify({ type: 'deposit.confirmed', timestamp: new Date().toISOString(), data: depositData(i) })
      const ts = Math.floor(Date.now() / 1000)
      const req = http.request(
        {
          method: 'POST',
          hostname: u.hostname,
          port: u.port,
          path: u.pathname,
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'webhook-id': id,
            'webhook-timestamp': String(ts),
            'webhook-signature': signatureHeader([key], id, ts, body),
            'user-agent': 'bench-raw',
          },
        },
        (r) => {
          r.resume()
          r.on('end', () => (r.statusCode && r.statusCode < 300 ? res() : rej(new Error(`HTTP ${r.statusCode}`))))
        },
      )
      req.on('error', rej)
      req.end(body)
    })
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await post(next++)
    }),
  )
  const s = (performance.now() - t0) / 1000
  agent.destroy()
  process.stdout.write(JSON.stringify({ rawPostsPerSec: n / s, seconds: s }) + '\n')
}

// ---------------------------------------------------------------- child: webhook workers

async function workerMain(): Promise<void> {
  const { startWebhookWorkers } = await import('../workers/webhooks')
  const config = loadConfig()
  const rt = createRuntime(config)
  const w = await startWebhookWorkers(rt)
  const atStart = process.cpuUsage()
  if (process.env.BENCH_TRACE) process.stderr.write(`worker cpu at start: ${(atStart.user + atStart.system) / 1e6} s\n`)
  process.stdout.write('READY\n')
  process.once('SIGTERM', () => {
    void (async () => {
      const cpu = process.cpuUsage()
      if (process.env.BENCH_TRACE) process.stderr.write(`worker cpu: user ${cpu.user / 1e6} s, system ${cpu.system / 1e6} s\n`)
      await w.close()
      await rt.close()
      process.exit(0)
    })()
  })
}

function spawnChild(args: string[], env: Record<string, string>): ChildProcess {
  const extra = args[0] === 'worker' && process.env.BENCH_WORKER_NODE_FLAGS ? process.env.BENCH_WORKER_NODE_FLAGS.split(' ') : []
  return spawn(process.execPath, [...extra, '--import', 'tsx', 'bench/webhooks.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...(process.env.BENCH_TRACE ? { BENCH_TRACE: '1' } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function firstLine(child: ChildProcess, match: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = ''
    let err = ''
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString()
      for (const line of buf.split('\n')) if (match(line)) resolve(line)
    })
    child.stderr!.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-4000); if (process.env.BENCH_TRACE) process.stderr.write(d) })
    child.once('exit', (code) => reject(new Error(`child exited ${code}: ${err}${buf.slice(-2000)}`)))
  })
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const dbName = `custody_bench_webhooks_${randomBytes(4).toString('hex')}`
  const dbUrl = `${PG}/${dbName}`
  const prefix = `bwh${randomBytes(4).toString('hex')}`
  await ensureDatabase(dbUrl)
  await migrate(dbUrl)
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    LOCAL_MASTER_KEY: randomBytes(32).toString('hex'),
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('WEBHOOK_')) as [string, string][]),
  }
  const config = loadConfig(env)
  const concurrency = config.webhooks.endpointConcurrency

  // receiver: arrival time per webhook-id; every 50th request verified with standardwebhooks
  let secret = ''
  let seen = 0
  let verifyFailures = 0
  const arrivals = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const id = String(req.headers['webhook-id'])
      if (!arrivals.has(id)) arrivals.set(id, Date.now())
      if (secret && !id.startsWith('raw-') && seen++ % 50 === 0) {
        try {
          new Webhook(secret).verify(Buffer.concat(chunks).toString('utf8'), {
            'webhook-id': id,
            'webhook-timestamp': String(req.headers['webhook-timestamp']),
            'webhook-signature': String(req.headers['webhook-signature']),
          })
        } catch {
          verifyFailures++
        }
      }
      res.writeHead(204).end()
    })
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`

  const children: ChildProcess[] = []
  const pg = new Client({ connectionString: dbUrl })
  await pg.connect()
  const rt = createRuntime(config, { logger: createLogger('warn') })
  try {
    // 1. raw
    async function measureRaw(): Promise<number> {
      console.log(`raw: ${N} POSTs over ${concurrency} keep-alive connections straight to the receiver…`)
      const raw = spawnChild(['raw', url, String(N), String(concurrency)], env)
      children.push(raw)
      const r = JSON.parse(await firstLine(raw, (l) => l.startsWith('{'))) as { rawPostsPerSec: number }
      console.log(`  raw: ${round(r.rawPostsPerSec)} POSTs/s`)
      arrivals.clear()
      return r.rawPostsPerSec
    }
    const rawBefore = await measureRaw()

    // the service: an endpoint, and a worker process running only the relay and the deliveries
    const ep = await createWebhookEndpoint(rt, { url }, null)
    secret = ep.secret
    for (let i = 0; i < WORKERS; i++) {
      const worker = spawnChild(['worker'], env)
      children.push(worker)
      await firstLine(worker, (l) => l === 'READY')
    }

    const commitAt = new Map<string, number>()
    async function commit(batch: number): Promise<void> {
      const ids: string[] = []
      const data: string[] = []
      for (let i = 0; i < batch; i++) {
        ids.push(newId())
        data.push(JSON.stringify(depositData(i)))
      }
      await pg.query('BEGIN')
      await pg.query(
        "INSERT INTO events (id, type, data, wallet_id) SELECT id, 'deposit.confirmed', d, '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' FROM unnest($1::uuid[], $2::jsonb[]) AS u(id, d)",
        [ids, data],
      )
      await pg.query('COMMIT')
      const t = Date.now()
      for (const id of ids) commitAt.set(id, t)
    }
    async function waitDelivered(ids: string[], timeoutMs: number): Promise<number> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        if (ids.every((id) => arrivals.has(id))) return Math.max(...ids.map((id) => arrivals.get(id)!))
        if (Date.now() > deadline) throw new Error(`only ${ids.filter((id) => arrivals.has(id)).length}/${ids.length} delivered in ${timeoutMs / 1000} s`)
        await new Promise((r) => setTimeout(r, 20))
      }
    }
    function latencies(ids: string[]) {
      const l = ids.map((id) => arrivals.get(id)! - commitAt.get(id)!).sort((a, b) => a - b)
      return { p50Ms: pct(l, 50), p99Ms: pct(l, 99), maxMs: l[l.length - 1]! }
    }

    // 2. burst
    console.log(`burst: ${N} events committed as fast as possible (transactions of 100)…`)
    const before = new Set(commitAt.keys())
    const t0 = Date.now()
    for (let i = 0; i < N; i += 100) await commit(Math.min(100, N - i))
    const committedIn = (Date.now() - t0) / 1000
    const burstIds = [...commitAt.keys()].filter((id) => !before.has(id))
    const last = await waitDelivered(burstIds, 300_000)
    const burstSeconds = (last - t0) / 1000
    const burst = { deliveriesPerSec: round(N / burstSeconds), seconds: round(burstSeconds, 2), committedInSeconds: round(committedIn, 2), ...latencies(burstIds) }
    console.log(`  burst: ${burst.deliveriesPerSec} deliveries/s (${N} in ${burst.seconds} s; commits took ${burst.committedInSeconds} s); commit→delivery p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms`)

    // 3. steady
    console.log(`steady: ${N} events at ${RATE}/s (transactions of 10)…`)
    const steadyStart = new Set(commitAt.keys())
    const perTick = 10
    const interval = (1000 * perTick) / RATE
    const s0 = performance.now()
    for (let i = 0; i < N; i += perTick) {
      const due = s0 + (i / perTick) * interval
      const wait = due - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      await commit(Math.min(perTick, N - i))
    }
    const offered = N / ((performance.now() - s0) / 1000)
    const steadyIds = [...commitAt.keys()].filter((id) => !steadyStart.has(id))
    await waitDelivered(steadyIds, 300_000)
    const steady = { offeredPerSec: round(offered), ...latencies(steadyIds) }
    console.log(`  steady: offered ${steady.offeredPerSec}/s; commit→delivery p50 ${steady.p50Ms} ms, p99 ${steady.p99Ms} ms, max ${steady.maxMs} ms`)

    const [dup] = (await pg.query("SELECT count(*)::int n FROM webhook_deliveries WHERE status <> 'delivered'")).rows as { n: number }[]
    // the workers stop before the second raw run, so that it has the machine the first one had
    await Promise.all(
      children.splice(0).map((c) => (c.exitCode === null ? new Promise((r) => (c.once('exit', r), c.kill('SIGTERM'))) : null)),
    )
    const rawAfter = await measureRaw()
    const rawPostsPerSec = (rawBefore + rawAfter) / 2
    const ratio = burst.deliveriesPerSec / rawPostsPerSec
    const result = {
      bench: 'webhooks',
      events: N,
      deliveriesPerSec: burst.deliveriesPerSec,
      p50Ms: steady.p50Ms,
      p99Ms: steady.p99Ms,
      burst,
      steady,
      rawPostsPerSec: round(rawPostsPerSec),
      rawBeforeAfter: [round(rawBefore), round(rawAfter)],
      ratio: round(ratio, 3),
      verifiedSample: Math.ceil(seen / 50),
      verifyFailures,
      undelivered: dup!.n,
      endpointConcurrency: concurrency,
      workerConcurrency: config.webhooks.concurrency,
      workerProcesses: WORKERS,
      targets: { deliveriesPerSec: 1000, p99Ms: 1000, ratio: 0.3 },
      meetsTargets: burst.deliveriesPerSec >= 1000 && steady.p99Ms < 1000 && ratio >= 0.3 && verifyFailures === 0,
    }
    console.log(JSON.stringify(result))
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)))
    await rt.close()
    await pg.end()
    server.closeAllConnections()
    server.close()
    const admin = new Client({ connectionString: `${PG}/postgres` })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await admin.end()
    const { Redis } = await import('ioredis')
    const r = new Redis(REDIS_URL)
    let cursor = '0'
    do {
      const [nextCursor, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000)
      cursor = nextCursor
      if (keys.length) await r.del(...keys)
    } while (cursor !== '0')
    r.disconnect()
  }
}

const mode = process.argv[2]
const run = mode === 'raw' ? rawSender(process.argv[3]!, Number(process.argv[4]), Number(process.argv[5])) : mode === 'worker' ? workerMain() : main()
run.catch((e) => {
  console.error(e)
  process.exit(1)
})

/**
 * Graceful shutdown (src/main/shutdown.ts) of the real processes, spawned as the image runs them
 * (`node --import tsx <entry>`), stopped with SIGTERM:
 *  - the API answers the request in flight, refuses new connections, turns /readyz to 503 for a
 *    connection still open, closes idle keep-alive connections, and exits 0;
 *  - a worker stopped in the middle of a stream of withdrawals finishes its jobs and exits 0, and the
 *    next worker completes the rest: each withdrawal is sent exactly once;
 *  - a worker whose job cannot finish within SHUTDOWN_TIMEOUT_SECONDS (a node that takes seconds to
 *    accept a transaction) exits 1 at the timeout; its job returns to the queue as stalled and another
 *    worker completes it, the withdrawal confirmed exactly once.
 */
import { connect, type Socket } from 'node:net'
import { QueueEvents } from 'bullmq'
import { Redis } from 'ioredis'
import { parseEther, type Address } from 'viem'
import { freePort } from '../../src/dev/anvil'
import { QueueNames } from '../../src/jobs/queues'
import { sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { fundedWallet, RECIPIENT, withdraw } from '../support/pipeline'
import { startRpcProxy, type RpcProxy } from '../support/rpcProxy'
import { startStack, waitFor, type Stack } from '../support/stack'
import { spawnEntry, spawnWorkers, type WorkerProcess } from '../support/workerProcess'

let s: Stack
let proc: WorkerProcess | null = null
let proxy: RpcProxy | null = null

beforeAll(async () => {
  s = await startStack({ chain: { pollIntervalMs: 100, fees: { rebroadcastAfterSeconds: 1 } } })
})
afterAll(async () => {
  await proc?.kill()
  await proxy?.close()
  try {
    if (s) await expectLedgerInvariants(s)
  } finally {
    await s?.stop()
  }
})

function exitOf(p: WorkerProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return Promise.resolve({ code: p.child.exitCode, signal: p.child.signalCode })
  return new Promise((res) => p.child.once('exit', (code, signal) => res({ code, signal })))
}

function open(port: number): Promise<Socket> {
  return new Promise((res, rej) => {
    const sock = connect(port, '127.0.0.1')
    sock.once('connect', () => res(sock))
    sock.once('error', rej)
  })
}

/** Everything a socket receives until the peer closes it. */
function received(sock: Socket): Promise<string> {
  let data = ''
  sock.on('data', (d: Buffer) => (data += d.toString()))
  return new Promise((res) => sock.once('close', () => res(data)))
}

/** The final response in raw HTTP/1.1 text (after any `100 Continue`); the body must have a Content-Length. */
function parseResponse(raw: string): { status: number; headers: Record<string, string>; body: any } {
  const text = raw.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '')
  const [head, ...rest] = text.split('\r\n\r\n')
  const [statusLine, ...lines] = head!.split('\r\n')
  const headers: Record<string, string> = {}
  for (const l of lines) {
    const i = l.indexOf(':')
    headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim()
  }
  const body = rest.join('\r\n\r\n')
  expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body))
  let parsed: unknown
  try {
    parsed = body ? JSON.parse(body) : undefined
  } catch {
    throw new Error(`not a JSON body: ${JSON.stringify(raw)}`)
  }
  return { status: Number(statusLine!.split(' ')[1]), headers, body: parsed }
}

test('API: SIGTERM answers the request in flight, refuses new connections, /readyz 503 while draining, exits 0', async () => {
  const port = await freePort()
  proc = spawnEntry('src/main/apiMain.ts', { ...s.env, PORT: String(port), SHUTDOWN_TIMEOUT_SECONDS: '60' })
  await waitFor('API child listening', async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000).catch((e) => {
    throw new Error(`${(e as Error).message}\n${proc!.output().slice(-3000)}`)
  })
  expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200)

  // B: a connection in the middle of sending its request line and headers (an active connection).
  const b = await open(port)
  const bOut = received(b)
  b.write('GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n')

  // C: an idle keep-alive connection, after one complete exchange.
  const c = await open(port)
  const cFirst = new Promise<string>((res) => c.once('data', (d: Buffer) => res(d.toString())))
  const cOut = received(c)
  c.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
  expect(await cFirst).toMatch(/^HTTP\/1\.1 200 /)

  // A: a request in flight. The server has taken it (it answered `100 Continue`); its body is still to come.
  const body = JSON.stringify({ label: 'sent across a shutdown' })
  const a = await open(port)
  const aContinue = new Promise<string>((res) => a.once('data', (d: Buffer) => res(d.toString())))
  const aOut = received(a)
  a.write(
    `POST /v1/wallets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${s.apiKey}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
  )
  expect(await aContinue).toMatch(/^HTTP\/1\.1 100 Continue/)

  const exited = exitOf(proc)
  proc.child.kill('SIGTERM')

  // New connections are refused once the listener is closed.
  await waitFor('new connections refused', async () => {
    try {
      const probe = await open(port)
      probe.destroy()
      return false
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ECONNREFUSED'
    }
  }, 30_000, 50)

  // The idle keep-alive connection was closed by the server, without a second response.
  expect(await cOut).toMatch(/^HTTP\/1\.1 200 /)
  expect((await cOut).match(/HTTP\/1\.1/g)).toHaveLength(1)

  // B finishes its request: readiness is 503 while draining, and the connection closes after it.
  b.write('\r\n')
  const bRes = parseResponse(await bOut)
  expect(bRes.status).toBe(503)
  expect(bRes.headers.connection).toBe('close')
  expect(bRes.body.status).toBe('unavailable')

  // A sends its body now and gets its normal answer.
  a.write(body)
  const aRes = parseResponse(await aOut)
  expect(aRes.status).toBe(201)
  expect(aRes.headers.connection).toBe('close')
  expect(aRes.body.label).toBe('sent across a shutdown')
  const stored = await sql(s.db.url, 'SELECT id FROM wallets WHERE id = $1', [aRes.body.id])
  expect(stored).toHaveLength(1)

  const exit = await exited
  expect(exit).toEqual({ code: 0, signal: null })
  expect(proc.output()).toContain('shutdown: in-flight work finished')
  proc = null
})

/** Checks that each withdrawal was sent exactly once: one mined attempt each, contiguous nonces, the exact sum received. */
async function expectSentExactlyOnce(hot: string, ids: string[], amounts: bigint[], recipientBefore: bigint, firstNonce: number) {
  const rows = await sql<{ id: string; status: string; nonce: string }>(s.db.url, 'SELECT id, status, nonce FROM withdrawals WHERE id = ANY($1::uuid[]) ORDER BY nonce', [ids])
  expect(rows).toHaveLength(ids.length)
  expect(rows.every((r) => r.status === 'confirmed')).toBe(true)
  expect(rows.map((r) => Number(r.nonce))).toEqual(Array.from({ length: ids.length }, (_, i) => firstNonce + i))
  const mined = await sql<{ withdrawal_id: string }>(s.db.url, "SELECT withdrawal_id FROM tx_attempts WHERE withdrawal_id = ANY($1::uuid[]) AND status = 'mined'", [ids])
  expect(mined).toHaveLength(ids.length)
  expect(new Set(mined.map((m) => m.withdrawal_id)).size).toBe(ids.length)
  expect(await s.chain.getTransactionCount({ address: hot as Address })).toBe(firstNonce + ids.length)
  expect(await s.chain.getBalance({ address: RECIPIENT })).toBe(recipientBefore + amounts.reduce((x, y) => x + y, 0n))
}

async function confirmedCount(ids: string[]): Promise<number> {
  const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM withdrawals WHERE id = ANY($1::uuid[]) AND status = 'confirmed'", [ids])
  return r[0]!.n
}

test('workers: SIGTERM during a stream of withdrawals lets the running jobs finish; the next worker sends the rest, each exactly once', async () => {
  const w = await fundedWallet(s, '10')
  await s.stopWorkers()
  const recipientBefore = await s.chain.getBalance({ address: RECIPIENT })
  const env = { ...s.env, SUBMIT_BATCH_SIZE: '2', SHUTDOWN_TIMEOUT_SECONDS: '60' }
  proc = spawnWorkers(env)

  const ids: string[] = []
  const amounts: bigint[] = []
  const request = async () => {
    const amount = parseEther('0.01') + BigInt(ids.length)
    ids.push((await withdraw(s, w.id, amount)).id)
    amounts.push(amount)
  }
  for (let i = 0; i < 6; i++) await request()
  await waitFor('the worker sending', async () => {
    const r = await sql(s.db.url, 'SELECT a.id FROM tx_attempts a WHERE a.withdrawal_id = ANY($1::uuid[])', [ids])
    return r.length > 0
  }, 60_000, 20).catch((e) => {
    throw new Error(`${(e as Error).message}\n${proc!.output().slice(-3000)}`)
  })

  const exited = exitOf(proc)
  proc.child.kill('SIGTERM')
  for (let i = 0; i < 6; i++) await request() // requests keep coming while the worker drains
  expect(await exited).toEqual({ code: 0, signal: null })
  expect(proc.output()).toContain('shutdown: in-flight work finished')
  expect(proc.output()).not.toContain('closing by force')

  proc = spawnWorkers(env)
  await waitFor(`${ids.length} withdrawals confirmed`, async () => (await confirmedCount(ids)) === ids.length, 90_000)
  await expectSentExactlyOnce(w.hotAddress, ids, amounts, recipientBefore, 0)
  await proc.kill('SIGTERM')
  proc = null
  await expectLedgerInvariants(s)
  await s.startWorkers()
})

test('workers: a job that outlasts SHUTDOWN_TIMEOUT_SECONDS is abandoned at the timeout (exit 1), returns as stalled and is completed once by another worker', async () => {
  const w = await fundedWallet(s, '10')
  await s.stopWorkers()
  const recipientBefore = await s.chain.getBalance({ address: RECIPIENT })
  const firstNonce = await s.chain.getTransactionCount({ address: w.hotAddress as Address })
  // The worker talks to the chain through a proxy that takes 8 s to accept a transaction.
  proxy = await startRpcProxy(s.anvil!.url)
  const chains = JSON.stringify([{ chainId: 31337, name: 'anvil', rpcUrls: [proxy.url], confirmations: 1, pollIntervalMs: 100, fees: { rebroadcastAfterSeconds: 1 } }])
  const env = { ...s.env, CHAINS: chains, SHUTDOWN_TIMEOUT_SECONDS: '1' }

  const eventsRedis = new Redis(s.config.redis.url, { maxRetriesPerRequest: null })
  const events = new QueueEvents(QueueNames.submit, { connection: eventsRedis, prefix: s.config.redis.queuePrefix })
  try {
    await events.waitUntilReady()
    const seen: string[] = []
    events.on('stalled', ({ jobId }) => seen.push(`stalled ${jobId}`))
    events.on('completed', ({ jobId }) => seen.push(`completed ${jobId}`))

    proxy.set({ methodDelayMs: { eth_sendRawTransaction: 8000 } })
    proc = spawnWorkers(env)
    const amount = parseEther('0.2')
    const { id } = await withdraw(s, w.id, amount)
    const jobId = `submit-${id}`
    await waitFor('the transaction on its way to the node', async () => (proxy!.received.get('eth_sendRawTransaction') ?? 0) > 0, 60_000, 20).catch((e) => {
      throw new Error(`${(e as Error).message}\n${proc!.output().slice(-3000)}`)
    })
    expect(await s.rt.queues.submit.getJob(jobId).then((j) => j?.getState())).toBe('active')

    const exited = exitOf(proc)
    proc.child.kill('SIGTERM')
    expect(await exited).toEqual({ code: 1, signal: null })
    expect(proc.output()).toContain('closing by force')
    // The abandoned job is still held by the dead worker's lock, not completed.
    expect(await s.rt.queues.submit.getJob(jobId).then((j) => j?.getState())).toBe('active')
    expect(seen).not.toContain(`completed ${jobId}`)

    proxy.set({ methodDelayMs: {} })
    proc = spawnWorkers({ ...env, SHUTDOWN_TIMEOUT_SECONDS: '30' })
    // The lock lapses (30 s), the new worker's stalled check puts the job back, and it runs to completion.
    await waitFor('the abandoned job stalled and completed', async () => seen.includes(`stalled ${jobId}`) && seen.includes(`completed ${jobId}`), 150_000, 250)
    expect(seen.indexOf(`stalled ${jobId}`)).toBeLessThan(seen.indexOf(`completed ${jobId}`))
    await waitFor('withdrawal confirmed', async () => (await confirmedCount([id])) === 1, 60_000)
    await expectSentExactlyOnce(w.hotAddress, [id], [amount], recipientBefore, firstNonce)
    await proc.kill('SIGTERM')
    proc = null
  } finally {
    await events.close()
    eventsRedis.disconnect()
  }
  await s.startWorkers()
}, 300_000)

/**
 * Operations end to end: the API runs in this process, the workers in a child process (as deployed)
 * with its metrics server on a free port. A real deposit, withdrawal and webhook delivery go through;
 * then both /metrics endpoints are scraped and parsed, Bull Board is checked behind admin auth, request
 * ids are checked in responses and logs, and every log line of the API and of the worker process is
 * searched for the secrets this flow handled.
 */
import { parseEther } from 'viem'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { getWalletKeyMaterial } from '../../src/db/wallets'
import { openSecret } from '../../src/custody/envelope'
import { derivePrivateKey } from '../../src/custody/hd'
import { BOB, createWallet, fundWallet, requestWithdrawal, waitConfirmed, type WalletBody } from '../support/custodyFlows'
import { startStack, waitFor, type Stack } from '../support/stack'
import { startReceiver, type WebhookReceiver } from '../support/webhookReceiver'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'

/** One sample of the Prometheus text format: `name{labels} value`. */
interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

/** Parses Prometheus text exposition (what prom-client writes); `# HELP`/`# TYPE` give the declared names. */
function parseMetrics(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = []
  const types = new Map<string, string>()
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const t = /^# TYPE (\S+) (\S+)$/.exec(line)
    if (t) {
      types.set(t[1]!, t[2]!)
      continue
    }
    if (line.startsWith('#')) continue
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`)
    const labels: Record<string, string> = {}
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!.replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\\/g, '\\')
    samples.push({ name: m[1]!, labels, value: Number(m[3]) })
  }
  return { samples, types }
}

function sum(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((a, s) => a + s.value, 0)
}

function has(samples: Sample[], name: string, labels: Record<string, string> = {}): boolean {
  return samples.some((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
}

let s: Stack
let proc: WorkerProcess
let workerMetricsUrl: string
let receiver: WebhookReceiver
let wallet: WalletBody
let webhookSecret: string
let extraKey: string
let withdrawalId: string

async function scrape(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers })
  const text = await res.text()
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, ...(res.status === 200 ? parseMetrics(text) : { samples: [], types: new Map<string, string>() }) }
}

beforeAll(async () => {
  s = await startStack({ workers: false, env: { WEBHOOK_RELAY_INTERVAL_MS: '50' } })
  proc = spawnWorkers({ ...s.env, METRICS_PORT: '0' }, { keepChars: 200_000_000 })
  workerMetricsUrl = await waitFor(
    'the worker metrics server',
    async () => {
      if (proc.child.exitCode !== null) throw new Error(`workers exited: ${proc.output()}`)
      const line = proc.output().split('\n').find((l) => l.includes('"metrics listening"'))
      return line ? (JSON.parse(line) as { url: string }).url.replace(/\/metrics$/, '') : null
    },
    60_000,
  )
  await waitFor('workers started', async () => proc.output().includes('"workers started"'), 60_000)

  receiver = await startReceiver()
  const ep = await s.call('POST', '/v1/webhook-endpoints', { url: receiver.url })
  expect(ep.status).toBe(201)
  webhookSecret = ep.body.secret
  extraKey = (await s.call('POST', '/v1/admin/api-keys', { name: 'reader', scopes: ['wallets:read'] })).body.key
  expect(extraKey).toMatch(/^csk_/)

  wallet = await createWallet(s, { label: 'ops' })
  const addr = await s.call('POST', `/v1/wallets/${wallet.id}/addresses`, { label: 'customer 1' })
  expect(addr.status).toBe(201)
  await s.fund(addr.body.address, parseEther('0.5'))
  await fundWallet(s, wallet, '2')
  withdrawalId = await requestWithdrawal(s, wallet.id, parseEther('0.25'), 'ops-withdrawal-1')
  await waitConfirmed(s, withdrawalId)
  await waitFor('a webhook delivered', async () => receiver.delivered().length > 0)
}, 240_000)

afterAll(async () => {
  await proc?.kill('SIGTERM')
  await receiver?.close()
  await s?.stop()
})

describe('metrics', () => {
  test('the API serves Prometheus text with HTTP latency by route template and the state gauges', async () => {
    const m = await waitFor('withdrawal counted as confirmed', async () => {
      const r = await scrape(`${s.api.url}/metrics`)
      return sum(r.samples, 'custody_withdrawals', { state: 'confirmed' }) >= 1 ? r : null
    })
    expect(m.status).toBe(200)
    expect(m.contentType).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(m.types.get('custody_http_request_duration_seconds')).toBe('histogram')
    // the route template, never the raw path with ids
    expect(sum(m.samples, 'custody_http_request_duration_seconds_count', { route: '/v1/withdrawals/{withdrawalId}', method: 'GET', status: '200' })).toBeGreaterThan(0)
    expect(sum(m.samples, 'custody_http_request_duration_seconds_count', { route: '/v1/withdrawals', method: 'POST', status: '201' })).toBe(1)
    expect(m.samples.some((x) => x.labels.route?.includes(withdrawalId))).toBe(false)
    expect(sum(m.samples, 'custody_withdrawals', { chain: '31337', state: 'confirmed' })).toBe(1)
    for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(has(m.samples, 'custody_queue_jobs', { queue: 'submit', state })).toBe(true)
    expect(has(m.samples, 'custody_queue_jobs', { queue: 'webhooks', state: 'waiting' })).toBe(true)
    // hot wallet: 2 ETH funded − 0.25 withdrawn − gas
    const hot = sum(m.samples, 'custody_hot_wallet_balance', { chain: '31337', asset: '31337:native', address: wallet.hotAddress.toLowerCase() })
    expect(hot).toBeGreaterThan(1.7)
    expect(hot).toBeLessThan(1.75)
    expect(sum(m.samples, 'custody_withdrawals_stuck')).toBe(0)
    expect(sum(m.samples, 'custody_metrics_collect_errors_total')).toBe(0)
  })

  test('a worker process serves its own /metrics: jobs, signing, follower, deposits, webhooks', async () => {
    let last = ''
    const m = await waitFor('worker metrics', async () => {
      const r = await scrape(`${workerMetricsUrl}/metrics`)
      last = r.text
      return sum(r.samples, 'custody_webhook_deliveries_total', { outcome: 'success' }) >= 1 && sum(r.samples, 'custody_deposits_credited_total') >= 2 ? r : null
    }).catch((e) => {
      throw new Error(`${(e as Error).message}\n${last.slice(0, 300)}\n${last.split('\n').filter((l) => l.startsWith('custody_') && !l.startsWith('custody_process') && !l.startsWith('custody_nodejs')).join('\n')}`)
    })
    expect(m.status).toBe(200)
    expect(m.samples.every((x) => x.labels.process === 'workers')).toBe(true)
    expect(sum(m.samples, 'custody_job_duration_seconds_count', { queue: 'submit', outcome: 'completed' })).toBeGreaterThan(0)
    expect(sum(m.samples, 'custody_job_duration_seconds_count', { queue: 'chain' })).toBeGreaterThan(0)
    expect(sum(m.samples, 'custody_signer_duration_seconds_count', { backend: 'local', operation: 'sign' })).toBeGreaterThan(0)
    expect(sum(m.samples, 'custody_signer_duration_seconds_count', { backend: 'local', operation: 'unwrap' })).toBeGreaterThan(0)
    expect(sum(m.samples, 'custody_signer_errors_total')).toBe(0)
    expect(sum(m.samples, 'custody_withdrawal_attempts_signed_total', { chain: '31337', kind: 'original' })).toBe(1)
    expect(has(m.samples, 'custody_chain_blocks_behind_head', { chain: '31337' })).toBe(true)
    expect(sum(m.samples, 'custody_chain_blocks_behind_head', { chain: '31337' })).toBeLessThan(50)
    expect(sum(m.samples, 'custody_chain_head_block', { chain: '31337' })).toBeGreaterThan(0)
    const lagCount = sum(m.samples, 'custody_deposit_credit_lag_seconds_count', { chain: '31337' })
    expect(lagCount).toBeGreaterThanOrEqual(2)
    expect(sum(m.samples, 'custody_deposit_credit_lag_seconds_sum', { chain: '31337' }) / lagCount).toBeLessThan(600)
    expect(sum(m.samples, 'custody_webhook_delivery_duration_seconds_count', { outcome: 'success' })).toBeGreaterThan(0)
    // default process metrics, prefixed
    expect(has(m.samples, 'custody_process_resident_memory_bytes')).toBe(true)
    // the state gauges are the API's job: a worker replica does not query Postgres per scrape
    expect(has(m.samples, 'custody_withdrawals')).toBe(false)
    expect((await fetch(`${workerMetricsUrl}/healthz`)).status).toBe(200)
    expect((await fetch(`${workerMetricsUrl}/nope`)).status).toBe(404)
  })
})

describe('Bull Board at /admin/queues', () => {
  test('needs an API key (401, with a Basic challenge for browsers)', async () => {
    const r = await fetch(`${s.api.url}/admin/queues`)
    expect(r.status).toBe(401)
    expect(r.headers.get('www-authenticate')).toMatch(/^Basic /)
    expect(((await r.json()) as { code: string }).code).toBe('unauthorized')
  })

  test('needs the admin scope (403)', async () => {
    const r = await fetch(`${s.api.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${extraKey}` } })
    expect(r.status).toBe(403)
    expect(((await r.json()) as { code: string }).code).toBe('forbidden')
  })

  test('serves the UI and lists every queue to an admin key, read-only', async () => {
    const page = await fetch(`${s.api.url}/admin/queues`, { headers: { authorization: `Bearer ${s.apiKey}` } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    const basic = Buffer.from(`ops:${s.apiKey}`).toString('base64')
    const r = await fetch(`${s.api.url}/admin/queues/api/queues`, { headers: { authorization: `Basic ${basic}` } })
    expect(r.status).toBe(200)
    const body = (await r.json()) as { queues: { name: string; readOnlyMode: boolean }[] }
    expect(body.queues.map((q) => q.name).sort()).toEqual(['chain', 'kek-rotation', 'maintenance', 'reconcile', 'submit', 'sweep', 'webhooks'])
    expect(body.queues.every((q) => q.readOnlyMode)).toBe(true)
  })
})

describe('request ids', () => {
  test('a sane X-Request-Id is kept and echoed, another is replaced, and every log line of the request carries it', async () => {
    const kept = await s.call('GET', `/v1/withdrawals/${withdrawalId}`, undefined, { 'x-request-id': 'trace-abc.123' })
    expect(kept.headers.get('x-request-id')).toBe('trace-abc.123')
    const replaced = await s.call('GET', `/v1/withdrawals/${withdrawalId}`, undefined, { 'x-request-id': 'bad id with spaces' })
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const generated = await s.call('GET', '/v1/wallets/019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e')
    expect(generated.status).toBe(404)
    const id = generated.headers.get('x-request-id')!
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    const lines = s.logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === id)
    // the problem line and the request line
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['request']))
    expect(lines.length).toBeGreaterThanOrEqual(2)
  })

  test('worker log lines of a job carry its queue and job id', () => {
    const jobLines = proc
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'signed withdrawals')
    expect(jobLines.length).toBeGreaterThan(0)
    for (const l of jobLines) {
      expect(l.queue).toBe('submit')
      expect(String(l.jobId)).toMatch(/^submit-/)
    }
  })
})

describe('secrets never reach the logs', () => {
  test('no master key, seed, private key, API key or webhook secret in the API logs or the worker output', async () => {
    const material = await getWalletKeyMaterial(s.rt.db, wallet.id)
    const seed = await openSecret(s.rt.custody.backend, material!.sealed!, { walletId: wallet.id })
    const secrets: Record<string, string> = {
      'seed (hex)': Buffer.from(seed).toString('hex'),
      'hot private key': Buffer.from(derivePrivateKey(seed, 0)).toString('hex'),
      'deposit address private key': Buffer.from(derivePrivateKey(seed, 1)).toString('hex'),
      'master key (hex)': s.env.LOCAL_MASTER_KEY!,
      'master key (base64)': Buffer.from(s.env.LOCAL_MASTER_KEY!, 'hex').toString('base64'),
      'admin API key': s.apiKey,
      'reader API key': extraKey,
      'webhook secret': webhookSecret,
      'webhook secret key material': webhookSecret.replace(/^whsec_/, ''),
      'webhook secret (hex)': Buffer.from(webhookSecret.replace(/^whsec_/, ''), 'base64').toString('hex'),
    }
    seed.fill(0)
    const api = s.logs.text()
    const worker = proc.output()
    // the flow really went through both outputs at debug level
    expect(api).toContain('"level":20')
    expect(worker).toContain('signed withdrawals')
    expect(worker).toContain('"level":20')
    const found = Object.entries(secrets).flatMap(([what, value]) => [
      ...(api.includes(value) ? [`${what} in the API logs`] : []),
      ...(worker.includes(value) ? [`${what} in the worker output`] : []),
      ...(api.toLowerCase().includes(value.toLowerCase().replace(/^0x/, '')) && /^[0-9a-f]+$/i.test(value) ? [`${what} (any case) in the API logs`] : []),
    ])
    expect(found).toEqual([])
  })
})

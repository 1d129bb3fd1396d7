/**
 * The harness of the fault drills (test/e2e/drills): a stack with worker processes, a webhook receiver
 * subscribed to every event, funded wallets with deposit addresses, a load of withdrawals and deposits
 * spread over time, and the checks every drill ends with (`expectSettled`):
 *  - every withdrawal confirmed exactly once: one mined attempt each, the nonces of each hot address
 *    contiguous from 0 with nothing else (no fill) between them, the on-chain nonce equal to the number
 *    of withdrawals, the recipient's balance up by exactly their sum, none ever `failed`;
 *  - every deposit credited exactly once: one confirmed deposit row per funding transaction with its
 *    credit entry, and the ledger balance of every custody address equal to its on-chain balance;
 *  - no event lost: every expected event of every withdrawal and deposit is in the events table once,
 *    and was answered 2xx by the receiver (repeats only under the same event id), every request verified;
 *  - the ledger invariants hold and a reconciliation run through the API ends `matched`.
 * Clients behave like well-behaved clients: a withdrawal request that gets no answer, a 5xx, a 409 or a
 * 429 is retried with the same Idempotency-Key until it is answered 201.
 */
import { randomBytes } from 'node:crypto'
import { getAddress, parseEther, type Address, type Hex } from 'viem'
import { privateKeyToAddress } from 'viem/accounts'
import { sql } from './db'
import { expectLedgerInvariants } from './ledger'
import { expectLedgerMatchesChain } from './pipeline'
import { FUNDER, makeTestClient, startStack, waitFor, type Stack, type StackOptions, type TestChainClient } from './stack'
import { startReceiver, type WebhookReceiver } from './webhookReceiver'
import { spawnWorkers, type WorkerProcess } from './workerProcess'

/** Webhook retries short enough for a drill (a delivery that failed during an outage is retried soon). */
export const DRILL_ENV: Record<string, string> = {
  WEBHOOK_RETRY_SCHEDULE: '300ms,500ms,1s,1s,2s,2s,3s,3s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s',
  WEBHOOK_TIMEOUT_SECONDS: '3',
  WEBHOOK_RELAY_INTERVAL_MS: '100',
  WEBHOOK_RECONCILE_SECONDS: '2',
  RATE_LIMIT_REQUESTS: '1000000',
  LOG_LEVEL: 'info',
}

/** The environment of each worker process (2 per drill on a 2-core machine). */
export const WORKER_ENV: Record<string, string> = { WORKER_CONCURRENCY: '4', DATABASE_POOL_SIZE: '6', SUBMIT_BATCH_SIZE: '50' }

export const WITHDRAWAL_EVENTS = ['withdrawal.queued', 'withdrawal.submitted', 'withdrawal.mined', 'withdrawal.confirmed']
export const DEPOSIT_EVENTS = ['deposit.detected', 'deposit.confirmed']

export interface DrillWallet {
  id: string
  hotAddress: Address
  depositAddresses: Address[]
}

export interface DrillOptions {
  stack?: StackOptions
  wallets?: number
  /** ETH funded to each hot address */
  fundEth?: string
  depositAddressesPerWallet?: number
  /** worker processes to spawn (0: run the workers in the test process) */
  workerProcesses?: number
  /** the chain as the test sees it, bypassing any proxy the stack talks through (default: the stack's) */
  directRpcUrl?: string
}

export interface Drill {
  s: Stack
  /** the chain, straight to anvil */
  chain: TestChainClient
  receiver: WebhookReceiver
  wallets: DrillWallet[]
  /** every withdrawal goes to this fresh address (balance 0 before the drill) */
  recipient: Address
  workers: WorkerProcess[]
  withdrawals: { id: string; walletId: string; amount: bigint }[]
  deposits: { hash: Hex; address: Address; amount: bigint }[]
  /** requests failed and retried by the clients (no answer, 5xx, 409, 429) */
  retried: number
  /** requests one withdrawal (wallet chosen round-robin) and retries it until it is accepted */
  withdraw(i: number): Promise<string>
  /** sends ETH from anvil's funded account to a deposit address (chosen round-robin) */
  deposit(i: number): Promise<Hex>
  /** sends `withdrawals` withdrawal requests and `deposits` deposits evenly spread over `overMs`, at most `concurrency` in flight */
  load(o: { withdrawals: number; deposits: number; overMs: number; concurrency?: number; startAt?: number }): Promise<void>
  /** waits until everything is settled, then asserts the drill's invariants (see the file comment) */
  expectSettled(timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function startDrill(opts: DrillOptions = {}): Promise<Drill> {
  const nProcs = opts.workerProcesses ?? 2
  const s = await startStack({
    anvil: { blockTime: 1 },
    ...opts.stack,
    workers: nProcs === 0,
    env: { ...DRILL_ENV, ...opts.stack?.env },
    chain: { pollIntervalMs: 200, ...opts.stack?.chain },
  })
  const chain = opts.directRpcUrl ? makeTestClient(opts.directRpcUrl, 31337) : s.chain
  // the queues in this (API) process report Redis outages as 'error' events; without a listener BullMQ prints each one
  for (const q of Object.values(s.rt.queues) as { on?: (e: string, f: () => void) => void }[]) q.on?.('error', () => undefined)
  const receiver = await startReceiver()
  const ep = await s.call('POST', '/v1/webhook-endpoints', { url: receiver.url })
  if (ep.status !== 201) throw new Error(`webhook endpoint not created: ${JSON.stringify(ep.body)}`)
  receiver.mustVerifyWith = [ep.body.secret]
  const workers: WorkerProcess[] = []
  for (let i = 0; i < nProcs; i++) workers.push(spawnWorkers({ ...s.env, ...WORKER_ENV }))

  let senderLock: Promise<void> = Promise.resolve()
  const d: Drill = {
    s,
    chain,
    receiver,
    wallets: [],
    recipient: privateKeyToAddress(`0x${randomBytes(32).toString('hex')}`),
    workers,
    withdrawals: [],
    deposits: [],
    retried: 0,
    async withdraw(i) {
      const w = d.wallets[i % d.wallets.length]!
      const amount = parseEther('0.001') + BigInt(i)
      const key = `drill-${i}-${randomBytes(4).toString('hex')}`
      const deadline = Date.now() + 240_000
      for (;;) {
        let status = 0
        let body: any
        let retryAfter = 0.5
        try {
          const r = await s.call('POST', '/v1/withdrawals', { walletId: w.id, asset: '31337:native', to: d.recipient, amount: amount.toString() }, { 'Idempotency-Key': key })
          status = r.status
          body = r.body
          retryAfter = Math.min(5, Number(r.headers.get('retry-after') ?? 0.5) || 0.5)
        } catch (e) {
          body = (e as Error).message
        }
        if (status === 201) {
          d.withdrawals.push({ id: body.id, walletId: w.id, amount })
          return body.id as string
        }
        if ((status === 0 || status >= 500 || status === 409 || status === 429) && Date.now() < deadline) {
          d.retried++
          await sleep(retryAfter * 1000)
          continue
        }
        throw new Error(`withdrawal ${i} refused: ${status} ${JSON.stringify(body)}`)
      }
    },
    async deposit(i) {
      const all = d.wallets.flatMap((w) => w.depositAddresses)
      const address = all[i % all.length]!
      const amount = parseEther('0.01') + BigInt(i)
      // one at a time: concurrent eth_sendTransaction from one account race for its nonce in anvil
      const sent = senderLock.then(() => chain.sendTransaction({ account: FUNDER, to: address, value: amount, chain: chain.chain }))
      senderLock = sent.then(() => undefined, () => undefined)
      const hash = await sent
      d.deposits.push({ hash, address, amount })
      return hash
    },
    async load({ withdrawals, deposits, overMs, concurrency = 16, startAt = 0 }) {
      const jobs: (() => Promise<unknown>)[] = []
      const total = withdrawals + deposits
      // interleave: deposits spread evenly among the withdrawals
      for (let k = 0, wi = 0, di = 0; k < total; k++) {
        if (di < deposits && (wi >= withdrawals || di * withdrawals <= wi * deposits)) {
          const n = startAt + di++
          jobs.push(() => d.deposit(n))
        } else {
          const n = startAt + wi++
          jobs.push(() => d.withdraw(n))
        }
      }
      const t0 = Date.now()
      let next = 0
      await Promise.all(
        Array.from({ length: Math.min(concurrency, total) }, async () => {
          for (;;) {
            const k = next++
            if (k >= total) return
            const due = t0 + (k * overMs) / total
            if (due > Date.now()) await sleep(due - Date.now())
            await jobs[k]!()
          }
        }),
      )
    },
    async expectSettled(timeoutMs = 150_000) {
      await settle(d, timeoutMs)
      await assertSettled(d)
    },
    async stop() {
      await Promise.all(workers.map((w) => w.kill()))
      await receiver.close()
      await s.stop()
    },
  }

  // funded wallets, each with deposit addresses
  const nWallets = opts.wallets ?? 2
  for (let i = 0; i < nWallets; i++) {
    const w = (await s.call('POST', '/v1/wallets', { label: `drill ${i}` })).body as { id: string; hotAddress: Address }
    const dw: DrillWallet = { id: w.id, hotAddress: w.hotAddress, depositAddresses: [] }
    for (let k = 0; k < (opts.depositAddressesPerWallet ?? 2); k++) {
      const a = await s.call('POST', `/v1/wallets/${w.id}/addresses`, { label: `drill ${i}.${k}` })
      if (a.status !== 201) throw new Error(`address not created: ${JSON.stringify(a.body)}`)
      dw.depositAddresses.push(getAddress(a.body.address))
    }
    d.wallets.push(dw)
    const amount = parseEther(opts.fundEth ?? '10')
    const hash = await chain.sendTransaction({ account: FUNDER, to: w.hotAddress, value: amount, chain: chain.chain })
    d.deposits.push({ hash, address: w.hotAddress, amount })
  }
  await waitFor('the funding deposits credited', async () => {
    const [r] = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM deposits WHERE status = 'confirmed' AND tx_hash = ANY($1)", [d.deposits.map((x) => x.hash)])
    return r!.n === d.deposits.length
  }, 90_000, 250).catch((e) => {
    throw new Error(`${(e as Error).message}\n${workers.map((w) => w.output().slice(-2000)).join('\n---\n')}`)
  })
  return d
}

/** Everything the drill produced, as the database has it now. */
async function progress(d: Drill) {
  const url = d.s.db.url
  const ids = d.withdrawals.map((w) => w.id)
  const [wd] = await sql<{ n: number }>(url, "SELECT count(*)::int n FROM withdrawals WHERE id = ANY($1::uuid[]) AND status = 'confirmed'", [ids])
  const [dep] = await sql<{ n: number }>(url, "SELECT count(DISTINCT tx_hash)::int n FROM deposits WHERE status = 'confirmed' AND tx_hash = ANY($1)", [d.deposits.map((x) => x.hash)])
  const [pending] = await sql<{ n: number }>(url, "SELECT count(*)::int n FROM webhook_deliveries WHERE status <> 'delivered'")
  const [events] = await sql<{ n: number }>(url, 'SELECT count(*)::int n FROM events')
  const delivered = new Set(d.receiver.delivered().map((x) => x.id))
  return { withdrawalsConfirmed: wd!.n, withdrawals: ids.length, depositsConfirmed: dep!.n, deposits: d.deposits.length, deliveriesPending: pending!.n, events: events!.n, eventsDelivered: delivered.size }
}

async function settle(d: Drill, timeoutMs: number): Promise<void> {
  let last: Awaited<ReturnType<typeof progress>> | null = null
  try {
    await waitFor('everything settled', async () => {
      last = await progress(d)
      return last.withdrawalsConfirmed === last.withdrawals && last.depositsConfirmed === last.deposits && last.deliveriesPending === 0 && last.eventsDelivered >= last.events
    }, timeoutMs, 500)
  } catch (e) {
    const failedJobs = d.workers.map((w) => w.output().split('\n').filter((l) => /"level":(50|60)/.test(l)).slice(-10).join('\n')).join('\n---\n')
    throw new Error(`${(e as Error).message}\nprogress: ${JSON.stringify(last)}\nworker errors:\n${failedJobs.slice(-6000)}`)
  }
}

async function assertSettled(d: Drill): Promise<void> {
  const { s, chain } = d
  const url = s.db.url

  // withdrawals: confirmed exactly once
  const failed = await sql(url, "SELECT id FROM withdrawals WHERE status = 'failed' UNION ALL SELECT id FROM events WHERE type = 'withdrawal.failed'")
  expect(failed).toEqual([])
  for (const w of d.wallets) {
    const mine = d.withdrawals.filter((x) => x.walletId === w.id)
    const rows = await sql<{ kind: string; status: string; nonce: string }>(url, "SELECT kind, status, nonce FROM withdrawals WHERE from_address = $1 AND nonce IS NOT NULL ORDER BY nonce", [w.hotAddress.toLowerCase()])
    expect(rows.map((r) => r.kind).filter((k) => k !== 'withdrawal')).toEqual([])
    expect(rows.map((r) => r.status).filter((x) => x !== 'confirmed')).toEqual([])
    expect(rows.map((r) => Number(r.nonce))).toEqual(Array.from({ length: mine.length }, (_, i) => i))
    expect(await chain.getTransactionCount({ address: w.hotAddress })).toBe(mine.length)
  }
  const ids = d.withdrawals.map((w) => w.id)
  expect(new Set(ids).size).toBe(ids.length)
  const notOnce = await sql(url, "SELECT w.id, count(a.id)::int mined FROM withdrawals w LEFT JOIN tx_attempts a ON a.withdrawal_id = w.id AND a.status = 'mined' WHERE w.id = ANY($1::uuid[]) GROUP BY w.id HAVING count(a.id) <> 1", [ids])
  expect(notOnce).toEqual([])
  const sent = d.withdrawals.reduce((a, w) => a + w.amount, 0n)
  expect(await chain.getBalance({ address: d.recipient })).toBe(sent)

  // deposits: credited exactly once
  const deps = await sql<{ tx_hash: string; status: string; amount: string; credit_entry_id: string | null; address: string }>(url, 'SELECT tx_hash, status, amount::text, credit_entry_id, address FROM deposits WHERE tx_hash = ANY($1)', [d.deposits.map((x) => x.hash)])
  const byHash = new Map<string, typeof deps>()
  for (const r of deps) byHash.set(r.tx_hash, [...(byHash.get(r.tx_hash) ?? []), r])
  for (const x of d.deposits) {
    const rows = byHash.get(x.hash) ?? []
    expect(rows.map((r) => ({ status: r.status, amount: r.amount, credited: r.credit_entry_id !== null, address: getAddress(r.address) }))).toEqual([{ status: 'confirmed', amount: x.amount.toString(), credited: true, address: x.address }])
  }
  for (const w of d.wallets) {
    for (const a of w.depositAddresses) {
      const funded = d.deposits.filter((x) => x.address === a).reduce((acc, x) => acc + x.amount, 0n)
      expect(await chain.getBalance({ address: a })).toBe(funded)
      await expectLedgerMatchesChain(s, a)
    }
    await expectLedgerMatchesChain(s, w.hotAddress)
  }

  // events: every expected one exists once and reached the receiver (repeats only as the same event id)
  expect(d.receiver.verifyErrors).toEqual([])
  const depositIds = (await sql<{ id: string }>(url, 'SELECT id FROM deposits WHERE tx_hash = ANY($1)', [d.deposits.map((x) => x.hash)])).map((r) => r.id)
  const events = await sql<{ id: string; type: string; object: string }>(url, "SELECT id, type, data->>'id' object FROM events WHERE data->>'id' = ANY($1)", [[...ids, ...depositIds]])
  const eventsOf = new Map<string, string[]>()
  for (const e of events) eventsOf.set(`${e.object} ${e.type}`, [...(eventsOf.get(`${e.object} ${e.type}`) ?? []), e.id])
  const deliveredIds = new Map<string, Set<string>>()
  for (const w of d.receiver.delivered()) {
    const k = `${w.json.data.id} ${w.json.type}`
    deliveredIds.set(k, (deliveredIds.get(k) ?? new Set()).add(w.id))
  }
  const problems: string[] = []
  const expectEvents = (object: string, types: string[]) => {
    for (const t of types) {
      const k = `${object} ${t}`
      const rows = eventsOf.get(k) ?? []
      const got = [...(deliveredIds.get(k) ?? [])]
      if (rows.length !== 1) problems.push(`${k}: ${rows.length} events`)
      else if (got.length !== 1 || got[0] !== rows[0]) problems.push(`${k}: event ${rows[0]} delivered as ${JSON.stringify(got)}`)
    }
  }
  for (const id of ids) expectEvents(id, WITHDRAWAL_EVENTS)
  for (const id of depositIds) expectEvents(id, DEPOSIT_EVENTS)
  expect(problems.slice(0, 20)).toEqual([])

  // ledger invariants and a reconciliation run
  await expectLedgerInvariants(s)
  const r = await s.call('POST', '/v1/reconciliations', { chainId: 31337 })
  expect(r.status).toBe(202)
  const report = await waitFor('reconciliation finished', async () => {
    const g = await s.call('GET', `/v1/reconciliations/${r.body.id}`)
    return ['matched', 'mismatched', 'failed'].includes(g.body.status) ? g.body : null
  }, 120_000, 250)
  expect({ status: report.status, mismatches: report.mismatches }).toEqual({ status: 'matched', mismatches: [] })
}

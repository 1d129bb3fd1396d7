/**
 * The real service for a test file: its own Postgres database, its own Redis key prefix, its own anvil
 * node, the API on a free port and the workers in-process (or as child processes in the tests that
 * kill them).
 */
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { createTestClient, http, publicActions, walletActions, type Address, type Hex } from 'viem'
import { createCustodyClient, type CustodyClient } from '../../src/client'
import { loadConfig, type Config } from '../../src/config'
import { bootstrapApiKey, createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { toViemChain } from '../../src/chain/clients'
import { startAnvil, type AnvilNode, type AnvilOptions } from '../../src/dev/anvil'
import { startApi, type ApiServer } from '../../src/main/api'
import { apiDrainable, shutdown, workersDrainable } from '../../src/main/shutdown'
import { createRuntime, type Runtime } from '../../src/runtime'
import { startWorkers, type Workers } from '../../workers'
import { captureLogger } from './logs'
import { createTestDatabase, type TestDatabase } from './db'

export const TEST_MASTER_KEY = randomBytes(32).toString('hex')
/** anvil's first dev account (funded with 10,000 ETH). */
export const FUNDER: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

export interface StackOptions {
  anvil?: AnvilOptions
  /** start the workers in this process (default true) */
  workers?: boolean
  env?: Record<string, string>
  /** reuse an existing anvil node instead of starting one */
  rpcUrl?: string
  /** fields merged into the test chain's configuration (e.g. `{ confirmations: 3, fees: {...} }`) */
  chain?: Record<string, unknown>
  /** RPC URLs placed before the anvil URL (failover tests) */
  rpcUrlsBefore?: string[]
  /** the Postgres server for the test database, `postgresql://user@host:port` (default: TEST_PG_URL or the shared one) */
  pgBase?: string
}

export type TestChainClient = ReturnType<typeof makeTestClient>

export function makeTestClient(url: string, chainId: number) {
  return createTestClient({ mode: 'anvil', chain: toViemChain({ chainId, name: 'anvil', rpcUrls: [url], nativeSymbol: 'ETH', nativeDecimals: 18 } as Config['chains'][number]), transport: http(url), cacheTime: 0 })
    .extend(publicActions)
    .extend(walletActions)
}

export interface Stack {
  config: Config
  db: TestDatabase
  rt: Runtime
  anvil: AnvilNode | null
  chain: TestChainClient
  api: ApiServer
  apiKey: string
  /** the typed client (src/client) with the admin key */
  client: CustodyClient
  workers: Workers | null
  logs: ReturnType<typeof captureLogger>
  env: Record<string, string>
  /** JSON request to the API with the admin key */
  call<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; headers: Headers }>
  /** sends ETH from anvil's funded account; returns the tx hash */
  fund(to: string, wei: bigint): Promise<Hex>
  startWorkers(): Promise<Workers>
  stopWorkers(): Promise<void>
  stop(): Promise<void>
}

/** Polls `fn` until it returns something other than null, undefined or false. @throws after `timeoutMs` */
export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const v = await fn()
      if (v !== null && v !== undefined && v !== false) return v
    } catch (e) {
      last = e
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const anvil = opts.rpcUrl ? null : await startAnvil(opts.anvil)
  const rpcUrl = opts.rpcUrl ?? anvil!.url
  const chainId = opts.anvil?.chainId ?? 31337
  const db = await createTestDatabase({ base: opts.pgBase })
  const prefix = `t${randomBytes(5).toString('hex')}`
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'debug',
    DATABASE_URL: db.url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    LOCAL_MASTER_KEY: TEST_MASTER_KEY,
    HOST: '127.0.0.1',
    PORT: '0',
    // worker processes of parallel test files (and of one test) must not all take the default 9464
    METRICS_PORT: '0',
    // every test calls from 127.0.0.1, and the generated suites send thousands of requests without a valid key
    RATE_LIMIT_UNAUTHENTICATED_REQUESTS: '1000000',
    CHAINS: JSON.stringify([
      {
        chainId,
        name: 'anvil',
        rpcUrls: [...(opts.rpcUrlsBefore ?? []), rpcUrl],
        confirmations: 1,
        pollIntervalMs: 200,
        ...opts.chain,
      },
    ]),
    ...opts.env,
  }
  env.CHAINS = withTestFeeDefaults(env.CHAINS!)
  const config = loadConfig(env)
  const logs = captureLogger()
  const rt = createRuntime(config, { logger: logs.logger })
  const api = await startApi(rt, { validateResponses: true })
  const key = (await bootstrapApiKey(rt.db)) ?? (await createApiKey(rt.db, { name: 'test', scopes: ['admin'] }))
  const chain = makeTestClient(rpcUrl, chainId)
  let workers: Workers | null = opts.workers === false ? null : await startWorkers(rt)

  const stack: Stack = {
    config,
    db,
    rt,
    anvil,
    chain,
    api,
    apiKey: key.key,
    client: createCustodyClient({ baseUrl: api.url, apiKey: key.key }),
    workers,
    logs,
    env,
    async call(method, path, body, headers = {}) {
      const res = await fetch(api.url + path, {
        method,
        headers: { authorization: `Bearer ${key.key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      })
      const text = await res.text()
      let parsed: unknown = text
      try {
        parsed = text ? JSON.parse(text) : undefined
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed as any, headers: res.headers }
    },
    async fund(to, wei) {
      return chain.sendTransaction({ account: FUNDER, to: to as Address, value: wei, chain: chain.chain })
    },
    async startWorkers() {
      workers = stack.workers = await startWorkers(rt)
      return workers
    },
    async stopWorkers() {
      await workers?.close()
      workers = stack.workers = null
    },
    async stop() {
      // as the production processes stop (src/main/shutdown.ts): drain, forced after a timeout, then release
      const { forced } = await shutdown({
        logger: logs.logger,
        timeoutSeconds: 30,
        drain: [...(workers ? [workersDrainable(workers)] : []), apiDrainable(api)],
        release: [{ name: 'runtime', close: () => rt.close() }],
      })
      if (forced) process.stderr.write(`test stack: the drain did not finish in 30 s and was forced\n${logs.lines.slice(-20).join('')}`)
      await anvil?.stop()
      await cleanRedis(prefix, config.redis.url)
      await db.drop().catch(() => undefined)
    },
  }
  return stack
}

/**
 * Tests bump within seconds: unless a test sets it, each chain allows one replacement per nonce per
 * second (`fees.minReplacementIntervalSeconds`; the production default is 15 s).
 */
export function withTestFeeDefaults(chainsJson: string): string {
  const chains = JSON.parse(chainsJson) as { fees?: Record<string, unknown> }[]
  return JSON.stringify(chains.map((c) => ({ ...c, fees: { minReplacementIntervalSeconds: 1, ...c.fees } })))
}

/** Deletes every Redis key of a test's queue prefix (on the shared Redis unless `url` names another). */
export async function cleanRedis(prefix: string, url = 'redis://127.0.0.1:6379'): Promise<void> {
  const r = new Redis(url, { maxRetriesPerRequest: 1 })
  try {
    let cursor = '0'
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000)
      cursor = next
      if (keys.length) await r.del(...keys)
    } while (cursor !== '0')
  } finally {
    r.disconnect()
  }
}

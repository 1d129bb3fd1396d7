/**
 * Configuration, parsed once at boot from environment variables (and an optional JSON file).
 *
 * Nothing outside src/config reads `process.env`. Each variable, its default and meaning is listed in
 * README.md ("Configuration"). Insecure settings are refused when NODE_ENV=production.
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { AppError } from '../lib/errors'
import { ChainConfigSchema, DEFAULT_LOCAL_CHAIN, type ChainConfig } from './chains'
import { webhookConfig, WebhookEnvShape, type WebhookConfig } from './webhooks'
import { isIP } from 'node:net'
import { checkInsecureSettings, type InsecureSetting } from './insecure'
import { TX_MAX_WAIT_MS, TX_TIMEOUT_MS } from '../db/txLimits'

export type { ChainConfig, FeePolicy, TokenConfig } from './chains'
export type { WebhookConfig } from './webhooks'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  METRICS_PORT: z.string().trim().toLowerCase().default('9464').refine((v) => v === 'off' || (/^\d+$/.test(v) && Number(v) <= 65535), 'a port number (0 = any free port) or "off"'),
  METRICS_HOST: z.string().optional(),
  METRICS_TOKEN: z.string().min(16).optional(),
  DATABASE_URL: z.string().default('postgresql://postgres@127.0.0.1:5432/custody'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  REDIS_CLUSTER_NODES: z.string().optional(),
  QUEUE_PREFIX: z.string().min(1).default('custody'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  DATA_DIR: z.string().default('.custody'),
  CONFIG_FILE: z.string().optional(),
  CHAINS: z.string().optional(),
  KEY_BACKEND: z.enum(['local', 'aws-kms', 'pkcs11']).default('local'),
  LOCAL_MASTER_KEY: z.string().optional(),
  LOCAL_PREVIOUS_MASTER_KEYS: z.string().optional(),
  AWS_REGION: z.string().min(1).optional(),
  AWS_KMS_ENDPOINT: z.url().optional(),
  AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
  AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  AWS_SESSION_TOKEN: z.string().min(1).optional(),
  AWS_KMS_KEK_KEY_ID: z.string().min(1).optional(),
  AWS_KMS_ALIAS_PREFIX: z
    .string()
    .regex(/^alias\/[A-Za-z0-9/_-]*$/, 'must start with alias/')
    .default('alias/custody/'),
  AWS_KMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  AWS_KMS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
  PKCS11_MODULE: z.string().min(1).optional(),
  PKCS11_TOKEN_LABEL: z.string().min(1).optional(),
  PKCS11_SLOT: z.coerce.number().int().min(0).optional(),
  PKCS11_PIN: z.string().min(1).optional(),
  PKCS11_KEK_LABEL: z.string().min(1).max(32).default('custody-kek'),
  API_BODY_LIMIT: z.string().default('64kb'),
  IDEMPOTENCY_TTL_SECONDS: z.coerce.number().int().min(60).default(86_400),
  IDEMPOTENCY_LOCK_SECONDS: z.coerce.number().int().min(1).default(60),
  IDEMPOTENCY_PRUNE_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(3600),
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  TRUST_PROXY: z.string().default('false'),
  SUBMIT_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  DEV_START_ANVIL: bool.optional(),
  ANVIL_PORT: z.coerce.number().int().min(1).max(65535).default(8545),
  ANVIL_BLOCK_TIME: z.coerce.number().min(0).default(1),
  ANVIL_BIN: z.string().optional(),
  FAILPOINTS: z.string().optional(),
  NONCE_RECONCILE_SECONDS: z.coerce.number().int().min(1).default(30),
  QUEUE_RECONCILE_SECONDS: z.coerce.number().int().min(1).default(10),
  RECONCILIATION_CRON: z.string().default('0 3 * * *'),
  RECONCILIATION_TZ: z.string().default('UTC'),
  RECONCILIATION_FOLLOWER_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // separation of duties (issue 13, M1): adjustments above this many base units (absolute) need a second party
  ADJUSTMENT_APPROVAL_THRESHOLD: z.string().trim().regex(/^(0|[1-9][0-9]{0,77})$/, 'base units: a non-negative integer').default('1000000000000000000'),
  ...WebhookEnvShape,
  // security hardening (issue 13: src/config/insecure.ts, docs/security/http.md)
  ALLOW_INSECURE: z.string().optional(),
  RATE_LIMIT_UNAUTHENTICATED_REQUESTS: z.coerce.number().int().min(1).default(60),
  LEDGER_EXPORT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  LEDGER_EXPORT_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  LEDGER_EXPORT_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // withdrawal policy governance (issue 13 H2/M5); defaults depend on NODE_ENV, see policyConfig
  POLICY_DEFAULT_DENY: bool.optional(),
  POLICY_MIN_COOLING_OFF_SECONDS: z.coerce.number().int().min(0).max(30 * 86_400).optional(),
})

/** Every environment variable the configuration reads (the deploy files are checked against it). */
export const ENV_KEYS: readonly string[] = Object.keys(EnvSchema.shape)

const FileSchema = z.object({ chains: z.array(z.unknown()).optional() }).passthrough()

export interface Config {
  env: 'development' | 'test' | 'production'
  logLevel: string
  http: {
    host: string
    port: number
    publicUrl?: string
    bodyLimit: string
    /** express `trust proxy`: false, true, a hop count or a comma-separated list of addresses/CIDRs/`loopback` */
    trustProxy: boolean | number | string
  }
  /**
   * Prometheus metrics. The API serves `/metrics` on its own port; a worker process serves it on
   * `port` (null = no metrics server in worker processes; 0 = any free port).
   */
  metrics: {
    port: number | null
    host: string
    /** when set, `/metrics` requires `Authorization: Bearer <token>` */
    token?: string
  }
  database: {
    url: string
    /** connections per process, to the primary (and, separately, to the replica) */
    poolSize: number
    /** a read replica (hot standby) that serves the reporting routes; unset = everything reads the primary */
    replicaUrl?: string
  }
  redis: {
    url: string
    /** BullMQ key prefix of every queue (and of the rate-limit counters); a `{hash tag}` under Redis Cluster */
    queuePrefix: string
    /** seed nodes of a Redis Cluster (REDIS_CLUSTER_NODES); null = the single node at `url` */
    clusterNodes: URL[] | null
  }
  workers: { concurrency: number; submitBatchSize: number }
  dataDir: string
  chains: ChainConfig[]
  /** True when no chain was configured and the embedded local anvil chain is used. */
  chainsAreDefault: boolean
  custody: {
    backend: 'local' | 'aws-kms' | 'pkcs11'
    /** 32-byte master key of the `local` backend (development only). */
    localMasterKey?: Buffer
    /** earlier local master keys, still accepted for unwrapping until a KEK rotation completes */
    localPreviousMasterKeys: Buffer[]
    awsKms?: AwsKmsConfig
    pkcs11?: Pkcs11Config
  }
  idempotency: { ttlSeconds: number; lockSeconds: number; pruneIntervalSeconds: number }
  /** default request budget of an API key per window (a key may have its own `rateLimit`) */
  rateLimit: { requests: number; windowSeconds: number }
  /** crash-test hooks (src/lib/failpoints.ts); refused in production */
  failpoints: string[]
  /** queueReconcileSeconds: how often each worker process checks that Redis still holds the schedules */
  pipeline: { nonceReconcileSeconds: number; queueReconcileSeconds: number }
  dev: { startAnvil: boolean; anvilPort: number; anvilBlockTime: number; anvilBin?: string }
  reconciliation: {
    /** cron pattern of the scheduled run of every chain; null = no scheduled run */
    cron: string | null
    /** time zone of `cron` (IANA name) */
    timezone: string
    /** how long a run waits for the chain follower to reach its block before it fails */
    followerWaitSeconds: number
  }
  webhooks: WebhookConfig
  /**
   * SIGTERM/SIGINT: seconds the API and the workers get to finish in-flight requests and jobs before
   * they are closed by force (src/main/shutdown.ts)
   */
  shutdown: { timeoutSeconds: number }
  /** production refusals lifted by ALLOW_INSECURE (logged at warn at start; src/config/insecure.ts) */
  insecureAllowed: InsecureSetting[]
  /** requests without a valid API key, per client IP and RATE_LIMIT_WINDOW_SECONDS */
  unauthenticatedRateLimit: { requests: number }
  /**
   * ledger exports (streamed on a dedicated connection): at most `concurrency` at once per process;
   * `statementTimeoutSeconds` / `idleTimeoutSeconds` bound the query, the open snapshot and a stalled reader
   */
  ledgerExport: { concurrency: number; statementTimeoutSeconds: number; idleTimeoutSeconds: number }
  /**
   * Ledger adjustments (src/domain/ledger/createAdjustment.ts): one whose absolute amount is above
   * `adjustmentApprovalThreshold` base units, or that touches customer funds, waits for a second party.
   */
  ledger: { adjustmentApprovalThreshold: bigint }
  /** withdrawal policy governance (docs/security/policies.md) */
  policies: PolicyConfig
}

export interface PolicyConfig {
  /** a withdrawal of a wallet and asset that no policy (own or wallet default) covers is refused (`policy_required`) */
  defaultDeny: boolean
  /** floor (seconds) of every allowlist cooling-off period; policies asking for less are refused */
  minCoolingOffSeconds: number
}

/**
 * POLICY_DEFAULT_DENY (default: true in production, false otherwise) and POLICY_MIN_COOLING_OFF_SECONDS
 * (default: 3600 in production, 0 otherwise).
 */
export function policyConfig(e: { POLICY_DEFAULT_DENY?: boolean | undefined; POLICY_MIN_COOLING_OFF_SECONDS?: number | undefined }, env: Config['env']): PolicyConfig {
  return {
    defaultDeny: e.POLICY_DEFAULT_DENY ?? env === 'production',
    minCoolingOffSeconds: e.POLICY_MIN_COOLING_OFF_SECONDS ?? (env === 'production' ? 3600 : 0),
  }
}

export interface AwsKmsConfig {
  region: string
  /** e.g. a VPC endpoint, or a KMS-compatible endpoint in tests */
  endpoint?: string
  /** static credentials; without them the AWS SDK's default provider chain (instance role, …) is used */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  /** symmetric KMS key (id, ARN or alias) that wraps the data keys of `hd` seeds */
  kekKeyId?: string
  /** alias prefix given to keys created for `kms-key` wallets (`<prefix>wallet-<walletId>`) */
  aliasPrefix: string
  /** per-request timeout, milliseconds */
  timeoutMs: number
  /** attempts per KMS call (the SDK retries throttling and transient errors with backoff) */
  maxAttempts: number
}

export interface Pkcs11Config {
  /** path of the PKCS#11 module (.so) */
  module: string
  tokenLabel?: string
  slot?: number
  /** user PIN (CKU_USER) */
  pin: string
  /** CKA_LABEL of the AES KEK in the token; created there on first use when missing */
  kekLabel: string
}

type Env = Record<string, string | undefined>

/**
 * Parses and validates the configuration.
 *
 * @param env environment variables (defaults to `process.env`)
 * @returns the typed configuration
 * @throws AppError `config_invalid` with every problem listed, or when an insecure setting is used
 *         with NODE_ENV=production
 */
export function loadConfig(env: Env = process.env): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) throw configError(parsed.error)
  const e = parsed.data

  let fileChains: unknown[] | undefined
  if (e.CONFIG_FILE) {
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(e.CONFIG_FILE, 'utf8'))
    } catch (cause) {
      throw new AppError('config_invalid', `CONFIG_FILE ${e.CONFIG_FILE} cannot be read as JSON`, { cause })
    }
    const file = FileSchema.safeParse(raw)
    if (!file.success) throw configError(file.error, 'CONFIG_FILE')
    fileChains = file.data.chains
  }
  let envChains: unknown[] | undefined
  if (e.CHAINS) {
    try {
      envChains = JSON.parse(e.CHAINS) as unknown[]
    } catch (cause) {
      throw new AppError('config_invalid', 'CHAINS is not valid JSON (expected an array of chain objects)', { cause })
    }
  }
  const chainsInput = envChains ?? fileChains
  const chainsParsed = z.array(ChainConfigSchema).min(1).safeParse(chainsInput ?? [DEFAULT_LOCAL_CHAIN])
  if (!chainsParsed.success) throw configError(chainsParsed.error, 'CHAINS')
  const chains = chainsParsed.data
  const ids = new Set<number>()
  for (const c of chains) {
    if (ids.has(c.chainId)) throw new AppError('config_invalid', `chain ${c.chainId} is configured twice`)
    ids.add(c.chainId)
  }

  const dataDir = resolve(e.DATA_DIR)
  const config: Config = {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: { host: e.HOST, port: e.PORT, bodyLimit: e.API_BODY_LIMIT, trustProxy: parseTrustProxy(e.TRUST_PROXY), ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL } : {}) },
    metrics: { port: e.METRICS_PORT === 'off' ? null : Number(e.METRICS_PORT), host: e.METRICS_HOST ?? e.HOST, ...(e.METRICS_TOKEN ? { token: e.METRICS_TOKEN } : {}) },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, ...(e.DATABASE_REPLICA_URL ? { replicaUrl: e.DATABASE_REPLICA_URL } : {}) },
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX, clusterNodes: parseClusterNodes(e.REDIS_CLUSTER_NODES, e.QUEUE_PREFIX) },
    workers: { concurrency: e.WORKER_CONCURRENCY, submitBatchSize: e.SUBMIT_BATCH_SIZE },
    dataDir,
    chains,
    chainsAreDefault: chainsInput === undefined,
    custody: {
      backend: e.KEY_BACKEND,
      localPreviousMasterKeys: (e.LOCAL_PREVIOUS_MASTER_KEYS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
        .map(parseMasterKey),
    },
    idempotency: { ttlSeconds: e.IDEMPOTENCY_TTL_SECONDS, lockSeconds: e.IDEMPOTENCY_LOCK_SECONDS, pruneIntervalSeconds: e.IDEMPOTENCY_PRUNE_INTERVAL_SECONDS },
    rateLimit: { requests: e.RATE_LIMIT_REQUESTS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    failpoints: (e.FAILPOINTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    pipeline: { nonceReconcileSeconds: e.NONCE_RECONCILE_SECONDS, queueReconcileSeconds: e.QUEUE_RECONCILE_SECONDS },
    dev: {
      startAnvil: e.DEV_START_ANVIL ?? chainsInput === undefined,
      anvilPort: e.ANVIL_PORT,
      anvilBlockTime: e.ANVIL_BLOCK_TIME,
      ...(e.ANVIL_BIN ? { anvilBin: e.ANVIL_BIN } : {}),
    },
    reconciliation: {
      cron: ['', 'off', 'false', 'none'].includes(e.RECONCILIATION_CRON.trim().toLowerCase()) ? null : e.RECONCILIATION_CRON.trim(),
      timezone: e.RECONCILIATION_TZ,
      followerWaitSeconds: e.RECONCILIATION_FOLLOWER_WAIT_SECONDS,
    },
    webhooks: webhookConfig(e, e.NODE_ENV),
    shutdown: { timeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS },
    insecureAllowed: [],
    unauthenticatedRateLimit: { requests: e.RATE_LIMIT_UNAUTHENTICATED_REQUESTS },
    ledgerExport: { concurrency: e.LEDGER_EXPORT_CONCURRENCY, statementTimeoutSeconds: e.LEDGER_EXPORT_STATEMENT_TIMEOUT_SECONDS, idleTimeoutSeconds: e.LEDGER_EXPORT_IDLE_TIMEOUT_SECONDS },
    ledger: { adjustmentApprovalThreshold: BigInt(e.ADJUSTMENT_APPROVAL_THRESHOLD) },
    policies: policyConfig(e, e.NODE_ENV),
  }
  if (config.failpoints.length && config.env === 'production') {
    throw new AppError('config_invalid', 'FAILPOINTS are crash-test hooks and are refused when NODE_ENV=production')
  }
  if (config.custody.backend === 'local') {
    if (config.env === 'production') {
      throw new AppError('config_invalid', 'KEY_BACKEND=local is for development only and is refused when NODE_ENV=production')
    }
    config.custody.localMasterKey = e.LOCAL_MASTER_KEY
      ? parseMasterKey(e.LOCAL_MASTER_KEY)
      : config.env === 'development'
        ? devMasterKey(dataDir)
        : undefined
    if (!config.custody.localMasterKey) {
      throw new AppError('config_invalid', 'LOCAL_MASTER_KEY (32 bytes, hex or base64) is required for KEY_BACKEND=local')
    }
  }
  if (config.custody.backend === 'aws-kms') {
    if (!e.AWS_REGION) throw new AppError('config_invalid', 'AWS_REGION is required for KEY_BACKEND=aws-kms')
    if (!!e.AWS_ACCESS_KEY_ID !== !!e.AWS_SECRET_ACCESS_KEY) {
      throw new AppError('config_invalid', 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together (or neither, for the default credential chain)')
    }
    config.custody.awsKms = {
      region: e.AWS_REGION,
      aliasPrefix: e.AWS_KMS_ALIAS_PREFIX.endsWith('/') ? e.AWS_KMS_ALIAS_PREFIX : `${e.AWS_KMS_ALIAS_PREFIX}/`,
      timeoutMs: e.AWS_KMS_TIMEOUT_MS,
      maxAttempts: e.AWS_KMS_MAX_ATTEMPTS,
      ...(e.AWS_KMS_ENDPOINT ? { endpoint: e.AWS_KMS_ENDPOINT } : {}),
      ...(e.AWS_KMS_KEK_KEY_ID ? { kekKeyId: e.AWS_KMS_KEK_KEY_ID } : {}),
      ...(e.AWS_ACCESS_KEY_ID && e.AWS_SECRET_ACCESS_KEY
        ? {
            credentials: {
              accessKeyId: e.AWS_ACCESS_KEY_ID,
              secretAccessKey: e.AWS_SECRET_ACCESS_KEY,
              ...(e.AWS_SESSION_TOKEN ? { sessionToken: e.AWS_SESSION_TOKEN } : {}),
            },
          }
        : {}),
    }
  }
  if (config.custody.backend === 'pkcs11') {
    if (!e.PKCS11_MODULE) throw new AppError('config_invalid', 'PKCS11_MODULE (path of the PKCS#11 library) is required for KEY_BACKEND=pkcs11')
    if (!e.PKCS11_PIN) throw new AppError('config_invalid', 'PKCS11_PIN is required for KEY_BACKEND=pkcs11')
    if (e.PKCS11_TOKEN_LABEL === undefined && e.PKCS11_SLOT === undefined) {
      throw new AppError('config_invalid', 'PKCS11_TOKEN_LABEL or PKCS11_SLOT is required for KEY_BACKEND=pkcs11')
    }
    config.custody.pkcs11 = {
      module: e.PKCS11_MODULE,
      pin: e.PKCS11_PIN,
      kekLabel: e.PKCS11_KEK_LABEL,
      ...(e.PKCS11_TOKEN_LABEL !== undefined ? { tokenLabel: e.PKCS11_TOKEN_LABEL } : {}),
      ...(e.PKCS11_SLOT !== undefined ? { slot: e.PKCS11_SLOT } : {}),
    }
  }
  // A claim must outlive the transaction that commits its response (src/db/idempotency.ts): a shorter
  // lock lets a retry take over a claim whose request is still running.
  const lockFloor = Math.ceil((TX_TIMEOUT_MS + TX_MAX_WAIT_MS) / 1000)
  if (config.idempotency.lockSeconds < lockFloor) {
    throw new AppError('config_invalid', `IDEMPOTENCY_LOCK_SECONDS must be at least ${lockFloor} (the database transaction timeout plus its wait for a connection); got ${config.idempotency.lockSeconds}`)
  }
  config.insecureAllowed = checkInsecureSettings({
    env: config.env,
    trustProxy: config.http.trustProxy,
    host: config.http.host,
    metricsHost: config.metrics.host,
    metricsPort: config.metrics.port,
    ...(config.metrics.token ? { metricsToken: config.metrics.token } : {}),
    databaseUrls: [config.database.url, ...(config.database.replicaUrl ? [config.database.replicaUrl] : [])],
    redisUrls: config.redis.clusterNodes ? config.redis.clusterNodes.map((u) => u.toString()) : [config.redis.url],
    keyBackend: config.custody.backend,
    localMasterKeySet: !!e.LOCAL_MASTER_KEY,
    chains,
    ...(e.ALLOW_INSECURE !== undefined ? { allowInsecure: e.ALLOW_INSECURE } : {}),
  })

  return config
}

/**
 * REDIS_CLUSTER_NODES (comma-separated `redis://[user:password@]host:port` seed nodes) → URLs.
 * @throws AppError `config_invalid` on a malformed node, or when the queue prefix is not a hash tag
 *         (BullMQ needs every key of a queue in one slot: https://docs.bullmq.io/guide/redis-tm-compatibility)
 */
function parseClusterNodes(v: string | undefined, prefix: string): URL[] | null {
  const items = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  if (!items.length) return null
  const nodes = items.map((item) => {
    let u: URL
    try {
      u = new URL(item.includes('://') ? item : `redis://${item}`)
    } catch {
      throw new AppError('config_invalid', `REDIS_CLUSTER_NODES: "${item.replace(/\/\/[^@]*@/, '//')}" is not host:port or a redis:// URL`)
    }
    if (!['redis:', 'rediss:'].includes(u.protocol) || !u.hostname) {
      throw new AppError('config_invalid', 'REDIS_CLUSTER_NODES: each node must be host:port or a redis:// or rediss:// URL')
    }
    return u
  })
  if (!/^\{[^{}]+\}$/.test(prefix)) {
    throw new AppError('config_invalid', `QUEUE_PREFIX must be a hash tag such as {custody} when REDIS_CLUSTER_NODES is set (every key of a queue must map to one cluster slot); got "${prefix}"`)
  }
  return nodes
}

/**
 * TRUST_PROXY → express's `trust proxy` value (the client IP of IP allowlists and the audit log comes from it):
 * `false`/`0` (no proxy), a hop count (`1` = one proxy such as nginx or an AWS ALB, which append the
 * address they saw to X-Forwarded-For: the right-most entry not added by a trusted hop is the client), or a
 * comma-separated list of the proxies' addresses/CIDRs (or express's names `loopback`, `linklocal`,
 * `uniquelocal`). `true` (trust every hop, i.e. the left-most, client-written entry) is refused in production.
 * @throws AppError `config_invalid` for anything else
 */
function parseTrustProxy(v: string): boolean | number | string {
  const t = v.trim()
  if (t === 'false' || t === '0' || t === '') return false
  if (t === 'true') return true
  if (/^[1-9][0-9]?$/.test(t)) return Number(t)
  const items = t.split(',').map((x) => x.trim())
  for (const item of items) {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) continue
    const [addr, bits, extra] = item.split('/')
    const family = isIP(addr ?? '')
    const max = family === 4 ? 32 : 128
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max))) {
      throw new AppError('config_invalid', `TRUST_PROXY: "${item}" is not a hop count (1-99), an IP address, a CIDR or one of loopback, linklocal, uniquelocal`)
    }
  }
  return items.join(',')
}

function parseMasterKey(s: string): Buffer {
  const key = /^(0x)?[0-9a-fA-F]{64}$/.test(s) ? Buffer.from(s.replace(/^0x/, ''), 'hex') : Buffer.from(s, 'base64')
  if (key.length !== 32) throw new AppError('config_invalid', 'LOCAL_MASTER_KEY must be 32 bytes (64 hex chars or base64)')
  return key
}

/**
 * Development convenience: without LOCAL_MASTER_KEY, a random master key is created once in
 * DATA_DIR/local-master.key (mode 0600) and reused, so wallets survive restarts of `npm run dev`.
 */
function devMasterKey(dataDir: string): Buffer {
  const file = join(dataDir, 'local-master.key')
  if (existsSync(file)) return parseMasterKey(readFileSync(file, 'utf8').trim())
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600 })
  chmodSync(file, 0o600)
  return parseMasterKey(readFileSync(file, 'utf8').trim())
}

function configError(error: z.ZodError, prefix?: string): AppError {
  const lines = error.issues.map((i) => `${[prefix, ...i.path].filter((p) => p !== undefined).join('.') || '(root)'}: ${i.message}`)
  return new AppError('config_invalid', `invalid configuration: ${lines.join('; ')}`)
}

/** Finds a configured chain. @throws AppError `unknown_chain` */
export function chainConfig(config: Config, chainId: number): ChainConfig {
  const c = config.chains.find((x) => x.chainId === chainId)
  if (!c) throw new AppError('unknown_chain', `chain ${chainId} is not configured`)
  return c
}

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

export type { ChainConfig, FeePolicy, TokenConfig } from './chains'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().default('postgresql://postgres@127.0.0.1:5432/custody'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('custody'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  DATA_DIR: z.string().default('.custody'),
  CONFIG_FILE: z.string().optional(),
  CHAINS: z.string().optional(),
  KEY_BACKEND: z.enum(['local']).default('local'),
  LOCAL_MASTER_KEY: z.string().optional(),
  API_BODY_LIMIT: z.string().default('64kb'),
  IDEMPOTENCY_TTL_SECONDS: z.coerce.number().int().min(60).default(86_400),
  IDEMPOTENCY_LOCK_SECONDS: z.coerce.number().int().min(1).default(60),
  SUBMIT_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  DEV_START_ANVIL: bool.optional(),
  ANVIL_PORT: z.coerce.number().int().min(1).max(65535).default(8545),
  ANVIL_BLOCK_TIME: z.coerce.number().min(0).default(1),
  ANVIL_BIN: z.string().optional(),
})

const FileSchema = z.object({ chains: z.array(z.unknown()).optional() }).passthrough()

export interface Config {
  env: 'development' | 'test' | 'production'
  logLevel: string
  http: { host: string; port: number; publicUrl?: string; bodyLimit: string }
  database: { url: string; poolSize: number }
  redis: { url: string; queuePrefix: string }
  workers: { concurrency: number; submitBatchSize: number }
  dataDir: string
  chains: ChainConfig[]
  /** True when no chain was configured and the embedded local anvil chain is used. */
  chainsAreDefault: boolean
  custody: {
    backend: 'local'
    /** 32-byte master key of the `local` backend (development only). */
    localMasterKey?: Buffer
  }
  idempotency: { ttlSeconds: number; lockSeconds: number }
  dev: { startAnvil: boolean; anvilPort: number; anvilBlockTime: number; anvilBin?: string }
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
    http: { host: e.HOST, port: e.PORT, bodyLimit: e.API_BODY_LIMIT, ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL } : {}) },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX },
    workers: { concurrency: e.WORKER_CONCURRENCY, submitBatchSize: e.SUBMIT_BATCH_SIZE },
    dataDir,
    chains,
    chainsAreDefault: chainsInput === undefined,
    custody: { backend: e.KEY_BACKEND },
    idempotency: { ttlSeconds: e.IDEMPOTENCY_TTL_SECONDS, lockSeconds: e.IDEMPOTENCY_LOCK_SECONDS },
    dev: {
      startAnvil: e.DEV_START_ANVIL ?? chainsInput === undefined,
      anvilPort: e.ANVIL_PORT,
      anvilBlockTime: e.ANVIL_BLOCK_TIME,
      ...(e.ANVIL_BIN ? { anvilBin: e.ANVIL_BIN } : {}),
    },
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
  return config
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

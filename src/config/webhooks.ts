/**
 * Webhook configuration (environment variables `WEBHOOK_*`), parsed with the rest of the configuration
 * in src/config/index.ts. Each variable is listed in README.md ("Configuration").
 *
 * Secure by default in production: https only, and no private, loopback or link-local destination
 * unless a network is explicitly allowed. Development and tests allow http and loopback so that a local
 * receiver works. Link-local and cloud metadata addresses are refused whatever is configured
 * (see src/domain/webhooks/urlPolicy.ts).
 */
import { BlockList, isIP } from 'node:net'
import { z } from 'zod'
import { AppError } from '../lib/errors'

/** The retry schedule of the issue: about 3 days over 9 retries after the first attempt. */
export const DEFAULT_RETRY_SCHEDULE = '5s,5m,30m,2h,5h,10h,14h,20h,24h'

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes')

/** The `WEBHOOK_*` variables; spread into the configuration's environment schema. */
export const WebhookEnvShape = {
  WEBHOOK_RETRY_SCHEDULE: z.string().default(DEFAULT_RETRY_SCHEDULE),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().positive().max(120).default(15),
  WEBHOOK_DISABLE_AFTER_SECONDS: z.coerce.number().positive().default(5 * 86_400),
  WEBHOOK_ALLOW_HTTP: bool.optional(),
  WEBHOOK_ALLOWED_NETWORKS: z.string().optional(),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(64),
  WEBHOOK_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(32),
  WEBHOOK_SECRET_GRACE_SECONDS: z.coerce.number().int().min(0).max(7 * 86_400).default(86_400),
  WEBHOOK_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(100),
  WEBHOOK_RELAY_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  WEBHOOK_RECONCILE_SECONDS: z.coerce.number().positive().max(3600).default(15),
  WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(10),
}

export interface WebhookConfig {
  /** Delays before retry 1, 2, … (ms); attempts = 1 + its length. */
  retryScheduleMs: number[]
  /** Whole-request timeout (connect, send, response), ms. */
  timeoutMs: number
  /** An endpoint with no successful attempt for this long (ms) is disabled. */
  disableAfterMs: number
  /** Whether `http:` URLs are accepted (never in production). */
  allowHttp: boolean
  /** CIDRs that may be reached although private/loopback (never link-local or cloud metadata). */
  allowedNetworks: string[]
  /** Concurrent deliveries per worker process. */
  concurrency: number
  /** Concurrent requests to one endpoint per worker process (a slow endpoint cannot take every slot). */
  endpointConcurrency: number
  /** Default grace period of a rotated-out secret (seconds). */
  secretGraceSeconds: number
  /** How often the relay looks for newly committed events (ms) when it is idle. */
  relayIntervalMs: number
  /** Events relayed per relay transaction. */
  relayBatchSize: number
  /** How often pending deliveries are re-enqueued from Postgres (s); overdue = twice this. */
  reconcileSeconds: number
  /** Most webhook endpoints one API client may have (issue 13, M6). */
  maxEndpointsPerClient: number
}

type WebhookEnv = z.output<z.ZodObject<typeof WebhookEnvShape>>

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Parses a duration list such as `5s,5m,30m,2h` (units ms, s, m, h, d; a bare number is seconds).
 * @returns milliseconds
 * @throws AppError `config_invalid`
 */
export function parseDurations(s: string, name = 'WEBHOOK_RETRY_SCHEDULE'): number[] {
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean)
  if (!parts.length) throw new AppError('config_invalid', `${name} must list at least one delay`)
  return parts.map((p) => {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(p)
    if (!m) throw new AppError('config_invalid', `${name}: "${p}" is not a duration (e.g. 5s, 30m, 2h)`)
    return Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 's']!)
  })
}

/** Parses `address/prefix` (a bare address is a single host). @throws AppError `config_invalid` */
export function parseCidr(c: string): { address: string; prefix: number; type: 'ipv4' | 'ipv6' } {
  const [address, prefixText] = c.split('/')
  const v = isIP(address ?? '')
  if (!address || !v) throw new AppError('config_invalid', `WEBHOOK_ALLOWED_NETWORKS: "${c}" is not a CIDR (e.g. 10.0.0.0/8)`)
  const max = v === 4 ? 32 : 128
  const prefix = prefixText === undefined ? max : Number(prefixText)
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new AppError('config_invalid', `WEBHOOK_ALLOWED_NETWORKS: bad prefix in "${c}"`)
  return { address, prefix, type: v === 4 ? 'ipv4' : 'ipv6' }
}

/** Shortest prefix of an allowed network: 10.0.0.0/8, 127.0.0.0/8 and fc00::/7 are the widest private ranges. */
const MIN_PREFIX = { ipv4: 8, ipv6: 7 } as const

/** IPv6 ranges that embed the whole IPv4 space: allowing one of them whole allows every IPv4 address. */
const IPV4_EMBEDDINGS: [string, number][] = [['::ffff:0:0', 96], ['::ffff:0:0:0', 96], ['::', 96], ['64:ff9b::', 96], ['2002::', 16]]

/**
 * Parses one `WEBHOOK_ALLOWED_NETWORKS` entry and refuses a network so wide that it switches SSRF
 * protection off: `0.0.0.0/0` and `::/0` (and anything shorter than /8 for IPv4 or /7 for IPv6), and an
 * IPv6 range holding a whole IPv4 embedding (`::ffff:0:0/96`, `::/96`, `64:ff9b::/96`, `2002::/16`),
 * which would allow every private IPv4 address in disguise. Refused in every environment.
 *
 * @throws AppError `config_invalid`
 */
export function refuseBroadNetwork(c: string): ReturnType<typeof parseCidr> {
  const p = parseCidr(c)
  const why = `WEBHOOK_ALLOWED_NETWORKS: "${c}" is too wide: an allowed network opens private addresses to webhook URLs (SSRF), so list only the private ranges receivers live in (e.g. 10.20.0.0/16)`
  if (p.prefix < MIN_PREFIX[p.type]) throw new AppError('config_invalid', `${why}; the shortest prefix accepted is /${MIN_PREFIX[p.type]}`)
  if (p.type === 'ipv6') {
    const net = new BlockList()
    net.addSubnet(p.address, p.prefix, 'ipv6')
    for (const [base, prefix] of IPV4_EMBEDDINGS) {
      if (p.prefix <= prefix && net.check(base, 'ipv6')) throw new AppError('config_invalid', `${why}; it holds every IPv4 address embedded in ${base}/${prefix}`)
    }
  }
  return p
}

/**
 * Builds the webhook configuration.
 *
 * @throws AppError `config_invalid` for a bad schedule or CIDR, a too wide allowed network (`0.0.0.0/0`,
 *         `::/0`: {@link refuseBroadNetwork}), or http allowed in production
 */
export function webhookConfig(e: WebhookEnv, env: 'development' | 'test' | 'production'): WebhookConfig {
  const production = env === 'production'
  const allowHttp = e.WEBHOOK_ALLOW_HTTP ?? !production
  if (production && allowHttp) throw new AppError('config_invalid', 'WEBHOOK_ALLOW_HTTP=true is refused when NODE_ENV=production (webhook URLs must be https)')
  const networksText = e.WEBHOOK_ALLOWED_NETWORKS ?? (production ? '' : '127.0.0.0/8,::1/128')
  const allowedNetworks = networksText.split(',').map((n) => n.trim()).filter(Boolean)
  // Validated here; link-local and metadata addresses stay refused even inside an allowed network.
  for (const n of allowedNetworks) refuseBroadNetwork(n)
  return {
    retryScheduleMs: parseDurations(e.WEBHOOK_RETRY_SCHEDULE),
    timeoutMs: Math.round(e.WEBHOOK_TIMEOUT_SECONDS * 1000),
    disableAfterMs: Math.round(e.WEBHOOK_DISABLE_AFTER_SECONDS * 1000),
    allowHttp,
    allowedNetworks,
    concurrency: e.WEBHOOK_CONCURRENCY,
    endpointConcurrency: e.WEBHOOK_ENDPOINT_CONCURRENCY,
    secretGraceSeconds: e.WEBHOOK_SECRET_GRACE_SECONDS,
    relayIntervalMs: e.WEBHOOK_RELAY_INTERVAL_MS,
    relayBatchSize: e.WEBHOOK_RELAY_BATCH_SIZE,
    reconcileSeconds: e.WEBHOOK_RECONCILE_SECONDS,
    maxEndpointsPerClient: e.WEBHOOK_MAX_ENDPOINTS_PER_CLIENT,
  }
}

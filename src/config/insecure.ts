/**
 * Settings that production (NODE_ENV=production) refuses unless the operator opts in, by name, with
 * `ALLOW_INSECURE=<comma-separated names>`. Each opted-in refusal is reported in `Config.insecureAllowed`
 * and logged at warn level when a process starts (src/runtime.ts).
 *
 * Decision table (name → what is refused):
 *
 *  | name                        | refused in production when                                                   |
 *  |-----------------------------|-------------------------------------------------------------------------------|
 *  | `trust_proxy_all`           | TRUST_PROXY=true (every hop trusted: a client forges X-Forwarded-For)        |
 *  | `metrics_without_token`     | HOST (or METRICS_HOST) is not a loopback address and METRICS_TOKEN is unset   |
 *  | `database_without_tls`      | DATABASE_URL / DATABASE_REPLICA_URL has `sslmode=disable` (or `ssl=false`)   |
 *  | `redis_without_password`    | REDIS_URL (or a REDIS_CLUSTER_NODES seed) carries no password                 |
 *  | `local_master_key`          | LOCAL_MASTER_KEY is set while KEY_BACKEND is not `local`                      |
 *  | `fee_cap_absurd`            | a chain's fee cap (`fees.*Cap`, wei) is above {@link SANE_FEE_CAP_WEI}        |
 *
 * Outside production nothing here is refused.
 */
import { AppError } from '../lib/errors'
import type { ChainConfig } from './chains'

/** The refusals that `ALLOW_INSECURE` can lift, by name. */
export const INSECURE_SETTINGS = ['trust_proxy_all', 'metrics_without_token', 'database_without_tls', 'redis_without_password', 'local_master_key', 'fee_cap_absurd'] as const
export type InsecureSetting = (typeof INSECURE_SETTINGS)[number]

/** 10,000 gwei: no fee cap of an EVM chain needs more (mainnet's highest base fees stayed below 2,000 gwei). */
export const SANE_FEE_CAP_WEI = 10_000n * 1_000_000_000n

export interface InsecureInput {
  env: 'development' | 'test' | 'production'
  trustProxy: boolean | number | string
  host: string
  metricsHost: string
  metricsPort: number | null
  metricsToken?: string
  databaseUrls: string[]
  redisUrls: string[]
  keyBackend: string
  localMasterKeySet: boolean
  chains: Pick<ChainConfig, 'chainId' | 'fees'>[]
  /** raw ALLOW_INSECURE */
  allowInsecure?: string
}

/**
 * Parses ALLOW_INSECURE (comma-separated names of {@link INSECURE_SETTINGS}).
 * @throws AppError `config_invalid` for an unknown name
 */
export function parseAllowInsecure(v: string | undefined): InsecureSetting[] {
  const names = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  for (const n of names) {
    if (!(INSECURE_SETTINGS as readonly string[]).includes(n)) {
      throw new AppError('config_invalid', `ALLOW_INSECURE: unknown name "${n}" (one of ${INSECURE_SETTINGS.join(', ')})`)
    }
  }
  return [...new Set(names)] as InsecureSetting[]
}

/** True for `localhost`, 127.0.0.0/8 and ::1 (the addresses only this machine reaches). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '')
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1'
}

function hasTlsDisabled(url: string): boolean {
  try {
    const u = new URL(url)
    const mode = u.searchParams.get('sslmode')?.toLowerCase()
    const ssl = u.searchParams.get('ssl')?.toLowerCase()
    return mode === 'disable' || ssl === 'false' || ssl === '0'
  } catch {
    return /sslmode=disable/i.test(url)
  }
}

function hasPassword(url: string): boolean {
  try {
    return new URL(url.includes('://') ? url : `redis://${url}`).password !== ''
  } catch {
    return false
  }
}

/**
 * Checks the production refusals.
 *
 * @returns the refusals that applied and were lifted by ALLOW_INSECURE (to be logged at warn); empty
 *          outside production
 * @throws AppError `config_invalid` listing every refused setting that was not opted in
 */
export function checkInsecureSettings(i: InsecureInput): InsecureSetting[] {
  const allowed = parseAllowInsecure(i.allowInsecure)
  if (i.env !== 'production') return []
  const found: [InsecureSetting, string][] = []
  if (i.trustProxy === true) {
    found.push(['trust_proxy_all', 'TRUST_PROXY=true trusts every hop, so a client can forge X-Forwarded-For (IP allowlists, audit log); set the number of proxies in front (e.g. 1) or their addresses/CIDRs'])
  }
  const publicHosts = [i.host, ...(i.metricsPort !== null ? [i.metricsHost] : [])].filter((h) => !isLoopbackHost(h))
  if (publicHosts.length && !i.metricsToken) {
    found.push(['metrics_without_token', `HOST/METRICS_HOST ${publicHosts[0]} is reachable from other machines and METRICS_TOKEN is unset: /metrics (hot addresses and balances) would be public`])
  }
  if (i.databaseUrls.some(hasTlsDisabled)) {
    found.push(['database_without_tls', 'DATABASE_URL (or DATABASE_REPLICA_URL) has sslmode=disable: use sslmode=verify-full (or require)'])
  }
  if (i.redisUrls.some((u) => !hasPassword(u))) {
    found.push(['redis_without_password', 'REDIS_URL (or a REDIS_CLUSTER_NODES seed) has no password: use redis://:password@host or rediss://user:password@host'])
  }
  if (i.localMasterKeySet && i.keyBackend !== 'local') {
    found.push(['local_master_key', `LOCAL_MASTER_KEY is set with KEY_BACKEND=${i.keyBackend}: remove the master key from the environment`])
  }
  for (const c of i.chains) {
    for (const [field, value] of Object.entries(c.fees)) {
      if (/Cap$/.test(field) && typeof value === 'bigint' && value > SANE_FEE_CAP_WEI) {
        found.push(['fee_cap_absurd', `chain ${c.chainId}: fees.${field} = ${value} wei is above ${SANE_FEE_CAP_WEI} wei (10,000 gwei)`])
      }
    }
  }
  const refused = found.filter(([name]) => !allowed.includes(name))
  if (refused.length) {
    throw new AppError(
      'config_invalid',
      `refused when NODE_ENV=production: ${refused.map(([n, why]) => `${why} [${n}]`).join('; ')}. Fix the setting, or accept the risk explicitly with ALLOW_INSECURE=${[...new Set(refused.map(([n]) => n))].join(',')}`,
    )
  }
  return [...new Set(found.map(([n]) => n))]
}

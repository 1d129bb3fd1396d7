/**
 * Start-up checks that turn "Postgres/Redis is down" into one clear line instead of a stack trace.
 */
import { Client } from 'pg'
import type { Config } from '../config'
import { createRedis, redisLocation } from '../jobs/redis'

export class PreflightError extends Error {
  override readonly name = 'PreflightError'
}

function hostOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)}`
  } catch {
    return url.replace(/\/\/[^@]*@/, '//')
  }
}

/** @throws PreflightError when Postgres cannot be reached (database-missing errors pass). */
export async function checkPostgres(config: Config): Promise<void> {
  const admin = new URL(config.database.url)
  admin.pathname = '/postgres'
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (e) {
    const reason = (e as { code?: string }).code ?? (e as Error).message
    throw new PreflightError(
      `Postgres is not reachable at ${hostOf(config.database.url)} (${reason}). Start it (e.g. "pg_ctlcluster 15 main start", or "docker compose -f docker/compose.yml up -d postgres") or set DATABASE_URL.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** @throws PreflightError when Redis cannot be reached. */
export async function checkRedis(config: Config): Promise<void> {
  const r = createRedis(config.redis, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null })
  r.on('error', () => undefined)
  try {
    await r.connect()
    await r.ping()
  } catch (e) {
    throw new PreflightError(
      `Redis is not reachable at ${redisLocation(config.redis)} (${(e as { code?: string }).code ?? (e as Error).message}). Start it (e.g. "redis-server --daemonize yes", or "docker compose -f docker/compose.yml up -d redis") or set REDIS_URL (REDIS_CLUSTER_NODES for a cluster).`,
    )
  } finally {
    r.disconnect()
  }
}

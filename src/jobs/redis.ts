/**
 * The one place that opens a Redis connection for the service: a single node (`REDIS_URL`) or a Redis
 * Cluster (`REDIS_CLUSTER_NODES`).
 *
 * Under Redis Cluster every key of one BullMQ queue must live in one hash slot, so the queue prefix must
 * be a hash tag (`{custody}`); config validation refuses anything else. All queues (and the rate-limit
 * counters, which use the same prefix) then live on one shard: Cluster gives failover of that shard, not
 * spreading of one deployment's queues (see README, "Scaling").
 */
import { Cluster, Redis, type ClusterNode, type RedisOptions } from 'ioredis'
import type { Config } from '../config'

/** A single-node or a cluster connection; BullMQ and rate-limiter-flexible accept both. */
export type RedisConnection = Redis | Cluster

/**
 * Opens the service's Redis connection.
 *
 * @param redis  `config.redis` (`url` for a single node, `clusterNodes` for a cluster)
 * @param options ioredis options applied to every node (e.g. BullMQ's `maxRetriesPerRequest: null`)
 * @returns an ioredis `Redis` or `Cluster`, connecting in the background unless `lazyConnect` is set
 */
export function createRedis(redis: Config['redis'], options: RedisOptions = {}): RedisConnection {
  if (!redis.clusterNodes) return new Redis(redis.url, options)
  const nodes: ClusterNode[] = redis.clusterNodes.map((u) => ({ host: u.hostname, port: Number(u.port || 6379) }))
  const first = redis.clusterNodes[0]!
  const auth = first.password ? { password: decodeURIComponent(first.password), ...(first.username ? { username: decodeURIComponent(first.username) } : {}) } : {}
  const { lazyConnect, enableReadyCheck, ...nodeOptions } = options
  return new Cluster(nodes, {
    redisOptions: { ...nodeOptions, ...auth, ...(first.protocol === 'rediss:' ? { tls: {} } : {}) },
    // keep commands queued while the cluster (re)discovers its slots, as the single-node client does
    enableOfflineQueue: true,
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    ...(enableReadyCheck !== undefined ? { enableReadyCheck } : {}),
  })
}

/** `host:port` list of where Redis is expected, for messages (never the password). */
export function redisLocation(redis: Config['redis']): string {
  const urls = redis.clusterNodes ?? [safeUrl(redis.url)]
  return urls.map((u) => (u ? `${u.hostname}:${u.port || 6379}` : redis.url.replace(/\/\/[^@]*@/, '//'))).join(', ')
}

function safeUrl(s: string): URL | null {
  try {
    return new URL(s)
  } catch {
    return null
  }
}

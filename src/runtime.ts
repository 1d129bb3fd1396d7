/**
 * Builds the resources of a process (the `Deps` every use case receives) and closes them in order.
 */
import { createChainClients } from './chain/clients'
import type { Config } from './config'
import { createKeyBackend } from './custody/backends'
import { Custody } from './custody/custody'
import { createDb } from './db/client'
import type { Deps } from './domain/deps'
import { openQueues } from './jobs/queues'
import { createRedis } from './jobs/redis'
import { setFailpoints } from './lib/failpoints'
import { createLogger, type Logger } from './lib/logger'

export interface Runtime extends Deps {
  close(): Promise<void>
}

/** Opens Postgres, Redis, the queues, the chain clients and the key backend for `config`. */
export function createRuntime(config: Config, opts: { logger?: Logger } = {}): Runtime {
  const logger = opts.logger ?? createLogger(config.logLevel)
  setFailpoints(config.failpoints)
  if (config.failpoints.length) logger.warn({ failpoints: config.failpoints }, 'crash-test failpoints are enabled')
  if (config.insecureAllowed.length) logger.warn({ allowInsecure: config.insecureAllowed }, 'production refusals lifted by ALLOW_INSECURE (docs/security/http.md)')
  const db = createDb({ url: config.database.url, poolSize: config.database.poolSize })
  const replicaDb = config.database.replicaUrl ? createDb({ url: config.database.replicaUrl, poolSize: config.database.poolSize }) : undefined
  // BullMQ requires maxRetriesPerRequest: null on connections that workers duplicate.
  const redis = createRedis(config.redis, { maxRetriesPerRequest: null, enableReadyCheck: true })
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'))
  const queues = openQueues(redis, config.redis.queuePrefix)
  const chains = createChainClients(config.chains)
  const custody = new Custody(createKeyBackend(config))
  return {
    config,
    logger,
    db,
    ...(replicaDb ? { replicaDb } : {}),
    redis,
    queues,
    chains,
    custody,
    async close() {
      await queues.close().catch(() => undefined)
      await custody.close().catch(() => undefined)
      await db.$disconnect().catch(() => undefined)
      await replicaDb?.$disconnect().catch(() => undefined)
      redis.disconnect()
    },
  }
}

/**
 * The resources every use case receives: one plain object, no DI container.
 */
import type { ChainClients } from '../chain/clients'
import type { Config } from '../config'
import type { Custody } from '../custody/custody'
import type { Db } from '../db/client'
import type { Queues } from '../jobs/queues'
import type { Logger } from '../lib/logger'
import type { RedisConnection } from '../jobs/redis'

export interface Deps {
  config: Config
  db: Db
  /**
   * Client of the read replica (DATABASE_REPLICA_URL), if one is configured. Only routes declared with
   * `readReplica: true` get it (as their `db`): reporting reads that tolerate replication lag.
   */
  replicaDb?: Db
  logger: Logger
  chains: ChainClients
  custody: Custody
  queues: Queues
  /** shared Redis connection, single node or cluster (queues, readiness, rate limits) */
  redis: RedisConnection
}

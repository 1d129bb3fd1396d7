/**
 * The workers: one BullMQ worker per queue, each processor a thin call into the domain.
 * Errors an `AppError` marks as not retryable become BullMQ's `UnrecoverableError`; others are
 * retried with the job's backoff.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq'
import type { Deps } from '../src/domain/deps'
import { reconcileQueues, schedulesLost } from '../src/domain/pipeline/reconcileQueues'
import { verifyChain } from '../src/domain/chain/verifyChain'
import { ensureCursor } from '../src/domain/chain/followChain'
import { QueueNames, scheduleMaintenance } from '../src/jobs/queues'
import { AppError, errorMessage } from '../src/lib/errors'
import { jobDuration } from '../src/lib/metrics'
import { scheduleReconciliations } from '../src/domain/reconciliation/scheduleReconciliations'
import { processChainTick } from './processors/chain'
import { processKekRotation } from './processors/kekRotation'
import { processReconcile } from './processors/reconcile'
import { processMaintenance } from './processors/maintenance'
import { processSubmit } from './processors/submit'
import { startWebhookWorkers } from './webhooks'
import { processSweep } from './processors/sweep'

export interface Workers {
  workers: Worker[]
  /** Stops taking new jobs and resolves when every running job of this process has finished. */
  pause(): Promise<void>
  /**
   * Stops taking jobs, waits for running ones, closes. With `force`, does not wait: the jobs still
   * running here keep their lock until it lapses and are then taken up again by another worker as
   * stalled (every processor is idempotent against Postgres state).
   */
  close(force?: boolean): Promise<void>
}

type Processor = (deps: Deps, job: Job) => Promise<unknown>

function wrap(deps: Deps, name: string, fn: Processor) {
  return async (job: Job) => {
    const log = deps.logger.child({ queue: name, jobId: job.id })
    const timer = jobDuration.startTimer({ queue: name })
    try {
      // The use cases log through deps.logger: hand them the job's logger so every line carries the job id.
      const result = await fn({ ...deps, logger: log }, job)
      timer({ outcome: 'completed' })
      return result
    } catch (e) {
      if (e instanceof AppError && !e.retryable) {
        timer({ outcome: 'failed' })
        log.error({ err: e, code: e.code }, 'job failed permanently')
        throw new UnrecoverableError(`${e.code}: ${e.message}`)
      }
      timer({ outcome: 'retry' })
      log.warn({ err: errorMessage(e), attempt: job.attemptsMade + 1 }, 'job failed; will retry')
      throw e
    }
  }
}

/**
 * Verifies every chain, reconciles the queues from Postgres, and starts the workers.
 * A chain that fails verification (wrong chain id, reset chain) is not followed and is logged.
 */
export async function startWorkers(deps: Deps): Promise<Workers> {
  for (const c of deps.config.chains) {
    try {
      await verifyChain(deps, c.chainId)
      await ensureCursor(deps, c.chainId)
    } catch (e) {
      deps.logger.error({ chainId: c.chainId, err: errorMessage(e) }, 'chain verification failed')
      if (e instanceof AppError && e.code === 'config_invalid') throw e
    }
  }
  const rebuildQueues = async () => {
    await reconcileQueues(deps)
    await scheduleReconciliations(deps)
    await scheduleMaintenance(deps.queues, { task: 'prune-idempotency-keys' }, deps.config.idempotency.pruneIntervalSeconds * 1000)
  }
  await rebuildQueues()
  // Redis restarted empty (no persistence, failover to an empty replica) takes the repeating schedules
  // with it, and nothing else would write them again while this process runs: no chain tick, so no
  // deposit, confirmation or re-enqueue would ever happen again (found by test/e2e/drills/redisRestart).
  let rebuilding = false
  const watchdog = setInterval(() => {
    if (rebuilding) return
    rebuilding = true
    void (async () => {
      if (!(await schedulesLost(deps))) return
      await rebuildQueues()
      deps.logger.warn('queues reconciled from Postgres after Redis lost them')
    })()
      .catch((e) => deps.logger.warn({ err: errorMessage(e) }, 'could not check the queue schedules; will retry'))
      .finally(() => (rebuilding = false))
  }, deps.config.pipeline.queueReconcileSeconds * 1000)
  watchdog.unref()
  const connection = deps.redis
  const prefix = deps.config.redis.queuePrefix
  const workers = [
    new Worker(QueueNames.submit, wrap(deps, QueueNames.submit, processSubmit), { connection, prefix, concurrency: deps.config.workers.concurrency }),
    new Worker(QueueNames.chain, wrap(deps, QueueNames.chain, processChainTick), { connection, prefix, concurrency: Math.max(2, deps.config.chains.length * 2) }),
    new Worker(QueueNames.kekRotation, wrap(deps, QueueNames.kekRotation, processKekRotation), { connection, prefix, concurrency: 1 }),
    new Worker(QueueNames.reconcile, wrap(deps, QueueNames.reconcile, processReconcile), { connection, prefix, concurrency: 2 }),
    new Worker(QueueNames.maintenance, wrap(deps, QueueNames.maintenance, processMaintenance), { connection, prefix, concurrency: 1 }),
    new Worker(QueueNames.sweep, wrap(deps, QueueNames.sweep, processSweep), { connection, prefix, concurrency: Math.max(1, deps.config.chains.length) }),
  ]
  for (const w of workers) w.on('error', (err) => deps.logger.warn({ worker: w.name, err: err.message }, 'worker error'))
  await Promise.all(workers.map((w) => w.waitUntilReady()))
  const webhooks = await startWebhookWorkers(deps)
  deps.logger.info({ queues: [...workers.map((w) => w.name), webhooks.worker.name] }, 'workers started')
  return {
    workers: [...workers, webhooks.worker],
    async pause() {
      clearInterval(watchdog)
      await Promise.all([...workers.map((w) => w.pause()), webhooks.pause()])
    },
    async close(force = false) {
      clearInterval(watchdog)
      await Promise.all([...workers.map((w) => w.close(force)), webhooks.close(force)])
    },
  }
}

/**
 * The webhook side of a worker process:
 *  - the outbox relay loop (relayEvents every WEBHOOK_RELAY_INTERVAL_MS when idle, at once while there is
 *    a backlog), which also re-enqueues overdue deliveries from Postgres every WEBHOOK_RECONCILE_SECONDS;
 *  - the `webhooks` queue's worker: one attempt per job; a retry moves the job back to delayed until the
 *    delivery's next attempt is due (Postgres holds the schedule, the job mirrors it).
 * At start every pending delivery is enqueued again from Postgres, so a Redis that lost its data loses
 * no delivery.
 */
import { jobDuration } from '../src/lib/metrics'
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq'
import type { Deps } from '../src/domain/deps'
import { WebhookDeliverer, type DelivererOptions } from '../src/domain/webhooks/deliverWebhook'
import { reconcileDeliveries } from '../src/domain/webhooks/reconcileDeliveries'
import { relayEvents } from '../src/domain/webhooks/relayEvents'
import { QueueNames, WebhookDeliveryPayload } from '../src/jobs/queues'
import { AppError, errorMessage } from '../src/lib/errors'

export interface WebhookWorkers {
  worker: Worker
  deliverer: WebhookDeliverer
  /** Stops the relay loop and taking delivery jobs; resolves when the running ones have finished. */
  pause(): Promise<void>
  /** Closes the relay, the worker and the deliverer; with `force`, without waiting for running jobs. */
  close(force?: boolean): Promise<void>
}

function relayLoop(deps: Deps): { stop(): Promise<void> } {
  const cfg = deps.config.webhooks
  let stopped = false
  let wake: (() => void) | null = null
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(t)
        resolve()
      }
    })
  const run = async () => {
    let lastReconcile = Date.now()
    while (!stopped) {
      let backlog = false
      try {
        const r = await relayEvents(deps)
        backlog = r.events >= cfg.relayBatchSize
      } catch (e) {
        deps.logger.warn({ err: errorMessage(e) }, 'webhook relay failed; retrying')
      }
      if (Date.now() - lastReconcile >= cfg.reconcileSeconds * 1000) {
        lastReconcile = Date.now()
        try {
          const n = await reconcileDeliveries(deps, 'overdue')
          if (n) deps.logger.info({ requeued: n }, 'overdue webhook deliveries re-enqueued from Postgres')
        } catch (e) {
          deps.logger.warn({ err: errorMessage(e) }, 'webhook reconcile failed; retrying')
        }
      }
      if (!backlog && !stopped) await sleep(cfg.relayIntervalMs)
    }
  }
  const done = run()
  return {
    async stop() {
      stopped = true
      wake?.()
      await done
    },
  }
}

/** Starts the relay and the delivery worker of this process. */
export async function startWebhookWorkers(deps: Deps, opts: DelivererOptions = {}): Promise<WebhookWorkers> {
  const deliverer = new WebhookDeliverer(deps, opts)
  try {
    const n = await reconcileDeliveries(deps, 'all')
    if (n) deps.logger.info({ requeued: n }, 'pending webhook deliveries enqueued from Postgres')
  } catch (e) {
    deps.logger.warn({ err: errorMessage(e) }, 'could not re-enqueue pending webhook deliveries at start; the periodic reconcile will')
  }
  const worker = new Worker(
    QueueNames.webhooks,
    async (job: Job, token?: string) => {
      const p = WebhookDeliveryPayload.parse(job.data)
      const timer = jobDuration.startTimer({ queue: QueueNames.webhooks })
      let out
      try {
        out = await deliverer.deliver(p)
        timer({ outcome: out.kind === 'later' ? 'delayed' : 'completed' })
      } catch (e) {
        timer({ outcome: e instanceof AppError && !e.retryable ? 'failed' : 'retry' })
        if (e instanceof AppError && !e.retryable) {
          deps.logger.error({ err: e, code: e.code, jobId: job.id }, 'webhook job failed permanently')
          throw new UnrecoverableError(`${e.code}: ${e.message}`)
        }
        deps.logger.warn({ err: errorMessage(e), jobId: job.id, attempt: job.attemptsMade + 1 }, 'webhook job failed; will retry')
        throw e
      }
      if (out.kind === 'later') {
        await job.moveToDelayed(Date.now() + out.delayMs, token)
        throw new DelayedError()
      }
      return out
    },
    {
      connection: deps.redis,
      prefix: deps.config.redis.queuePrefix,
      concurrency: deps.config.webhooks.concurrency,
      // A job held by a process that died is taken up again once its lock lapses: keep that short (an
      // attempt lasts at most the request timeout) so such deliveries are not late by a minute.
      lockDuration: Math.max(10_000, deps.config.webhooks.timeoutMs + 10_000),
      stalledInterval: 5_000,
    },
  )
  worker.on('error', (err) => deps.logger.warn({ worker: QueueNames.webhooks, err: err.message }, 'worker error'))
  await worker.waitUntilReady()
  const relay = relayLoop(deps)
  return {
    worker,
    deliverer,
    async pause() {
      await Promise.all([relay.stop(), worker.pause()])
    },
    async close(force = false) {
      const relayStopped = relay.stop()
      if (!force) await relayStopped
      await worker.close(force)
      await deliverer.close()
    },
  }
}

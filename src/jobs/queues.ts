/**
 * The job catalogue: every queue and job declared once, with its zod payload, options and
 * deterministic job id.
 *
 * Payloads carry ids, never secrets or whole rows. Redis/BullMQ only carries work: Postgres is the
 * truth, and the reconciler (src/domain/pipeline/reconcileQueues.ts) re-enqueues from Postgres state at
 * start and periodically, so losing Redis loses no money and no event.
 */
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq'
import { z } from 'zod'

export const QueueNames = {
  /** Sign and broadcast queued withdrawals (one job per withdrawal; batched per from-address). */
  submit: 'submit',
  /** Follow one chain: scan new blocks (deposits, mined attempts), confirm at depth, rebroadcast. */
  chain: 'chain',
  /** Re-wrap every stored data key under the key backend's current KEK (one job per rotation). */
  kekRotation: 'kek-rotation',
  /** Reconcile the ledger against the chain at a block height (one job per run, and the daily schedule). */
  reconcile: 'reconcile',
  /** Deliver one event to one webhook endpoint (one job per delivery; retries move it to delayed). */
  webhooks: 'webhooks',
  /** Housekeeping on a schedule: prune expired idempotency keys. */
  maintenance: 'maintenance',
  /** Plan sweeps of deposit addresses and their gas top-ups, per chain (repeating). */
  sweep: 'sweep',
} as const
export type QueueName = (typeof QueueNames)[keyof typeof QueueNames]

export const SubmitPayload = z.object({ withdrawalId: z.uuid() })
export type SubmitPayload = z.infer<typeof SubmitPayload>

export const ChainTickPayload = z.object({ chainId: z.number().int().positive() })
export type ChainTickPayload = z.infer<typeof ChainTickPayload>

export const KekRotationPayload = z.object({ rotationId: z.uuid() })
export type KekRotationPayload = z.infer<typeof KekRotationPayload>
export const ReconcilePayload = z.object({ reconciliationId: z.uuid() })
export type ReconcilePayload = z.infer<typeof ReconcilePayload>

export const ReconcileDailyPayload = z.object({ chainId: z.number().int().positive() })
export type ReconcileDailyPayload = z.infer<typeof ReconcileDailyPayload>
export const WebhookDeliveryPayload = z.object({
  deliveryId: z.uuid(),
  endpointId: z.uuid(),
  /** 1 + manual redeliveries: a job of an older round finds nothing to do. */
  round: z.number().int().min(1),
})
export type WebhookDeliveryPayload = z.infer<typeof WebhookDeliveryPayload>
export const MaintenancePayload = z.object({ task: z.enum(['prune-idempotency-keys']) })
export type MaintenancePayload = z.infer<typeof MaintenancePayload>
export const SweepPayload = z.object({ chainId: z.number().int().positive() })
export type SweepPayload = z.infer<typeof SweepPayload>

export const JobDefinitions = {
  submit: {
    queue: QueueNames.submit,
    payload: SubmitPayload,
    jobId: (p: SubmitPayload) => `submit-${p.withdrawalId}`,
    options: {
      attempts: 20,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: true,
      // A failed job is deleted so that the reconciler can enqueue the same id again: Postgres, not
      // Redis, remembers that the withdrawal is still queued. Failures are logged and counted.
      removeOnFail: true,
    } satisfies JobsOptions,
  },
  chainTick: {
    queue: QueueNames.chain,
    payload: ChainTickPayload,
    schedulerId: (p: ChainTickPayload) => `chain-${p.chainId}`,
    options: { removeOnComplete: true, removeOnFail: { count: 100 } } satisfies JobsOptions,
  },
  kekRotation: {
    queue: QueueNames.kekRotation,
    payload: KekRotationPayload,
    jobId: (p: KekRotationPayload) => `kek-rotation-${p.rotationId}`,
    // Throttling and a briefly absent HSM are retried with backoff; progress is in Postgres, so each
    // attempt continues after the last stored data key, and the reconciler or a resume re-enqueues it.
    options: { attempts: 12, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: true } satisfies JobsOptions,
  },
  reconcile: {
    queue: QueueNames.reconcile,
    name: 'reconcile',
    payload: ReconcilePayload,
    jobId: (p: ReconcilePayload) => `reconcile-${p.reconciliationId}`,
    // Postgres holds the run's state: a job lost or failed is re-enqueued from `queued`/`running` rows.
    options: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: true, removeOnFail: true } satisfies JobsOptions,
  },
  reconcileDaily: {
    queue: QueueNames.reconcile,
    name: 'reconcile-daily',
    payload: ReconcileDailyPayload,
    schedulerId: (p: ReconcileDailyPayload) => `reconcile-daily-${p.chainId}`,
    options: { removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } } satisfies JobsOptions,
  },
  webhookDelivery: {
    queue: QueueNames.webhooks,
    payload: WebhookDeliveryPayload,
    jobId: (p: WebhookDeliveryPayload) => `whd-${p.deliveryId}-${p.round}`,
    options: {
      // The retry schedule lives in Postgres (webhook_deliveries.next_attempt_at) and the processor moves
      // the job to delayed itself; BullMQ attempts only cover infrastructure errors (Postgres down).
      // Completed and failed jobs are deleted so the reconciler can enqueue the same id again.
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      removeOnFail: true,
    } satisfies JobsOptions,
  },
  maintenance: {
    queue: QueueNames.maintenance,
    payload: MaintenancePayload,
    schedulerId: (p: MaintenancePayload) => `maintenance-${p.task}`,
    options: { removeOnComplete: true, removeOnFail: { count: 100 } } satisfies JobsOptions,
  },
  sweep: {
    queue: QueueNames.sweep,
    payload: SweepPayload,
    schedulerId: (p: SweepPayload) => `sweep-${p.chainId}`,
    options: { removeOnComplete: true, removeOnFail: { count: 100 } } satisfies JobsOptions,
  },
} as const

export interface Queues {
  submit: Queue
  chain: Queue
  kekRotation: Queue
  reconcile: Queue
  webhooks: Queue
  maintenance: Queue
  sweep: Queue
  close(): Promise<void>
}

/**
 * Opens the queues (producers).
 *
 * @param connection ioredis connection or options (BullMQ needs `maxRetriesPerRequest: null` for workers)
 * @param prefix     Redis key prefix; use a `{hash-tag}` under Redis Cluster
 */
export function openQueues(connection: ConnectionOptions, prefix: string): Queues {
  const submit = new Queue(QueueNames.submit, { connection, prefix })
  const chain = new Queue(QueueNames.chain, { connection, prefix })
  const kekRotation = new Queue(QueueNames.kekRotation, { connection, prefix })
  const reconcile = new Queue(QueueNames.reconcile, { connection, prefix })
  const webhooks = new Queue(QueueNames.webhooks, { connection, prefix })
  const maintenance = new Queue(QueueNames.maintenance, { connection, prefix })
  const sweep = new Queue(QueueNames.sweep, { connection, prefix })
  return {
    submit,
    chain,
    kekRotation,
    reconcile,
    webhooks,
    maintenance,
    sweep,
    async close() {
      await Promise.all([submit.close(), chain.close(), kekRotation.close(), reconcile.close(), webhooks.close(), maintenance.close(), sweep.close()])
    },
  }
}

/**
 * Enqueues the submit job of a withdrawal. Idempotent: a job with the same id that is waiting or
 * running makes this a no-op.
 */
export async function enqueueSubmit(queues: Queues, p: SubmitPayload, opts: { delayMs?: number } = {}): Promise<void> {
  const def = JobDefinitions.submit
  await queues.submit.add('submit', def.payload.parse(p), {
    ...def.options,
    jobId: def.jobId(p),
    ...(opts.delayMs ? { delay: opts.delayMs } : {}),
  })
}

/** Creates or updates the repeating tick of a chain (every `everyMs`). */
export async function scheduleChainTick(queues: Queues, p: ChainTickPayload, everyMs: number): Promise<void> {
  const def = JobDefinitions.chainTick
  await queues.chain.upsertJobScheduler(def.schedulerId(p), { every: everyMs }, {
    name: 'chain-tick',
    data: def.payload.parse(p),
    opts: def.options,
  })
}

/** Whether the repeating tick of a chain is scheduled in Redis (false after Redis lost its data). */
export async function chainTickScheduled(queues: Queues, p: ChainTickPayload): Promise<boolean> {
  return (await queues.chain.getJobScheduler(JobDefinitions.chainTick.schedulerId(p))) != null
}

/** Enqueues the job that runs a KEK rotation. Idempotent while that job is waiting or running. */
export async function enqueueKekRotation(queues: Queues, p: KekRotationPayload): Promise<void> {
  const def = JobDefinitions.kekRotation
  await queues.kekRotation.add('kek-rotation', def.payload.parse(p), { ...def.options, jobId: def.jobId(p) })
}

/** Enqueues the run of a reconciliation. Idempotent (deterministic job id). */
export async function enqueueReconcile(queues: Queues, p: ReconcilePayload): Promise<void> {
  const def = JobDefinitions.reconcile
  await queues.reconcile.add(def.name, def.payload.parse(p), { ...def.options, jobId: def.jobId(p) })
}

/**
 * Creates or updates the scheduled reconciliation of a chain (a cron `pattern`, e.g. `0 3 * * *`, in
 * time zone `tz`), or removes it when `pattern` is null.
 */
export async function scheduleDailyReconciliation(queues: Queues, p: ReconcileDailyPayload, pattern: string | null, tz: string): Promise<void> {
  const def = JobDefinitions.reconcileDaily
  if (pattern === null) {
    await queues.reconcile.removeJobScheduler(def.schedulerId(p))
    return
  }
  await queues.reconcile.upsertJobScheduler(def.schedulerId(p), { pattern, tz }, { name: def.name, data: def.payload.parse(p), opts: def.options })
}

/**
 * Enqueues webhook deliveries (one job per delivery and round, deterministic id: a delivery already
 * waiting, delayed or running is not added twice).
 *
 * @param jobs       deliveries with `delayMs` until their next attempt is due (0 = now)
 */
export async function enqueueWebhookDeliveries(queues: Queues, jobs: (WebhookDeliveryPayload & { delayMs?: number })[]): Promise<void> {
  if (!jobs.length) return
  const def = JobDefinitions.webhookDelivery
  await queues.webhooks.addBulk(
    jobs.map(({ delayMs, ...p }) => ({
      name: 'deliver',
      data: def.payload.parse(p),
      opts: { ...def.options, jobId: def.jobId(p), ...(delayMs && delayMs > 0 ? { delay: Math.ceil(delayMs) } : {}) },
    })),
  )
}

/** Creates or updates the repeating maintenance task `p.task` (every `everyMs`). */
export async function scheduleMaintenance(queues: Queues, p: MaintenancePayload, everyMs: number): Promise<void> {
  const def = JobDefinitions.maintenance
  await queues.maintenance.upsertJobScheduler(def.schedulerId(p), { every: everyMs }, {
    name: p.task,
    data: def.payload.parse(p),
    opts: def.options,
  })
}

/** Creates or updates the repeating sweep job of a chain (every `everyMs`). */
export async function scheduleSweeps(queues: Queues, p: SweepPayload, everyMs: number): Promise<void> {
  const def = JobDefinitions.sweep
  await queues.sweep.upsertJobScheduler(def.schedulerId(p), { every: everyMs }, {
    name: 'sweep',
    data: def.payload.parse(p),
    opts: def.options,
  })
}

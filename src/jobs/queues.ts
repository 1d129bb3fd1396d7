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
  /** Plan sweeps of deposit addresses and their gas top-ups, per chain (repeating). */
  sweep: 'sweep',
} as const
export type QueueName = (typeof QueueNames)[keyof typeof QueueNames]

export const SubmitPayload = z.object({ withdrawalId: z.uuid() })
export type SubmitPayload = z.infer<typeof SubmitPayload>

export const ChainTickPayload = z.object({ chainId: z.number().int().positive() })
export type ChainTickPayload = z.infer<typeof ChainTickPayload>

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
  const sweep = new Queue(QueueNames.sweep, { connection, prefix })
  return {
    submit,
    chain,
    sweep,
    async close() {
      await Promise.all([submit.close(), chain.close(), sweep.close()])
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

/** Creates or updates the repeating sweep job of a chain (every `everyMs`). */
export async function scheduleSweeps(queues: Queues, p: SweepPayload, everyMs: number): Promise<void> {
  const def = JobDefinitions.sweep
  await queues.sweep.upsertJobScheduler(def.schedulerId(p), { every: everyMs }, {
    name: 'sweep',
    data: def.payload.parse(p),
    opts: def.options,
  })
}

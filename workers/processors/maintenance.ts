import type { Job } from 'bullmq'
import { MaintenancePayload } from '../../src/jobs/queues'
import { pruneExpiredIdempotencyKeys } from '../../src/domain/idempotency/pruneExpiredIdempotencyKeys'
import type { Deps } from '../../src/domain/deps'

/** `maintenance` job: parse → run the named housekeeping task. */
export async function processMaintenance(deps: Deps, job: Job) {
  const p = MaintenancePayload.parse(job.data)
  switch (p.task) {
    case 'prune-idempotency-keys':
      return { pruned: await pruneExpiredIdempotencyKeys(deps) }
  }
}

import type { Job } from 'bullmq'
import { SweepPayload } from '../../src/jobs/queues'
import { planSweeps } from '../../src/domain/sweeps/planSweeps'
import type { Deps } from '../../src/domain/deps'
import { oncePerChain } from './oncePerChain'

/** `sweep` job: plan the sweeps and gas top-ups of one chain (one run per chain at a time here). */
export async function processSweep(deps: Deps, job: Job) {
  const p = SweepPayload.parse(job.data)
  return oncePerChain('sweep', p.chainId, () => planSweeps(deps, p.chainId))
}

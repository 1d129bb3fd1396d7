import type { Job } from 'bullmq'
import { SubmitPayload } from '../../src/jobs/queues'
import { submitWithdrawals, type SubmitResult } from '../../src/domain/withdrawals/submitWithdrawals'
import type { Deps } from '../../src/domain/deps'

/** `submit` job: parse → submit the batch of the withdrawal's from-address. */
export async function processSubmit(deps: Deps, job: Job): Promise<SubmitResult> {
  const p = SubmitPayload.parse(job.data)
  return submitWithdrawals(deps, p.withdrawalId)
}

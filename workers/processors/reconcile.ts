import type { Job } from 'bullmq'
import { JobDefinitions, ReconcileDailyPayload, ReconcilePayload } from '../../src/jobs/queues'
import type { Deps } from '../../src/domain/deps'
import { requestReconciliation } from '../../src/domain/reconciliation/requestReconciliation'
import { runReconciliation } from '../../src/domain/reconciliation/runReconciliation'

/** `reconcile` queue: the scheduled tick requests a run; a run job runs it (its last attempt records a failure). */
export async function processReconcile(deps: Deps, job: Job) {
  if (job.name === JobDefinitions.reconcileDaily.name) {
    const p = ReconcileDailyPayload.parse(job.data)
    const r = await requestReconciliation(deps, { chainId: p.chainId, trigger: 'schedule' })
    return { reconciliationId: r.id }
  }
  const p = ReconcilePayload.parse(job.data)
  const r = await runReconciliation(deps, p.reconciliationId, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) })
  return { status: r.status, blockNumber: r.blockNumber?.toString() ?? null, accounts: r.accounts, mismatched: r.mismatched }
}

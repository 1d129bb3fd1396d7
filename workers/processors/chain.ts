import type { Job } from 'bullmq'
import { ChainTickPayload } from '../../src/jobs/queues'
import { chainTick } from '../../src/domain/pipeline/chainTick'
import type { Deps } from '../../src/domain/deps'

/** `chain` job: one tick of the chain's pipeline. Returns a small summary (kept in job results). */
export async function processChainTick(deps: Deps, job: Job) {
  const p = ChainTickPayload.parse(job.data)
  const r = await chainTick(deps, p.chainId)
  return {
    head: r.follow.head.toString(),
    cursor: r.follow.cursor.toString(),
    scanned: r.follow.scanned,
    ...r.confirm,
    sent: r.rebroadcast,
    ...r.track,
    nonceRepairs: r.nonces?.length ?? 0,
    requeued: r.requeued,
  }
}

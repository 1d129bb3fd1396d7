import type { Job } from 'bullmq'
import { ChainTickPayload } from '../../src/jobs/queues'
import { chainTick } from '../../src/domain/pipeline/chainTick'
import type { Deps } from '../../src/domain/deps'
import { oncePerChain } from './oncePerChain'

/**
 * `chain` job: one tick of the chain's pipeline (one at a time per chain in this process, so that a
 * chain whose node is down cannot take every worker slot). Returns a small summary (kept in job results).
 */
export async function processChainTick(deps: Deps, job: Job) {
  const p = ChainTickPayload.parse(job.data)
  return oncePerChain('chain', p.chainId, () => tick(deps, p.chainId))
}

async function tick(deps: Deps, chainId: number) {
  const r = await chainTick(deps, chainId)
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

import type { Job } from 'bullmq'
import { ChainTickPayload } from '../../src/jobs/queues'
import { attemptsTick, followTick } from '../../src/domain/pipeline/chainTick'
import type { Deps } from '../../src/domain/deps'
import { oncePerChain } from './oncePerChain'

/**
 * `chain` job: one tick of the chain's pipeline, its two parts side by side (see chainTick.ts), each
 * at most once at a time per chain in this process: a part still running from an earlier job is
 * skipped (`skipped: 'busy'`), so a slow part (nonce repairs waiting for locks) never holds the
 * follower back, and a chain whose node is down takes at most two worker slots. Returns a small
 * summary (kept in job results).
 */
export async function processChainTick(deps: Deps, job: Job) {
  const p = ChainTickPayload.parse(job.data)
  const [f, a] = await Promise.all([
    oncePerChain('chain', p.chainId, () => followTick(deps, p.chainId)),
    oncePerChain('chain-attempts', p.chainId, () => attemptsTick(deps, p.chainId)),
  ])
  return {
    ...('skipped' in f
      ? { follow: f.skipped }
      : { head: f.follow.head.toString(), cursor: f.follow.cursor.toString(), scanned: f.follow.scanned, ...f.confirm, followMs: f.ms }),
    ...('skipped' in a
      ? { attempts: a.skipped }
      : { sent: a.rebroadcast, ...a.track, nonceRepairs: a.nonces?.length ?? 0, requeued: a.requeued, attemptsMs: a.ms }),
  }
}

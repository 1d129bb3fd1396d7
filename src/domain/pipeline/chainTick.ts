/**
 * One tick of a chain's pipeline (the `chain` queue's job, repeated every `pollIntervalMs`):
 *  1. follow new blocks (deposits, mined attempts, reorgs);
 *  2. settle what reached the confirmation depth (ledger, events);
 *  3. re-send signed attempts no node accepted yet;
 *  4. re-enqueue submit jobs for queued withdrawals (e.g. waiting for funds that just arrived).
 * Each step is idempotent and safe when ticks of the same chain overlap on several workers.
 */
import type { Deps } from '../deps'
import { confirmAtDepth, type ConfirmResult } from '../chain/confirmAtDepth'
import { followChain, type FollowResult } from '../chain/followChain'
import { rebroadcastUnsent } from './rebroadcastUnsent'
import { requeueQueuedWithdrawals } from './reconcileQueues'

export interface TickResult {
  follow: FollowResult
  confirm: ConfirmResult
  rebroadcast: number
  requeued: number
}

export async function chainTick(deps: Deps, chainId: number): Promise<TickResult> {
  const follow = await followChain(deps, chainId)
  const confirm = await confirmAtDepth(deps, chainId)
  const rebroadcast = await rebroadcastUnsent(deps, chainId)
  const requeued = await requeueQueuedWithdrawals(deps, chainId)
  return { follow, confirm, rebroadcast, requeued }
}

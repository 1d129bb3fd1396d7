/**
 * One tick of a chain's pipeline (the `chain` queue's job, repeated every `pollIntervalMs`):
 *  1. follow new blocks (deposits, mined attempts, reorgs);
 *  2. settle what reached the confirmation depth (ledger, events);
 *  3. re-send signed attempts no node accepted yet, acting on refusals;
 *  4. track in-flight attempts: bump stuck ones, re-send dropped ones (trackAttempts);
 *  5. every NONCE_RECONCILE_SECONDS (and at the first tick of a process), reconcile nonce cursors;
 *  6. re-enqueue submit jobs for queued withdrawals (e.g. waiting for funds that just arrived).
 * Each step is idempotent and safe when ticks of the same chain overlap on several workers.
 */
import type { Deps } from '../deps'
import { confirmAtDepth, type ConfirmResult } from '../chain/confirmAtDepth'
import { followChain, type FollowResult } from '../chain/followChain'
import { rebroadcastUnsent } from './rebroadcastUnsent'
import { reconcileNonces, type NonceRepair } from './reconcileNonces'
import { requeueQueuedWithdrawals } from './reconcileQueues'
import { trackAttempts, type TrackResult } from './trackAttempts'

export interface TickResult {
  follow: FollowResult
  confirm: ConfirmResult
  rebroadcast: number
  track: TrackResult
  nonces: NonceRepair[] | null
  requeued: number
}

/** When each chain's nonces were last reconciled by this process (0: never, so at start). */
const lastNonceReconcile = new Map<number, number>()

export async function chainTick(deps: Deps, chainId: number): Promise<TickResult> {
  const follow = await followChain(deps, chainId)
  const confirm = await confirmAtDepth(deps, chainId)
  const rebroadcast = await rebroadcastUnsent(deps, chainId)
  const track = await trackAttempts(deps, chainId)
  let nonces: NonceRepair[] | null = null
  const now = Date.now()
  if (now - (lastNonceReconcile.get(chainId) ?? 0) >= deps.config.pipeline.nonceReconcileSeconds * 1000) {
    lastNonceReconcile.set(chainId, now)
    nonces = await reconcileNonces(deps, chainId)
  }
  const requeued = await requeueQueuedWithdrawals(deps, chainId)
  return { follow, confirm, rebroadcast, track, nonces, requeued }
}

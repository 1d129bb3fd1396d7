/**
 * One tick of a chain's pipeline (the `chain` queue's job, repeated every `pollIntervalMs`), in two
 * independent parts that the job runs side by side (each at most once at a time per chain and process):
 *
 * {@link followTick}: the chain → database direction, the part deposit and settlement latency depend on:
 *  1. follow new blocks (deposits, mined attempts, reorgs);
 *  2. settle what reached the confirmation depth (ledger, events).
 *
 * {@link attemptsTick}: our transactions → the node:
 *  3. re-send signed attempts no node accepted yet, acting on refusals;
 *  4. track in-flight attempts: bump stuck ones, re-send dropped ones (trackAttempts);
 *  5. every NONCE_RECONCILE_SECONDS (and at the first tick of a process), reconcile nonce cursors;
 *  6. re-enqueue submit jobs for queued withdrawals (e.g. waiting for funds that just arrived).
 *
 * They are separate because the second can take seconds under load (the nonce reconciler waits for
 * each address's nonce cursor lock, which the submit pipeline holds while it signs a batch), and
 * following must not wait for it. Each step is idempotent and safe when ticks of the same chain
 * overlap, on one worker or several; no step relies on another having run in the same tick.
 */
import type { Deps } from '../deps'
import { confirmAtDepth, type ConfirmResult } from '../chain/confirmAtDepth'
import { followChain, type FollowResult } from '../chain/followChain'
import { rebroadcastUnsent } from './rebroadcastUnsent'
import { reconcileNonces, type NonceRepair } from './reconcileNonces'
import { requeueQueuedWithdrawals } from './reconcileQueues'
import { trackAttempts, type TrackResult } from './trackAttempts'

export interface FollowTickResult {
  follow: FollowResult
  confirm: ConfirmResult
  /** duration of each step, ms */
  ms: { follow: number; confirm: number }
}

export interface AttemptsTickResult {
  rebroadcast: number
  track: TrackResult
  nonces: NonceRepair[] | null
  requeued: number
  /** duration of each step, ms (`nonces`: 0 when not due) */
  ms: { rebroadcast: number; track: number; nonces: number; requeue: number }
}

/** When each chain's nonces were last reconciled by this process (0: never, so at start). */
const lastNonceReconcile = new Map<number, number>()

/** Steps 1–2: follows the chain and settles what reached the confirmation depth. Logs per-step durations at debug. */
export async function followTick(deps: Deps, chainId: number): Promise<FollowTickResult> {
  const t0 = performance.now()
  const follow = await followChain(deps, chainId)
  const t1 = performance.now()
  const confirm = await confirmAtDepth(deps, chainId)
  const ms = { follow: Math.round(t1 - t0), confirm: Math.round(performance.now() - t1) }
  deps.logger.debug({ chainId, ms, head: follow.head.toString(), cursor: follow.cursor.toString(), scanned: follow.scanned, ...confirm }, 'chain follow tick')
  return { follow, confirm, ms }
}

/** Steps 3–6: re-sends, tracks and repairs our in-flight attempts. Logs per-step durations at debug. */
export async function attemptsTick(deps: Deps, chainId: number): Promise<AttemptsTickResult> {
  let t = performance.now()
  const lap = () => {
    const now = performance.now()
    const d = Math.round(now - t)
    t = now
    return d
  }
  const rebroadcast = await rebroadcastUnsent(deps, chainId)
  const msRebroadcast = lap()
  const track = await trackAttempts(deps, chainId)
  const msTrack = lap()
  let nonces: NonceRepair[] | null = null
  const now = Date.now()
  if (now - (lastNonceReconcile.get(chainId) ?? 0) >= deps.config.pipeline.nonceReconcileSeconds * 1000) {
    lastNonceReconcile.set(chainId, now)
    nonces = await reconcileNonces(deps, chainId)
  }
  const msNonces = lap()
  const requeued = await requeueQueuedWithdrawals(deps, chainId)
  const ms = { rebroadcast: msRebroadcast, track: msTrack, nonces: msNonces, requeue: lap() }
  deps.logger.debug({ chainId, ms, sent: rebroadcast, ...track, nonceRepairs: nonces?.length ?? null, requeued }, 'chain attempts tick')
  return { rebroadcast, track, nonces, requeued, ms }
}

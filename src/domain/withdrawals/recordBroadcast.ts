import { withTx } from '../../db/client'
import { getCursor } from '../../db/chain'
import { chainClient } from '../../chain/clients'
import { insertEvents } from '../../db/events'
import { markBroadcast, recordBroadcastError } from '../../db/withdrawals'
import type { BroadcastOutcome } from '../../chain/broadcast'
import type { Deps } from '../deps'
import { pipelineEvents } from './pipelineEvents'

/**
 * Stores the outcome of a broadcast: accepted attempts become `broadcast` and their withdrawals
 * `submitted` (with `withdrawal.submitted` events, same transaction); failures are recorded on the
 * attempt, which stays signed and is retried by the chain tick.
 */
export async function recordBroadcast(deps: Deps, chainId: number, outcomes: BroadcastOutcome[]): Promise<void> {
  const ok = outcomes.filter((o) => o.ok).map((o) => o.attemptId)
  if (ok.length) {
    // The node's head, not the follower's cursor: a lagging follower would otherwise make an attempt look
    // older than it is and bump it early. (The tracker counts blocks on the cursor, so it waits for the
    // follower to have scanned those blocks before it decides the attempt is not mined.)
    const head = await chainClient(deps.chains, chainId)
      .client.getBlockNumber({ cacheTime: 0 })
      .catch(async () => (await getCursor(deps.db, chainId))?.blockNumber ?? null)
    await withTx(deps.db, async (tx) => {
      const moved = await markBroadcast(tx, ok, head)
      await insertEvents(tx, moved.flatMap((w) => pipelineEvents(w, 'submitted')))
    })
  }
  for (const o of outcomes) {
    if (o.ok) continue
    deps.logger.warn({ attemptId: o.attemptId, errorClass: o.errorClass, error: o.message }, 'broadcast refused; the chain tick acts on it')
    await recordBroadcastError(deps.db, o.attemptId, `${o.errorClass}: ${o.message}`)
  }
}

import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { markBroadcast, recordBroadcastError } from '../../db/withdrawals'
import type { BroadcastOutcome } from '../../chain/broadcast'
import type { Deps } from '../deps'
import { withdrawalView } from '../views'

/**
 * Stores the outcome of a broadcast: accepted attempts become `broadcast` and their withdrawals
 * `submitted` (with `withdrawal.submitted` events, same transaction); failures are recorded on the
 * attempt, which stays signed and is retried by the chain tick.
 */
export async function recordBroadcast(deps: Deps, outcomes: BroadcastOutcome[]): Promise<void> {
  const ok = outcomes.filter((o) => o.ok).map((o) => o.attemptId)
  if (ok.length) {
    await withTx(deps.db, async (tx) => {
      const moved = await markBroadcast(tx, ok)
      await insertEvents(tx, moved.map((w) => ({ type: 'withdrawal.submitted', data: withdrawalView(w), walletId: w.walletId })))
    })
  }
  for (const o of outcomes) {
    if (o.ok) continue
    deps.logger.warn({ attemptId: o.attemptId, errorClass: o.errorClass, error: o.message }, 'broadcast failed; will retry')
    await recordBroadcastError(deps.db, o.attemptId, `${o.errorClass}: ${o.message}`)
  }
}

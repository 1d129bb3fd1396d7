/**
 * Outbox events of pipeline transactions, named by kind: a customer withdrawal's changes are
 * `withdrawal.<stage>`, a sweep's are `sweep.<stage>`. Top-ups and nonce fills are the pipeline's own
 * plumbing and emit nothing (a top-up shows inside its sweep, `GET /v1/sweeps/{id}`).
 */
import type { NewEvent } from '../../db/events'
import type { WithdrawalRow } from '../../db/withdrawals'
import { withdrawalView, type WithdrawalView } from '../views'

export type PipelineStage = 'queued' | 'submitted' | 'mined' | 'confirmed' | 'failed' | 'cancelled' | 'stuck'

/**
 * The events (zero or one) that tell clients `w` reached `stage`.
 * @param view the resource as it should appear in `data` (default: the withdrawal as it is)
 */
export function pipelineEvents(w: WithdrawalRow, stage: PipelineStage, view: WithdrawalView = withdrawalView(w)): NewEvent[] {
  const prefix = w.kind === 'withdrawal' ? 'withdrawal' : w.kind === 'sweep' ? 'sweep' : null
  return prefix ? [{ type: `${prefix}.${stage}`, data: view, walletId: w.walletId }] : []
}

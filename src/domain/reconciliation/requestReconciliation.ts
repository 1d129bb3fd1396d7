/**
 * Requests a reconciliation of a chain at a block height: records the run (`queued`) and enqueues its
 * job. The job ({@link runReconciliation}) does the work; the report is read with
 * `GET /v1/reconciliations/{id}`.
 */
import { chainClient } from '../../chain/clients'
import { chainConfig } from '../../config'
import { insertReconciliation } from '../../db/reconciliations'
import { enqueueReconcile } from '../../jobs/queues'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { reconciliationView, type ReconciliationView } from './views'

export interface RequestReconciliationInput {
  chainId: number
  /** the block to reconcile at; default: the block the chain follower has processed when the run starts */
  blockNumber?: bigint
  trigger?: 'api' | 'schedule'
  requestedByKeyId?: string | null
}

/**
 * @throws AppError `unknown_chain`; `block_not_reached` when `blockNumber` is above the chain's head;
 *         `rpc_failed`
 */
export async function requestReconciliation(deps: Deps, input: RequestReconciliationInput): Promise<ReconciliationView> {
  chainConfig(deps.config, input.chainId)
  if (input.blockNumber !== undefined) {
    let head: bigint
    try {
      head = await chainClient(deps.chains, input.chainId).client.getBlockNumber({ cacheTime: 0 })
    } catch (cause) {
      throw new AppError('rpc_failed', `chain ${input.chainId}: RPC unreachable`, { cause })
    }
    if (input.blockNumber > head) throw new AppError('block_not_reached', `chain ${input.chainId} is at block ${head}; block ${input.blockNumber} does not exist yet`)
  }
  const row = await insertReconciliation(deps.db, {
    id: newId(),
    chainId: input.chainId,
    blockNumber: input.blockNumber ?? null,
    trigger: input.trigger ?? 'api',
    requestedByKeyId: input.requestedByKeyId ?? null,
  })
  try {
    await enqueueReconcile(deps.queues, { reconciliationId: row.id })
  } catch (e) {
    deps.logger.warn({ err: e, reconciliationId: row.id }, 'could not enqueue the reconciliation job; it is re-enqueued when workers start')
  }
  return reconciliationView(row)
}

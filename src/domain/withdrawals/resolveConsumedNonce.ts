/**
 * What to do when the chain has used a withdrawal's nonce (`nonce too low`, or the nonce reconciler
 * sees the address's transaction count past it) but the follower has not seen any of its attempts
 * mined.
 *
 *  1. look up the receipt of every attempt of the withdrawal by hash: if one is mined, nothing to do
 *     (the follower will record it when it reaches that block);
 *  2. otherwise a transaction the service did not sign took the nonce (the key was used elsewhere).
 *     Once that is final (the address's transaction count at head − depth + 1 is past the nonce), none
 *     of the withdrawal's attempts can ever be mined: it gives up the nonce and goes back to `queued`
 *     (or ends `cancelled` if a cancel was requested), and the cursor moves past the used nonces. Before
 *     it is final nothing changes, so a reorg can never leave two of its transactions mineable.
 */
import { getAddress } from 'viem'
import { chainClient } from '../../chain/clients'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getAttempts, releaseConsumedNonce, type WithdrawalRow } from '../../db/withdrawals'
import { enqueueSubmit } from '../../jobs/queues'
import type { Deps } from '../deps'
import { voidWithdrawal } from '../ledger/entries'
import { pipelineEvents } from './pipelineEvents'

export type ConsumedNonceOutcome = 'mined_by_us' | 'not_final' | 'released' | 'not_in_flight'

export async function resolveConsumedNonce(deps: Deps, w: WithdrawalRow): Promise<ConsumedNonceOutcome> {
  if (w.nonce === null || !['signing', 'submitted'].includes(w.status)) return 'not_in_flight'
  const { client, config } = chainClient(deps.chains, w.chainId)
  const attempts = await getAttempts(deps.db, w.id)
  const receipts = await Promise.all(attempts.map((a) => client.getTransactionReceipt({ hash: a.txHash as `0x${string}` }).catch(() => null)))
  if (receipts.some((r) => r !== null)) return 'mined_by_us'
  const head = await client.getBlockNumber({ cacheTime: 0 })
  const safe = head - BigInt(config.confirmations) + 1n
  if (safe < 0n) return 'not_final'
  const countAtSafe = BigInt(await client.getTransactionCount({ address: getAddress(w.fromAddress), blockNumber: safe }))
  if (countAtSafe <= w.nonce) return 'not_final'
  const released = await withTx(deps.db, async (tx) => {
    const r = await releaseConsumedNonce(tx, w, countAtSafe, `nonce ${w.nonce} was used by a transaction this service did not sign`)
    if (r.status === 'cancelled' && r.holdEntryId) await voidWithdrawal(tx, r, r.holdEntryId)
    await insertEvents(tx, pipelineEvents(r, r.status === 'cancelled' ? 'cancelled' : 'queued'))
    return r
  })
  deps.logger.warn({ withdrawalId: w.id, nonce: w.nonce.toString(), address: w.fromAddress, status: released.status }, 'nonce consumed outside the service; withdrawal released its nonce')
  if (released.status === 'queued') await enqueueSubmit(deps.queues, { withdrawalId: w.id }).catch(() => undefined)
  return 'released'
}

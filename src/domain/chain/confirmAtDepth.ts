/**
 * Confirmation at depth: the only place deposits are credited and withdrawals settled in the ledger.
 *
 * A block at height h has `cursor − h + 1` confirmations, counted on the blocks the follower has
 * processed (so only canonical blocks count); chains configured with `finality: "finalized"` settle
 * up to the node's finalized block instead (see ./finality.ts). Deposits and mined attempts with at least the chain's
 * `confirmations` are settled, each in a transaction that holds the cursor's row lock (a concurrent
 * reorg rewind waits) and is guarded on status and block hash, so each settles exactly once.
 */
import { withTx } from '../../db/client'
import { lockCursor } from '../../db/chain'
import { listConfirmable, markConfirmedMany, setCreditEntries } from '../../db/deposits'
import { insertEvents, type NewEvent } from '../../db/events'
import { listMinedAwaitingConfirmation, settleMinedMany } from '../../db/withdrawals'
import type { Deps } from '../deps'
import { bookNetworkFee, creditDeposits, postWithdrawal, voidWithdrawal } from '../ledger/entries'
import { observeCredited } from '../stateMetrics'
import { depositView } from '../views'
import { pipelineEvents } from '../withdrawals/pipelineEvents'
import { settleLimit } from './finality'

const BATCH = 100
const DEPOSIT_BATCH = 1000

export interface ConfirmResult {
  depositsConfirmed: number
  withdrawalsSettled: number
}

/**
 * Settles what reached the confirmation depth on `chainId`: credits up to 1,000 deposits and settles up
 * to 100 mined withdrawals per transaction (ledger entries and events commit with the status change).
 * Safe to run concurrently on several workers (cursor row lock, status guards).
 *
 * @returns how many deposits were credited and withdrawals settled (confirmed, failed or cancelled)
 * @throws AppError `unknown_chain`; database and RPC errors as they are (the next tick retries)
 */
export async function confirmAtDepth(deps: Deps, chainId: number): Promise<ConfirmResult> {
  const limit = await settleLimit(deps, chainId)
  const result: ConfirmResult = { depositsConfirmed: 0, withdrawalsSettled: 0 }
  const credited: { blockNumber: bigint }[] = []
  for (;;) {
    const n = await withTx(deps.db, async (tx) => {
      const cursor = await lockCursor(tx, chainId)
      if (!cursor) return 0
      const maxBlock = await limit(tx, cursor)
      if (maxBlock === null) return 0
      // A batch in a handful of statements: catching up after downtime credits thousands of deposits.
      const due = await listConfirmable(tx, chainId, maxBlock, DEPOSIT_BATCH)
      const confirmed = await markConfirmedMany(tx, due.map((d) => d.id), maxBlock)
      const entryOf = await creditDeposits(tx, confirmed)
      await setCreditEntries(tx, confirmed.map((d) => ({ depositId: d.id, entryId: entryOf.get(d.id)! })))
      const events: NewEvent[] = confirmed.map((d) => ({ type: 'deposit.confirmed', data: depositView({ ...d, creditEntryId: entryOf.get(d.id)! }), walletId: d.walletId }))
      await insertEvents(tx, events)
      result.depositsConfirmed += events.length
      credited.push(...confirmed)
      return due.length === DEPOSIT_BATCH ? BATCH : 0
    })
    if (n < BATCH) break
  }
  await observeCredited(deps, chainId, credited)
  for (;;) {
    const n = await withTx(deps.db, async (tx) => {
      const cursor = await lockCursor(tx, chainId)
      if (!cursor) return 0
      const maxBlock = await limit(tx, cursor)
      if (maxBlock === null) return 0
      const due = await listMinedAwaitingConfirmation(tx, chainId, maxBlock, BATCH)
      const settle = due.map((a) => {
        const to = a.kind === 'cancel' ? 'cancelled' : a.receiptStatus === 'success' ? 'confirmed' : 'failed'
        const reason =
          to === 'cancelled'
            ? 'replaced by a cancel (0-value self-send) that was mined'
            : to === 'failed'
              ? a.receiptStatus === 'no_transfer_log'
                ? 'token transfer emitted no matching Transfer log; not delivered'
                : 'transaction reverted on chain'
              : null
        return { a, withdrawalId: a.withdrawalId, attemptId: a.id, to, reason } as const
      })
      const settled = await settleMinedMany(tx, settle)
      const events: NewEvent[] = []
      for (const { a, withdrawalId, to: outcome } of settle) {
        const w = settled.get(withdrawalId)
        if (!w || w.minedAttemptId !== a.id) continue
        const gas = { fee: a.gasUsed! * a.effectiveGasPrice!, blockNumber: a.blockNumber! }
        if (w.kind === 'nonce_fill' || !w.holdEntryId) {
          await bookNetworkFee(tx, w, gas)
          continue
        }
        if (outcome === 'confirmed') await postWithdrawal(tx, w, w.holdEntryId, gas)
        else await voidWithdrawal(tx, w, w.holdEntryId, gas)
        events.push(...pipelineEvents(w, outcome))
      }
      await insertEvents(tx, events)
      result.withdrawalsSettled += events.length
      return due.length
    })
    if (n < BATCH) break
  }
  return result
}

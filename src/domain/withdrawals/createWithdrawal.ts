import { getAddress, isAddress } from 'viem'
import { isConstraintViolation, withTx, type DbTx, type Prisma } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWallet } from '../../db/wallets'
import { findWithdrawalByExternalId, insertWithdrawal } from '../../db/withdrawals'
import { getWalletBalances } from '../wallets/queries'
import { enqueueSubmit } from '../../jobs/queues'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { resolveAsset } from '../assets'
import type { Deps } from '../deps'
import { placeWithdrawalHold } from '../ledger/entries'
import { checkWithdrawalDestination } from './destinations'
import { evaluateWithdrawalPolicy, policyViolation } from '../policies/evaluateWithdrawalPolicy'
import { withdrawalView, type WithdrawalView } from '../views'

export interface CreateWithdrawalInput {
  walletId: string
  /** `{chainId}:native` or `{chainId}:{tokenAddress}` */
  asset: string
  /** destination address (EIP-55 checksummed or all lowercase) */
  to: string
  /** base units (wei for ETH), > 0 */
  amount: bigint
  /** the client's own id for this withdrawal; unique forever per API client */
  externalId?: string
}

/**
 * Requests a withdrawal from a wallet's hot address.
 *
 * In one database transaction: the withdrawal policy of (wallet, asset) is evaluated (its decision is
 * stored with the withdrawal), the withdrawal row (`queued`, or `pending_approval` when the amount is
 * above the policy's approval threshold), the `withdrawal.queued` / `withdrawal.pending_approval`
 * event, and last the hold of `amount` on the wallet's customer liability account (also while awaiting
 * approval, so the funds stay reserved; last, because it takes the wallet's contended balance-row lock
 * until COMMIT). After commit a queued withdrawal's submit job is enqueued (if Redis is down, the queue
 * reconciler enqueues it later from Postgres).
 *
 * @param within optional: run inside the caller's transaction (the idempotency layer stores the
 *               response in the same transaction)
 * @throws AppError `wallet_not_found`, `unknown_asset`, `validation_failed` (bad address),
 *         `insufficient_balance` (available < amount; nothing written),
 *         `external_id_conflict` (409, `existingId` points at the first withdrawal),
 *         `policy_violation` (422, `rule` and `decision` say which rule refused; nothing written)
 *         `destination_refused` (422, `reason`: zero address, precompile, system or token contract, or a
 *         custody address of this service; nothing written: ./destinations.ts)
 *         `policy_required` (422: no policy applies and POLICY_DEFAULT_DENY is on; nothing written)
 */
export async function createWithdrawal(
  deps: Deps,
  input: CreateWithdrawalInput,
  actor: { clientId: string; keyId?: string },
  within?: (tx: DbTx, view: WithdrawalView) => Promise<void>,
): Promise<WithdrawalView> {
  const asset = resolveAsset(deps.config, input.asset)
  if (!isAddress(input.to, { strict: true })) throw new AppError('validation_failed', `"${input.to}" is not a valid address (EIP-55 checksum)`, { errors: [{ pointer: '/to', detail: 'invalid address or checksum' }] })
  if (input.amount <= 0n) throw new AppError('validation_failed', 'amount must be a positive integer of base units', { errors: [{ pointer: '/amount', detail: 'must be > 0' }] })
  const wallet = await getWallet(deps.db, input.walletId)
  if (!wallet) throw new AppError('wallet_not_found', `wallet ${input.walletId} does not exist`)
  await checkWithdrawalDestination(deps.db, deps.config, asset, input.to)

  let view: WithdrawalView
  try {
    const to = getAddress(input.to).toLowerCase()
    view = await withTx(deps.db, async (tx) => {
      const decision = await evaluateWithdrawalPolicy(tx, { walletId: wallet.id, asset: asset.id, to, amount: input.amount }, deps.config.policies)
      if (decision.outcome === 'refused') throw policyViolation(decision)
      const holdId = newId()
      const row = await insertWithdrawal(tx, {
        id: newId(),
        kind: 'withdrawal',
        clientId: actor.clientId,
        externalId: input.externalId ?? null,
        walletId: wallet.id,
        chainId: asset.chainId,
        asset: asset.id,
        fromAddress: wallet.hotAddress,
        toAddress: to,
        amount: input.amount,
        status: decision.outcome === 'pending_approval' ? 'pending_approval' : 'queued',
        holdEntryId: holdId,
        createdByKeyId: actor.keyId ?? null,
        policyDecision: decision as unknown as Prisma.InputJsonValue,
        approvalsRequired: decision.approvalsRequired,
      })
      const v = withdrawalView(row)
      await insertEvents(tx, [{ type: row.status === 'pending_approval' ? 'withdrawal.pending_approval' : 'withdrawal.queued', data: v, walletId: wallet.id }])
      if (within) await within(tx, v)
      // Last: the hold takes the wallet's balance row lock, held until COMMIT.
      await placeWithdrawalHold(tx, row, holdId)
      return v
    })
  } catch (e) {
    if (e instanceof AppError && e.code === 'insufficient_balance') {
      const available = (await getWalletBalances(deps, wallet.id)).find((b) => b.asset === asset.id)?.available
      throw new AppError('insufficient_balance', `available balance ${available} is below the requested amount ${input.amount} (base units of ${asset.id})`, {
        cause: e,
        extra: { available, requested: input.amount.toString(), asset: asset.id },
      })
    }
    if (input.externalId && isConstraintViolation(e, 'withdrawals_client_external_id')) {
      const existing = await findWithdrawalByExternalId(deps.db, actor.clientId, input.externalId)
      throw new AppError('external_id_conflict', `externalId "${input.externalId}" is already used by withdrawal ${existing?.id}`, {
        cause: e,
        extra: existing ? { existingId: existing.id } : {},
      })
    }
    throw e
  }
  if (view.status !== 'queued') return view
  try {
    await enqueueSubmit(deps.queues, { withdrawalId: view.id })
  } catch (e) {
    deps.logger.warn({ err: e, withdrawalId: view.id }, 'could not enqueue submit job; the queue reconciler will')
  }
  return view
}

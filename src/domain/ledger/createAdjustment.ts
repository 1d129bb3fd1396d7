/**
 * Books an operator's adjusting journal entry against a custody address account, e.g. after a
 * reconciliation found ETH that reached the address through a contract's internal call (which the block
 * follower cannot see), or gas of a transaction signed outside the service with the same key.
 *
 * Steps, in one database transaction: resolve the counter account from `counterpart`, lock both
 * balances (sorted), insert the entry (`standard`, event `ledger.adjustment`, ref `adjustment`), the
 * audit row (who: API key and client; why: `reason`; which reconciliation) and the
 * `ledger.adjustment.created` outbox event.
 */
import { getCursor } from '../../db/chain'
import { insertAdjustment, type AdjustmentCounterpart } from '../../db/adjustments'
import { isConstraintViolation, withTx, type DbTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getAccount, insertEntries, lockAccounts, type AccountRow, type AccountSpec } from '../../db/ledger'
import { getReconciliation, getReconciliationItem } from '../../db/reconciliations'
import { chainClient } from '../../chain/clients'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'
import { adjustmentViewOf, type AdjustmentView } from './adjustmentView'
import { equityAccount, networkFeeAccount, otherIncomeAccount, suspenseAccount, walletLiabilityAccount } from './chartOfAccounts'

export interface CreateAdjustmentInput {
  /** the custody address (asset) account to correct */
  accountId: string
  /** signed base units to add to it: the reconciliation's `difference` (on chain − ledger) */
  amount: bigint
  /**
   * the other side: `suspense` (not yet explained), `equity` (the business's own funds), `income`
   * (other income), `network_fee` (unbooked gas; native asset, amount < 0) or `customer` (the liability
   * of the address's wallet: a deposit the follower could not see)
   */
  counterpart: AdjustmentCounterpart
  /** why (kept in the audit record and as the entry's description) */
  reason: string
  /**
   * the block the difference arose in, so that balances and reconciliations as of earlier blocks
   * stay right; default: the reconciliation item's `firstSeenBlock`, else the reconciliation's block,
   * else the block the chain follower has processed
   */
  blockNumber?: bigint
  /** the reconciliation that found the difference */
  reconciliationId?: string
}

export interface Actor {
  apiKeyId: string | null
  clientId: string | null
}

function specOf(a: AccountRow): AccountSpec {
  return { code: a.code, type: a.type, role: a.role, asset: a.asset, chainId: a.chainId, walletId: a.walletId, address: a.address, name: a.name }
}

function counterSpec(a: AccountRow, input: CreateAdjustmentInput): AccountSpec {
  switch (input.counterpart) {
    case 'suspense':
      return suspenseAccount(a.asset, a.chainId)
    case 'equity':
      return equityAccount(a.asset, a.chainId)
    case 'income':
      return otherIncomeAccount(a.asset, a.chainId)
    case 'network_fee':
      if (a.asset !== nativeAsset(a.chainId)) throw new AppError('invalid_adjustment', `network fees are paid in ${nativeAsset(a.chainId)}, not ${a.asset}`)
      if (input.amount > 0n) throw new AppError('invalid_adjustment', 'gas only ever leaves an address: a network_fee adjustment has a negative amount')
      return networkFeeAccount(a.asset, a.chainId)
    case 'customer':
      if (!a.walletId) throw new AppError('invalid_adjustment', `account ${a.id} belongs to no wallet`)
      return walletLiabilityAccount(a.asset, a.chainId, a.walletId)
  }
}

/**
 * Books an adjusting entry: Dr (amount > 0) or Cr (amount < 0) the custody address account, the other
 * side on the counter account.
 *
 * @param within optional: run inside the caller's transaction (the idempotency layer stores the
 *               response in the same transaction)
 * @throws AppError `ledger_account_not_found`, `invalid_adjustment` (not a custody address account,
 *         zero amount, counterpart that does not fit), `reconciliation_not_found`, `block_not_reached`
 *         (block above what the follower processed), `insufficient_balance` (a `customer` adjustment
 *         that would take the wallet's liability below zero available)
 */
export async function createAdjustment(
  deps: Deps,
  input: CreateAdjustmentInput,
  actor: Actor,
  within?: (tx: DbTx, view: AdjustmentView) => Promise<void>,
): Promise<AdjustmentView> {
  const account = await getAccount(deps.db, input.accountId)
  if (!account) throw new AppError('ledger_account_not_found', `ledger account ${input.accountId} does not exist`)
  if (account.type !== 'asset' || !account.address) {
    throw new AppError('invalid_adjustment', `account ${account.id} is a ${account.type} account; adjustments correct custody address (asset) accounts`)
  }
  if (input.amount === 0n) throw new AppError('invalid_adjustment', 'amount must not be zero', { errors: [{ pointer: '/amount', detail: 'must not be 0' }] })
  const counter = counterSpec(account, input)

  let block = input.blockNumber
  if (input.reconciliationId) {
    const rec = await getReconciliation(deps.db, input.reconciliationId)
    if (!rec) throw new AppError('reconciliation_not_found', `reconciliation ${input.reconciliationId} does not exist`)
    if (rec.chainId !== account.chainId) throw new AppError('invalid_adjustment', `reconciliation ${rec.id} is of chain ${rec.chainId}, the account of chain ${account.chainId}`)
    if (block === undefined) {
      const item = await getReconciliationItem(deps.db, rec.id, account.address, account.asset)
      block = item?.firstSeenBlock ?? rec.blockNumber ?? undefined
    }
  }
  const cursor = await getCursor(deps.db, account.chainId)
  const reached = cursor?.blockNumber ?? (await chainClient(deps.chains, account.chainId).client.getBlockNumber({ cacheTime: 0 }))
  if (block === undefined) block = reached
  if (block > reached) throw new AppError('block_not_reached', `the chain follower of chain ${account.chainId} is at block ${reached}; block ${block} is ahead of it`)

  const id = newId()
  try {
    return await withTx(deps.db, async (tx) => {
      const { ids } = await lockAccounts(tx, { lock: [specOf(account), counter] })
      const counterId = ids[1]!
      const [entryId] = await insertEntries(tx, [
        {
          kind: 'standard',
          event: 'ledger.adjustment',
          refType: 'adjustment',
          refId: id,
          chainId: account.chainId,
          blockNumber: block,
          description: input.reason,
          postings: [
            { accountId: account.id, asset: account.asset, amount: input.amount },
            { accountId: counterId, asset: account.asset, amount: -input.amount },
          ],
        },
      ])
      const row = await insertAdjustment(tx, {
        id,
        entryId: entryId!,
        chainId: account.chainId,
        asset: account.asset,
        accountId: account.id,
        counterAccountId: counterId,
        counterpart: input.counterpart,
        amount: input.amount,
        blockNumber: block!,
        reason: input.reason,
        reconciliationId: input.reconciliationId ?? null,
        createdByKeyId: actor.apiKeyId,
        createdByClientId: actor.clientId,
      })
      const view = adjustmentViewOf(row, account.address)
      await insertEvents(tx, [{ type: 'ledger.adjustment.created', data: view, walletId: account.walletId }])
      if (within) await within(tx, view)
      return view
    })
  } catch (e) {
    if (isConstraintViolation(e, 'ledger_balances_no_overdraft')) {
      throw new AppError('insufficient_balance', `the adjustment would take wallet ${account.walletId}'s available balance below zero`, { cause: e })
    }
    throw e
  }
}

/**
 * Books an operator's adjusting journal entry against a custody address account, e.g. after a
 * reconciliation found ETH that reached the address through a contract's internal call (which the block
 * follower cannot see), or gas of a transaction signed outside the service with the same key.
 *
 * Controls (issue 13, M1; separation of duties, maker-checker):
 *  - every adjustment names the finished reconciliation whose line (address, asset) it clears: the
 *    amount has the sign of the line's difference and, with what other adjustments of that line
 *    (booked or awaiting approval) claim, never exceeds it (422 `adjustment_exceeds_difference`);
 *  - it is never dated at or before the block of the last reconciliation that matched the account
 *    (422 `adjustment_backdated`): reconciled history is not rewritten;
 *  - one that touches customer funds (`counterpart: customer`, the wallet's liability) or whose
 *    absolute amount is above ADJUSTMENT_APPROVAL_THRESHOLD base units is not booked: it becomes an
 *    adjustment request `pending_approval`, booked only when a party other than its requester approves
 *    it (decideAdjustmentRequest.ts; party rules in src/domain/approvals/party.ts).
 *
 * Steps of a booking, in one database transaction: serialise the reconciliation line, re-check the
 * cap, resolve the counter account from `counterpart`, lock both balances (sorted), insert the entry
 * (`standard`, event `ledger.adjustment`, ref `adjustment`), the adjustment row (who: API key and
 * client, and the approver; why: `reason`; which reconciliation) and the `ledger.adjustment.created`
 * outbox event.
 */
import { getCursor } from '../../db/chain'
import {
  claimedOfLine,
  insertAdjustment,
  insertAdjustmentRequest,
  lastMatchedBlock,
  lockReconciliationLine,
  type AdjustmentCounterpart,
  type AdjustmentRequestRow,
} from '../../db/adjustments'
import { isConstraintViolation, withTx, type DbOrTx, type DbTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getAccount, insertEntries, lockAccounts, type AccountRow, type AccountSpec } from '../../db/ledger'
import { getReconciliation, getReconciliationItem } from '../../db/reconciliations'
import { chainClient } from '../../chain/clients'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'
import { adjustmentRequestViewOf, adjustmentViewOf, type AdjustmentRequestView, type AdjustmentView } from './adjustmentView'
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
  /** the finished reconciliation whose line (this account's address and asset) the adjustment clears */
  reconciliationId: string
}

export interface Actor {
  apiKeyId: string | null
  clientId: string | null
  /** approver identity of the key (src/domain/approvals/party.ts); `system` when there is no key */
  identity: string | null
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

/** `|x|` of a signed amount. */
const abs = (x: bigint) => (x < 0n ? -x : x)

/**
 * Refuses an amount the reconciliation line does not cover: other sign than the line's difference, or
 * more than the difference less what other adjustments of the line claim.
 * @throws AppError `adjustment_exceeds_difference` with `remaining` (base units, signed)
 */
async function assertCovered(db: DbOrTx, reconciliationId: string, accountId: string, difference: bigint, amount: bigint, except?: string): Promise<void> {
  const remaining = difference - (await claimedOfLine(db, reconciliationId, accountId, except))
  if (remaining === 0n || (remaining > 0n) !== (amount > 0n) || abs(amount) > abs(remaining)) {
    throw new AppError(
      'adjustment_exceeds_difference',
      `reconciliation ${reconciliationId} leaves ${remaining} base units of its difference ${difference} on account ${accountId} to adjust; ${amount} is not covered`,
      { extra: { difference: difference.toString(), remaining: remaining.toString() } },
    )
  }
}

/**
 * The first block an adjustment of `account` may be dated at: after the last reconciliation that
 * matched its address and asset (0 when none did).
 */
async function notBeforeOf(db: DbOrTx, account: AccountRow): Promise<bigint> {
  const last = await lastMatchedBlock(db, account.chainId, account.address!, account.asset)
  return last === null ? 0n : last + 1n
}

function assertNotBackdated(block: bigint, notBefore: bigint, accountId: string): void {
  if (block < notBefore) {
    throw new AppError('adjustment_backdated', `block ${block} is at or before the last reconciliation that matched account ${accountId}; the first block allowed is ${notBefore}`, {
      extra: { notBefore: notBefore.toString() },
      errors: [{ pointer: '/blockNumber', detail: `must be ${notBefore} or later` }],
    })
  }
}

/** Why an adjustment needs a second party: it touches customer funds, or is above the threshold. */
export function adjustmentNeedsApproval(deps: Pick<Deps, 'config'>, input: Pick<CreateAdjustmentInput, 'counterpart' | 'amount'>): boolean {
  return input.counterpart === 'customer' || abs(input.amount) > deps.config.ledger.adjustmentApprovalThreshold
}

/** The result of {@link createAdjustment}: booked at once, or waiting for a second party. */
export type CreateAdjustmentResult =
  | { status: 'posted'; adjustment: AdjustmentView }
  | { status: 'pending_approval'; request: AdjustmentRequestView }

/** Stores the idempotent response of the call in the caller's transaction (HTTP status → callback). */
export type WithinTx = (status: number) => (tx: DbTx, body: unknown) => Promise<void>

/**
 * Validates an adjustment: account, amount, counterpart, reconciliation line and its cap, block.
 * @returns the account, the reconciliation line's difference and the block to date it at
 */
async function prepare(deps: Deps, input: CreateAdjustmentInput) {
  const account = await getAccount(deps.db, input.accountId)
  if (!account) throw new AppError('ledger_account_not_found', `ledger account ${input.accountId} does not exist`)
  if (account.type !== 'asset' || !account.address) {
    throw new AppError('invalid_adjustment', `account ${account.id} is a ${account.type} account; adjustments correct custody address (asset) accounts`)
  }
  if (input.amount === 0n) throw new AppError('invalid_adjustment', 'amount must not be zero', { errors: [{ pointer: '/amount', detail: 'must not be 0' }] })
  counterSpec(account, input)

  const cursor = await getCursor(deps.db, account.chainId)
  const reached = cursor?.blockNumber ?? (await chainClient(deps.chains, account.chainId).client.getBlockNumber({ cacheTime: 0 }))
  if (input.blockNumber !== undefined && input.blockNumber > reached) {
    throw new AppError('block_not_reached', `the chain follower of chain ${account.chainId} is at block ${reached}; block ${input.blockNumber} is ahead of it`)
  }

  const rec = await getReconciliation(deps.db, input.reconciliationId)
  if (!rec) throw new AppError('reconciliation_not_found', `reconciliation ${input.reconciliationId} does not exist`)
  if (rec.chainId !== account.chainId) throw new AppError('invalid_adjustment', `reconciliation ${rec.id} is of chain ${rec.chainId}, the account of chain ${account.chainId}`)
  if (rec.status !== 'matched' && rec.status !== 'mismatched') {
    throw new AppError('adjustment_exceeds_difference', `reconciliation ${rec.id} is ${rec.status}; only a finished reconciliation's difference can be adjusted`, { extra: { difference: '0', remaining: '0' } })
  }
  const item = await getReconciliationItem(deps.db, rec.id, account.address, account.asset)
  const difference = item?.difference ?? 0n
  await assertCovered(deps.db, rec.id, account.id, difference, input.amount)

  const notBefore = await notBeforeOf(deps.db, account)
  let block = input.blockNumber
  if (block === undefined) {
    // where the difference arose, but never inside reconciled history
    block = item?.firstSeenBlock ?? rec.blockNumber ?? reached
    if (block < notBefore) block = notBefore
    if (block > reached) block = reached
  }
  assertNotBackdated(block, notBefore, account.id)
  return { account, difference, block }
}

/**
 * Books an adjustment (amount > 0: Dr the custody address account; < 0: Cr), the other side on the
 * counter account, in `tx`, after re-checking the cap and the date under the line's lock.
 * @throws AppError `adjustment_exceeds_difference`, `adjustment_backdated`, `insufficient_balance`
 */
export async function bookAdjustment(
  tx: DbTx,
  a: { id: string; account: AccountRow; input: CreateAdjustmentInput; block: bigint; difference: bigint; actor: Actor; approvedBy?: { keyId: string; identity: string }; except?: string },
): Promise<AdjustmentView> {
  const { account, input } = a
  await lockReconciliationLine(tx, input.reconciliationId, account.id)
  await assertCovered(tx, input.reconciliationId, account.id, a.difference, input.amount, a.except)
  assertNotBackdated(a.block, await notBeforeOf(tx, account), account.id)
  try {
    const { ids } = await lockAccounts(tx, { lock: [specOf(account), counterSpec(account, input)] })
    const counterId = ids[1]!
    const [entryId] = await insertEntries(tx, [
      {
        kind: 'standard',
        event: 'ledger.adjustment',
        refType: 'adjustment',
        refId: a.id,
        chainId: account.chainId,
        blockNumber: a.block,
        description: input.reason,
        postings: [
          { accountId: account.id, asset: account.asset, amount: input.amount },
          { accountId: counterId, asset: account.asset, amount: -input.amount },
        ],
      },
    ])
    const row = await insertAdjustment(tx, {
      id: a.id,
      entryId: entryId!,
      chainId: account.chainId,
      asset: account.asset,
      accountId: account.id,
      counterAccountId: counterId,
      counterpart: input.counterpart,
      amount: input.amount,
      blockNumber: a.block,
      reason: input.reason,
      reconciliationId: input.reconciliationId,
      createdByKeyId: a.actor.apiKeyId,
      createdByClientId: a.actor.clientId,
      approvedByKeyId: a.approvedBy?.keyId ?? null,
      approvedByIdentity: a.approvedBy?.identity ?? null,
    })
    const view = adjustmentViewOf(row, account.address)
    await insertEvents(tx, [{ type: 'ledger.adjustment.created', data: view, walletId: account.walletId }])
    return view
  } catch (e) {
    if (isConstraintViolation(e, 'ledger_balances_no_overdraft')) {
      throw new AppError('insufficient_balance', `the adjustment would take wallet ${account.walletId}'s available balance below zero`, { cause: e })
    }
    throw e
  }
}

/**
 * Books an adjusting entry against a custody address account, or, when it touches customer funds or
 * is above ADJUSTMENT_APPROVAL_THRESHOLD, records it as a request awaiting a second party.
 *
 * @param within optional: stores the idempotent response in the same transaction (201 when booked, 202
 *               when awaiting approval)
 * @returns `{status: 'posted', adjustment}` or `{status: 'pending_approval', request}`
 * @throws AppError `ledger_account_not_found`, `invalid_adjustment` (not a custody address account,
 *         zero amount, counterpart that does not fit, reconciliation of another chain),
 *         `reconciliation_not_found`, `adjustment_exceeds_difference` (no open difference on that
 *         line, other sign, or more than is left of it), `adjustment_backdated` (at or before the last
 *         reconciliation that matched the account), `block_not_reached` (block above what the follower
 *         processed), `insufficient_balance` (a `customer` adjustment that would take the wallet's
 *         liability below zero available; checked when it is booked)
 */
export async function createAdjustment(deps: Deps, input: CreateAdjustmentInput, actor: Actor, within?: WithinTx): Promise<CreateAdjustmentResult> {
  const { account, difference, block } = await prepare(deps, input)
  const id = newId()
  if (!adjustmentNeedsApproval(deps, input)) {
    const adjustment = await withTx(deps.db, async (tx) => {
      const view = await bookAdjustment(tx, { id, account, input, block, difference, actor })
      if (within) await within(201)(tx, view)
      return view
    })
    return { status: 'posted', adjustment }
  }
  const request = await withTx(deps.db, async (tx) => {
    await lockReconciliationLine(tx, input.reconciliationId, account.id)
    await assertCovered(tx, input.reconciliationId, account.id, difference, input.amount)
    const row: AdjustmentRequestRow = await insertAdjustmentRequest(tx, {
      id,
      chainId: account.chainId,
      asset: account.asset,
      accountId: account.id,
      counterpart: input.counterpart,
      amount: input.amount,
      blockNumber: block,
      reason: input.reason,
      reconciliationId: input.reconciliationId,
      requestedByKeyId: actor.apiKeyId,
      requestedByClientId: actor.clientId,
      requestedByIdentity: actor.identity ?? 'system',
    })
    const view = adjustmentRequestViewOf(row, account.address)
    await insertEvents(tx, [{ type: 'ledger.adjustment.requested', data: view, walletId: account.walletId }])
    if (within) await within(202)(tx, view)
    return view
  })
  return { status: 'pending_approval', request }
}

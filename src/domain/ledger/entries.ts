/**
 * The journal entries each business event produces.
 *
 * | business event                 | entry kind | postings (Dr + / Cr −)                                        |
 * |--------------------------------|------------|---------------------------------------------------------------|
 * | withdrawal requested           | hold       | Dr liability(wallet) amount · Cr asset(from) amount          |
 * | withdrawal confirmed           | post       | settles the hold: Dr liability(wallet) · Cr asset(from)      |
 * | gas of a mined transaction     | standard   | Dr expense(network fee) fee · Cr asset(from) fee             |
 * | withdrawal failed / cancelled  | void       | releases the hold (no postings); gas, if any, as above       |
 * | deposit confirmed              | standard   | Dr asset(deposit address) amount · Cr liability(wallet)      |
 *
 * Every function here runs inside the caller's transaction, locks the touched balances first
 * (sorted), and writes nothing when it throws.
 */
import { entryPostings, ensureAccount, insertEntries, lockBalances, type EntryInput } from '../../db/ledger'
import type { DbTx } from '../../db/client'
import { isConstraintViolation } from '../../db/client'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { nativeAsset } from '../assets'
import { addressAccount, networkFeeAccount, walletLiabilityAccount } from './chartOfAccounts'

export interface WithdrawalForLedger {
  id: string
  walletId: string
  chainId: number
  asset: string
  fromAddress: string
  amount: bigint
}

/**
 * Places the hold of a withdrawal: the amount leaves the wallet's available balance at once.
 *
 * The balance rows are locked by the posting triggers inside the one statement that writes the entry,
 * so callers should place the hold last in their transaction: the wallet's row lock is the contended
 * one when many withdrawals of a wallet arrive together. The database refuses an overdraft of the
 * customer liability (constraint `ledger_balances_no_overdraft`).
 *
 * @param holdId the entry id to use (the withdrawal row may reference it already)
 * @returns the hold entry id
 * @throws AppError `insufficient_balance` when the wallet's available balance (base units) is below
 *         `w.amount`; the statement fails and the caller's transaction writes nothing
 */
export async function placeWithdrawalHold(tx: DbTx, w: WithdrawalForLedger, holdId: string = newId()): Promise<string> {
  const liability = await ensureAccount(tx, walletLiabilityAccount(w.asset, w.chainId, w.walletId))
  const source = await ensureAccount(tx, addressAccount(w.asset, w.chainId, w.fromAddress, w.walletId))
  try {
    await insertEntries(tx, [
      {
        id: holdId,
        kind: 'hold',
        event: 'withdrawal.hold',
        refType: 'withdrawal',
        refId: w.id,
        chainId: w.chainId,
        postings: [
          { accountId: liability, asset: w.asset, amount: w.amount },
          { accountId: source, asset: w.asset, amount: -w.amount },
        ],
      },
    ])
    return holdId
  } catch (e) {
    if (isConstraintViolation(e, 'ledger_balances_no_overdraft')) {
      throw new AppError('insufficient_balance', `the wallet's available balance is below the requested amount (${w.amount} base units of ${w.asset})`, {
        cause: e,
        extra: { requested: w.amount.toString(), asset: w.asset },
      })
    }
    throw e
  }
}

/** Gas actually paid by a mined transaction: wei. */
export interface GasPaid {
  fee: bigint
  blockNumber: bigint
}

function feeEntry(refType: string, refId: string, chainId: number, feeAccount: string, source: string, asset: string, gas: GasPaid): EntryInput {
  return {
    kind: 'standard',
    event: 'network_fee',
    refType,
    refId,
    chainId,
    blockNumber: gas.blockNumber,
    postings: [
      { accountId: feeAccount, asset, amount: gas.fee },
      { accountId: source, asset, amount: -gas.fee },
    ],
  }
}

/**
 * Settles a confirmed withdrawal: posts its hold and books the gas paid to the network-fee account.
 *
 * @param holdId the withdrawal's hold entry
 * @param gas    the fee actually paid (gasUsed × effectiveGasPrice, wei) and the block
 */
export async function postWithdrawal(tx: DbTx, w: WithdrawalForLedger, holdId: string, gas: GasPaid): Promise<void> {
  const native = nativeAsset(w.chainId)
  const feeAccount = await ensureAccount(tx, networkFeeAccount(native, w.chainId))
  const nativeSource = await ensureAccount(tx, addressAccount(native, w.chainId, w.fromAddress, w.walletId))
  const held = await entryPostings(tx, holdId)
  await lockBalances(tx, [...held.map((p) => p.accountId), feeAccount, nativeSource])
  const entries: EntryInput[] = [
    {
      kind: 'post',
      holdId,
      event: 'withdrawal.post',
      refType: 'withdrawal',
      refId: w.id,
      chainId: w.chainId,
      blockNumber: gas.blockNumber,
      postings: held,
    },
  ]
  if (gas.fee > 0n) entries.push(feeEntry('withdrawal', w.id, w.chainId, feeAccount, nativeSource, native, gas))
  await insertEntries(tx, entries)
}

/**
 * Releases the hold of a withdrawal that will not pay out (failed, cancelled, rejected), booking the
 * gas of a mined-but-reverted or cancel transaction if there was one.
 */
export async function voidWithdrawal(tx: DbTx, w: WithdrawalForLedger, holdId: string, gas?: GasPaid): Promise<void> {
  const native = nativeAsset(w.chainId)
  const held = await entryPostings(tx, holdId)
  const entries: EntryInput[] = [
    { kind: 'void', holdId, event: 'withdrawal.void', refType: 'withdrawal', refId: w.id, chainId: w.chainId, postings: [] },
  ]
  const lock = held.map((p) => p.accountId)
  if (gas && gas.fee > 0n) {
    const feeAccount = await ensureAccount(tx, networkFeeAccount(native, w.chainId))
    const nativeSource = await ensureAccount(tx, addressAccount(native, w.chainId, w.fromAddress, w.walletId))
    lock.push(feeAccount, nativeSource)
    entries.push(feeEntry('withdrawal', w.id, w.chainId, feeAccount, nativeSource, native, gas))
  }
  await lockBalances(tx, lock)
  await insertEntries(tx, entries)
}

/**
 * Books the gas of a transaction that moved no customer funds (a nonce fill, or a withdrawal without a
 * hold): Dr network-fee expense · Cr the sending address.
 */
export async function bookNetworkFee(tx: DbTx, w: WithdrawalForLedger, gas: GasPaid): Promise<void> {
  if (gas.fee <= 0n) return
  const native = nativeAsset(w.chainId)
  const feeAccount = await ensureAccount(tx, networkFeeAccount(native, w.chainId))
  const source = await ensureAccount(tx, addressAccount(native, w.chainId, w.fromAddress, w.walletId))
  await lockBalances(tx, [feeAccount, source])
  await insertEntries(tx, [feeEntry('withdrawal', w.id, w.chainId, feeAccount, source, native, gas)])
}

export interface DepositForLedger {
  id: string
  walletId: string
  chainId: number
  asset: string
  address: string
  amount: bigint
  blockNumber: bigint
}

/**
 * Credits a confirmed deposit to the wallet.
 * @returns the credit entry id
 */
export async function creditDeposit(tx: DbTx, d: DepositForLedger): Promise<string> {
  const target = await ensureAccount(tx, addressAccount(d.asset, d.chainId, d.address, d.walletId))
  const liability = await ensureAccount(tx, walletLiabilityAccount(d.asset, d.chainId, d.walletId))
  await lockBalances(tx, [target, liability])
  const [id] = await insertEntries(tx, [
    {
      kind: 'standard',
      event: 'deposit.credit',
      refType: 'deposit',
      refId: d.id,
      chainId: d.chainId,
      blockNumber: d.blockNumber,
      postings: [
        { accountId: target, asset: d.asset, amount: d.amount },
        { accountId: liability, asset: d.asset, amount: -d.amount },
      ],
    },
  ])
  return id!
}

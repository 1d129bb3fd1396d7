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
 * | sweep / top-up requested       | hold       | Dr asset(to address) amount · Cr asset(from address) amount   |
 * | sweep / top-up confirmed       | post       | the same, posted; gas as above (from the sending address)    |
 *
 * Sweeps and top-ups move value between custody addresses: the customer liability does not change.
 *
 * Every function here runs inside the caller's transaction, locks the touched balances first
 * (sorted), and writes nothing when it throws.
 */
import { entryPostings, ensureAccount, insertEntries, lockBalances, type EntryInput } from '../../db/ledger'
import type { DbTx } from '../../db/client'
import { isConstraintViolation } from '../../db/client'
import { AppError } from '../../lib/errors'
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
 * @returns the hold entry id
 * @throws AppError `insufficient_balance` when the wallet's available balance (base units) is below
 *         `w.amount`; nothing is written then
 */
export async function placeWithdrawalHold(tx: DbTx, w: WithdrawalForLedger): Promise<string> {
  const liability = await ensureAccount(tx, walletLiabilityAccount(w.asset, w.chainId, w.walletId))
  const source = await ensureAccount(tx, addressAccount(w.asset, w.chainId, w.fromAddress, w.walletId))
  const balances = await lockBalances(tx, [liability, source])
  const b = balances.get(liability)!
  const available = b.postedCredits - b.postedDebits - b.pendingDebits
  if (available < w.amount) {
    throw new AppError('insufficient_balance', `available balance ${available} is below the requested amount ${w.amount} (base units of ${w.asset})`, {
      extra: { available: available.toString(), requested: w.amount.toString(), asset: w.asset },
    })
  }
  try {
    const [id] = await insertEntries(tx, [
      {
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
    return id!
  } catch (e) {
    if (isConstraintViolation(e, 'ledger_balances_no_overdraft')) {
      throw new AppError('insufficient_balance', `available balance is below the requested amount of ${w.asset}`, { cause: e })
    }
    throw e
  }
}

/**
 * Places the hold of a move between two custody addresses (a sweep, or a gas top-up): Dr the
 * receiving address's asset account, Cr the sending one's. The move is posted at confirmation by
 * {@link postWithdrawal} (gas booked from the sender) and released by {@link voidWithdrawal} if it
 * fails. No customer liability is touched.
 *
 * @param to the receiving custody address (lowercase) and its wallet
 * @returns the hold entry id
 */
export async function placeInternalTransferHold(tx: DbTx, w: WithdrawalForLedger & { kind: 'sweep' | 'topup' }, to: { address: string; walletId: string }): Promise<string> {
  const source = await ensureAccount(tx, addressAccount(w.asset, w.chainId, w.fromAddress, w.walletId))
  const target = await ensureAccount(tx, addressAccount(w.asset, w.chainId, to.address, to.walletId))
  await lockBalances(tx, [source, target])
  const [id] = await insertEntries(tx, [
    {
      kind: 'hold',
      event: `${w.kind}.hold`,
      refType: 'withdrawal',
      refId: w.id,
      chainId: w.chainId,
      postings: [
        { accountId: target, asset: w.asset, amount: w.amount },
        { accountId: source, asset: w.asset, amount: -w.amount },
      ],
    },
  ])
  return id!
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

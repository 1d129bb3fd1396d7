/**
 * The journal entries each business event produces.
 *
 * | business event                 | entry kind | postings (Dr + / Cr −)                                                  |
 * |--------------------------------|------------|-------------------------------------------------------------------------|
 * | withdrawal requested           | hold       | Dr liability(wallet) amount+fee · Cr asset(from) amount · Cr revenue(withdrawal fee) fee |
 * | withdrawal confirmed           | post       | settles the hold with the same postings                                 |
 * | gas of a mined transaction     | standard   | Dr expense(network fee) gas · Cr asset(from, native) gas                |
 * | withdrawal failed / cancelled  | void       | releases the hold (no postings); gas, if any, as above                  |
 * | deposit confirmed              | standard   | Dr asset(deposit address) amount · Cr liability(wallet) amount          |
 * | operator adjustment            | standard   | Dr/Cr asset(custody address) difference · the other side on suspense, equity, other income, network fee or the wallet's liability |
 * | sweep / top-up requested       | hold       | Dr asset(to address) amount · Cr asset(from address) amount             |
 * | sweep / top-up confirmed       | post       | the same, posted; gas as above (from the sending address)               |
 *
 * Sweeps and top-ups move value between custody addresses: the customer liability does not change.
 *
 * (`fee` is the withdrawal fee a fee policy charges; 0 today, when the revenue posting is left out.)
 * Every function here runs inside the caller's transaction, locks the touched balances first (sorted;
 * the chain-wide network-fee and withdrawal-fee accounts last, by the posting trigger), and writes
 * nothing when it throws.
 */
import { insertEntries, lockAccounts, type AccountSpec, type EntryInput, type PostingInput } from '../../db/ledger'
import type { DbTx } from '../../db/client'
import { isConstraintViolation } from '../../db/client'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import { nativeAsset } from '../assets'
import { addressAccount, networkFeeAccount, walletLiabilityAccount, withdrawalFeeAccount } from './chartOfAccounts'

export interface WithdrawalForLedger {
  id: string
  walletId: string
  chainId: number
  asset: string
  fromAddress: string
  amount: bigint
  /** withdrawal fee charged to the wallet by a fee policy (base units of `asset`); none when absent or 0 */
  fee?: bigint
}

/**
 * Places the hold of a withdrawal: the amount (and the withdrawal fee, if a fee policy charges one)
 * leaves the wallet's available balance at once.
 *
 * The balance rows are locked by the posting triggers inside the one statement that writes the entry,
 * so callers should place the hold last in their transaction: the wallet's row lock is the contended
 * one when many withdrawals of a wallet arrive together. The database refuses an overdraft of the
 * customer liability (constraint `ledger_balances_no_overdraft`).
 *
 * @param holdId the entry id to use (the withdrawal row may reference it already)
 * @returns the hold entry id
 * @throws AppError `insufficient_balance` when the wallet's available balance (base units) is below
 *         `w.amount` + `w.fee`; nothing is written then
 */
export async function placeWithdrawalHold(tx: DbTx, w: WithdrawalForLedger, holdId: string = newId()): Promise<string> {
  const fee = w.fee ?? 0n
  if (fee < 0n) throw new AppError('internal', `withdrawal ${w.id}: a negative withdrawal fee cannot be held`)
  const specs: AccountSpec[] = [walletLiabilityAccount(w.asset, w.chainId, w.walletId), addressAccount(w.asset, w.chainId, w.fromAddress, w.walletId)]
  const { ids, balances } = await lockAccounts(tx, { lock: specs, touch: fee > 0n ? [withdrawalFeeAccount(w.asset, w.chainId)] : [] })
  const [liability, source, revenue] = ids as [string, string, string | undefined]
  const b = balances.get(liability)!
  const available = b.postedCredits - b.postedDebits - b.pendingDebits
  const total = w.amount + fee
  if (available < total) {
    throw new AppError('insufficient_balance', `available balance ${available} is below the requested amount ${total} (base units of ${w.asset})`, {
      extra: { available: available.toString(), requested: total.toString(), asset: w.asset },
    })
  }
  const postings: PostingInput[] = [
    { accountId: liability, asset: w.asset, amount: total },
    { accountId: source, asset: w.asset, amount: -w.amount },
  ]
  if (fee > 0n) postings.push({ accountId: revenue!, asset: w.asset, amount: -fee })
  try {
    const [id] = await insertEntries(tx, [{ id: holdId, kind: 'hold', event: 'withdrawal.hold', refType: 'withdrawal', refId: w.id, chainId: w.chainId, postings }])
    return id!
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
  const { ids } = await lockAccounts(tx, {
    lock: [addressAccount(w.asset, w.chainId, w.fromAddress, w.walletId), addressAccount(w.asset, w.chainId, to.address, to.walletId)],
  })
  const [source, target] = ids as [string, string]
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
  const { ids, held } = await lockAccounts(tx, {
    lock: [addressAccount(native, w.chainId, w.fromAddress, w.walletId)],
    touch: [networkFeeAccount(native, w.chainId)],
    holdId,
  })
  const [nativeSource, feeAccount] = ids as [string, string]
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
  const entries: EntryInput[] = [
    { kind: 'void', holdId, event: 'withdrawal.void', refType: 'withdrawal', refId: w.id, chainId: w.chainId, postings: [] },
  ]
  const withGas = gas !== undefined && gas.fee > 0n
  const { ids } = await lockAccounts(tx, {
    lock: withGas ? [addressAccount(native, w.chainId, w.fromAddress, w.walletId)] : [],
    touch: withGas ? [networkFeeAccount(native, w.chainId)] : [],
    holdId,
  })
  if (withGas) entries.push(feeEntry('withdrawal', w.id, w.chainId, ids[1]!, ids[0]!, native, gas))
  await insertEntries(tx, entries)
}

/**
 * Books the gas of a transaction that moved no customer funds (a nonce fill, or a withdrawal without a
 * hold): Dr network-fee expense · Cr the sending address.
 */
export async function bookNetworkFee(tx: DbTx, w: WithdrawalForLedger, gas: GasPaid): Promise<void> {
  if (gas.fee <= 0n) return
  const native = nativeAsset(w.chainId)
  const { ids } = await lockAccounts(tx, { lock: [addressAccount(native, w.chainId, w.fromAddress, w.walletId)], touch: [networkFeeAccount(native, w.chainId)] })
  const [source, feeAccount] = ids as [string, string]
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
/**
 * Credits confirmed deposits to their wallets, all in one lock statement and one insert: what
 * {@link creditDeposit} does for one, for a catch-up batch.
 *
 * @returns the credit entry id of each deposit, by deposit id
 */
export async function creditDeposits(tx: DbTx, ds: DepositForLedger[]): Promise<Map<string, string>> {
  if (!ds.length) return new Map()
  const specs = new Map<string, AccountSpec>()
  for (const d of ds) {
    for (const spec of [addressAccount(d.asset, d.chainId, d.address, d.walletId), walletLiabilityAccount(d.asset, d.chainId, d.walletId)]) specs.set(spec.code, spec)
  }
  const lock = [...specs.values()]
  const { ids } = await lockAccounts(tx, { lock })
  const idOf = new Map(lock.map((spec, i) => [spec.code, ids[i]!]))
  const entries = ds.map((d) => ({
    id: newId(),
    kind: 'standard' as const,
    event: 'deposit.credit',
    refType: 'deposit',
    refId: d.id,
    chainId: d.chainId,
    blockNumber: d.blockNumber,
    postings: [
      { accountId: idOf.get(addressAccount(d.asset, d.chainId, d.address, d.walletId).code)!, asset: d.asset, amount: d.amount },
      { accountId: idOf.get(walletLiabilityAccount(d.asset, d.chainId, d.walletId).code)!, asset: d.asset, amount: -d.amount },
    ],
  }))
  await insertEntries(tx, entries)
  return new Map(ds.map((d, i) => [d.id, entries[i]!.id]))
}

export async function creditDeposit(tx: DbTx, d: DepositForLedger): Promise<string> {
  const { ids } = await lockAccounts(tx, { lock: [addressAccount(d.asset, d.chainId, d.address, d.walletId), walletLiabilityAccount(d.asset, d.chainId, d.walletId)] })
  const [target, liability] = ids as [string, string]
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

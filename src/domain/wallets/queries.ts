/**
 * Read-side use cases of wallets: get, list, addresses, balances.
 */
import { getBalances } from '../../db/ledger'
import { getWallet, listAddresses, listWallets } from '../../db/wallets'
import { AppError } from '../../lib/errors'
import { listAssets } from '../assets'
import type { Deps } from '../deps'
import { walletLiabilityAccount } from '../ledger/chartOfAccounts'
import { addressView, walletView, type AddressView, type WalletView } from '../views'
import type { Page } from '../pagination'

/** @throws AppError `wallet_not_found` */
export async function getWalletView(deps: Deps, id: string): Promise<WalletView> {
  const w = await getWallet(deps.db, id)
  if (!w) throw new AppError('wallet_not_found', `wallet ${id} does not exist`)
  return walletView(w)
}

export async function listWalletViews(deps: Deps, page: Page): Promise<WalletView[]> {
  return (await listWallets(deps.db, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })).map(walletView)
}

/** @throws AppError `wallet_not_found` */
export async function listAddressViews(deps: Deps, walletId: string, page: Page): Promise<AddressView[]> {
  await getWalletView(deps, walletId)
  return (await listAddresses(deps.db, walletId, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })).map(addressView)
}

export interface WalletBalance {
  asset: string
  /** base units the wallet may withdraw now: total − pending */
  available: string
  /** base units on hold for withdrawals in flight */
  pending: string
  /** base units credited and not yet paid out (posted balance) */
  total: string
}

/**
 * Balances of a wallet per configured asset, from the wallet's customer liability accounts.
 * `total` = posted credits − posted debits; `pending` = amounts on hold; `available` = total − pending.
 *
 * @throws AppError `wallet_not_found`
 */
export async function getWalletBalances(deps: Deps, walletId: string): Promise<WalletBalance[]> {
  await getWalletView(deps, walletId)
  const assets = listAssets(deps.config)
  const codes = assets.map((a) => walletLiabilityAccount(a.id, a.chainId, walletId).code)
  const accounts = await deps.db.ledgerAccount.findMany({ where: { code: { in: codes } }, select: { id: true, asset: true } })
  const balances = await getBalances(deps.db, accounts.map((a) => a.id))
  return assets.map((asset) => {
    const account = accounts.find((a) => a.asset === asset.id)
    const b = account ? balances.get(account.id) : undefined
    const total = b ? b.postedCredits - b.postedDebits : 0n
    const pending = b ? b.pendingDebits : 0n
    return { asset: asset.id, available: (total - pending).toString(), pending: pending.toString(), total: total.toString() }
  })
}

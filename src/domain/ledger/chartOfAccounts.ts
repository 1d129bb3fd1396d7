/**
 * The chart of accounts, per asset (assets are named `{chainId}:native` or `{chainId}:{token}`).
 *
 * | account                                   | type      | role           | normal | code                                    |
 * |-------------------------------------------|-----------|----------------|--------|-----------------------------------------|
 * | hot address of an HD wallet               | asset     | hot            | debit  | `asset:{asset}:{address}`               |
 * | deposit address (m/44'/60'/0'/0/i, i ≥ 1) | asset     | deposit        | debit  | `asset:{asset}:{address}`               |
 * | address of a kms-key / hsm-key wallet     | asset     | treasury       | debit  | `asset:{asset}:{address}`               |
 * | customer funds of a wallet                | liability | customer       | credit | `liability:{asset}:wallet:{walletId}`   |
 * | network fees paid (gas)                   | expense   | network_fee    | debit  | `expense:{asset}:network_fee`           |
 * | withdrawal fees charged by a fee policy   | revenue   | withdrawal_fee | credit | `revenue:{asset}:withdrawal_fee`        |
 * | other income (operator adjustments)       | revenue   | other_income   | credit | `revenue:{asset}:other_income`          |
 * | owner's equity (operator adjustments)     | equity    | equity         | credit | `equity:{asset}:owner`                  |
 * | suspense: booked, not yet explained       | suspense  | suspense       | debit  | `suspense:{asset}`                      |
 *
 * Asset accounts mirror what each custody address holds on chain (reconciliation compares them with
 * `eth_getBalance` / `balanceOf`); a wallet's liability account says what its owner may withdraw and
 * never goes below zero available (the database refuses it). The role of a custody address account is
 * derived by the database from the address and its wallet; the others are named here.
 */
import type { AccountSpec } from '../../db/ledger'

/** The asset account of a custody address (role hot, deposit or treasury, derived by the database). */
export function addressAccount(asset: string, chainId: number, address: string, walletId: string): AccountSpec {
  return { code: `asset:${asset}:${address}`, type: 'asset', asset, chainId, walletId, address, name: `Custody address ${address}` }
}

/** The customer liability account of a wallet. */
export function walletLiabilityAccount(asset: string, chainId: number, walletId: string): AccountSpec {
  return { code: `liability:${asset}:wallet:${walletId}`, type: 'liability', role: 'customer', asset, chainId, walletId, name: `Customer funds of wallet ${walletId}` }
}

/** The network-fee (gas) expense account of a chain's native asset. */
export function networkFeeAccount(nativeAsset: string, chainId: number): AccountSpec {
  return { code: `expense:${nativeAsset}:network_fee`, type: 'expense', role: 'network_fee', asset: nativeAsset, chainId, name: `Network fees on chain ${chainId}` }
}

/** Withdrawal fees a fee policy charges customers, in the withdrawn asset. */
export function withdrawalFeeAccount(asset: string, chainId: number): AccountSpec {
  return { code: `revenue:${asset}:withdrawal_fee`, type: 'revenue', role: 'withdrawal_fee', asset, chainId, name: `Withdrawal fees in ${asset}` }
}

/** Other income: value that reached custody addresses and belongs to the business (operator adjustments). */
export function otherIncomeAccount(asset: string, chainId: number): AccountSpec {
  return { code: `revenue:${asset}:other_income`, type: 'revenue', role: 'other_income', asset, chainId, name: `Other income in ${asset}` }
}

/** Owner's equity: funds the business itself put into or took out of custody (operator adjustments). */
export function equityAccount(asset: string, chainId: number): AccountSpec {
  return { code: `equity:${asset}:owner`, type: 'equity', role: 'equity', asset, chainId, name: `Owner's equity in ${asset}` }
}

/** Suspense: a difference that is booked so the books match the chain, until finance explains it. */
export function suspenseAccount(asset: string, chainId: number): AccountSpec {
  return { code: `suspense:${asset}`, type: 'suspense', role: 'suspense', asset, chainId, name: `Suspense in ${asset}` }
}

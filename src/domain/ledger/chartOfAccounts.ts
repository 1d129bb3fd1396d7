/**
 * The chart of accounts (per asset; assets are named `{chainId}:native` or `{chainId}:{token}`).
 *
 * | account                        | type      | normal | code                                   |
 * |--------------------------------|-----------|--------|----------------------------------------|
 * | custody address (hot, deposit) | asset     | debit  | `asset:{asset}:{address}`              |
 * | customer funds of a wallet     | liability | credit | `liability:{asset}:wallet:{walletId}`  |
 * | network fees paid (gas)        | expense   | debit  | `expense:{asset}:network_fee`          |
 *
 * Asset accounts mirror what each custody address holds on chain; the liability account says what the
 * wallet's owner may withdraw and never goes below zero available.
 */
import type { AccountSpec } from '../../db/ledger'

/** The asset account of a custody address. */
export function addressAccount(asset: string, chainId: number, address: string, walletId: string): AccountSpec {
  return { code: `asset:${asset}:${address}`, type: 'asset', asset, chainId, walletId, address, name: `Custody address ${address}` }
}

/** The customer liability account of a wallet. */
export function walletLiabilityAccount(asset: string, chainId: number, walletId: string): AccountSpec {
  return { code: `liability:${asset}:wallet:${walletId}`, type: 'liability', asset, chainId, walletId, name: `Customer funds of wallet ${walletId}` }
}

/** The network-fee (gas) expense account of a chain's native asset. */
export function networkFeeAccount(nativeAsset: string, chainId: number): AccountSpec {
  return { code: `expense:${nativeAsset}:network_fee`, type: 'expense', asset: nativeAsset, chainId, name: `Network fees on chain ${chainId}` }
}

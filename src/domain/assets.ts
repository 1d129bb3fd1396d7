/**
 * Assets are named `{chainId}:native` for a chain's native coin and `{chainId}:{tokenAddress}` for an
 * ERC-20 token (lowercase address). Amounts of an asset are integers of its base units.
 */
import type { Config } from '../config'
import { AppError } from '../lib/errors'

export interface AssetInfo {
  id: string
  chainId: number
  kind: 'native' | 'erc20'
  symbol: string
  decimals: number
  /** token contract (lowercase) for erc20 */
  address?: string
}

/** The native asset id of a chain. */
export function nativeAsset(chainId: number): string {
  return `${chainId}:native`
}

/**
 * Resolves an asset id against the configured chains.
 * @throws AppError `unknown_asset` when the asset is malformed or not configured
 */
export function resolveAsset(config: Config, asset: string): AssetInfo {
  const m = /^(\d+):(native|0x[0-9a-fA-F]{40})$/.exec(asset)
  if (!m) throw new AppError('unknown_asset', `asset "${asset}" is not of the form {chainId}:native or {chainId}:{tokenAddress}`)
  const chainId = Number(m[1])
  const chain = config.chains.find((c) => c.chainId === chainId)
  if (!chain) throw new AppError('unknown_asset', `asset "${asset}": chain ${chainId} is not configured`)
  if (m[2] === 'native') {
    return { id: nativeAsset(chainId), chainId, kind: 'native', symbol: chain.nativeSymbol, decimals: chain.nativeDecimals }
  }
  throw new AppError('unknown_asset', `asset "${asset}": token ${m[2]} is not configured on chain ${chainId}`)
}

/** Every configured asset, chain by chain. */
export function listAssets(config: Config): AssetInfo[] {
  return config.chains.map((c) => ({ id: nativeAsset(c.chainId), chainId: c.chainId, kind: 'native' as const, symbol: c.nativeSymbol, decimals: c.nativeDecimals }))
}

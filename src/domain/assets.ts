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
  address?: `0x${string}`
}

/** The native asset id of a chain. */
export function nativeAsset(chainId: number): string {
  return `${chainId}:native`
}

/** The asset id of an ERC-20 token: `{chainId}:{lowercase address}`. */
export function tokenAsset(chainId: number, address: string): string {
  return `${chainId}:${address.toLowerCase()}`
}

/**
 * Resolves an asset id against the configured chains and their tokens. A token address may be given
 * checksummed or lowercase; the returned `id` is always the lowercase form.
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
  const address = m[2]!.toLowerCase()
  const token = chain.tokens.find((t) => t.address === address)
  if (!token) throw new AppError('unknown_asset', `asset "${asset}": token ${m[2]} is not configured on chain ${chainId}`)
  return { id: tokenAsset(chainId, address), chainId, kind: 'erc20', symbol: token.symbol, decimals: token.decimals, address: token.address }
}

/** Every configured asset, chain by chain: the native coin, then the tokens in configured order. */
export function listAssets(config: Config): AssetInfo[] {
  return config.chains.flatMap((c) => [
    { id: nativeAsset(c.chainId), chainId: c.chainId, kind: 'native' as const, symbol: c.nativeSymbol, decimals: c.nativeDecimals },
    ...c.tokens.map((t) => ({ id: tokenAsset(c.chainId, t.address), chainId: c.chainId, kind: 'erc20' as const, symbol: t.symbol, decimals: t.decimals, address: t.address })),
  ])
}

/**
 * viem public clients per configured chain, over several RPC URLs with failover.
 *
 * Each chain gets viem's `fallback` transport over its URLs in order: a URL that fails (timeout,
 * connection refused, 5xx, 429) is skipped for the next one, so one dead node does not stop the
 * pipeline. JSON-RPC batching is on, so concurrent reads (receipts, balances) share requests.
 */
import { createPublicClient, defineChain, fallback, http, type Chain, type PublicClient, type Transport } from "viem"

export type ChainPublicClient = PublicClient<Transport, Chain>
import type { ChainConfig } from '../config'
import { AppError } from '../lib/errors'

export interface ChainClient {
  config: ChainConfig
  chain: Chain
  client: ChainPublicClient
}

export type ChainClients = ReadonlyMap<number, ChainClient>

/** viem chain definition of a configured chain. */
export function toViemChain(c: ChainConfig): Chain {
  return defineChain({
    id: c.chainId,
    name: c.name,
    nativeCurrency: { name: c.nativeSymbol, symbol: c.nativeSymbol, decimals: c.nativeDecimals },
    rpcUrls: { default: { http: c.rpcUrls } },
  })
}

/** Creates one public client per chain. */
export function createChainClients(chains: readonly ChainConfig[], opts: { timeoutMs?: number } = {}): ChainClients {
  const map = new Map<number, ChainClient>()
  for (const c of chains) {
    const chain = toViemChain(c)
    const transports = c.rpcUrls.map((url) =>
      http(url, { timeout: opts.timeoutMs ?? 10_000, retryCount: 1, retryDelay: 100, batch: { batchSize: 200, wait: 0 } }),
    )
    const client = createPublicClient({
      chain,
      transport: transports.length === 1 ? transports[0]! : fallback(transports, { rank: false, retryCount: 1 }),
      pollingInterval: c.pollIntervalMs,
      cacheTime: 0,
    }) as ChainPublicClient
    map.set(c.chainId, { config: c, chain, client })
  }
  return map
}

/** The client of `chainId`. @throws AppError `unknown_chain` */
export function chainClient(clients: ChainClients, chainId: number): ChainClient {
  const c = clients.get(chainId)
  if (!c) throw new AppError('unknown_chain', `chain ${chainId} is not configured`)
  return c
}

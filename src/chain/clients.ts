/**
 * viem public clients per configured chain, over several RPC URLs with failover.
 *
 * A URL that fails (timeout, connection refused, 5xx, 429) is skipped for the next one and rested for a
 * while, so one dead node does not stop the pipeline (src/chain/failoverTransport.ts). JSON-RPC batching
 * is on, so concurrent reads (receipts, balances) share requests.
 */
import { createPublicClient, defineChain, http, type Chain, type PublicClient, type Transport } from 'viem'
import { failoverTransport } from './failoverTransport'

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

/**
 * Creates one public client per chain; with several URLs, over the failover transport (URLs in order,
 * failing ones skipped for a cooldown).
 */
export function createChainClients(chains: readonly ChainConfig[], opts: { timeoutMs?: number } = {}): ChainClients {
  const map = new Map<number, ChainClient>()
  for (const c of chains) {
    const chain = toViemChain(c)
    const timeout = opts.timeoutMs ?? 10_000
    const client = createPublicClient({
      chain,
      transport:
        c.rpcUrls.length > 1
          ? failoverTransport(c.rpcUrls, { timeoutMs: timeout })
          : http(c.rpcUrls[0]!, { timeout, retryCount: 2, retryDelay: 100, batch: { batchSize: 200, wait: 0 } }),
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

/**
 * On-chain balances of many addresses at one block height, per kind of asset.
 *
 * One {@link BalanceReader} per kind of asset: the native coin (`eth_getBalance` at the block) and
 * ERC-20 tokens (`balanceOf` through `eth_call` at the block). A new kind of asset plugs in by adding a
 * reader to {@link balanceReaderFor}. Reads go in chunks so that viem's JSON-RPC batching (200 calls per
 * HTTP request) carries them without opening thousands of requests at once. Reading a past block needs
 * a node that keeps that block's state (an archive node beyond the last ~128 blocks on most clients).
 */
import { erc20Abi, getAddress, type Address } from 'viem'
import type { ChainPublicClient } from './clients'

/** What a reader needs to know about an asset. */
export type BalanceAsset = { kind: 'native' } | { kind: 'erc20'; address: string }

export interface BalanceReader {
  /**
   * Balances (base units) of `addresses` at `blockNumber`, in the same order.
   * @throws viem errors (the RPC failed or does not have the block's state)
   */
  read(client: ChainPublicClient, addresses: readonly string[], blockNumber: bigint): Promise<bigint[]>
}

const CHUNK = 1000

async function chunked(addresses: readonly string[], one: (a: Address) => Promise<bigint>): Promise<bigint[]> {
  const out: bigint[] = []
  for (let i = 0; i < addresses.length; i += CHUNK) {
    out.push(...(await Promise.all(addresses.slice(i, i + CHUNK).map((a) => one(getAddress(a))))))
  }
  return out
}

/** The native coin: `eth_getBalance(address, blockNumber)`. */
export const nativeBalanceReader: BalanceReader = {
  read: (client, addresses, blockNumber) => chunked(addresses, (address) => client.getBalance({ address, blockNumber })),
}

/** An ERC-20 token: `balanceOf(address)` via `eth_call` at `blockNumber`. */
export function erc20BalanceReader(token: string): BalanceReader {
  const address = getAddress(token)
  return {
    read: (client, addresses, blockNumber) =>
      chunked(addresses, (owner) => client.readContract({ address, abi: erc20Abi, functionName: 'balanceOf', args: [owner], blockNumber })),
  }
}

/** The reader of an asset. */
export function balanceReaderFor(asset: BalanceAsset): BalanceReader {
  return asset.kind === 'native' ? nativeBalanceReader : erc20BalanceReader(asset.address)
}

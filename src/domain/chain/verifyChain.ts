import { chainClient } from '../../chain/clients'
import { getGenesisHash } from '../../db/chain'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'

/**
 * Checks that a chain's RPC really serves the configured chain: `eth_chainId` equals the configured
 * id, and the genesis block is the one recorded when the service first followed it (a reset local
 * chain or an RPC URL pointing at another network is refused before anything is signed or credited).
 *
 * @throws AppError `config_invalid` (not retryable) on a mismatch; `rpc_failed` when unreachable
 */
export async function verifyChain(deps: Deps, chainId: number): Promise<void> {
  const { client } = chainClient(deps.chains, chainId)
  let actual: number
  let genesis: string | null
  try {
    actual = await client.getChainId()
    genesis = (await client.getBlock({ blockNumber: 0n })).hash
  } catch (cause) {
    throw new AppError('rpc_failed', `chain ${chainId}: RPC unreachable`, { cause })
  }
  if (actual !== chainId) {
    throw new AppError('config_invalid', `chain ${chainId}: the RPC serves chain id ${actual}`, { retryable: false })
  }
  const recorded = await getGenesisHash(deps.db, chainId)
  if (recorded && genesis && recorded !== genesis) {
    throw new AppError('config_invalid', `chain ${chainId}: the node's genesis block ${genesis} is not the one this database followed (${recorded}); the chain was reset or the RPC points elsewhere`, { retryable: false })
  }
}

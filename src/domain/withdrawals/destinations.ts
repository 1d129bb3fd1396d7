/**
 * Which addresses a withdrawal may not be sent to (issue 13, L1).
 *
 * A withdrawal to one of these addresses either burns the funds, locks them in a contract that cannot
 * give them back, or moves them in a circle that the deposit scanner then books as a customer deposit.
 * The rules, in order (the first that matches is the `reason` of the refusal):
 *
 * | reason             | addresses                                                                       |
 * | ------------------ | ------------------------------------------------------------------------------- |
 * | `zero_address`     | 0x0000000000000000000000000000000000000000 (burn; also a common default value)    |
 * | `precompile`       | 0x01–0x11 (Ethereum precompiles up to the BLS12-381 ones of EIP-2537) and 0x100   |
 * |                    | (P256VERIFY, RIP-7212 / EIP-7951): no code, no key, funds are gone               |
 * | `system_contract`  | EIP-4788 beacon roots, EIP-2935 block hashes, EIP-7002 withdrawal requests,      |
 * |                    | EIP-7251 consolidation requests: system contracts that keep what they receive    |
 * | `token_contract`   | a configured ERC-20 contract of the withdrawal's chain (tokens sent to a token     |
 * |                    | contract are locked there; a native transfer to one reverts or is locked)        |
 * | `custody_address`  | a hot or deposit address of any wallet of this service: the transfer would come    |
 * |                    | back as a deposit (a merchant-visible credit), not leave custody                 |
 *
 * The checks are pure except the last, one indexed lookup in `addresses` (every hot and deposit address
 * of every wallet is a row there).
 */
import type { DbOrTx } from '../../db/client'
import { findCustodyAddresses } from '../../db/wallets'
import { AppError } from '../../lib/errors'
import type { AssetInfo } from '../assets'
import type { Config } from '../../config'

export type DestinationRefusalReason = 'zero_address' | 'precompile' | 'system_contract' | 'token_contract' | 'custody_address'

const hex40 = (n: number) => '0x' + n.toString(16).padStart(40, '0')

/** Precompiles: 0x01–0x0a (Frontier to Cancun), 0x0b–0x11 (BLS12-381, EIP-2537, Prague), 0x100 (P256VERIFY). */
const PRECOMPILES: ReadonlySet<string> = new Set([...Array.from({ length: 0x11 }, (_, i) => hex40(i + 1)), hex40(0x100)])

/** System contracts deployed at fixed addresses by hard forks (lowercase). */
const SYSTEM_CONTRACTS: ReadonlyMap<string, string> = new Map([
  ['0x000f3df6d732807ef1319fb7b8bb8522d0beac02', 'the EIP-4788 beacon roots contract'],
  ['0x0000f90827f1c53a10cb7a02335b175320002935', 'the EIP-2935 block hashes contract'],
  ['0x00000961ef480eb55e80d19ad83579a64c007002', 'the EIP-7002 withdrawal requests contract'],
  ['0x0000bbddc7ce488642fb579f8b00f3a590007251', 'the EIP-7251 consolidation requests contract'],
])

export interface DestinationRefusal {
  reason: DestinationRefusalReason
  /** one sentence for `detail` */
  message: string
}

/**
 * The refusal of a destination by the rules that need no database (zero address, precompiles, system
 * contracts, configured token contracts), or null.
 *
 * @param config the configuration (its chains' tokens)
 * @param asset  the withdrawal's resolved asset (its chain decides which tokens count)
 * @param to     the destination, 0x + 40 hex digits, any case
 */
export function staticDestinationRefusal(config: Pick<Config, 'chains'>, asset: Pick<AssetInfo, 'chainId' | 'kind' | 'address'>, to: string): DestinationRefusal | null {
  const a = to.toLowerCase()
  if (a === hex40(0)) return { reason: 'zero_address', message: `${to} is the zero address: funds sent there are burned` }
  if (PRECOMPILES.has(a)) return { reason: 'precompile', message: `${to} is a precompiled contract: funds sent there cannot be recovered` }
  const system = SYSTEM_CONTRACTS.get(a)
  if (system) return { reason: 'system_contract', message: `${to} is ${system}: funds sent there cannot be recovered` }
  if (asset.kind === 'erc20' && asset.address === a) return { reason: 'token_contract', message: `${to} is the contract of the token being sent: tokens sent to it are locked` }
  const token = config.chains.find((c) => c.chainId === asset.chainId)?.tokens.find((t) => t.address === a)
  if (token) return { reason: 'token_contract', message: `${to} is the contract of the token ${token.symbol} on chain ${asset.chainId}: funds sent to it are locked` }
  return null
}

/**
 * Refuses a withdrawal destination that would burn, lock or circle the funds (rules in the module
 * comment). Runs before anything is written: a refused request changes nothing.
 *
 * @param db     Postgres client or transaction (one indexed query on `addresses`)
 * @param config the configuration (its chains' tokens)
 * @param asset  the withdrawal's resolved asset
 * @param to     the destination, 0x + 40 hex digits, any case
 * @throws AppError `destination_refused` (422) with `reason` ({@link DestinationRefusalReason})
 */
export async function checkWithdrawalDestination(db: DbOrTx, config: Pick<Config, 'chains'>, asset: Pick<AssetInfo, 'chainId' | 'kind' | 'address'>, to: string): Promise<void> {
  let refusal = staticDestinationRefusal(config, asset, to)
  if (!refusal) {
    const [own] = await findCustodyAddresses(db, [to.toLowerCase()])
    if (own) {
      refusal = {
        reason: 'custody_address',
        message: `${to} is the ${own.kind} address of wallet ${own.walletId} of this service: the transfer would not leave custody and would be booked back as a deposit`,
      }
    }
  }
  if (refusal) throw new AppError('destination_refused', refusal.message, { extra: { reason: refusal.reason } })
}

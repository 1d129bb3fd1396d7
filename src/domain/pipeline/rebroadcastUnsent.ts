import { broadcastRaw } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { listUnbroadcast } from '../../db/withdrawals'
import type { Deps } from '../deps'
import { recordBroadcast } from '../withdrawals/recordBroadcast'
import { actOnRefusals, type Refusal } from './actOnRefusals'

/**
 * Re-sends attempts that are committed as `signed` but no node accepted yet: a worker crashed between
 * the commit and the broadcast, or the broadcast was refused. The raw bytes are sent as they are (same
 * nonce, same hash), so this can never create a second transaction; refusals get their action.
 *
 * @returns how many were accepted now
 */
export async function rebroadcastUnsent(deps: Deps, chainId: number, limit = 500): Promise<number> {
  const unsent = await listUnbroadcast(deps.db, chainId, limit)
  if (!unsent.length) return 0
  const { client } = chainClient(deps.chains, chainId)
  const outcomes = await broadcastRaw(client, unsent.map((a) => ({ attemptId: a.id, rawTx: a.rawTx })))
  await recordBroadcast(deps, chainId, outcomes)
  await actOnRefusals(deps, chainId, new Map(unsent.map((a) => [a.id, a])), outcomes.filter((o): o is Refusal => !o.ok))
  const ok = outcomes.filter((o) => o.ok).length
  if (ok) deps.logger.info({ chainId, count: ok }, 'sent signed attempts')
  return ok
}

/**
 * The action for each class of broadcast refusal (the table is in src/chain/broadcastErrors.ts).
 * Nothing here marks a withdrawal failed: while a signed attempt could still be mined it is tracked.
 */
import { getAddress } from 'viem'
import type { BroadcastOutcome } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { getWithdrawal, type AttemptRow } from '../../db/withdrawals'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'
import { replaceAttempt } from '../withdrawals/replaceAttempt'
import { resolveConsumedNonce } from '../withdrawals/resolveConsumedNonce'

export type Refusal = Extract<BroadcastOutcome, { ok: false }>

export async function actOnRefusals(deps: Deps, chainId: number, attempts: Map<string, AttemptRow>, refusals: Refusal[]): Promise<void> {
  for (const r of refusals) {
    const a = attempts.get(r.attemptId)
    if (!a) continue
    try {
      switch (r.errorClass) {
        case 'fee_too_low':
          // The node refuses these fees now (e.g. the base fee rose above maxFeePerGas and the node
          // dropped the transaction): re-sign the same nonce at market fees.
          await replaceAttempt(deps, a.withdrawalId, 'fee_too_low', { expectCurrent: a.id })
          break
        case 'intrinsic_gas': {
          const { client } = chainClient(deps.chains, chainId)
          const est = await client.estimateGas({ account: getAddress(a.fromAddress), to: getAddress(a.toAddress), value: a.value, data: a.data as `0x${string}` })
          await replaceAttempt(deps, a.withdrawalId, 'intrinsic_gas', { expectCurrent: a.id, minGasLimit: (est * 12n) / 10n })
          break
        }
        case 'nonce_too_low': {
          const w = await getWithdrawal(deps.db, a.withdrawalId)
          if (w) await resolveConsumedNonce(deps, w)
          break
        }
        case 'insufficient_funds':
          if (!a.lastError?.startsWith('insufficient_funds')) await alertInsufficientFunds(deps, chainId, a)
          break
        case 'underpriced_replace': // an earlier attempt of this nonce is still in the pool: keep tracking, bump later
        case 'nonce_too_high': // an earlier nonce is missing from the pool: the tracker re-sends it first
        case 'transient':
        case 'unknown':
        case 'in_pool':
          break
      }
    } catch (e) {
      deps.logger.warn({ attemptId: a.id, errorClass: r.errorClass, err: (e as Error).message }, 'could not act on a broadcast refusal; will retry')
    }
  }
}

async function alertInsufficientFunds(deps: Deps, chainId: number, a: AttemptRow): Promise<void> {
  const w = await getWithdrawal(deps.db, a.withdrawalId)
  if (!w) return
  const spendable = await chainClient(deps.chains, chainId).client.getBalance({ address: getAddress(a.fromAddress) }).catch(() => 0n)
  await withTx(deps.db, (tx) =>
    insertEvents(tx, [
      {
        type: 'wallet.low_balance',
        walletId: w.walletId,
        data: {
          walletId: w.walletId,
          chainId,
          asset: nativeAsset(chainId),
          address: getAddress(a.fromAddress),
          spendable: spendable.toString(),
          waitingWithdrawals: 1,
          oldestWithdrawalId: w.id,
          reason: 'a signed transaction was refused for insufficient funds; it is held and re-sent on new blocks',
        },
      },
    ]),
  )
  deps.logger.warn({ withdrawalId: w.id, address: a.fromAddress }, 'insufficient funds for a signed attempt; held and retried on new blocks')
}

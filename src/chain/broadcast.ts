/**
 * Broadcasting signed transactions.
 */
import type { Hex } from 'viem'
import { classifyBroadcastError, type BroadcastErrorClass } from './broadcastErrors'
import type { ChainPublicClient } from './clients'
import { errorMessage } from '../lib/errors'

export type BroadcastOutcome = { ok: true; attemptId: string } | { ok: false; attemptId: string; errorClass: BroadcastErrorClass; message: string }

/**
 * Sends raw signed transactions with `eth_sendRawTransaction` (JSON-RPC batched, in nonce order).
 * `already known` counts as success: the node has the transaction.
 */
export async function broadcastRaw(client: ChainPublicClient, items: { attemptId: string; rawTx: string }[]): Promise<BroadcastOutcome[]> {
  return Promise.all(
    items.map(async ({ attemptId, rawTx }): Promise<BroadcastOutcome> => {
      try {
        await client.sendRawTransaction({ serializedTransaction: rawTx as Hex })
        return { ok: true, attemptId }
      } catch (e) {
        const errorClass = classifyBroadcastError(e)
        if (errorClass === 'in_pool') return { ok: true, attemptId }
        return { ok: false, attemptId, errorClass, message: errorMessage(e) }
      }
    }),
  )
}

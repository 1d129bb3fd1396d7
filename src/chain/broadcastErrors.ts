/**
 * Classification of errors from `eth_sendRawTransaction` and other RPC calls.
 *
 * One table decides what the pipeline does with each error. Nothing here marks a withdrawal failed:
 * while a signed attempt could still be mined, the pipeline keeps tracking it.
 *
 * | class                | node messages                                                   | action |
 * |----------------------|-----------------------------------------------------------------|--------|
 * | in_pool              | already known, known transaction, already imported              | treat as broadcast |
 * | underpriced_replace  | replacement transaction underpriced                             | another tx holds the nonce in the pool: keep tracking, bump later |
 * | nonce_too_low        | nonce too low, nonce has already been used                      | the nonce was mined: look up which attempt (receipts by hash) |
 * | nonce_too_high       | nonce too high, nonce gap                                        | an earlier nonce is missing: keep, reconcile nonces |
 * | insufficient_funds   | insufficient funds                                              | hold the attempt, retry on new blocks, alert |
 * | fee_too_low          | max fee per gas less than block base fee, underpriced, fee cap   | re-sign the same nonce at market fees |
 * | intrinsic_gas        | intrinsic gas too low, gas limit reached, exceeds block gas limit| re-sign the same nonce with a new gas estimate |
 * | transient            | timeouts, 429, 5xx, connection errors                           | retry with backoff |
 * | unknown              | anything else                                                   | retry with backoff, keep the attempt |
 */
import { errorMessage } from '../lib/errors'

export type BroadcastErrorClass =
  | 'in_pool'
  | 'underpriced_replace'
  | 'nonce_too_low'
  | 'nonce_too_high'
  | 'insufficient_funds'
  | 'fee_too_low'
  | 'intrinsic_gas'
  | 'transient'
  | 'unknown'

const RULES: ReadonlyArray<[BroadcastErrorClass, RegExp]> = [
  ['in_pool', /already known|known transaction|already imported|already exists|tx already in mempool/i],
  ['underpriced_replace', /replacement transaction underpriced|replacement fee too low|could not replace existing tx/i],
  ['nonce_too_low', /nonce too low|nonce has already been used|nonce is too low|old nonce/i],
  ['nonce_too_high', /nonce too high|nonce gap|nonce is too high/i],
  ['insufficient_funds', /insufficient funds|insufficient balance/i],
  ['fee_too_low', /max fee per gas less than block base fee|fee cap less than block base fee|transaction underpriced|gas price too low|feecap below|maxfeepergas.*(less|lower) than/i],
  ['intrinsic_gas', /intrinsic gas too low|gas limit reached|exceeds block gas limit|out of gas/i],
  ['transient', /timed? ?out|timeout|took too long|ECONNREFUSED|ECONNRESET|socket hang up|fetch failed|429|too many requests|rate limit|50[0-4]|bad gateway|service unavailable|HTTP request failed/i],
]

/** Classifies a thrown RPC error (viem error or plain Error) by its messages, cause chain included. */
export function classifyBroadcastError(e: unknown): BroadcastErrorClass {
  const texts: string[] = []
  const seen = new Set<unknown>()
  let cur: unknown = e
  while (cur && !seen.has(cur)) {
    seen.add(cur)
    texts.push(errorMessage(cur))
    const o = cur as { details?: unknown; message?: unknown; cause?: unknown }
    if (typeof o.details === 'string') texts.push(o.details)
    if (typeof o.message === 'string') texts.push(o.message)
    cur = o.cause
  }
  const text = texts.join(' | ')
  for (const [cls, re] of RULES) if (re.test(text)) return cls
  return 'unknown'
}

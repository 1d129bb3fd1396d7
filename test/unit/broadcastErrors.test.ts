/**
 * The broadcast error table: each node message maps to one class (and so to one action).
 */
import { BaseError } from 'viem'
import { classifyBroadcastError } from '../../src/chain/broadcastErrors'

describe('classifyBroadcastError', () => {
  test.each([
    ['already known', 'in_pool'],
    ['known transaction: 0xabc', 'in_pool'],
    ['transaction already imported', 'in_pool'],
    ['replacement transaction underpriced', 'underpriced_replace'],
    ['nonce too low: next nonce 5, tx nonce 3', 'nonce_too_low'],
    ['nonce too high', 'nonce_too_high'],
    ['insufficient funds for gas * price + value', 'insufficient_funds'],
    ['max fee per gas less than block base fee', 'fee_too_low'],
    ['transaction underpriced', 'fee_too_low'],
    ['intrinsic gas too low', 'intrinsic_gas'],
    ['The request took too long to respond.', 'transient'],
    ['request timed out', 'transient'],
    ['HTTP request failed. Status: 503', 'transient'],
    ['429 Too Many Requests', 'transient'],
    ['fetch failed', 'transient'],
    ['execution reverted: custom error', 'unknown'],
  ])('%s → %s', (message, cls) => {
    expect(classifyBroadcastError(new Error(message))).toBe(cls)
  })

  test('looks through viem error causes', () => {
    const inner = new Error('nonce too low')
    const outer = new BaseError('Transaction creation failed.', { cause: inner })
    expect(classifyBroadcastError(outer)).toBe('nonce_too_low')
  })
})

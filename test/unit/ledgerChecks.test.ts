import type { DepositWithEntries, ObjectEntry, WithdrawalWithEntries } from '../../src/db/ledgerChecks'
import { depositProblems, withdrawalProblems } from '../../src/domain/ledger/checkLedger'
import { csvField } from '../../src/domain/ledger/exportLedger'

const W = '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e'
const FROM = '0x' + '1'.repeat(40)
const liability = `liability:31337:native:wallet:${W}`
const hot = `asset:31337:native:${FROM}`
const fee = 'expense:31337:native:network_fee'

const hold: ObjectEntry = { id: 'h', kind: 'hold', event: 'withdrawal.hold', hold: null, block: null, postings: [{ code: liability, amount: '100' }, { code: hot, amount: '-100' }] }
const post: ObjectEntry = { id: 'p', kind: 'post', event: 'withdrawal.post', hold: 'h', block: '7', postings: [{ code: liability, amount: '100' }, { code: hot, amount: '-100' }] }
const gas: ObjectEntry = { id: 'g', kind: 'standard', event: 'network_fee', hold: null, block: '7', postings: [{ code: fee, amount: '21' }, { code: hot, amount: '-21' }] }
const voided: ObjectEntry = { id: 'v', kind: 'void', event: 'withdrawal.void', hold: 'h', block: null, postings: null }

function w(status: string, entries: ObjectEntry[], feePaid: string | null = '21'): WithdrawalWithEntries {
  return { id: 'w', kind: 'withdrawal', status, walletId: W, chainId: 31337, asset: '31337:native', fromAddress: FROM, amount: '100', feePaid, blockNumber: '7', holdEntryId: 'h', entries }
}

describe('what makes a withdrawal\'s entries exactly right', () => {
  test('confirmed: hold, post of the same postings at the mined block, and the gas paid', () => {
    expect(withdrawalProblems(w('confirmed', [hold, post, gas]))).toEqual([])
  })
  test('a missing gas entry, a wrong gas amount or a second post is reported', () => {
    expect(withdrawalProblems(w('confirmed', [hold, post]))).toEqual(['status confirmed: missing its network_fee entry of 21 wei gas'])
    expect(withdrawalProblems(w('confirmed', [hold, post, gas], '22'))).toHaveLength(2)
    expect(withdrawalProblems(w('confirmed', [hold, post, { ...post, id: 'p2' }, gas]))).toEqual(['status confirmed: unexpected post entry p2 (withdrawal.post)'])
  })
  test('failed before signing: hold and void, no gas; failed on chain: hold, void and gas', () => {
    expect(withdrawalProblems(w('failed', [hold, voided], null))).toEqual([])
    expect(withdrawalProblems(w('failed', [hold, voided, gas]))).toEqual([])
    expect(withdrawalProblems(w('failed', [hold, post, gas]))).toHaveLength(2)
  })
  test('in flight: only the open hold', () => {
    expect(withdrawalProblems(w('mined', [hold]))).toEqual([])
    expect(withdrawalProblems(w('queued', [hold, voided]))).toEqual(['status queued: unexpected void entry v (withdrawal.void)'])
  })
  test('a hold that is not amount from the wallet to the from-address is reported', () => {
    const bad = { ...hold, postings: [{ code: liability, amount: '90' }, { code: hot, amount: '-90' }] }
    expect(withdrawalProblems(w('queued', [bad]))[0]).toMatch(/hold postings/)
  })
})

describe("what makes a deposit's entries exactly right", () => {
  const d = (status: string, entries: ObjectEntry[]): DepositWithEntries => ({
    id: 'd', status, walletId: W, chainId: 31337, asset: '31337:native', address: FROM, amount: '5', blockNumber: '3', creditEntryId: entries[0]?.id ?? null, entries,
  })
  const credit: ObjectEntry = { id: 'c', kind: 'standard', event: 'deposit.credit', hold: null, block: '3', postings: [{ code: hot, amount: '5' }, { code: liability, amount: '-5' }] }
  test('confirmed: exactly its credit at its block; detected: nothing', () => {
    expect(depositProblems(d('confirmed', [credit]))).toEqual([])
    expect(depositProblems(d('detected', []))).toEqual([])
    expect(depositProblems(d('confirmed', []))).toHaveLength(1)
    expect(depositProblems(d('confirmed', [{ ...credit, block: '4' }]))).toHaveLength(1)
    expect(depositProblems(d('orphaned', [credit]))[0]).toMatch(/reorg deeper/)
  })
})

test('CSV fields are quoted when they hold a comma, a quote or a line break (RFC 4180)', () => {
  expect(csvField('plain')).toBe('plain')
  expect(csvField(null)).toBe('')
  expect(csvField('a,b')).toBe('"a,b"')
  expect(csvField('say "hi"')).toBe('"say ""hi"""')
  expect(csvField('two\nlines')).toBe('"two\nlines"')
})

test('a sweep (or another kind of transfer) is held only to booking the gas it paid, once', () => {
  const sweep = (entries: ObjectEntry[]): WithdrawalWithEntries => ({ ...w('confirmed', entries), kind: 'sweep', holdEntryId: null })
  const move: ObjectEntry = { id: 's', kind: 'standard', event: 'sweep.post', hold: null, block: '7', postings: [{ code: hot, amount: '-100' }, { code: 'asset:31337:native:0x' + '2'.repeat(40), amount: '100' }] }
  expect(withdrawalProblems(sweep([move, gas]))).toEqual([])
  expect(withdrawalProblems(sweep([move]))).toHaveLength(1)
  expect(withdrawalProblems(sweep([move, gas, { ...gas, id: 'g2' }]))).toHaveLength(1)
})

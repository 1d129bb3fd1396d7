/**
 * The party rules of src/domain/approvals/party.ts: one party per key, API client or approver identity;
 * quorums count identities.
 */
import { assertOtherParty, countDistinctParties, normaliseIdentity, partyOf, sameParty } from '../../src/domain/approvals/party'

const alice = { keyId: 'k1', clientId: 'c1', identity: 'alice@example.com' }

describe('parties', () => {
  test('the same key, the same API client or the same identity is the same party; anything else is another', () => {
    expect(sameParty(alice, { keyId: 'k1', clientId: 'c9', identity: 'x' })).toBe(true)
    expect(sameParty(alice, { keyId: 'k2', clientId: 'c1', identity: 'bob@example.com' })).toBe(true)
    expect(sameParty(alice, { keyId: 'k3', clientId: 'c3', identity: 'alice@example.com' })).toBe(true)
    expect(sameParty(alice, { keyId: 'k4', clientId: 'c4', identity: 'bob@example.com' })).toBe(false)
  })

  test("an approval by the requester's party is refused with approval_not_allowed, saying why; no requester excludes nobody", () => {
    expect(() => assertOtherParty(alice, { keyId: 'k2', clientId: 'c1', identity: 'bob' }, 'withdrawal w1')).toThrow(expect.objectContaining({ code: 'approval_not_allowed', message: expect.stringContaining("requester's API client") }))
    expect(() => assertOtherParty(alice, { keyId: 'k3', clientId: 'c3', identity: 'alice@example.com' }, 'withdrawal w1')).toThrow(expect.objectContaining({ message: expect.stringContaining('approver identity') }))
    expect(() => assertOtherParty(alice, { keyId: 'k4', clientId: 'c4', identity: 'bob' }, 'withdrawal w1')).not.toThrow()
    expect(() => assertOtherParty(null, alice, 'withdrawal w1')).not.toThrow()
  })

  test('identities are compared trimmed and case-folded, quorums count them once', () => {
    expect(normaliseIdentity('  Alice@Example.COM ')).toBe('alice@example.com')
    expect(() => normaliseIdentity(' ')).toThrow(expect.objectContaining({ code: 'validation_failed' }))
    expect(() => normaliseIdentity('ali\u200bce')).toThrow(expect.objectContaining({ code: 'validation_failed' }))
    expect(countDistinctParties([{ identity: 'a' }, { identity: 'a' }, { identity: 'b' }])).toBe(2)
    // one API client is one party whatever identities its keys carry; groups join through either link
    expect(countDistinctParties([{ identity: 'a', clientId: 'c1' }, { identity: 'b', clientId: 'c1' }, { identity: 'c', clientId: 'c2' }])).toBe(2)
    expect(countDistinctParties([{ identity: 'a', clientId: 'c1' }, { identity: 'b', clientId: 'c2' }, { identity: 'a', clientId: 'c2' }])).toBe(1)
    expect(partyOf({ id: 'k9', clientId: 'c9', approverIdentity: 'carol' })).toEqual({ keyId: 'k9', clientId: 'c9', identity: 'carol' })
  })
})

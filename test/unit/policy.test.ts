/**
 * The withdrawal policy decision (pure) and IP allowlist matching.
 */
import type { PolicyInput, PolicyRow } from '../../src/db/policies'
import { isIpAllowed, normaliseCidrs, parseCidr } from '../../src/domain/apiKeys/ipAllowlist'
import { decidePolicy, type PolicyFacts } from '../../src/domain/policies/evaluateWithdrawalPolicy'
import { changeQuorum, loosenings, type RulesInForce } from '../../src/domain/policies/policyChanges'

const now = new Date('2026-11-21T12:00:00Z')
const policy = (p: Partial<PolicyRow>): PolicyRow => ({
  id: 'p',
  walletId: 'w',
  asset: '31337:native',
  maxPerTransaction: null,
  velocityLimit24h: null,
  allowlistRequired: false,
  allowlistCoolingOffSeconds: 86_400,
  approvalThreshold: null,
  approvalsRequired: 0,
  approvalThreshold24h: null,
  version: 1,
  createdAt: now,
  updatedAt: now,
  ...p,
})
const facts = (f: Partial<PolicyFacts>): PolicyFacts => ({ amount: 100n, to: '0xabc', withdrawnLast24h: 0n, allowlistedAt: null, now, ...f })

describe('decidePolicy', () => {
  test('no policy: allowed, nothing evaluated', () => {
    expect(decidePolicy(null, facts({}))).toMatchObject({ outcome: 'allowed', rule: null, policyId: null, rules: [] })
  })

  test('an empty policy allows and lists every rule as not configured', () => {
    const d = decidePolicy(policy({}), facts({}))
    expect(d.outcome).toBe('allowed')
    expect(d.rules.map((r) => [r.rule, r.result])).toEqual([
      ['max_per_transaction', 'not_configured'],
      ['velocity_24h', 'not_configured'],
      ['allowlist', 'not_configured'],
      ['approval', 'not_configured'],
      ['approval_24h', 'not_configured'],
    ])
  })

  test.each([
    ['at the maximum', { maxPerTransaction: 100n }, {}, 'allowed', null],
    ['above the maximum', { maxPerTransaction: 99n }, {}, 'refused', 'max_per_transaction'],
    ['the 24 h sum at the limit', { velocityLimit24h: 1000n }, { withdrawnLast24h: 900n }, 'allowed', null],
    ['the 24 h sum above the limit', { velocityLimit24h: 1000n }, { withdrawnLast24h: 901n }, 'refused', 'velocity_24h'],
    ['an unlisted destination', { allowlistRequired: true }, {}, 'refused', 'allowlist'],
    ['a destination in its cooling-off period', { allowlistRequired: true, allowlistCoolingOffSeconds: 60 }, { allowlistedAt: new Date(now.getTime() - 59_000) }, 'refused', 'allowlist'],
    ['a destination past its cooling-off period', { allowlistRequired: true, allowlistCoolingOffSeconds: 60 }, { allowlistedAt: new Date(now.getTime() - 60_000) }, 'allowed', null],
    ['an amount at the approval threshold', { approvalThreshold: 100n, approvalsRequired: 2 }, {}, 'allowed', null],
    ['an amount above the approval threshold', { approvalThreshold: 99n, approvalsRequired: 2 }, {}, 'pending_approval', 'approval'],
  ] as const)('%s', (_name, p, f, outcome, rule) => {
    const d = decidePolicy(policy(p as Partial<PolicyRow>), facts(f as Partial<PolicyFacts>))
    expect({ outcome: d.outcome, rule: d.rule }).toEqual({ outcome, rule })
    expect(d.approvalsRequired).toBe(outcome === 'pending_approval' ? 2 : 0)
  })

  test('a refusal names the first failing rule and still explains every rule', () => {
    const d = decidePolicy(policy({ maxPerTransaction: 10n, velocityLimit24h: 10n, approvalThreshold: 1n, approvalsRequired: 1 }), facts({}))
    expect(d).toMatchObject({ outcome: 'refused', rule: 'max_per_transaction', approvalsRequired: 0 })
    expect(d.rules.map((r) => r.result)).toEqual(['fail', 'fail', 'not_configured', 'approval_required', 'not_configured'])
  })

  // issue 13 M5: default-deny and the rolling 24 h approval threshold
  test('no policy under default-deny: refused by default_deny', () => {
    const d = decidePolicy(null, facts({}), { defaultDeny: true, minCoolingOffSeconds: 0 })
    expect(d).toMatchObject({ outcome: 'refused', rule: 'default_deny', policyId: null, rules: [{ rule: 'default_deny', result: 'fail' }] })
  })

  test.each([
    ['the 24 h sum at the approval threshold', { withdrawnLast24h: 900n }, 'allowed', null],
    ['the 24 h sum above it: split withdrawals still need approval', { withdrawnLast24h: 901n }, 'pending_approval', 'approval_24h'],
  ] as const)('%s', (_name, f, outcome, rule) => {
    const d = decidePolicy(policy({ approvalThreshold24h: 1000n, approvalsRequired: 2 }), facts(f))
    expect({ outcome: d.outcome, rule: d.rule, approvalsRequired: d.approvalsRequired }).toEqual({ outcome, rule, approvalsRequired: outcome === 'pending_approval' ? 2 : 0 })
  })

  // issue 13 H2: an entry's cooling-off is the longest of its own (in force when added), the policy's and the floor
  test.each([
    ["the entry's own longer period applies after the policy's was shortened", { entryCoolingOffSeconds: 86_400 }, { defaultDeny: false, minCoolingOffSeconds: 0 }, 'refused'],
    ['the configured floor applies to a policy of 0 s', { entryCoolingOffSeconds: 0 }, { defaultDeny: false, minCoolingOffSeconds: 3600 }, 'refused'],
    ['all periods over', { entryCoolingOffSeconds: 60 }, { defaultDeny: false, minCoolingOffSeconds: 60 }, 'allowed'],
  ] as const)('%s', (_name, f, opts, outcome) => {
    const d = decidePolicy(policy({ allowlistRequired: true, allowlistCoolingOffSeconds: 0 }), facts({ ...f, allowlistedAt: new Date(now.getTime() - 120_000) }), opts)
    expect(d.outcome).toBe(outcome)
  })
})

describe('loosenings (policy changes)', () => {
  const rules = (r: Partial<PolicyInput>): RulesInForce => ({
    kind: 'policy',
    rules: { maxPerTransaction: null, velocityLimit24h: null, allowlistRequired: false, allowlistCoolingOffSeconds: 86_400, approvalThreshold: null, approvalThreshold24h: null, approvalsRequired: 0, ...r },
  })
  test.each([
    ['a higher maximum', rules({ maxPerTransaction: 10n }), rules({ maxPerTransaction: 11n }), 1],
    ['a removed maximum', rules({ maxPerTransaction: 10n }), rules({}), 1],
    ['a lower maximum', rules({ maxPerTransaction: 10n }), rules({ maxPerTransaction: 9n }), 0],
    ['a first maximum', rules({}), rules({ maxPerTransaction: 9n }), 0],
    ['a shorter cooling-off', rules({ allowlistCoolingOffSeconds: 86_400 }), rules({ allowlistCoolingOffSeconds: 0 }), 1],
    ['the allowlist switched off', rules({ allowlistRequired: true }), rules({}), 1],
    ['fewer approvals', rules({ approvalThreshold: 5n, approvalsRequired: 2 }), rules({ approvalThreshold: 5n, approvalsRequired: 1 }), 1],
    ['a higher 24 h approval threshold', rules({ approvalThreshold24h: 5n, approvalsRequired: 1 }), rules({ approvalThreshold24h: 6n, approvalsRequired: 1 }), 1],
    ['a policy removed without default-deny', rules({ maxPerTransaction: 1n }), { kind: 'none', deny: false }, 1],
    ['a policy removed under default-deny', rules({ maxPerTransaction: 1n }), { kind: 'none', deny: true }, 0],
    ['a first policy under default-deny', { kind: 'none', deny: true }, rules({ maxPerTransaction: 1n }), 1],
    ['a first policy without default-deny', { kind: 'none', deny: false }, rules({}), 0],
  ] as const)('%s', (_name, before, after, n) => {
    expect(loosenings(before as RulesInForce, after as RulesInForce)).toHaveLength(n)
  })

  test('the quorum is that of the rules in force, at least 1', () => {
    expect(changeQuorum({ kind: 'none', deny: true })).toBe(1)
    expect(changeQuorum(rules({ approvalThreshold: 1n, approvalsRequired: 3 }))).toBe(3)
  })
})

describe('IP allowlists', () => {
  test('CIDRs are validated and normalised', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' })
    expect(parseCidr('2001:db8::/32')).toEqual({ address: '2001:db8::', prefix: 32, family: 'ipv6' })
    for (const bad of ['10.0.0.0/33', '300.0.0.1', '10.0.0.0/8/1', 'localhost', '::1/129', '10.0.0.0/-1', '']) expect(parseCidr(bad)).toBeNull()
    expect(normaliseCidrs(['127.0.0.1', 'x'], '/allowedCidrs')).toEqual({ cidrs: ['127.0.0.1/32'], errors: [{ pointer: '/allowedCidrs/1', detail: expect.any(String) }] })
  })

  test('addresses match their blocks, IPv4-mapped IPv6 included; an empty list allows all', () => {
    expect(isIpAllowed([], '203.0.113.9')).toBe(true)
    expect(isIpAllowed(['203.0.113.0/24'], '203.0.113.9')).toBe(true)
    expect(isIpAllowed(['203.0.113.0/24'], '::ffff:203.0.113.9')).toBe(true)
    expect(isIpAllowed(['203.0.113.0/24'], '203.0.114.1')).toBe(false)
    expect(isIpAllowed(['2001:db8::/32'], '2001:db8:1::5')).toBe(true)
    expect(isIpAllowed(['2001:db8::/32'], '2001:db9::5')).toBe(false)
    expect(isIpAllowed(['203.0.113.0/24'], undefined)).toBe(false)
  })
})

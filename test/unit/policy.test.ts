/**
 * The withdrawal policy decision (pure) and IP allowlist matching.
 */
import type { PolicyRow } from '../../src/db/policies'
import { isIpAllowed, normaliseCidrs, parseCidr } from '../../src/domain/apiKeys/ipAllowlist'
import { decidePolicy, type PolicyFacts } from '../../src/domain/policies/evaluateWithdrawalPolicy'

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
    expect(d.rules.map((r) => r.result)).toEqual(['fail', 'fail', 'not_configured', 'approval_required'])
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

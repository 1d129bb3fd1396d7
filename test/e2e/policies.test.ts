/**
 * Withdrawal policies and approvals through the API: each rule allows what it should and refuses the
 * rest with 422 `policy_violation` (writing nothing), the decision is recorded with every withdrawal,
 * and above the approval threshold a withdrawal waits (its amount held) until enough distinct approvers
 * other than the requester approve it; approvals by the requester, or twice by one approver, don't count.
 */
import { randomUUID } from 'node:crypto'
import { createCustodyClient, unwrap, type CustodyClient, type Withdrawal } from '../../src/client'
import type { components } from '../../src/client/schema'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { sql } from '../support/db'
import { creditWallet } from '../support/ledger'
import { tableCounts } from '../support/routeSamples'
import { startStack, waitFor, type Stack } from '../support/stack'

const ASSET = '31337:native'
const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const BOB = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'

let s: Stack
let requester: CustodyClient
let requesterKeyId: string
let approverA: CustodyClient
let approverB: CustodyClient
let approverAKeyId: string

beforeAll(async () => {
  s = await startStack({ workers: false })
  const key = async (name: string, scopes: string[]) => {
    const k = await createApiKey(s.rt.db, { name, scopes })
    return { client: createCustodyClient({ baseUrl: s.api.url, apiKey: k.key }), id: k.record.id }
  }
  const r = await key('requester', ['withdrawals:write', 'withdrawals:read', 'approver'])
  requester = r.client
  requesterKeyId = r.id
  const a = await key('approver A', ['approver'])
  approverA = a.client
  approverAKeyId = a.id
  approverB = (await key('approver B', ['approver'])).client
})
afterAll(async () => {
  await s?.stop()
})

async function newWallet(label: string, funds = 10n ** 18n): Promise<string> {
  const w = await unwrap(s.client.POST('/v1/wallets', { body: { label, custody: 'hd' } }))
  await creditWallet(s.rt.db, w.id, funds)
  return w.id
}

type PolicyChange = components['schemas']['PolicyChange']

/** A loosening change (202) is approved by approvers of other parties (A, then B) until it applies. */
async function approveChange(change: PolicyChange): Promise<PolicyChange> {
  let c = change
  for (const approver of [approverA, approverB]) {
    if (c.status === 'applied') break
    c = await unwrap(approver.POST('/v1/policy-changes/{changeId}/approve', { params: { path: { changeId: c.id } }, body: {} }))
  }
  expect(c.status).toBe('applied')
  return c
}

/** Sets a policy; one that loosens the rules in force is approved (see approveChange) and read back. */
async function setPolicy(walletId: string, body: Record<string, unknown>, asset = ASSET) {
  const r = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset } }, body })
  if (r.response.status === 202) {
    await approveChange(r.data as unknown as PolicyChange)
    return unwrap(s.client.GET('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset } } }))
  }
  expect(r.response.status).toBe(200)
  return r.data as components['schemas']['WithdrawalPolicy']
}

async function deletePolicy(walletId: string, asset = ASSET): Promise<void> {
  const r = await s.client.DELETE('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset } } })
  if (r.response.status === 202) await approveChange(r.data as unknown as PolicyChange)
  else expect(r.response.status).toBe(200)
}

/** Adds an allowlist entry: the addition (202) is approved, then the entry is read back. */
async function addEntry(walletId: string, body: { address: string; label?: string }) {
  const change = await unwrap(s.client.POST('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } }, body }))
  const done = await approveChange(change)
  const list = await unwrap(s.client.GET('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } } }))
  return list.data.find((e) => e.id === done.resultId)!
}

function withdraw(walletId: string, amount: string | bigint, to = ALICE, client = requester) {
  return client.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': randomUUID() } }, body: { walletId, asset: ASSET, to, amount: amount.toString() } })
}

async function available(walletId: string): Promise<{ available: bigint; pending: bigint }> {
  const b = (await unwrap(s.client.GET('/v1/wallets/{walletId}/balances', { params: { path: { walletId } } }))).data.find((x) => x.asset === ASSET)!
  return { available: BigInt(b.available), pending: BigInt(b.pending) }
}

async function expectRefused(walletId: string, amount: bigint | string, rule: string, to = ALICE) {
  const before = await tableCounts(s.db.url)
  const r = await withdraw(walletId, amount, to)
  expect(r.response.status).toBe(422)
  expect(r.error).toMatchObject({ code: 'policy_violation', rule, decision: { outcome: 'refused', rule } })
  expect(await tableCounts(s.db.url)).toEqual(before)
  return r.error as unknown as { detail: string; decision: { rules: { rule: string; result: string; detail: string }[] } }
}

describe('policy management', () => {
  test('a policy is created, read, replaced (its version increments) and removed', async () => {
    const walletId = await newWallet('policy crud')
    const p1 = await setPolicy(walletId, { maxPerTransaction: '1000' })
    expect(p1).toMatchObject({ walletId, asset: ASSET, maxPerTransaction: '1000', velocityLimit24h: null, allowlistRequired: false, approvalThreshold: null, approvalsRequired: 0, version: 1 })
    const p2 = await setPolicy(walletId, { maxPerTransaction: '2000', approvalThreshold: '500', approvalsRequired: 2 })
    expect(p2).toMatchObject({ id: p1.id, maxPerTransaction: '2000', approvalThreshold: '500', approvalsRequired: 2, version: 2 })
    expect((await unwrap(s.client.GET('/v1/wallets/{walletId}/policies', { params: { path: { walletId } } }))).data).toEqual([p2])
    await deletePolicy(walletId)
    const gone = await s.client.GET('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } } })
    expect(gone.response.status).toBe(404)
    expect(gone.error?.code).toBe('policy_not_found')
  })

  test('an approval threshold needs approvers and approvers need a threshold; unknown assets are refused', async () => {
    const walletId = await newWallet('policy validation')
    const a = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } }, body: { approvalsRequired: 2 } })
    expect(a.response.status).toBe(400)
    expect(a.error?.errors?.[0]?.pointer).toBe('/approvalThreshold')
    const b = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } }, body: { approvalThreshold: '5', approvalsRequired: 0 } })
    expect(b.response.status).toBe(400)
    const c = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: '5:native' } }, body: {} })
    expect(c.error?.code).toBe('unknown_asset')
  })

  test('without a policy a withdrawal is allowed and says so', async () => {
    const walletId = await newWallet('no policy')
    const w = await unwrap(withdraw(walletId, 10n))
    expect(w.status).toBe('queued')
    expect(w.policyDecision).toMatchObject({ policyId: null, outcome: 'allowed', rule: null, rules: [] })
  })
})

describe('per-transaction maximum', () => {
  test('allows the maximum, refuses one base unit more', async () => {
    const walletId = await newWallet('max')
    const policy = await setPolicy(walletId, { maxPerTransaction: '1000' })
    const ok = await unwrap(withdraw(walletId, 1000n))
    expect(ok.status).toBe('queued')
    expect(ok.policyDecision).toMatchObject({ policyId: policy.id, policyVersion: 1, outcome: 'allowed', rule: null })
    expect(ok.policyDecision!.rules.find((r) => r.rule === 'max_per_transaction')).toMatchObject({ result: 'pass', limit: '1000', value: '1000' })
    const refused = await expectRefused(walletId, 1001n, 'max_per_transaction')
    expect(refused.detail).toContain('exceeds the per-transaction maximum 1000')
  })
})

describe('rolling 24 h velocity limit', () => {
  test('counts what was requested in the last 24 h, this request included; older withdrawals free the room', async () => {
    const walletId = await newWallet('velocity')
    await setPolicy(walletId, { velocityLimit24h: '3000' })
    const first = await unwrap(withdraw(walletId, 1000n))
    await unwrap(withdraw(walletId, 1500n))
    const refused = await expectRefused(walletId, 600n, 'velocity_24h')
    expect(refused.decision.rules.find((r) => r.rule === 'velocity_24h')).toMatchObject({ result: 'fail', limit: '3000', value: '3100' })
    const exact = await unwrap(withdraw(walletId, 500n))
    expect(exact.policyDecision!.rules.find((r) => r.rule === 'velocity_24h')).toMatchObject({ result: 'pass', value: '3000' })
    await expectRefused(walletId, 1n, 'velocity_24h')
    // 25 hours later the first withdrawal no longer counts
    await sql(s.db.url, "UPDATE withdrawals SET created_at = now() - interval '25 hours' WHERE id = $1", [first.id])
    expect((await unwrap(withdraw(walletId, 1000n))).status).toBe('queued')
  })

  test('a rejected withdrawal no longer counts', async () => {
    const walletId = await newWallet('velocity rejected')
    await setPolicy(walletId, { velocityLimit24h: '2000', approvalThreshold: '500', approvalsRequired: 1 })
    const big = await unwrap(withdraw(walletId, 1500n))
    expect(big.status).toBe('pending_approval')
    await expectRefused(walletId, 600n, 'velocity_24h')
    await unwrap(approverA.POST('/v1/withdrawals/{withdrawalId}/reject', { params: { path: { withdrawalId: big.id } }, body: {} }))
    const after = await unwrap(withdraw(walletId, 600n))
    expect(after.policyDecision!.rules.find((r) => r.rule === 'velocity_24h')).toMatchObject({ result: 'pass', value: '600' })
  })

  test('concurrent requests cannot race past the limit', async () => {
    const walletId = await newWallet('velocity race')
    await setPolicy(walletId, { velocityLimit24h: '1000' })
    const results = await Promise.all(Array.from({ length: 10 }, () => withdraw(walletId, 300n)))
    expect(results.filter((r) => r.response.status === 201)).toHaveLength(3)
    expect(results.filter((r) => r.response.status === 422).every((r) => r.error?.code === 'policy_violation')).toBe(true)
    const [sum] = await sql<{ total: string }>(s.db.url, 'SELECT sum(amount)::text AS total FROM withdrawals WHERE wallet_id = $1', [walletId])
    expect(sum!.total).toBe('900')
  })
})

describe('destination allowlist with a cooling-off period', () => {
  test('refuses destinations not on the list, and listed ones until their cooling-off period has passed', async () => {
    const walletId = await newWallet('allowlist')
    // long enough for the addition's approval round trips on a loaded machine
    await setPolicy(walletId, { allowlistRequired: true, allowlistCoolingOffSeconds: 8 })
    const notListed = await expectRefused(walletId, 10n, 'allowlist')
    expect(notListed.detail).toContain("is not on the wallet's allowlist")
    const entry = await addEntry(walletId, { address: ALICE, label: 'alice' })
    expect(entry).toMatchObject({ walletId, address: ALICE, label: 'alice', removedAt: null })
    const cooling = await expectRefused(walletId, 10n, 'allowlist')
    expect(cooling.detail).toContain('cooling-off period of 8 s')
    const ok = await waitFor('cooling-off over', async () => {
      const r = await withdraw(walletId, 10n)
      return r.response.status === 201 ? r.data! : null
    }, 30_000, 250)
    expect(ok.policyDecision!.rules.find((r) => r.rule === 'allowlist')).toMatchObject({ result: 'pass' })
    expect(new Date(ok.createdAt).getTime() - new Date(entry.createdAt).getTime()).toBeGreaterThanOrEqual(8000)
    // another destination is still refused
    await expectRefused(walletId, 10n, 'allowlist', BOB)
    // a duplicate entry is a conflict pointing at the first; removal takes effect at once
    const dup = await s.client.POST('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } }, body: { address: ALICE } })
    expect(dup.response.status).toBe(409)
    expect(dup.error).toMatchObject({ code: 'allowlist_entry_exists', existingId: entry.id })
    await unwrap(s.client.DELETE('/v1/wallets/{walletId}/allowlist/{entryId}', { params: { path: { walletId, entryId: entry.id } } }))
    await expectRefused(walletId, 10n, 'allowlist')
    expect((await unwrap(s.client.GET('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } } }))).data).toEqual([])
  })

  test('the database keeps an entry from being back-dated or revived', async () => {
    const walletId = await newWallet('allowlist db')
    const entry = await addEntry(walletId, { address: BOB })
    await expect(sql(s.db.url, "UPDATE withdrawal_allowlist SET created_at = now() - interval '10 days' WHERE id = $1", [entry.id])).rejects.toThrow(/can only be removed/)
    await expect(sql(s.db.url, 'DELETE FROM withdrawal_allowlist WHERE id = $1', [entry.id])).rejects.toThrow(/append-only/)
    await sql(s.db.url, 'UPDATE withdrawal_allowlist SET removed_at = now() WHERE id = $1', [entry.id])
    await expect(sql(s.db.url, 'UPDATE withdrawal_allowlist SET removed_at = NULL WHERE id = $1', [entry.id])).rejects.toThrow(/can only be removed/)
  })
})

describe('approvals', () => {
  let walletId: string

  beforeAll(async () => {
    walletId = await newWallet('approvals', 10n ** 18n)
    await setPolicy(walletId, { approvalThreshold: '1000', approvalsRequired: 2 })
  })

  const approve = (c: CustodyClient, id: string, comment?: string) => c.POST('/v1/withdrawals/{withdrawalId}/approve', { params: { path: { withdrawalId: id } }, body: comment ? { comment } : {} })
  const reject = (c: CustodyClient, id: string) => c.POST('/v1/withdrawals/{withdrawalId}/reject', { params: { path: { withdrawalId: id } }, body: {} })

  test('up to the threshold a withdrawal is queued at once', async () => {
    const w = await unwrap(withdraw(walletId, 1000n))
    expect(w).toMatchObject({ status: 'queued', approvalsRequired: 0 })
    expect(w.policyDecision!.rules.find((r) => r.rule === 'approval')).toMatchObject({ result: 'pass', limit: '1000' })
  })

  test('above it, it waits with its amount held; the requester and a second vote of one approver do not count; the second approver queues it', async () => {
    const before = await available(walletId)
    const w = await unwrap(withdraw(walletId, 5000n))
    expect(w).toMatchObject({ status: 'pending_approval', approvalsRequired: 2, policyDecision: { outcome: 'pending_approval', rule: 'approval', approvalsRequired: 2 } })
    expect(await available(walletId)).toEqual({ available: before.available - 5000n, pending: before.pending + 5000n })
    expect(await s.rt.queues.submit.getJob(`submit-${w.id}`)).toBeUndefined()

    const own = await approve(requester, w.id)
    expect(own.response.status).toBe(403)
    expect(own.error?.code).toBe('approval_not_allowed')

    const a1 = await unwrap(approve(approverA, w.id, 'looks right'))
    expect(a1).toMatchObject({ status: 'pending_approval', approvals: [{ apiKeyId: approverAKeyId, decision: 'approve', comment: 'looks right' }] })
    const twice = await approve(approverA, w.id)
    expect(twice.response.status).toBe(409)
    expect(twice.error?.code).toBe('approval_already_recorded')
    expect((await unwrap(s.client.GET('/v1/withdrawals/{withdrawalId}', { params: { path: { withdrawalId: w.id } } }))).status).toBe('pending_approval')

    const a2 = await unwrap(approve(approverB, w.id))
    expect(a2.status).toBe('queued')
    expect(a2.approvals).toHaveLength(2)
    expect(await s.rt.queues.submit.getJob(`submit-${w.id}`)).toBeDefined()
    // the hold stays until the withdrawal settles
    expect(await available(walletId)).toEqual({ available: before.available - 5000n, pending: before.pending + 5000n })
    const late = await reject(approverA, w.id)
    expect(late.response.status).toBe(409)
    expect(late.error?.code).toBe('invalid_state')

    const types = (await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE data->>'id' = $1 ORDER BY seq", [w.id])).map((e) => e.type)
    expect(types).toEqual(['withdrawal.pending_approval', 'withdrawal.approval_recorded', 'withdrawal.queued'])
  })

  test('one rejection ends it and releases the hold', async () => {
    const before = await available(walletId)
    const w = await unwrap(withdraw(walletId, 7000n))
    await unwrap(approve(approverA, w.id))
    const r: Withdrawal = await unwrap(reject(approverB, w.id))
    expect(r).toMatchObject({ status: 'rejected', statusReason: 'rejected_by_approver' })
    expect(await available(walletId)).toEqual(before)
    const entries = await sql<{ kind: string }>(s.db.url, 'SELECT kind FROM journal_entries WHERE ref_id = $1 ORDER BY seq', [w.id])
    expect(entries.map((e) => e.kind)).toEqual(['hold', 'void'])
    const again = await approve(approverB, w.id)
    expect(again.response.status).toBe(409)
  })

  test('the requester may reject its own withdrawal', async () => {
    const w = await unwrap(withdraw(walletId, 8000n))
    expect((await unwrap(reject(requester, w.id))).status).toBe('rejected')
  })

  test('a key without the approver scope cannot approve', async () => {
    const w = await unwrap(withdraw(walletId, 9000n))
    const writer = createCustodyClient({ baseUrl: s.api.url, apiKey: (await createApiKey(s.rt.db, { name: 'writer', scopes: ['withdrawals:write', 'withdrawals:read'] })).key })
    const r = await approve(writer, w.id)
    expect(r.response.status).toBe(403)
    expect(r.error?.code).toBe('forbidden')
  })

  test("the database refuses the requester's approval and any change to recorded approvals", async () => {
    const w = await unwrap(withdraw(walletId, 9100n))
    const [k] = await sql<{ client_id: string }>(s.db.url, 'SELECT client_id FROM api_keys WHERE id = $1', [requesterKeyId])
    await expect(
      sql(s.db.url, "INSERT INTO withdrawal_approvals (withdrawal_id, api_key_id, client_id, decision) VALUES ($1, $2, $3, 'approve')", [w.id, requesterKeyId, k!.client_id]),
    ).rejects.toThrow(/cannot approve it/)
    await unwrap(approve(approverA, w.id))
    await expect(sql(s.db.url, "UPDATE withdrawal_approvals SET decision = 'reject' WHERE withdrawal_id = $1", [w.id])).rejects.toThrow(/append-only/)
    await expect(sql(s.db.url, 'DELETE FROM withdrawal_approvals WHERE withdrawal_id = $1', [w.id])).rejects.toThrow(/append-only/)
  })

  test('concurrent approvals by the last two approvers queue it exactly once', async () => {
    await setPolicy(walletId, { approvalThreshold: '1000', approvalsRequired: 1 })
    const w = await unwrap(withdraw(walletId, 6000n))
    const [x, y] = await Promise.all([approve(approverA, w.id), approve(approverB, w.id)])
    const statuses = [x.response.status, y.response.status].sort()
    expect(statuses).toEqual([200, 409])
    const types = (await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE data->>'id' = $1 AND type = 'withdrawal.queued'", [w.id])).map((e) => e.type)
    expect(types).toEqual(['withdrawal.queued'])
  })
})

// ---------------------------------------------------------------- issue 13 M5: default policy, rolling 24 h approvals

describe('wallet default policy', () => {
  test('applies to an asset without its own policy; an asset policy looser than the default needs approval', async () => {
    const walletId = await newWallet('default policy')
    const def = await setPolicy(walletId, { maxPerTransaction: '1000' }, 'default')
    expect(def).toMatchObject({ asset: 'default', maxPerTransaction: '1000' })
    const refused = await expectRefused(walletId, 1001n, 'max_per_transaction')
    expect(refused.decision).toMatchObject({ policyId: def.id, policyScope: 'wallet_default' })
    expect((await unwrap(withdraw(walletId, 1000n))).policyDecision).toMatchObject({ policyId: def.id, policyScope: 'wallet_default', outcome: 'allowed' })

    // the asset's own policy, looser than the default it replaces: a loosening change
    const r = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } }, body: { maxPerTransaction: '5000' } })
    expect(r.response.status).toBe(202)
    expect(r.data).toMatchObject({ reasons: ['maxPerTransaction raised from 1000 to 5000'], previous: { maxPerTransaction: '1000' } })
    await expectRefused(walletId, 1001n, 'max_per_transaction')
    await approveChange(r.data as unknown as PolicyChange)
    const own = await unwrap(withdraw(walletId, 1001n))
    expect(own.policyDecision).toMatchObject({ policyScope: 'asset', outcome: 'allowed' })
    // removing the asset's policy falls back to the (stricter) default: applies at once
    const del = await s.client.DELETE('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } } })
    expect(del.response.status).toBe(200)
    await expectRefused(walletId, 1001n, 'max_per_transaction')
  })
})

describe('rolling 24 h approval threshold', () => {
  test('splitting a withdrawal under the per-withdrawal threshold does not avoid approvals', async () => {
    const walletId = await newWallet('approval 24h')
    await setPolicy(walletId, { approvalThreshold: '1000', approvalThreshold24h: '1500', approvalsRequired: 1 })
    const first = await unwrap(withdraw(walletId, 900n))
    expect(first.status).toBe('queued')
    const second = await unwrap(withdraw(walletId, 900n))
    expect(second).toMatchObject({ status: 'pending_approval', approvalsRequired: 1, policyDecision: { outcome: 'pending_approval', rule: 'approval_24h' } })
    expect(second.policyDecision!.rules.find((r) => r.rule === 'approval')).toMatchObject({ result: 'pass' })
    expect(second.policyDecision!.rules.find((r) => r.rule === 'approval_24h')).toMatchObject({ result: 'approval_required', limit: '1500', value: '1800' })
    // 25 hours later the first no longer counts
    await sql(s.db.url, "UPDATE withdrawals SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])", [[first.id, second.id]])
    expect((await unwrap(withdraw(walletId, 900n))).status).toBe('queued')
  })

  test('a 24 h approval threshold alone needs approvers; raising it is a loosening change', async () => {
    const walletId = await newWallet('approval 24h validation')
    const bad = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } }, body: { approvalThreshold24h: '5', approvalsRequired: 0 } })
    expect(bad.response.status).toBe(400)
    await setPolicy(walletId, { approvalThreshold24h: '5' })
    const r = await s.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } }, body: { approvalThreshold24h: '6' } })
    expect(r.response.status).toBe(202)
  })
})

describe('default-deny and the cooling-off floor (production defaults)', () => {
  let d: Stack
  let approver: CustodyClient
  beforeAll(async () => {
    d = await startStack({ workers: false, env: { POLICY_DEFAULT_DENY: 'true', POLICY_MIN_COOLING_OFF_SECONDS: '3600' } })
    approver = createCustodyClient({ baseUrl: d.api.url, apiKey: (await createApiKey(d.rt.db, { name: 'approver', scopes: ['approver'] })).key })
  })
  afterAll(async () => {
    await d?.stop()
  })

  test('a withdrawal no policy covers is refused with policy_required; a first policy is a loosening change', async () => {
    const w = await unwrap(d.client.POST('/v1/wallets', { body: { label: 'deny', custody: 'hd' } }))
    await creditWallet(d.rt.db, w.id, 10n ** 18n)
    const body = { walletId: w.id, asset: ASSET, to: ALICE, amount: '10' }
    const before = await tableCounts(d.db.url)
    const r = await d.client.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': randomUUID() } }, body })
    expect(r.response.status).toBe(422)
    expect(r.error).toMatchObject({ code: 'policy_required', rule: 'default_deny', decision: { outcome: 'refused', rule: 'default_deny' } })
    expect(await tableCounts(d.db.url)).toEqual(before)

    // below the floor: refused
    const low = await d.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId: w.id, asset: ASSET } }, body: { allowlistCoolingOffSeconds: 60 } })
    expect(low.response.status).toBe(400)
    expect(low.error?.errors?.[0]?.pointer).toBe('/allowlistCoolingOffSeconds')

    const first = await d.client.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId: w.id, asset: ASSET } }, body: { maxPerTransaction: '100' } })
    expect(first.response.status).toBe(202)
    expect(first.data).toMatchObject({ reasons: ['a policy replaces default-deny: withdrawals that were refused become possible'], previous: null })
    expect((await d.client.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': randomUUID() } }, body })).error?.code).toBe('policy_required')
    await unwrap(approver.POST('/v1/policy-changes/{changeId}/approve', { params: { path: { changeId: (first.data as unknown as PolicyChange).id } }, body: {} }))
    expect((await unwrap(d.client.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': randomUUID() } }, body }))).status).toBe('queued')

    // removing the only policy tightens (back to deny): applies at once
    expect((await d.client.DELETE('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId: w.id, asset: ASSET } } })).response.status).toBe(200)
    expect((await d.client.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': randomUUID() } }, body })).error?.code).toBe('policy_required')
  })
})

// ---------------------------------------------------------------- issue 13 L5: re-check at the final approval

describe('re-check at the final approval', () => {
  const approveW = (c: CustodyClient, id: string) => c.POST('/v1/withdrawals/{withdrawalId}/approve', { params: { path: { withdrawalId: id } }, body: {} })

  test('a destination removed from the allowlist meanwhile: the withdrawal is rejected, not queued, and its hold released', async () => {
    const walletId = await newWallet('recheck allowlist')
    await setPolicy(walletId, { allowlistRequired: true, allowlistCoolingOffSeconds: 0, approvalThreshold: '100', approvalsRequired: 1 })
    const entry = await addEntry(walletId, { address: ALICE })
    const before = await available(walletId)
    const w = await unwrap(withdraw(walletId, 500n))
    expect(w.status).toBe('pending_approval')
    await unwrap(s.client.DELETE('/v1/wallets/{walletId}/allowlist/{entryId}', { params: { path: { walletId, entryId: entry.id } } }))

    const r = await unwrap(approveW(approverA, w.id))
    expect(r).toMatchObject({ status: 'rejected', statusReason: 'policy_refused_at_approval' })
    expect(await s.rt.queues.submit.getJob(`submit-${w.id}`)).toBeUndefined()
    expect(await available(walletId)).toEqual(before)
    const types = (await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE data->>'id' = $1 ORDER BY seq", [w.id])).map((e) => e.type)
    expect(types).toEqual(['withdrawal.pending_approval', 'withdrawal.rejected'])
  })

  test('a maximum lowered meanwhile refuses it; one still within every rule is queued (its own amount not counted twice)', async () => {
    const walletId = await newWallet('recheck limits')
    await setPolicy(walletId, { velocityLimit24h: '1000', approvalThreshold: '100', approvalsRequired: 1 })
    const ok = await unwrap(withdraw(walletId, 1000n))
    expect((await unwrap(approveW(approverA, ok.id))).status).toBe('queued')

    const wallet2 = await newWallet('recheck limits 2')
    await setPolicy(wallet2, { maxPerTransaction: '1000', approvalThreshold: '100', approvalsRequired: 1 })
    const w = await unwrap(withdraw(wallet2, 800n))
    await setPolicy(wallet2, { maxPerTransaction: '700', approvalThreshold: '100', approvalsRequired: 1 })
    expect(await unwrap(approveW(approverA, w.id))).toMatchObject({ status: 'rejected', statusReason: 'policy_refused_at_approval' })
  })
})

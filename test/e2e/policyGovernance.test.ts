/**
 * Issue 13 H2: one `policies:write` key cannot loosen a withdrawal control on its own.
 *
 * The reproductions, which passed before: (1) allowlist required with a 24 h cooling-off → add
 * an address → set the cooling-off to 0 → the withdrawal there was queued; (2) delete the policy → a
 * withdrawal above the old threshold was allowed. Now a change that loosens a rule (an allowlist
 * addition, a shorter cooling-off, a removed policy, a higher limit…) waits as a policy change until
 * approvers of other parties (API clients) approve it, a tightening change applies at once, every change
 * that takes effect emits `policy.changed`, and an entry keeps the cooling-off period in force when it
 * was added.
 */
import { randomUUID } from 'node:crypto'
import { createCustodyClient, unwrap, type CustodyClient } from '../../src/client'
import type { components } from '../../src/client/schema'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { sql } from '../support/db'
import { creditWallet } from '../support/ledger'
import { tableCounts } from '../support/routeSamples'
import { startStack, type Stack } from '../support/stack'

type PolicyChange = components['schemas']['PolicyChange']

const ASSET = '31337:native'
const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const DAY = 86_400

let s: Stack
/** the attacker's key: policies, withdrawals and the approver scope, in its own API client */
let writer: CustodyClient
let writerClientId: string
/** another key of the writer's client, with the approver scope */
let sameClient: CustodyClient
let sameClientKeyId: string
/** approvers of two other clients; A2 is a second key of A's client */
let approverA: CustodyClient
let approverA2: CustodyClient
let approverB: CustodyClient

beforeAll(async () => {
  s = await startStack({ workers: false })
  const w = await createApiKey(s.rt.db, { name: 'writer', scopes: ['policies:write', 'policies:read', 'withdrawals:write', 'withdrawals:read', 'approver'] })
  writer = createCustodyClient({ baseUrl: s.api.url, apiKey: w.key })
  writerClientId = w.record.clientId
  const sc = await createApiKey(s.rt.db, { name: 'same client approver', scopes: ['approver'], clientId: writerClientId })
  sameClient = createCustodyClient({ baseUrl: s.api.url, apiKey: sc.key })
  sameClientKeyId = sc.record.id
  const a = await createApiKey(s.rt.db, { name: 'approver A', scopes: ['approver'] })
  approverA = createCustodyClient({ baseUrl: s.api.url, apiKey: a.key })
  approverA2 = createCustodyClient({ baseUrl: s.api.url, apiKey: (await createApiKey(s.rt.db, { name: 'approver A2', scopes: ['approver'], clientId: a.record.clientId })).key })
  approverB = createCustodyClient({ baseUrl: s.api.url, apiKey: (await createApiKey(s.rt.db, { name: 'approver B', scopes: ['approver'] })).key })
})
afterAll(async () => {
  await s?.stop()
})

async function newWallet(label: string): Promise<string> {
  const w = await unwrap(s.client.POST('/v1/wallets', { body: { label, custody: 'hd' } }))
  await creditWallet(s.rt.db, w.id, 10n ** 18n)
  return w.id
}

const put = (walletId: string, body: Record<string, unknown>) => writer.PUT('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } }, body })
const getPolicy = (walletId: string) => s.client.GET('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } } })
const approve = (c: CustodyClient, id: string) => c.POST('/v1/policy-changes/{changeId}/approve', { params: { path: { changeId: id } }, body: {} })
const reject = (c: CustodyClient, id: string) => c.POST('/v1/policy-changes/{changeId}/reject', { params: { path: { changeId: id } }, body: { comment: 'not agreed' } })
const withdraw = (walletId: string, amount: bigint, to = ALICE) =>
  writer.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': randomUUID() } }, body: { walletId, asset: ASSET, to, amount: amount.toString() } })

async function pending(r: { response: Response; data?: unknown }): Promise<PolicyChange> {
  expect(r.response.status).toBe(202)
  const c = r.data as PolicyChange
  expect(c).toMatchObject({ status: 'pending_approval', loosening: true })
  return c
}

async function eventsOf(changeId: string): Promise<string[]> {
  return (await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE data->>'id' = $1 ORDER BY seq", [changeId])).map((e) => e.type)
}

test('issue reproduction 1: a cooling-off set to 0 neither applies alone nor shortens the period of an entry added under 24 h', async () => {
  const walletId = await newWallet('repro cooling-off')
  // tightening (no policy → allowlist with 24 h): applies at once
  const first = await put(walletId, { allowlistRequired: true, allowlistCoolingOffSeconds: DAY })
  expect(first.response.status).toBe(200)

  // the addition waits; neither the writer nor another key of its client can approve it
  const add = await pending(await writer.POST('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } }, body: { address: ALICE, label: 'alice' } }))
  expect(add).toMatchObject({ action: 'add_allowlist_entry', approvalsRequired: 1, allowlistEntry: { address: ALICE, label: 'alice', entryId: null } })
  expect((await unwrap(s.client.GET('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } } }))).data).toEqual([])
  for (const own of [writer, sameClient]) {
    const r = await approve(own, add.id)
    expect(r.response.status).toBe(403)
    expect(r.error?.code).toBe('policy_change_not_allowed')
  }
  const added = await unwrap(approve(approverA, add.id))
  expect(added).toMatchObject({ status: 'applied', approvals: [{ decision: 'approve' }] })
  const [entry] = (await unwrap(s.client.GET('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } } }))).data
  expect(entry).toMatchObject({ id: added.resultId, address: ALICE, coolingOffSeconds: DAY })

  // shortening the cooling-off to 0 waits for approval; the policy in force is unchanged
  const shorter = await pending(await put(walletId, { allowlistRequired: true, allowlistCoolingOffSeconds: 0 }))
  expect(shorter.reasons).toEqual([`allowlistCoolingOffSeconds shortened from ${DAY} to 0`])
  expect(shorter.previous).toMatchObject({ allowlistCoolingOffSeconds: DAY })
  expect((await unwrap(getPolicy(walletId))).allowlistCoolingOffSeconds).toBe(DAY)
  const before = await tableCounts(s.db.url)
  const refused = await withdraw(walletId, 10n)
  expect(refused.response.status).toBe(422)
  expect(refused.error).toMatchObject({ code: 'policy_violation', rule: 'allowlist' })
  expect(await tableCounts(s.db.url)).toEqual(before)

  // even approved, the entry keeps the 24 h it was added under
  expect((await unwrap(approve(approverB, shorter.id))).status).toBe('applied')
  expect((await unwrap(getPolicy(walletId))).allowlistCoolingOffSeconds).toBe(0)
  const still = await withdraw(walletId, 10n)
  expect(still.response.status).toBe(422)
  expect(still.error).toMatchObject({ code: 'policy_violation', rule: 'allowlist' })
  expect(still.error?.detail).toContain(`cooling-off period of ${DAY} s`)

  expect(await eventsOf(add.id)).toEqual(['policy.change_pending', 'policy.changed'])
  expect(await eventsOf(shorter.id)).toEqual(['policy.change_pending', 'policy.changed'])
})

test('issue reproduction 2: deleting a policy waits for the quorum of distinct parties; meanwhile the old threshold holds', async () => {
  const walletId = await newWallet('repro delete')
  expect((await put(walletId, { approvalThreshold: '1000', approvalsRequired: 2 })).response.status).toBe(200)
  const del = await pending(await writer.DELETE('/v1/wallets/{walletId}/policies/{asset}', { params: { path: { walletId, asset: ASSET } } }))
  expect(del).toMatchObject({ action: 'delete_policy', approvalsRequired: 2, reasons: ['no policy applies any more: every withdrawal is allowed'] })

  const big = await unwrap(withdraw(walletId, 5000n))
  expect(big.status).toBe('pending_approval')

  // one party: A, then a second key of A's client (counts once), then A again (refused)
  expect((await unwrap(approve(approverA, del.id))).status).toBe('pending_approval')
  const a2 = await unwrap(approve(approverA2, del.id))
  expect(a2).toMatchObject({ status: 'pending_approval' })
  expect(a2.approvals).toHaveLength(2)
  const twice = await approve(approverA, del.id)
  expect(twice.response.status).toBe(409)
  expect(twice.error?.code).toBe('approval_already_recorded')
  expect((await unwrap(getPolicy(walletId))).approvalThreshold).toBe('1000')
  expect((await unwrap(withdraw(walletId, 5000n))).status).toBe('pending_approval')

  // a second party completes the quorum: the policy is gone
  const done = await unwrap(approve(approverB, del.id))
  expect(done).toMatchObject({ status: 'applied', decidedAt: expect.any(String) })
  expect((await getPolicy(walletId)).response.status).toBe(404)
  expect((await unwrap(withdraw(walletId, 5000n))).status).toBe('queued')
  expect(await eventsOf(del.id)).toEqual(['policy.change_pending', 'policy.changed'])
  const late = await approve(approverB, del.id)
  expect(late.response.status).toBe(409)
  expect(late.error?.code).toBe('invalid_state')
})

test('higher limits, fewer approvals and the allowlist switched off wait; tightening applies at once; a rejection changes nothing', async () => {
  const walletId = await newWallet('loosen and tighten')
  const strict = { maxPerTransaction: '1000', velocityLimit24h: '5000', allowlistRequired: false, approvalThreshold: '500', approvalsRequired: 2 }
  const p1 = await put(walletId, strict)
  expect(p1.response.status).toBe(200)

  for (const [body, reason] of [
    [{ ...strict, maxPerTransaction: '1001' }, 'maxPerTransaction raised from 1000 to 1001'],
    [{ ...strict, velocityLimit24h: null }, 'velocityLimit24h 5000 removed'],
    [{ ...strict, approvalsRequired: 1 }, 'approvalsRequired lowered from 2 to 1'],
    [{ ...strict, approvalThreshold: '501' }, 'approvalThreshold raised from 500 to 501'],
  ] as const) {
    const c = await pending(await put(walletId, body))
    expect(c.reasons).toEqual([reason])
    expect(c.approvalsRequired).toBe(2)
    const r = await unwrap(reject(approverB, c.id))
    expect(r).toMatchObject({ status: 'rejected', statusReason: 'rejected_by_approver' })
    expect(await eventsOf(c.id)).toEqual(['policy.change_pending', 'policy.change_rejected'])
  }
  expect((await unwrap(getPolicy(walletId))).version).toBe(1)

  // tightening: at once, with a policy.changed event recorded as an applied change
  const tighter = await put(walletId, { ...strict, maxPerTransaction: '900', allowlistRequired: true })
  expect(tighter.response.status).toBe(200)
  expect(tighter.data).toMatchObject({ maxPerTransaction: '900', allowlistRequired: true, version: 2 })
  const off = await pending(await put(walletId, { ...strict, maxPerTransaction: '900' }))
  expect(off.reasons).toEqual(['the allowlist is no longer required'])

  const list = await unwrap(s.client.GET('/v1/policy-changes', { params: { query: { walletId } } }))
  expect(list.data.map((c) => c.status)).toEqual(['pending_approval', 'applied', 'rejected', 'rejected', 'rejected', 'rejected', 'applied'])
  expect(list.data[1]).toMatchObject({ action: 'set_policy', loosening: false, approvalsRequired: 0, policy: { maxPerTransaction: '900' } })
  expect(await eventsOf(list.data[1]!.id)).toEqual(['policy.changed'])
  const onlyPending = await unwrap(s.client.GET('/v1/policy-changes', { params: { query: { walletId, status: 'pending_approval' } } }))
  expect(onlyPending.data.map((c) => c.id)).toEqual([off.id])
  expect(await unwrap(s.client.GET('/v1/policy-changes/{changeId}', { params: { path: { changeId: off.id } } }))).toEqual(off)
})

test('the database refuses an approval by the requesting client and any change to a decided change or to approvals', async () => {
  const walletId = await newWallet('db party')
  const c = await pending(await writer.POST('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } }, body: { address: ALICE } }))
  await expect(
    sql(s.db.url, "INSERT INTO policy_change_approvals (change_id, api_key_id, client_id, decision) VALUES ($1, $2, $3, 'approve')", [c.id, sameClientKeyId, writerClientId]),
  ).rejects.toThrow(/cannot approve it/)
  await expect(sql(s.db.url, "UPDATE policy_changes SET request = '{}' WHERE id = $1", [c.id])).rejects.toThrow(/decided once/)
  await unwrap(approve(approverA, c.id))
  await expect(sql(s.db.url, "UPDATE policy_changes SET status = 'rejected' WHERE id = $1", [c.id])).rejects.toThrow(/decided once/)
  await expect(sql(s.db.url, 'DELETE FROM policy_change_approvals WHERE change_id = $1', [c.id])).rejects.toThrow(/append-only/)
  await expect(sql(s.db.url, 'DELETE FROM policy_changes WHERE id = $1', [c.id])).rejects.toThrow(/append-only/)
})

test('bad input changes nothing: unknown change 404, a key without the approver scope 403', async () => {
  const readOnly = createCustodyClient({ baseUrl: s.api.url, apiKey: (await createApiKey(s.rt.db, { name: 'reader', scopes: ['policies:read'] })).key })
  const before = await tableCounts(s.db.url)
  const missing = await approve(approverA, randomUUID())
  expect(missing.response.status).toBe(404)
  expect(missing.error?.code).toBe('policy_change_not_found')
  const forbidden = await approve(readOnly, randomUUID())
  expect(forbidden.response.status).toBe(403)
  expect(forbidden.error?.code).toBe('forbidden')
  expect(await tableCounts(s.db.url)).toEqual(before)
})

test('concurrent final approvals apply a change exactly once', async () => {
  const walletId = await newWallet('concurrent approvals')
  const c = await pending(await writer.POST('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } }, body: { address: ALICE } }))
  const [x, y] = await Promise.all([approve(approverA, c.id), approve(approverB, c.id)])
  expect([x.response.status, y.response.status].sort()).toEqual([200, 409])
  expect(await eventsOf(c.id)).toEqual(['policy.change_pending', 'policy.changed'])
  expect((await unwrap(s.client.GET('/v1/wallets/{walletId}/allowlist', { params: { path: { walletId } } }))).data).toHaveLength(1)
})

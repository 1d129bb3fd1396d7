/**
 * Separation of duties (issue 13, H3 and M1) through the API against real Postgres, Redis and anvil:
 * approvals count parties (API client and approver identity), not API keys; a privileged key minted
 * through the API is unusable until an admin of another identity approves it; ledger adjustments are
 * tied to a reconciliation line, capped by its difference, never dated inside reconciled history, and
 * those that touch customer funds or are above the threshold wait for another party (maker-checker).
 */
import { randomUUID } from 'node:crypto'
import { parseEther } from 'viem'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import { sql } from '../support/db'
import { creditWallet } from '../support/ledger'
import { startStack, waitFor, type Stack } from '../support/stack'

const ASSET = '31337:native'
const ALICE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
// adjustments above 0.1 ETH (absolute) need a second party
const THRESHOLD = parseEther('0.1')

let s: Stack
beforeAll(async () => {
  s = await startStack({ env: { RECONCILIATION_CRON: 'off', ADJUSTMENT_APPROVAL_THRESHOLD: THRESHOLD.toString() } })
})
afterAll(async () => {
  await s?.stop()
})

interface Key {
  id: string
  clientId: string
  key: string
  call<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>
}

function as(key: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(s.api.url + path, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
    const text = await r.text()
    return { status: r.status, body: text ? JSON.parse(text) : undefined }
  }
}

/** A key created by the operator (CLI path: active at once). */
async function key(name: string, scopes: string[], identity: string, clientId?: string): Promise<Key> {
  const k = await createApiKey(s.rt.db, { name, scopes, approverIdentity: identity, ...(clientId ? { clientId } : {}) })
  return { id: k.record.id, clientId: k.record.clientId, key: k.key, call: as(k.key) }
}

async function walletWithPolicy(label: string, approvalsRequired: number): Promise<string> {
  const w = (await s.call('POST', '/v1/wallets', { label, custody: 'hd' })).body
  await creditWallet(s.rt.db, w.id, 10n ** 18n)
  const p = await s.call('PUT', `/v1/wallets/${w.id}/policies/${ASSET}`, { approvalThreshold: '0', approvalsRequired })
  expect(p.status).toBe(200)
  return w.id
}

async function pendingWithdrawal(requester: Key, walletId: string): Promise<string> {
  const r = await requester.call('POST', '/v1/withdrawals', { walletId, asset: ASSET, to: ALICE, amount: '1000' }, { 'Idempotency-Key': randomUUID() })
  expect(r.status).toBe(201)
  expect(r.body.status).toBe('pending_approval')
  return r.body.id
}

const approve = (k: Key, id: string) => k.call('POST', `/v1/withdrawals/${id}/approve`, {})
const statusOf = async (id: string) => (await s.call('GET', `/v1/withdrawals/${id}`)).body.status as string

describe('withdrawal approvals count parties, not keys', () => {
  test("no key of the requester's API client (not even an admin key) and no key of the requester's identity can approve; another party can", async () => {
    const requester = await key('requester', ['withdrawals:write', 'withdrawals:read'], 'alice@example.com')
    const sameClient = await key('second key of the same client', ['approver'], 'dave@example.com', requester.clientId)
    const sameClientAdmin = await key('admin key of the same client', ['admin'], 'erin@example.com', requester.clientId)
    const sameIdentity = await key("alice's key elsewhere", ['approver'], 'Alice@Example.com ')
    const other = await key('independent approver', ['approver'], 'bob@example.com')
    const walletId = await walletWithPolicy('parties', 1)
    const id = await pendingWithdrawal(requester, walletId)

    for (const k of [sameClient, sameClientAdmin, sameIdentity]) {
      const r = await approve(k, id)
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'approval_not_allowed' })
    }
    expect(await statusOf(id)).toBe('pending_approval')
    expect(await sql(s.db.url, 'SELECT api_key_id FROM withdrawal_approvals WHERE withdrawal_id = $1', [id])).toEqual([])
    // the database refuses it too, whatever the writer sends
    await expect(
      sql(s.db.url, "INSERT INTO withdrawal_approvals (withdrawal_id, api_key_id, client_id, approver_identity, decision) VALUES ($1, $2, $3, 'someone-else', 'approve')", [id, sameClient.id, randomUUID()]),
    ).rejects.toThrow(/cannot approve it/)

    const ok = await approve(other, id)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ status: 'queued', approvals: [{ apiKeyId: other.id, approverIdentity: 'bob@example.com', decision: 'approve' }] })
  })

  test('two keys of one identity in two API clients count once towards the quorum', async () => {
    const requester = await key('requester 2', ['withdrawals:write', 'withdrawals:read'], 'alice2@example.com')
    const carolA = await key('carol in client A', ['approver'], 'carol@example.com')
    const carolB = await key('carol in client B', ['approver'], 'carol@example.com')
    const bob = await key('bob', ['approver'], 'bob2@example.com')
    const walletId = await walletWithPolicy('quorum', 2)
    const id = await pendingWithdrawal(requester, walletId)

    expect((await approve(carolA, id)).body).toMatchObject({ status: 'pending_approval' })
    const twice = await approve(carolB, id)
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'approval_already_recorded' })
    expect(await statusOf(id)).toBe('pending_approval')
    const last = await approve(bob, id)
    expect(last.status).toBe(200)
    expect(last.body.status).toBe('queued')
    expect(last.body.approvals.map((a: { approverIdentity: string }) => a.approverIdentity)).toEqual(['carol@example.com', 'bob2@example.com'])
  })
})

describe('minting a privileged API key needs a second admin identity', () => {
  test('an approver key minted through the API is refused until an admin of another identity (and another client) approves it; every step is audited', async () => {
    const missing = await s.call('POST', '/v1/admin/api-keys', { name: 'no identity', scopes: ['approver'] })
    expect({ status: missing.status, code: missing.body.code, pointer: missing.body.errors?.[0]?.pointer }).toEqual({ status: 400, code: 'validation_failed', pointer: '/approverIdentity' })

    const minted = await s.call('POST', '/v1/admin/api-keys', { name: 'new approver', scopes: ['approver'], approverIdentity: 'Frank@Example.com' })
    expect(minted.status).toBe(201)
    expect(minted.body).toMatchObject({ status: 'pending_approval', approverIdentity: 'frank@example.com', approvedBy: null, requestedBy: { identity: 'bootstrap' } })
    const frank = as(minted.body.key)
    const probe = () => frank('POST', `/v1/withdrawals/${randomUUID()}/approve`, {})
    const refused = await probe()
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 401, code: 'api_key_not_approved' })

    const keyId = minted.body.id as string
    const bootstrapClient = (await sql<{ client_id: string }>(s.db.url, "SELECT client_id FROM api_keys WHERE approver_identity = 'bootstrap'"))[0]!.client_id
    const self = await s.call('POST', `/v1/admin/api-keys/${keyId}/approve`)
    const sameClientAdmin = await key('admin of the same client', ['admin'], 'heidi@example.com', bootstrapClient)
    const frankAdmin = await key("frank's own admin key", ['admin'], 'frank@example.com')
    for (const r of [self, await sameClientAdmin.call('POST', `/v1/admin/api-keys/${keyId}/approve`), await frankAdmin.call('POST', `/v1/admin/api-keys/${keyId}/approve`)]) {
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'approval_not_allowed' })
    }
    expect((await probe()).status).toBe(401)
    // nor can a writer of the database switch it on without an approver
    await expect(sql(s.db.url, "UPDATE api_keys SET status = 'active' WHERE id = $1", [keyId])).rejects.toThrow(/needs an approver/)

    const grace = await key('second admin', ['admin'], 'grace@example.com')
    const approved = await grace.call('POST', `/v1/admin/api-keys/${keyId}/approve`)
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: 'active', approvedBy: { apiKeyId: grace.id, identity: 'grace@example.com' } })
    const works = await probe()
    expect({ status: works.status, code: works.body.code }).toEqual({ status: 404, code: 'withdrawal_not_found' })
    const again = await grace.call('POST', `/v1/admin/api-keys/${keyId}/approve`)
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'invalid_state' })

    const audit = await sql<{ operation: string; status: number }>(s.db.url, "SELECT operation, status FROM audit_events WHERE (resource_id = $1 OR path = $2) AND operation IN ('createApiKey', 'approveApiKey') ORDER BY seq", [keyId, `/v1/admin/api-keys/${keyId}/approve`])
    expect(audit.map((a) => `${a.operation} ${a.status}`)).toEqual(['createApiKey 201', 'approveApiKey 403', 'approveApiKey 403', 'approveApiKey 403', 'approveApiKey 200', 'approveApiKey 409'])
  })

  test('an admin key minted through the API waits too; a key without approver or admin works at once', async () => {
    const admin = await s.call('POST', '/v1/admin/api-keys', { name: 'new admin', scopes: ['admin'], approverIdentity: 'ivan@example.com' })
    expect(admin.body.status).toBe('pending_approval')
    expect((await as(admin.body.key)('GET', '/v1/wallets')).status).toBe(401)
    const reader = await s.call('POST', '/v1/admin/api-keys', { name: 'reader', scopes: ['wallets:read'] })
    expect(reader.body).toMatchObject({ status: 'active', approverIdentity: `key:${reader.body.id}` })
    expect((await as(reader.body.key)('GET', '/v1/wallets')).status).toBe(200)
  })
})

describe('ledger adjustments: reconciliation line, cap, date, maker-checker', () => {
  type Report = { id: string; status: string; blockNumber: string }
  async function reconcile(): Promise<Report> {
    const r = await s.call('POST', '/v1/reconciliations', { chainId: 31337 })
    expect(r.status).toBe(202)
    return waitFor('reconciliation finished', async () => {
      const g = await s.call('GET', `/v1/reconciliations/${r.body.id}`)
      return ['matched', 'mismatched', 'failed'].includes(g.body.status) ? (g.body as Report) : null
    }, 60_000)
  }

  test('an adjustment needs a reconciliation line, is capped by its difference, is not back-dated, and customer or large ones wait for another party', async () => {
    const wallet = (await s.call('POST', '/v1/wallets', { label: 'adjusted', custody: 'hd' })).body
    await s.fund(wallet.hotAddress, parseEther('1'))
    await waitFor('deposit confirmed', async () => (await s.call('GET', `/v1/deposits?walletId=${wallet.id}&status=confirmed`)).body.data.length === 1)
    const hot = (await s.call('GET', `/v1/ledger/accounts?address=${wallet.hotAddress}`)).body.data[0]
    const before = await reconcile()
    const line = async (id: string) => (await s.call('GET', `/v1/reconciliations/${id}`)).body.mismatches.find((m: { address: string }) => m.address === wallet.hotAddress)
    expect(await line(before.id)).toBeUndefined() // the hot address matched at this block

    // 0.5 ETH appears at the hot address without a transaction the follower sees
    await s.chain.setBalance({ address: wallet.hotAddress, value: parseEther('1.5') })
    await s.chain.mine({ blocks: 2 })
    const found = await reconcile()
    expect(await line(found.id)).toMatchObject({ difference: parseEther('0.5').toString() })

    const maker = await key('maker', ['ledger:write', 'ledger:read', 'approver'], 'mallory@example.com')
    const makersSecondKey = await key("maker's second key", ['approver'], 'nina@example.com', maker.clientId)
    const makerElsewhere = await key('maker elsewhere', ['approver'], 'mallory@example.com')
    const checker = await key('checker', ['approver'], 'oscar@example.com')
    let n = 0
    const adjust = (body: Record<string, unknown>) =>
      maker.call('POST', '/v1/ledger/adjustments', { accountId: hot.id, reason: 'value outside the follower', reconciliationId: found.id, ...body }, { 'Idempotency-Key': `sod-adj-${n++}` })
    const entries = async () => (await sql(s.db.url, 'SELECT id FROM journal_entries')).length
    const entriesBefore = await entries()
    const refused = async (body: Record<string, unknown>, status: number, code: string) => {
      const r = await adjust(body)
      expect({ status: r.status, code: r.body.code }).toEqual({ status, code })
      return r.body
    }

    // no evidence, too much, the wrong sign, a line that matched, inside reconciled history: refused, nothing written
    await refused({ amount: '1000', counterpart: 'equity', reconciliationId: undefined }, 400, 'validation_failed')
    await refused({ amount: parseEther('0.6').toString(), counterpart: 'equity' }, 422, 'adjustment_exceeds_difference')
    await refused({ amount: (-parseEther('0.1')).toString(), counterpart: 'equity' }, 422, 'adjustment_exceeds_difference')
    await refused({ amount: '1000', counterpart: 'equity', reconciliationId: before.id }, 422, 'adjustment_exceeds_difference')
    const back = await refused({ amount: '1000', counterpart: 'equity', blockNumber: before.blockNumber }, 422, 'adjustment_backdated')
    expect(back.notBefore).toBe((BigInt(before.blockNumber) + 1n).toString())
    expect(await entries()).toBe(entriesBefore)
    expect(await sql(s.db.url, 'SELECT id FROM adjustment_requests')).toEqual([])

    // customer funds (any amount) and amounts above the threshold wait; nothing is booked
    const customer = await adjust({ amount: parseEther('0.05').toString(), counterpart: 'customer' })
    expect(customer.status).toBe(202)
    expect(customer.body).toMatchObject({ status: 'pending_approval', counterpart: 'customer', requestedBy: { apiKeyId: maker.id, identity: 'mallory@example.com' }, adjustmentId: null })
    const large = await adjust({ amount: parseEther('0.3').toString(), counterpart: 'equity' })
    expect(large.status).toBe(202)
    expect(await entries()).toBe(entriesBefore)
    // pending requests claim their part of the difference: 0.15 ETH is left
    const over = await refused({ amount: parseEther('0.2').toString(), counterpart: 'suspense' }, 422, 'adjustment_exceeds_difference')
    expect(over.remaining).toBe(parseEther('0.15').toString())
    // at the threshold, not a customer's funds: booked at once
    const small = await adjust({ amount: THRESHOLD.toString(), counterpart: 'suspense' })
    expect(small.status).toBe(201)
    expect(small.body).toMatchObject({ amount: THRESHOLD.toString(), approvedBy: null, reconciliationId: found.id })

    // the checker must be another party: not the maker's key, client or identity
    for (const k of [maker, makersSecondKey, makerElsewhere]) {
      const r = await k.call('POST', `/v1/ledger/adjustment-requests/${customer.body.id}/approve`, {})
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'approval_not_allowed' })
    }
    const liability = (await s.call('GET', `/v1/ledger/accounts?walletId=${wallet.id}&role=customer`)).body.data[0]
    const ok = await checker.call('POST', `/v1/ledger/adjustment-requests/${customer.body.id}/approve`, { comment: 'bank statement 42' })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ status: 'posted', adjustmentId: customer.body.id, decidedBy: { apiKeyId: checker.id, identity: 'oscar@example.com', comment: 'bank statement 42' } })
    const [booked] = await sql<{ approved_by_identity: string; amount: string }>(s.db.url, 'SELECT approved_by_identity, amount::text FROM ledger_adjustments WHERE id = $1', [customer.body.id])
    expect(booked).toEqual({ approved_by_identity: 'oscar@example.com', amount: parseEther('0.05').toString() })
    const after = (await s.call('GET', `/v1/ledger/accounts/${liability.id}`)).body
    expect(BigInt(after.balances.posted) - BigInt(liability.balances.posted)).toBe(parseEther('0.05'))
    const events = await sql<{ type: string; data: { id: string; status: string } }>(s.db.url, "SELECT type, data FROM events WHERE type LIKE 'ledger.adjustment.%' AND data->>'id' = $1 ORDER BY seq", [customer.body.id])
    expect(events.map((e) => `${e.type} ${e.data.status ?? ''}`.trim())).toEqual(['ledger.adjustment.requested pending_approval', 'ledger.adjustment.created', 'ledger.adjustment.decided posted'])
    const twice = await checker.call('POST', `/v1/ledger/adjustment-requests/${customer.body.id}/approve`, {})
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'invalid_state' })

    // a rejection books nothing and frees its part of the difference
    const rejected = await checker.call('POST', `/v1/ledger/adjustment-requests/${large.body.id}/reject`, { comment: 'not ours' })
    expect(rejected.body).toMatchObject({ status: 'rejected', adjustmentId: null })
    expect(await sql(s.db.url, 'SELECT id FROM ledger_adjustments WHERE id = $1', [large.body.id])).toEqual([])
    const rest = await refused({ amount: parseEther('0.36').toString(), counterpart: 'suspense' }, 422, 'adjustment_exceeds_difference')
    expect(rest.remaining).toBe(parseEther('0.35').toString())
    const listed = await s.call('GET', '/v1/ledger/adjustment-requests?status=pending_approval')
    expect(listed.body.data).toEqual([])

    // two concurrent claims that each fit but not together: exactly one is accepted
    const both = await Promise.all([0, 1].map(() => adjust({ amount: parseEther('0.2').toString(), counterpart: 'suspense' })))
    expect(both.map((r) => r.status).sort()).toEqual([202, 422])
    expect(both.find((r) => r.status === 422)!.body).toMatchObject({ code: 'adjustment_exceeds_difference', remaining: parseEther('0.15').toString() })
  })
})

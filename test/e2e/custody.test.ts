/**
 * The first slice end to end, through the REST API against real Postgres, Redis and anvil:
 * wallets, deposit addresses, deposits, balances, withdrawals, the ledger, idempotency, bad input.
 * Well-formed calls go through the typed client generated from the OpenAPI document (src/client);
 * malformed ones through raw fetch.
 */
import { getAddress, parseEther, type Address } from 'viem'
import { unwrap, type Wallet, type WalletAddress } from '../../src/client'
import { sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { startStack, waitFor, type Stack } from '../support/stack'

const ALICE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

let s: Stack
beforeAll(async () => {
  s = await startStack()
})
afterAll(async () => {
  try {
    if (s) await expectLedgerInvariants(s)
  } finally {
    await s?.stop()
  }
})

async function createWallet(label = 'hot') {
  const r = await s.client.POST('/v1/wallets', { body: { label, custody: 'hd' } })
  expect(r.response.status).toBe(201)
  return r.data!
}

async function balance(walletId: string) {
  const r = await unwrap(s.client.GET('/v1/wallets/{walletId}/balances', { params: { path: { walletId } } }))
  return r.data.find((b) => b.asset === '31337:native')!
}

const getWithdrawal = (withdrawalId: string) => unwrap(s.client.GET('/v1/withdrawals/{withdrawalId}', { params: { path: { withdrawalId } } }))

async function rowCounts() {
  const [r] = await sql<{ w: string; a: string; e: string; p: string; ev: string }>(
    s.db.url,
    'SELECT (SELECT count(*) FROM withdrawals) w, (SELECT count(*) FROM tx_attempts) a, (SELECT count(*) FROM journal_entries) e, (SELECT count(*) FROM postings) p, (SELECT count(*) FROM events) ev',
  )
  return r
}

describe('custody end to end', () => {
  let wallet: Wallet
  let deposit: WalletAddress

  test('a new hd wallet shows its hot address and account xpub, and keeps no seed in clear', async () => {
    wallet = await createWallet()
    expect(wallet.hotAddress).toBe(getAddress(wallet.hotAddress))
    expect(wallet.xpub).toMatch(/^xpub/)
    const [secret] = await sql<{ ciphertext: Buffer; wrapped_data_key: Buffer; kek_id: string }>(s.db.url, 'SELECT * FROM wallet_secrets WHERE wallet_id = $1', [wallet.id])
    expect(secret!.ciphertext.length).toBe(64) // a 64-byte BIP-39 seed, encrypted
    expect(secret!.kek_id).toMatch(/^local:/)
  })

  test('deposit addresses are derived at m/44\'/60\'/0\'/0/i, i = 1, 2, …', async () => {
    const path = { walletId: wallet.id }
    const a1 = await s.client.POST('/v1/wallets/{walletId}/addresses', { params: { path }, body: { label: 'customer 1', externalId: 'cust-1' } })
    const a2 = await s.client.POST('/v1/wallets/{walletId}/addresses', { params: { path }, body: {} })
    expect(a1.response.status).toBe(201)
    expect(a1.data).toMatchObject({ index: 1, path: "m/44'/60'/0'/0/1", kind: 'deposit', label: 'customer 1', externalId: 'cust-1' })
    expect(a2.data).toMatchObject({ index: 2, path: "m/44'/60'/0'/0/2" })
    deposit = a1.data!
    const dup = await s.client.POST('/v1/wallets/{walletId}/addresses', { params: { path }, body: { externalId: 'cust-1' } })
    expect(dup.response.status).toBe(409)
    expect(dup.error).toMatchObject({ code: 'external_id_conflict', existingId: a1.data!.id })
    const list = await s.call('GET', `/v1/wallets/${wallet.id}/addresses?limit=2`)
    expect(list.body.data.map((a: { index: number }) => a.index)).toEqual([2, 1])
    expect(list.body.nextCursor).toEqual(expect.any(String))
    const next = await s.call('GET', `/v1/wallets/${wallet.id}/addresses?limit=2&cursor=${list.body.nextCursor}`)
    expect(next.body.data.map((a: { index: number }) => a.index)).toEqual([0])
  })

  test('ETH sent to the hot address and to a deposit address is detected and credited after the confirmation depth', async () => {
    const before = await balance(wallet.id)
    expect(before).toEqual({ asset: '31337:native', available: '0', pending: '0', total: '0' })
    const h1 = await s.fund(wallet.hotAddress, parseEther('10'))
    const h2 = await s.fund(deposit.address, parseEther('2'))
    const deposits = await waitFor('two confirmed deposits', async () => {
      const r = await s.call('GET', `/v1/deposits?walletId=${wallet.id}&status=confirmed`)
      return r.body.data.length === 2 ? r.body.data : null
    })
    expect(deposits.map((d: { txHash: string }) => d.txHash).sort()).toEqual([h1, h2].sort())
    expect(deposits.find((d: { txHash: string }) => d.txHash === h2)).toMatchObject({ address: deposit.address, amount: parseEther('2').toString(), logIndex: -1 })
    expect(await balance(wallet.id)).toEqual({ asset: '31337:native', available: parseEther('12').toString(), pending: '0', total: parseEther('12').toString() })
    const events = await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE type LIKE 'deposit.%' ORDER BY seq")
    expect(events.filter((e) => e.type === 'deposit.detected')).toHaveLength(2)
    expect(events.filter((e) => e.type === 'deposit.confirmed')).toHaveLength(2)
  })

  test('a withdrawal goes queued → submitted → mined → confirmed, with hold, posting and the gas booked', async () => {
    const r = await s.client.POST('/v1/withdrawals', {
      params: { header: { 'idempotency-key': 'wd-1-key' } },
      body: { walletId: wallet.id, asset: '31337:native', to: ALICE, amount: parseEther('1').toString(), externalId: 'wd-1' },
    })
    expect(r.response.status).toBe(201)
    const created = r.data!
    expect(created).toMatchObject({ status: 'queued', amount: parseEther('1').toString(), to: ALICE, externalId: 'wd-1', policyDecision: { outcome: 'allowed', policyId: null } })
    const held = await balance(wallet.id)
    // The hold applies at once (it may already be settled if the chain was quick).
    expect(BigInt(held.available)).toBe(parseEther('11'))
    const aliceBefore = await s.chain.getBalance({ address: ALICE })
    const done = await waitFor('withdrawal confirmed', async () => {
      const w = await getWithdrawal(created.id)
      return w.status === 'confirmed' ? w : null
    })
    expect(done.nonce).toBe('0')
    expect(done.attempts).toHaveLength(1)
    expect(done.attempts![0]).toMatchObject({ status: 'mined', txHash: done.txHash })
    const receipt = await s.chain.getTransactionReceipt({ hash: done.txHash as `0x${string}` })
    expect(receipt.status).toBe('success')
    expect(done.networkFee).toBe((receipt.gasUsed * receipt.effectiveGasPrice).toString())
    expect(await s.chain.getBalance({ address: ALICE })).toBe(aliceBefore + parseEther('1'))
    expect(await balance(wallet.id)).toEqual({ asset: '31337:native', available: parseEther('11').toString(), pending: '0', total: parseEther('11').toString() })
    const types = (await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE data->>'id' = $1 ORDER BY seq", [created.id])).map((e) => e.type)
    expect(types).toEqual(['withdrawal.queued', 'withdrawal.submitted', 'withdrawal.mined', 'withdrawal.confirmed'])
    const entries = await sql<{ kind: string; event: string }>(s.db.url, "SELECT kind, event FROM journal_entries WHERE ref_id = $1 ORDER BY seq", [created.id])
    expect(entries).toEqual([
      { kind: 'hold', event: 'withdrawal.hold' },
      { kind: 'post', event: 'withdrawal.post' },
      { kind: 'standard', event: 'network_fee' },
    ])
  })

  test('the same Idempotency-Key replays the first response; with another body it is refused and nothing is written', async () => {
    const body = { walletId: wallet.id, asset: '31337:native', to: ALICE, amount: '12345' }
    const first = await s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': 'idem-A' })
    const again = await s.call('POST', '/v1/withdrawals', body, { 'Idempotency-Key': 'idem-A' })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    const before = await rowCounts()
    const other = await s.call('POST', '/v1/withdrawals', { ...body, amount: '999' }, { 'Idempotency-Key': 'idem-A' })
    expect(other.status).toBe(422)
    expect(other.body.code).toBe('idempotency_key_reused')
    expect(other.headers.get('content-type')).toMatch(/application\/problem\+json/)
    const missing = await s.call('POST', '/v1/withdrawals', body)
    expect(missing.status).toBe(400)
    expect(missing.body.code).toBe('idempotency_key_missing')
    const after = await rowCounts()
    expect({ w: after!.w, e: after!.e }).toEqual({ w: before!.w, e: before!.e })
    const mine = await sql(s.db.url, "SELECT id FROM withdrawals WHERE amount = 12345")
    expect(mine).toHaveLength(1)
    // the audit event of the creation was written by the transaction that created the withdrawal and its
    // hold entry (same xmin: journal entries are never updated), once; the replay is a call of its own
    const audit = await sql<{ status: number; same_tx: boolean }>(
      s.db.url,
      `SELECT a.status, a.xmin::text = (SELECT e.xmin::text FROM journal_entries e WHERE e.ref_id = $1 ORDER BY e.seq LIMIT 1) AS same_tx
         FROM audit_events a WHERE a.resource_id = $1::text ORDER BY a.seq`,
      [first.body.id],
    )
    expect(audit).toEqual([{ status: 201, same_tx: true }, { status: 201, same_tx: false }])
    await waitFor('idempotent withdrawal confirmed', async () => (await s.call('GET', `/v1/withdrawals/${first.body.id}`)).body.status === 'confirmed')
  })

  test('20 withdrawals created concurrently from one wallet are mined with consecutive nonces and no gap', async () => {
    const ids = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const r = await s.call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: ALICE, amount: String(1000 + i) }, { 'Idempotency-Key': `burst-${i}` })
        expect(r.status).toBe(201)
        return r.body.id as string
      }),
    )
    const done = await waitFor('20 withdrawals confirmed', async () => {
      const rows = await sql<{ status: string; nonce: string; tx_hash: string }>(s.db.url, 'SELECT status, nonce, tx_hash FROM withdrawals WHERE id = ANY($1::uuid[])', [ids])
      return rows.every((r) => r.status === 'confirmed') ? rows : null
    }, 60_000)
    const nonces = done.map((r) => Number(r.nonce)).sort((a, b) => a - b)
    const all = (await sql<{ nonce: string }>(s.db.url, "SELECT nonce FROM withdrawals WHERE wallet_id = $1 AND nonce IS NOT NULL ORDER BY nonce", [wallet.id])).map((r) => Number(r.nonce))
    expect(all).toEqual(all.map((_, i) => i)) // 0..n-1: no gap, no reuse
    expect(nonces).toEqual(Array.from({ length: 20 }, (_, i) => nonces[0]! + i))
    // exactly one transaction per withdrawal on chain
    for (const r of done) {
      const tx = await s.chain.getTransaction({ hash: r.tx_hash as `0x${string}` })
      expect(tx.nonce).toBe(Number(r.nonce))
    }
    expect(await s.chain.getTransactionCount({ address: wallet.hotAddress as Address })).toBe(all.length)
  })

  test("the ledger's balance of the hot address equals eth_getBalance once everything is confirmed", async () => {
    const accounts = await unwrap(s.client.GET('/v1/ledger/accounts', { params: { query: { walletId: wallet.id, type: 'asset' } } }))
    for (const address of [wallet.hotAddress, deposit.address]) {
      const acc = accounts.data.find((a) => a.address === address)!
      const onChain = await s.chain.getBalance({ address: address as Address })
      expect(acc.balances.posted).toBe(onChain.toString())
    }
    const liability = (await unwrap(s.client.GET('/v1/ledger/accounts', { params: { query: { walletId: wallet.id, type: 'liability' } } }))).data[0]!
    const entries = await unwrap(s.client.GET('/v1/ledger/accounts/{accountId}/entries', { params: { path: { accountId: liability.id }, query: { limit: 5 } } }))
    expect(entries.data).toHaveLength(5)
    expect(entries.nextCursor).toEqual(expect.any(String))
  })

  test('a withdrawal above the available balance is refused with a clear problem and writes no row', async () => {
    const before = await rowCounts()
    const b = await balance(wallet.id)
    const r = await s.call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: ALICE, amount: (BigInt(b.available) + 1n).toString() }, { 'Idempotency-Key': 'too-much' })
    expect(r.status).toBe(422)
    expect(r.body).toMatchObject({ code: 'insufficient_balance', status: 422, type: 'urn:custody:problem:insufficient_balance', available: b.available })
    expect(await rowCounts()).toEqual(before)
    // the key was released: the same key can be used once the request is valid
    const ok = await s.call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: ALICE, amount: '1' }, { 'Idempotency-Key': 'too-much' })
    expect(ok.status).toBe(201)
    await waitFor('small withdrawal confirmed', async () => (await s.call('GET', `/v1/withdrawals/${ok.body.id}`)).body.status === 'confirmed')
  })

  test.each([
    ['a bad checksum', { to: '0x70997970c51812DC3A010C7d01b50e0d17dc79C8' }, '/to'],
    ['a short address', { to: '0x1234' }, '/to'],
    ['a negative amount', { amount: '-5' }, '/amount'],
    ['a fractional amount', { amount: '1.5' }, '/amount'],
    ['a numeric amount', { amount: 15 }, '/amount'],
    ['a zero amount', { amount: '0' }, '/amount'],
    ['an amount above uint256', { amount: '1' + '0'.repeat(78) }, '/amount'],
    ['an unknown asset', { asset: '31337:0x0000000000000000000000000000000000000001' }, null],
    ['an unknown chain', { asset: '5:native' }, null],
    ['an unknown field', { memo: 'x' }, ''],
    ['a malformed wallet id', { walletId: 'not-a-uuid' }, '/walletId'],
  ])('bad input (%s) gets a 4xx problem and changes nothing', async (_name, patch, pointer) => {
    const before = await rowCounts()
    const r = await s.call('POST', '/v1/withdrawals', { walletId: wallet.id, asset: '31337:native', to: ALICE, amount: '1', ...patch }, { 'Idempotency-Key': `bad-${_name}` })
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(r.status).toBeLessThan(500)
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(r.body).toMatchObject({ type: expect.stringMatching(/^urn:custody:problem:/), title: expect.any(String), detail: expect.any(String), instance: '/v1/withdrawals', requestId: expect.any(String) })
    if (pointer !== null) expect(r.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer)
    expect(await rowCounts()).toEqual(before)
  })

  test('an unknown wallet is a 404 problem', async () => {
    const r = await s.call('POST', '/v1/withdrawals', { walletId: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e', asset: '31337:native', to: ALICE, amount: '1' }, { 'Idempotency-Key': 'nowallet' })
    expect(r.status).toBe(404)
    expect(r.body.code).toBe('wallet_not_found')
    expect((await s.call('GET', '/v1/wallets/019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e')).body.code).toBe('wallet_not_found')
  })

  test('every route needs a valid key with the right scope, except health checks', async () => {
    const anon = await fetch(s.api.url + '/v1/wallets')
    expect(anon.status).toBe(401)
    expect(((await anon.json()) as { code: string }).code).toBe('unauthorized')
    const bad = await fetch(s.api.url + '/v1/wallets', { headers: { authorization: 'Bearer csk_' + 'x'.repeat(43) } })
    expect(bad.status).toBe(401)
    const { createApiKey } = await import('../../src/domain/apiKeys/apiKeys')
    const ro = await createApiKey(s.rt.db, { name: 'ro', scopes: ['wallets:read'] })
    const denied = await fetch(s.api.url + '/v1/wallets', { method: 'POST', headers: { authorization: `Bearer ${ro.key}`, 'content-type': 'application/json' }, body: '{"label":"x"}' })
    expect(denied.status).toBe(403)
    expect((await fetch(s.api.url + '/v1/wallets', { headers: { authorization: `Bearer ${ro.key}` } })).status).toBe(200)
    expect((await fetch(s.api.url + '/healthz')).status).toBe(200)
    const ready = await fetch(s.api.url + '/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok', 'chain:31337': 'ok' } })
  })

  test('no secret appears in any log line', async () => {
    const { getWalletKeyMaterial } = await import('../../src/db/wallets')
    const { openSecret } = await import('../../src/custody/envelope')
    const material = await getWalletKeyMaterial(s.rt.db, wallet.id)
    const seed = await openSecret(s.rt.custody.backend, material!.sealed!, { walletId: wallet.id })
    const seedHex = Buffer.from(seed).toString('hex')
    seed.fill(0)
    const logs = s.logs.text()
    expect(logs.length).toBeGreaterThan(1000)
    expect(logs).not.toContain(seedHex)
    expect(logs).not.toContain(s.apiKey)
    expect(logs).not.toContain(s.env.LOCAL_MASTER_KEY!)
    expect(logs).not.toContain(Buffer.from(s.env.LOCAL_MASTER_KEY!, 'hex').toString('base64'))
  })
})

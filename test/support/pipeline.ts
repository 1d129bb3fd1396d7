/**
 * Helpers for pipeline tests: funded wallets, withdrawals, waiting for states, block production.
 */
import { parseEther, type Address } from 'viem'
import { sql } from './db'
import { waitFor, type Stack } from './stack'

export const RECIPIENT: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

export interface TestWallet {
  id: string
  hotAddress: Address
}

/** Creates an HD wallet and funds its hot address with `eth` ETH (a confirmed deposit). */
export async function fundedWallet(s: Stack, eth = '10', mine = false): Promise<TestWallet> {
  const w = (await s.call('POST', '/v1/wallets', { label: 'pipeline' })).body as TestWallet
  const hash = await s.fund(w.hotAddress, parseEther(eth))
  await waitFor('funding deposit confirmed', async () => {
    if (mine) await s.chain.mine({ blocks: 1 })
    const r = await sql<{ status: string }>(s.db.url, 'SELECT status FROM deposits WHERE tx_hash = $1', [hash])
    return r[0]?.status === 'confirmed'
  }, 30_000)
  return w
}

let seq = 0
/**
 * Requests a withdrawal as a well-behaved client does: one Idempotency-Key, retried after
 * `Retry-After` when the service answers 503 (saturated) or 409 (the same request still in flight).
 */
export async function withdraw(s: Stack, walletId: string, amount: bigint, to: Address = RECIPIENT): Promise<{ id: string; status: number; body: any }> {
  const key = `t-${Date.now()}-${seq++}`
  for (let attempt = 0; ; attempt++) {
    const r = await s.call('POST', '/v1/withdrawals', { walletId, asset: '31337:native', to, amount: amount.toString() }, { 'Idempotency-Key': key })
    if (r.status === 201) return { id: r.body.id, status: r.status, body: r.body }
    if ((r.status === 503 || r.status === 409) && attempt < 10 && r.headers.get('retry-after')) {
      await new Promise((res) => setTimeout(res, Number(r.headers.get('retry-after')) * 1000))
      continue
    }
    throw new Error(`withdrawal refused: ${JSON.stringify(r.body)}`)
  }
}

export async function getWithdrawal(s: Stack, id: string): Promise<any> {
  return (await s.call('GET', `/v1/withdrawals/${id}`)).body
}

/** Waits until `predicate(withdrawal)` holds, calling `tick` (e.g. mine a block) between polls. */
export async function waitWithdrawal(s: Stack, id: string, what: string, predicate: (w: any) => boolean, opts: { tick?: () => Promise<unknown>; timeoutMs?: number } = {}): Promise<any> {
  return waitFor(`withdrawal ${what}`, async () => {
    if (opts.tick) await opts.tick()
    const w = await getWithdrawal(s, id)
    return predicate(w) ? w : null
  }, opts.timeoutMs ?? 60_000, 250)
}

export async function eventTypes(s: Stack, withdrawalId: string): Promise<string[]> {
  return (await sql<{ type: string }>(s.db.url, "SELECT type FROM events WHERE data->>'id' = $1 ORDER BY seq", [withdrawalId])).map((r) => r.type)
}

/** Journal entries of a business object, in order. */
export async function entriesOf(s: Stack, refId: string): Promise<{ kind: string; event: string }[]> {
  return sql(s.db.url, 'SELECT kind, event FROM journal_entries WHERE ref_id = $1 ORDER BY seq', [refId])
}

/** The network-fee postings (wei) booked for a business object. */
export async function feeBooked(s: Stack, refId: string): Promise<bigint> {
  const r = await sql<{ fee: string | null }>(s.db.url, "SELECT sum(p.amount)::text fee FROM postings p JOIN journal_entries e ON e.id = p.entry_id JOIN ledger_accounts a ON a.id = p.account_id WHERE e.ref_id = $1 AND a.type = 'expense'", [refId])
  return BigInt(r[0]?.fee ?? '0')
}

/** Ledger posted balance of a custody address equals its on-chain balance. */
export async function expectLedgerMatchesChain(s: Stack, address: string): Promise<void> {
  const acc = (await s.call('GET', `/v1/ledger/accounts?address=${address}&type=asset`)).body.data.find((a: { asset: string }) => a.asset === '31337:native')
  const onChain = await s.chain.getBalance({ address: address as Address })
  if (acc?.balances.posted !== onChain.toString()) {
    throw new Error(`ledger ${acc?.balances.posted} != chain ${onChain} for ${address}`)
  }
}

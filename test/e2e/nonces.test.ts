/**
 * Nonce drift and repair: a transaction sent from the hot address outside the service, a cursor that
 * ran ahead, and a hole below a live nonce.
 */
import { parseEther, type Address } from 'viem'
import { getWalletKeyMaterial } from '../../src/db/wallets'
import { sql } from '../support/db'
import { entriesOf, expectLedgerMatchesChain, fundedWallet, RECIPIENT, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
beforeAll(async () => {
  s = await startStack({ env: { NONCE_RECONCILE_SECONDS: '1' }, chain: { pollIntervalMs: 100, fees: { rebroadcastAfterSeconds: 1 } } })
})
afterAll(async () => {
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

const cursorOf = async (address: string) => BigInt((await sql<{ next_nonce: string }>(s.db.url, 'SELECT next_nonce FROM nonce_cursors WHERE address = $1', [address.toLowerCase()]))[0]!.next_nonce)

test('a transaction sent outside the service with the same key does not wedge the pipeline', async () => {
  const w = await fundedWallet(s, '10')
  const first = await withdraw(s, w.id, parseEther('0.1'))
  await waitWithdrawal(s, first.id, 'confirmed', (x) => x.status === 'confirmed')
  expect(await cursorOf(w.hotAddress)).toBe(1n)

  // Someone uses the hot key directly (nonce 1), behind the service's back.
  const material = await getWalletKeyMaterial(s.rt.db, w.id)
  const raw = await s.rt.custody.withAccounts(material!, [0], ([a]) =>
    a!.signTransaction({ type: 'eip1559', chainId: 31337, nonce: 1, to: RECIPIENT, value: 12345n, gas: 21000n, maxFeePerGas: 10_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n }),
  )
  await s.chain.sendRawTransaction({ serializedTransaction: raw })
  expect(await s.chain.getTransactionCount({ address: w.hotAddress })).toBe(2)

  const second = await withdraw(s, w.id, parseEther('0.2'))
  const done = await waitWithdrawal(s, second.id, 'confirmed', (x) => x.status === 'confirmed')
  expect(done.nonce).toBe('2')
  expect(await s.chain.getTransactionCount({ address: w.hotAddress })).toBe(3)
  const third = await withdraw(s, w.id, parseEther('0.3'))
  expect((await waitWithdrawal(s, third.id, 'confirmed', (x) => x.status === 'confirmed')).nonce).toBe('3')
  expect(s.logs.text()).toMatch(/nonce cursor repaired|nonce consumed outside the service/)
})

test('a cursor that ran ahead is moved back; a hole below a live nonce is filled with a 0-value self-send', async () => {
  const w = await fundedWallet(s, '10')
  const a = await withdraw(s, w.id, parseEther('0.1'))
  await waitWithdrawal(s, a.id, 'confirmed', (x) => x.status === 'confirmed')
  // ran ahead: nothing holds nonces 1..3
  await sql(s.db.url, 'UPDATE nonce_cursors SET next_nonce = 4 WHERE address = $1', [w.hotAddress.toLowerCase()])
  const b = await withdraw(s, w.id, parseEther('0.1'))
  const bDone = await waitWithdrawal(s, b.id, 'confirmed', (x) => x.status === 'confirmed')
  // Either the reconciler rewound the cursor before b was signed, or b took nonce 4 and the holes
  // 1..3 below it were filled: in both cases the address ends with no gap.
  await waitWithdrawal(s, b.id, 'address without gap', () => true, {
    tick: async () => {
      const n = await s.chain.getTransactionCount({ address: w.hotAddress as Address })
      if (n !== Number(bDone.nonce) + 1) throw new Error(`count ${n}`)
    },
  })

  // a hole below a live nonce: skip one nonce, then sign a withdrawal above it
  const cursor = await cursorOf(w.hotAddress)
  await sql(s.db.url, 'UPDATE nonce_cursors SET next_nonce = next_nonce + 1 WHERE address = $1', [w.hotAddress.toLowerCase()])
  const c = await withdraw(s, w.id, parseEther('0.1'))
  const cDone = await waitWithdrawal(s, c.id, 'confirmed', (x) => x.status === 'confirmed')
  expect(BigInt(cDone.nonce)).toBe(cursor + 1n)
  const fill = await sql<{ id: string; status: string; nonce: string }>(s.db.url, "SELECT id, status, nonce FROM withdrawals WHERE kind = 'nonce_fill' AND nonce = $1", [cursor.toString()])
  expect(fill).toHaveLength(1)
  await waitWithdrawal(s, c.id, 'fill confirmed', () => true, {
    tick: async () => {
      const r = await sql<{ status: string }>(s.db.url, 'SELECT status FROM withdrawals WHERE id = $1', [fill[0]!.id])
      if (r[0]!.status !== 'confirmed') throw new Error(r[0]!.status)
    },
  })
  expect(await entriesOf(s, fill[0]!.id)).toEqual([{ kind: 'standard', event: 'network_fee' }])
  expect(await s.chain.getTransactionCount({ address: w.hotAddress as Address })).toBe(Number(cDone.nonce) + 1)
  await expectLedgerMatchesChain(s, w.hotAddress)
})

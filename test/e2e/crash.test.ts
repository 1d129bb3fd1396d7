/**
 * A worker process killed (SIGKILL) right after the signed attempts are committed but before they are
 * broadcast, and again right after the broadcast but before it is recorded: after a restart every
 * withdrawal completes exactly once and no nonce is skipped.
 */
import { parseEther, type Address } from 'viem'
import { sql } from '../support/db'
import { fundedWallet, RECIPIENT, withdraw } from '../support/pipeline'
import { startStack, waitFor, type Stack } from '../support/stack'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
let proc: WorkerProcess | null = null
beforeAll(async () => {
  s = await startStack({ chain: { pollIntervalMs: 100, fees: { rebroadcastAfterSeconds: 1 } } })
})
afterAll(async () => {
  await proc?.kill()
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
})

async function crashAt(failpoint: string, count: number) {
  const w = await fundedWallet(s, '10')
  await s.stopWorkers()
  const recipientBefore = await s.chain.getBalance({ address: RECIPIENT })
  const ids: string[] = []
  for (let i = 0; i < count; i++) ids.push((await withdraw(s, w.id, parseEther('0.1') + BigInt(i))).id)

  proc = spawnWorkers({ ...s.env, FAILPOINTS: failpoint })
  const code = await new Promise<string | null>((res) => proc!.child.once('exit', (_c, sig) => res(sig)))
  expect(code).toBe('SIGKILL')
  const attempts = await sql<{ status: string; nonce: string }>(s.db.url, 'SELECT a.status, a.nonce FROM tx_attempts a JOIN withdrawals w ON w.id = a.withdrawal_id WHERE w.wallet_id = $1', [w.id])
  expect(attempts.length).toBeGreaterThan(0)
  expect(attempts.every((a) => a.status === 'signed')).toBe(true)
  const onChainAtCrash = await s.chain.getTransactionCount({ address: w.hotAddress as Address })
  if (failpoint === 'submit.after_commit') expect(onChainAtCrash).toBe(0)
  else expect(onChainAtCrash).toBe(attempts.length)

  proc = spawnWorkers(s.env)
  await waitFor(`${count} withdrawals confirmed`, async () => {
    const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM withdrawals WHERE id = ANY($1::uuid[]) AND status = 'confirmed'", [ids])
    return r[0]!.n === count
  }, 60_000)
  await proc.kill('SIGTERM')
  proc = null

  const rows = await sql<{ nonce: string; tx_hash: string }>(s.db.url, 'SELECT nonce, tx_hash FROM withdrawals WHERE id = ANY($1::uuid[]) ORDER BY nonce', [ids])
  expect(rows.map((r) => Number(r.nonce))).toEqual(Array.from({ length: count }, (_, i) => i))
  expect(await s.chain.getTransactionCount({ address: w.hotAddress as Address })).toBe(count)
  const sent = ids.reduce((a, _, i) => a + parseEther('0.1') + BigInt(i), 0n)
  expect(await s.chain.getBalance({ address: RECIPIENT })).toBe(recipientBefore + sent)
  const mined = await sql(s.db.url, "SELECT a.id FROM tx_attempts a WHERE a.withdrawal_id = ANY($1::uuid[]) AND a.status = 'mined'", [ids])
  expect(mined).toHaveLength(count)
  await s.startWorkers()
}

test('crash after the attempts are committed, before broadcast', async () => {
  await crashAt('submit.after_commit', 5)
})

test('crash after the broadcast, before it is recorded', async () => {
  await crashAt('submit.after_broadcast', 5)
})

/**
 * RPC failover: the chain's first RPC URL is dead (connection refused) or failing (HTTP 503); the
 * pipeline and the follower carry on through the second.
 */
import { createServer, type Server } from 'node:http'
import { parseEther } from 'viem'
import { freePort } from '../../src/dev/anvil'
import { expectLedgerMatchesChain, fundedWallet, waitWithdrawal, withdraw } from '../support/pipeline'
import { startStack, type Stack } from '../support/stack'
import { expectLedgerInvariants } from '../support/ledger'

let s: Stack
let failing: Server
beforeAll(async () => {
  const dead = await freePort()
  failing = createServer((_req, res) => res.writeHead(503).end('unavailable'))
  const port = await freePort()
  await new Promise<void>((r) => failing.listen(port, '127.0.0.1', r))
  s = await startStack({ rpcUrlsBefore: [`http://127.0.0.1:${dead}`, `http://127.0.0.1:${port}`] })
})
afterAll(async () => {
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
  failing?.close()
})

test('with the first RPC URLs down, deposits and withdrawals go through the next one', async () => {
  expect(s.config.chains[0]!.rpcUrls).toHaveLength(3)
  const w = await fundedWallet(s, '3')
  const { id } = await withdraw(s, w.id, parseEther('1'))
  const done = await waitWithdrawal(s, id, 'confirmed', (x) => x.status === 'confirmed')
  expect(done.attempts).toHaveLength(1)
  const ready = await s.call('GET', '/readyz')
  expect(ready.body.checks['chain:31337']).toBe('ok')
  await expectLedgerMatchesChain(s, w.hotAddress)
})

/**
 * The failover transport against real local HTTP servers: a dead URL and a 503 URL are skipped, a
 * deterministic JSON-RPC error is not retried elsewhere, and a failed URL rests before it is tried again.
 */
import { createServer, type Server } from 'node:http'
import { createPublicClient } from 'viem'
import { failoverTransport } from '../../src/chain/failoverTransport'
import { freePort } from '../../src/dev/anvil'

const servers: Server[] = []
async function serve(handler: (body: any) => { status: number; json?: unknown }, hits: { n: number }): Promise<string> {
  const port = await freePort()
  const s = createServer((req, res) => {
    let data = ''
    req.on('data', (c) => (data += c))
    req.on('end', () => {
      hits.n++
      const body = JSON.parse(data)
      const out = handler(body)
      res.writeHead(out.status, { 'content-type': 'application/json' }).end(out.json === undefined ? 'error' : JSON.stringify(out.json))
    })
  })
  servers.push(s)
  await new Promise<void>((r) => s.listen(port, '127.0.0.1', r))
  return `http://127.0.0.1:${port}`
}
const ok = (result: unknown) => (b: any) => ({ status: 200, json: Array.isArray(b) ? b.map((x) => ({ jsonrpc: '2.0', id: x.id, result })) : { jsonrpc: '2.0', id: b.id, result } })

afterAll(() => servers.forEach((s) => s.close()))

test('dead and 503 URLs are skipped, then rested; the healthy one answers', async () => {
  const dead = `http://127.0.0.1:${await freePort()}`
  const h503 = { n: 0 }
  const hOk = { n: 0 }
  const failing = await serve(() => ({ status: 503 }), h503)
  const good = await serve(ok('0x10'), hOk)
  const client = createPublicClient({ transport: failoverTransport([dead, failing, good], { timeoutMs: 2000, cooldownMs: 60_000 }) })
  expect(await client.getBlockNumber({ cacheTime: 0 })).toBe(16n)
  expect(h503.n).toBe(1)
  for (let i = 0; i < 5; i++) expect(await client.getBlockNumber({ cacheTime: 0 })).toBe(16n)
  expect(h503.n).toBe(1) // rested during its cooldown
  expect(hOk.n).toBe(6)
})

test('a deterministic JSON-RPC error (revert) is thrown at once, not tried on the next URL', async () => {
  const first = { n: 0 }
  const second = { n: 0 }
  const revert = (x: any) => ({ jsonrpc: '2.0', id: x.id, error: { code: 3, message: 'execution reverted: nope', data: '0x' } })
  const reverting = await serve((b) => ({ status: 200, json: Array.isArray(b) ? b.map(revert) : revert(b) }), first)
  const other = await serve(ok('0x1'), second)
  const client = createPublicClient({ transport: failoverTransport([reverting, other], { timeoutMs: 2000 }) })
  await expect(client.call({ to: '0x0000000000000000000000000000000000000001', data: '0x' })).rejects.toThrow(/revert/)
  expect(second.n).toBe(0)
})

test('when every URL fails, the last error is thrown', async () => {
  const a = `http://127.0.0.1:${await freePort()}`
  const b = `http://127.0.0.1:${await freePort()}`
  const client = createPublicClient({ transport: failoverTransport([a, b], { timeoutMs: 500 }) })
  await expect(client.getBlockNumber({ cacheTime: 0 })).rejects.toThrow(/HTTP request failed|fetch failed/)
})

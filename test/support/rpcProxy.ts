/**
 * A small JSON-RPC proxy in front of an anvil node that behaves like a hosted node with limits: it
 * refuses `eth_getLogs` over more than `maxLogsRange` blocks (EIP-1474 error -32005, as Infura and
 * others answer), can add latency, can go down (connection refused) and come back on the same port, and
 * counts what it was asked. Batched requests are handled.
 */
import { createServer, type Server } from 'node:http'
import { freePort } from '../../src/dev/anvil'

export interface RpcProxy {
  url: string
  /** eth_getLogs ranges served (fromBlock..toBlock) */
  served: { from: number; to: number }[]
  refused: number
  calls: Map<string, number>
  /** requests received per method, counted on arrival (before any delay) */
  received: Map<string, number>
  set(opts: Partial<ProxyOptions>): void
  /** the node goes away: stops listening and drops every open connection (clients get ECONNREFUSED) */
  down(): Promise<void>
  /** listens again on the same port */
  up(): Promise<void>
  close(): Promise<void>
}

export interface ProxyOptions {
  /** widest eth_getLogs range served; wider ones are refused */
  maxLogsRange: number
  /** milliseconds added to every HTTP request */
  delayMs: number
  /** milliseconds added to an HTTP request that carries one of these methods (e.g. a slow eth_sendRawTransaction) */
  methodDelayMs: Record<string, number>
}

interface RpcRequest {
  id: unknown
  method: string
  params?: unknown[]
}

export async function startRpcProxy(target: string, initial: Partial<ProxyOptions> = {}): Promise<RpcProxy> {
  const opts: ProxyOptions = { maxLogsRange: Number.MAX_SAFE_INTEGER, delayMs: 0, methodDelayMs: {}, ...initial }
  const port = await freePort()
  const served: { from: number; to: number }[] = []
  const calls = new Map<string, number>()
  const received = new Map<string, number>()
  let refused = 0

  const head = async (): Promise<number> => {
    const r = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'eth_blockNumber' }) })
    return Number(((await r.json()) as { result: string }).result)
  }
  const blockOf = async (tag: unknown): Promise<number> => (typeof tag === 'string' && tag.startsWith('0x') ? Number(tag) : head())

  /** Answers locally when the request is refused, else null (forward it). */
  const check = async (req: RpcRequest): Promise<object | null> => {
    calls.set(req.method, (calls.get(req.method) ?? 0) + 1)
    if (req.method !== 'eth_getLogs') return null
    const f = (req.params?.[0] ?? {}) as { fromBlock?: string; toBlock?: string }
    const from = await blockOf(f.fromBlock)
    const to = await blockOf(f.toBlock)
    if (to - from + 1 > opts.maxLogsRange) {
      refused++
      return { jsonrpc: '2.0', id: req.id, error: { code: -32005, message: `query exceeds max block range ${opts.maxLogsRange}` } }
    }
    served.push({ from, to })
    return null
  }

  const forward = async (body: unknown): Promise<unknown> => {
    const r = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    return r.json()
  }

  const server: Server = createServer((req, res) => {
    let data = ''
    req.on('data', (c: Buffer) => (data += c.toString()))
    req.on('end', () => {
      void (async () => {
        try {
          if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs))
          const body = JSON.parse(data) as RpcRequest | RpcRequest[]
          const methods = (Array.isArray(body) ? body : [body]).map((b) => b.method)
          for (const m of methods) received.set(m, (received.get(m) ?? 0) + 1)
          const methodDelay = Math.max(0, ...methods.map((m) => opts.methodDelayMs[m] ?? 0))
          if (methodDelay) await new Promise((r) => setTimeout(r, methodDelay))
          let out: unknown
          if (Array.isArray(body)) {
            const local = await Promise.all(body.map(check))
            const pass = body.filter((_, i) => local[i] === null)
            const remote = pass.length ? ((await forward(pass)) as { id: unknown }[]) : []
            out = body.map((b, i) => local[i] ?? remote.find((r) => r.id === b.id))
          } else {
            out = (await check(body)) ?? (await forward(body))
          }
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(out))
        } catch (e) {
          res.writeHead(502, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: `proxy: ${(e as Error).message}` } }))
        }
      })()
    })
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()))
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    get refused() {
      return refused
    },
    calls,
    received,
    set(o) {
      Object.assign(opts, o)
    },
    down: () =>
      new Promise<void>((r) => {
        if (!server.listening) return r()
        server.close(() => r())
        server.closeAllConnections()
      }),
    up: () => new Promise<void>((r) => (server.listening ? r() : server.listen(port, '127.0.0.1', () => r()))),
    close: () =>
      new Promise<void>((r) => {
        if (!server.listening) return r()
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

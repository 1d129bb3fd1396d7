/**
 * Starts the REST API server of a runtime.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, type AppOptions } from '../http/app'
import type { Deps } from '../domain/deps'
import { ensureCursor } from '../domain/chain/followChain'
import { stateSources } from '../domain/stateMetrics'
import { disableStateMetrics, enableStateMetrics } from '../lib/metrics'

export interface ApiServer {
  server: Server
  /** base URL, e.g. http://127.0.0.1:3000 */
  url: string
  /** true once {@link ApiServer.close} was called */
  readonly draining: boolean
  /**
   * Graceful close: from now on `/readyz` answers 503 and every response carries `Connection: close`;
   * the listener stops accepting connections, idle keep-alive connections are closed, and the promise
   * resolves when the last in-flight request has been answered.
   */
  close(): Promise<void>
  /** Destroys every open connection at once (after the shutdown timeout); pending `close()` then resolves. */
  forceClose(): void
}

/**
 * Listens on `deps.config.http` (port 0 picks a free port).
 *
 * Before listening it makes sure every chain's follower cursor exists (created at the current head if
 * not), so no address this API hands out can receive funds in a block the follower will never scan,
 * even if no worker has run yet. An unreachable RPC only logs a warning.
 */
export async function startApi(deps: Deps, opts: AppOptions = {}): Promise<ApiServer> {
  for (const c of deps.config.chains) {
    await ensureCursor(deps, c.chainId).catch((e) => deps.logger.warn({ chainId: c.chainId, err: (e as Error).message }, 'could not create the chain cursor yet'))
  }
  // The API exports the state gauges (read from Postgres and Redis at scrape), once for the deployment.
  const sources = stateSources(deps)
  enableStateMetrics(sources)
  const app = createApp(deps, opts)
  let draining = false
  const inFlight = new Set<ServerResponse>()
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (draining) {
      res.setHeader('Connection', 'close')
      // A load balancer that still reaches this process over an open connection takes it out of rotation.
      if (req.method === 'GET' && req.url?.split('?')[0] === '/readyz') {
        const body = JSON.stringify({ status: 'unavailable', checks: { process: 'unavailable' } })
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
        res.end(body)
        return
      }
    }
    inFlight.add(res)
    res.once('close', () => inFlight.delete(res))
    app(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(deps.config.http.port, deps.config.http.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  server.keepAliveTimeout = 65_000
  const addr = server.address() as AddressInfo
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
  return {
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`,
    get draining() {
      return draining
    },
    close: () =>
      new Promise<void>((resolve) => {
        disableStateMetrics(sources)
        draining = true
        // Requests already being handled answer with `Connection: close`, so their connection ends with them.
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close')
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
    forceClose: () => {
      draining = true
      server.closeAllConnections()
    },
  }
}

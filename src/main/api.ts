/**
 * Starts the REST API server of a runtime.
 */
import type { Server } from 'node:http'
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
  close(): Promise<void>
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
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(deps.config.http.port, deps.config.http.host, (err?: Error) => (err ? reject(err) : resolve(s)))
  })
  server.keepAliveTimeout = 65_000
  const addr = server.address() as AddressInfo
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
  return {
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        disableStateMetrics(sources)
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}

/**
 * Starts the REST API server of a runtime.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, type AppOptions } from '../http/app'
import type { Deps } from '../domain/deps'

export interface ApiServer {
  server: Server
  /** base URL, e.g. http://127.0.0.1:3000 */
  url: string
  close(): Promise<void>
}

/** Listens on `deps.config.http` (port 0 picks a free port). */
export async function startApi(deps: Deps, opts: AppOptions = {}): Promise<ApiServer> {
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
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}

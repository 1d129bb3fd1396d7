/**
 * The metrics server of a worker process: `GET /metrics` (Prometheus text; `METRICS_TOKEN` as in the
 * API) and `GET /healthz` on `METRICS_HOST:METRICS_PORT` (default 9464, the port Prometheus reserves for
 * node exporters of this kind; 0 picks a free port). The API serves `/metrics` on its own port instead.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Config } from '../config'
import { AppError } from '../lib/errors'
import type { Logger } from '../lib/logger'
import { renderMetrics } from '../lib/metrics'
import { checkMetricsToken } from '../http/ops'
import { PreflightError } from './preflight'

export interface MetricsServer {
  server: Server
  /** e.g. http://127.0.0.1:9464 */
  url: string
  close(): Promise<void>
}

/**
 * Listens on `config.metrics` (the caller checks that `port` is not null).
 * @throws PreflightError when the port is taken (several worker processes on one machine need a
 *         METRICS_PORT each, or 0); other listen errors as they are
 */
export async function startMetricsServer(config: Pick<Config, 'metrics'>, logger: Logger): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}')
      return
    }
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics\n')
      return
    }
    try {
      checkMetricsToken(req.headers.authorization, config.metrics.token)
    } catch (e) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end(`${(e as AppError).message}\n`)
      return
    }
    renderMetrics().then(
      (m) => res.writeHead(200, { 'content-type': m.contentType, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : m.body),
      (err) => {
        logger.error({ err }, 'could not render metrics')
        res.writeHead(500, { 'content-type': 'text/plain' }).end('could not render metrics\n')
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new PreflightError(`METRICS_PORT ${config.metrics.port} on ${config.metrics.host} is already in use: give each worker process on this machine its own METRICS_PORT (0 = any free port, off = no metrics server)`)
          : e,
      ),
    )
    server.listen(config.metrics.port ?? 0, config.metrics.host, () => {
      server.removeAllListeners('error')
      resolve()
    })
  })
  const addr = server.address() as AddressInfo
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
  return {
    server,
    url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

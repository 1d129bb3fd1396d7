/**
 * API process entry point (`npm run api`; any number of replicas). Migrations are applied by
 * `npm run cli -- migrate` (a separate deploy step), never by the API.
 * SIGTERM/SIGINT: graceful shutdown (src/main/shutdown.ts): `/readyz` turns 503, in-flight requests are
 * answered, then Prisma and Redis close; forced after SHUTDOWN_TIMEOUT_SECONDS.
 */
import { loadConfig } from '../config'
import { initMetrics } from '../lib/metrics'
import { createRuntime } from '../runtime'
import { startApi } from './api'
import { checkPostgres, checkRedis, PreflightError } from './preflight'
import { apiDrainable, onShutdownSignals } from './shutdown'

async function main() {
  const config = loadConfig()
  await checkPostgres(config)
  await checkRedis(config)
  initMetrics('api')
  const rt = createRuntime(config)
  const api = await startApi(rt)
  rt.logger.info({ url: api.url }, 'api listening')
  onShutdownSignals({
    logger: rt.logger,
    timeoutSeconds: config.shutdown.timeoutSeconds,
    drain: [apiDrainable(api)],
    release: [{ name: 'runtime', close: () => rt.close() }],
  })
}

main().catch((e) => {
  console.error(e instanceof PreflightError ? `error: ${e.message}` : e)
  process.exit(1)
})

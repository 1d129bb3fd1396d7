/**
 * Worker process entry point (`npm run workers`; one or many per machine).
 * SIGTERM/SIGINT: stop taking jobs, let running ones finish, close BullMQ, Prisma and Redis; after
 * SHUTDOWN_TIMEOUT_SECONDS the workers close by force and unfinished jobs return to the queue as stalled
 * (src/main/shutdown.ts).
 */
import { loadConfig } from '../src/config'
import { checkPostgres, checkRedis, PreflightError } from '../src/main/preflight'
import { initMetrics } from '../src/lib/metrics'
import { startMetricsServer } from '../src/main/metricsServer'
import { onShutdownSignals, workersDrainable } from '../src/main/shutdown'
import { createRuntime } from '../src/runtime'
import { startWorkers } from '.'

async function main() {
  const config = loadConfig()
  await checkPostgres(config)
  await checkRedis(config)
  initMetrics('workers')
  const rt = createRuntime(config)
  // Listening before the workers start: a slow chain verification is visible, not a missing target.
  const metrics = config.metrics.port === null ? null : await startMetricsServer(config, rt.logger)
  if (metrics) rt.logger.info({ url: `${metrics.url}/metrics` }, 'metrics listening')
  const w = await startWorkers(rt)
  onShutdownSignals({
    logger: rt.logger,
    timeoutSeconds: config.shutdown.timeoutSeconds,
    drain: [workersDrainable(w)],
    release: [...(metrics ? [{ name: 'metrics server', close: () => metrics.close() }] : []), { name: 'runtime', close: () => rt.close() }],
  })
}

main().catch((e) => {
  console.error(e instanceof PreflightError ? `error: ${e.message}` : e)
  process.exit(1)
})

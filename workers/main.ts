/**
 * Worker process entry point (`npm run workers`; one or many per machine).
 * SIGTERM/SIGINT: stop taking jobs, let running ones finish, close BullMQ, Prisma and Redis.
 */
import { loadConfig } from '../src/config'
import { checkPostgres, checkRedis, PreflightError } from '../src/main/preflight'
import { initMetrics } from '../src/lib/metrics'
import { startMetricsServer } from '../src/main/metricsServer'
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
  const stop = async () => {
    rt.logger.info('stopping workers')
    await w.close()
    await metrics?.close()
    await rt.close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop())
  process.once('SIGINT', () => void stop())
}

main().catch((e) => {
  console.error(e instanceof PreflightError ? `error: ${e.message}` : e)
  process.exit(1)
})

/**
 * API process entry point (`npm run api`; any number of replicas). Migrations are applied by
 * `npm run cli -- migrate` (a separate deploy step), never by the API.
 */
import { loadConfig } from '../config'
import { initMetrics } from '../lib/metrics'
import { createRuntime } from '../runtime'
import { startApi } from './api'
import { checkPostgres, checkRedis, PreflightError } from './preflight'

async function main() {
  const config = loadConfig()
  await checkPostgres(config)
  await checkRedis(config)
  initMetrics('api')
  const rt = createRuntime(config)
  const api = await startApi(rt)
  rt.logger.info({ url: api.url }, 'api listening')
  const stop = async () => {
    await api.close()
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

/**
 * Worker process entry point (`npm run workers`; one or many per machine).
 * SIGTERM/SIGINT: stop taking jobs, let running ones finish, close BullMQ, Prisma and Redis.
 */
import { loadConfig } from '../src/config'
import { checkPostgres, checkRedis, PreflightError } from '../src/main/preflight'
import { createRuntime } from '../src/runtime'
import { startWorkers } from '.'

async function main() {
  const config = loadConfig()
  await checkPostgres(config)
  await checkRedis(config)
  const rt = createRuntime(config)
  const w = await startWorkers(rt)
  const stop = async () => {
    rt.logger.info('stopping workers')
    await w.close()
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

/**
 * Child-process entry of `meteredApi.ts`: the API alone (no workers), started from the environment as
 * `npm run api` starts it, that answers memory questions from its parent over the IPC channel.
 * Run with `node --expose-gc --import tsx`, so that a forced collection here stalls only this process,
 * never the test runner that drives the load.
 *
 * Messages in:  `{ type: 'live', id }` → `{ type: 'live', id, bytes, gcMs }`: live JS heap plus Buffers
 *               (bytes) after a full collection, and how long that collection took (milliseconds);
 *               `{ type: 'stop' }` → closes the server and the runtime, then exits 0.
 * Message out at start: `{ type: 'ready', url }`.
 */
import { loadConfig } from '../../src/config'
import { initMetrics } from '../../src/lib/metrics'
import { createRuntime } from '../../src/runtime'
import { startApi } from '../../src/main/api'

type In = { type: 'live'; id: number } | { type: 'stop' }

async function main() {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc || !process.send) throw new Error('meteredApiMain needs --expose-gc and an IPC channel')
  const config = loadConfig()
  initMetrics('api')
  const rt = createRuntime(config)
  const api = await startApi(rt)
  process.on('message', (m: In) => {
    if (m.type === 'live') {
      const t0 = performance.now()
      gc()
      const gcMs = performance.now() - t0
      const u = process.memoryUsage()
      process.send!({ type: 'live', id: m.id, bytes: u.heapUsed + u.external, gcMs })
    } else if (m.type === 'stop') {
      void api
        .close()
        .then(() => rt.close())
        .finally(() => process.exit(0))
    }
  })
  process.send({ type: 'ready', url: api.url })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

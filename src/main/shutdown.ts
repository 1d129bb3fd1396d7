/**
 * Graceful shutdown of a process (the API, the workers, or `npm run dev` with both), shared by
 * src/main/apiMain.ts, workers/main.ts and src/cli/dev.ts.
 *
 * On SIGTERM or SIGINT:
 *  1. drain, every part at once: the API stops accepting connections and answers its in-flight
 *     requests (`/readyz` is 503 meanwhile), the workers stop taking jobs and finish the running ones;
 *  2. if that takes longer than SHUTDOWN_TIMEOUT_SECONDS (or a second signal arrives), force: open
 *     connections are destroyed and the workers close without waiting, so their unfinished jobs go
 *     back to the queue as stalled once their lock lapses (every processor is idempotent);
 *  3. release, in order: BullMQ queues, key backend, Prisma, Redis (`Runtime.close`), then anything
 *     else (the dev anvil node);
 *  4. exit 0, or 1 when step 2 had to force.
 */
import type { Workers } from '../../workers'
import type { Logger } from '../lib/logger'
import type { ApiServer } from './api'

/** Something that finishes its in-flight work before it stops (an API server, a set of workers). */
export interface Drainable {
  name: string
  /** stops taking new work and resolves when the work in flight is done */
  drain(): Promise<void>
  /** stops at once, abandoning the work in flight; must not wait for it */
  force(): Promise<void> | void
}

/** The API server as a part of the shutdown: graceful close, or every connection destroyed. */
export function apiDrainable(api: ApiServer): Drainable {
  return { name: 'api', drain: () => api.close(), force: () => api.forceClose() }
}

/** The workers as a part of the shutdown: pause, then close; forced: close without waiting for jobs. */
export function workersDrainable(w: Workers): Drainable {
  return {
    name: 'workers',
    async drain() {
      await w.pause()
      await w.close()
    },
    force: () => w.close(true),
  }
}

export interface ShutdownPlan {
  logger: Logger
  /** seconds the drain may take before it is forced (SHUTDOWN_TIMEOUT_SECONDS) */
  timeoutSeconds: number
  drain: Drainable[]
  /** closed in this order once the drain is over (forced or not) */
  release: { name: string; close(): Promise<void> }[]
}

export interface ShutdownOutcome {
  /** true when the drain did not finish within the timeout (or a second signal cut it short) */
  forced: boolean
}

/** How long the release steps may take after the drain before the process exits anyway (ms). */
const RELEASE_GRACE_MS = 10_000

/**
 * Runs the shutdown sequence once (see the module comment).
 *
 * @param plan what to drain and release
 * @param hurry resolves when the drain should be forced before the timeout (e.g. a second Ctrl-C)
 * @returns whether the drain had to be forced; never throws (failures are logged)
 */
export async function shutdown(plan: ShutdownPlan, hurry: Promise<unknown> = new Promise(() => undefined)): Promise<ShutdownOutcome> {
  const { logger } = plan
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), plan.timeoutSeconds * 1000)
  })
  const drained = Promise.all(
    plan.drain.map((d) =>
      d.drain().catch((e) => logger.warn({ part: d.name, err: (e as Error).message }, 'drain failed')),
    ),
  ).then(() => 'drained' as const)
  const first = await Promise.race([drained, timedOut, hurry.then(() => 'hurried' as const)])
  clearTimeout(timer)
  const forced = first !== 'drained'
  if (forced) {
    logger.warn(
      { timeoutSeconds: plan.timeoutSeconds, reason: first },
      'shutdown: in-flight work did not finish in time; closing by force (unfinished jobs return to the queue as stalled)',
    )
    for (const d of plan.drain) {
      try {
        await d.force()
      } catch (e) {
        logger.warn({ part: d.name, err: (e as Error).message }, 'forced close failed')
      }
    }
  } else {
    logger.info({ ms: Date.now() - started }, 'shutdown: in-flight work finished')
  }
  for (const r of plan.release) {
    try {
      await r.close()
    } catch (e) {
      logger.warn({ part: r.name, err: (e as Error).message }, 'close failed')
    }
  }
  return { forced }
}

/**
 * Installs the SIGTERM/SIGINT handlers of a process: the first signal runs {@link shutdown}, a second
 * one forces it, and the process exits 0 (drained) or 1 (forced). Should the release steps hang, the
 * process exits 1 regardless `RELEASE_GRACE_MS` after the timeout.
 *
 * @param plan what to drain and release
 * @param onSignal called with the signal's name when the first signal arrives (e.g. to print a line)
 */
export function onShutdownSignals(plan: ShutdownPlan, onSignal?: (signal: NodeJS.Signals) => void): void {
  let stopping = false
  let hurry: () => void = () => undefined
  const hurried = new Promise<void>((resolve) => (hurry = resolve))
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      plan.logger.warn({ signal }, 'shutdown: second signal; not waiting for in-flight work')
      hurry()
      return
    }
    stopping = true
    plan.logger.info({ signal, timeoutSeconds: plan.timeoutSeconds }, 'shutdown: draining')
    onSignal?.(signal)
    setTimeout(() => {
      plan.logger.error('shutdown: closing the connections hung; exiting')
      process.exit(1)
    }, plan.timeoutSeconds * 1000 + RELEASE_GRACE_MS).unref()
    void shutdown(plan, hurried).then(({ forced }) => {
      plan.logger.info({ forced }, 'shutdown: complete')
      process.exit(forced ? 1 : 0)
    })
  }
  process.on('SIGTERM', handle)
  process.on('SIGINT', handle)
}

/**
 * Worker processes for crash tests: `node --import tsx workers/main.ts` with the test's environment,
 * so SIGKILL hits the very process that runs the jobs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export interface WorkerProcess {
  child: ChildProcess
  output(): string
  kill(signal?: NodeJS.Signals): Promise<void>
}

const ROOT = resolve(__dirname, '../..')

/**
 * Spawns `node --import tsx <entry>` (a path relative to the repository root) with `env` (plus PATH and HOME).
 * @param opts.keepChars how much of the latest output `output()` keeps (default 200,000 characters)
 */
export function spawnEntry(entry: string, env: Record<string, string>, opts: { keepChars?: number } = {}): WorkerProcess {
  const keep = opts.keepChars ?? 200_000
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // whole chunks, the oldest dropped beyond `keep` (no quadratic re-copying of a long output)
  const chunks: string[] = []
  let size = 0
  const add = (d: Buffer) => {
    const text = d.toString()
    chunks.push(text)
    size += text.length
    while (size > keep && chunks.length > 1) size -= chunks.shift()!.length
  }
  child.stdout!.on('data', add)
  child.stderr!.on('data', add)
  return {
    child,
    output: () => chunks.join(''),
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res()
        child.once('exit', () => res())
        child.kill(signal)
      }),
  }
}

/** A worker process (`workers/main.ts`); see spawnEntry. */
export function spawnWorkers(env: Record<string, string>, opts: { keepChars?: number } = {}): WorkerProcess {
  return spawnEntry('workers/main.ts', env, opts)
}

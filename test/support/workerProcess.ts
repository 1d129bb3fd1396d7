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

/** Spawns `node --import tsx <entry>` (a path relative to the repository root) with `env` (plus PATH and HOME). */
export function spawnEntry(entry: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-200_000)))
  child.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-200_000)))
  return {
    child,
    output: () => out,
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res()
        child.once('exit', () => res())
        child.kill(signal)
      }),
  }
}

export function spawnWorkers(env: Record<string, string>): WorkerProcess {
  return spawnEntry('workers/main.ts', env)
}

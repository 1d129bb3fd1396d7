/**
 * The API in a child process whose live memory the test can read (`meteredApiMain.ts`): memory
 * properties are measured in the process that serves the request, while the forced collections that
 * the measurement needs stall that process only, not the jest worker that reads the response.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

export interface MeteredApi {
  /** base URL of the child's API, e.g. http://127.0.0.1:41234 */
  url: string
  /** Live JS heap plus Buffers of the child after a full collection (bytes), and the collection's duration (ms). */
  live(): Promise<{ bytes: number; gcMs: number }>
  /** Closes the child's server and runtime; kills it if it has not exited after 10 s. */
  stop(): Promise<void>
}

/**
 * Starts `node --expose-gc --import tsx test/support/meteredApiMain.ts` with `env` (a test stack's
 * environment: the same database, Redis prefix and chains) and resolves once it listens.
 * Throws if the child exits or does not report ready within `readyTimeoutMs` (default 60 s); the error
 * carries the child's output.
 */
export async function startMeteredApi(env: Record<string, string>, readyTimeoutMs = 60_000): Promise<MeteredApi> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/support/meteredApiMain.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, LOG_LEVEL: 'warn', PORT: '0', METRICS_PORT: 'off' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<void>((res) => child.once('exit', () => res()))

  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`metered API not ready after ${readyTimeoutMs} ms:\n${output}`)), readyTimeoutMs)
    child.on('message', (m: { type: string; url?: string }) => {
      if (m.type === 'ready') {
        clearTimeout(timer)
        res(m.url!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      rej(new Error(`metered API exited with ${code} before it was ready:\n${output}`))
    })
  })

  let next = 0
  const waiting = new Map<number, (r: { bytes: number; gcMs: number }) => void>()
  child.on('message', (m: { type: string; id?: number; bytes?: number; gcMs?: number }) => {
    if (m.type !== 'live') return
    waiting.get(m.id!)?.({ bytes: m.bytes!, gcMs: m.gcMs! })
    waiting.delete(m.id!)
  })

  return {
    url,
    live: () =>
      new Promise((res, rej) => {
        if (child.exitCode !== null || child.signalCode !== null) return rej(new Error(`metered API has exited:\n${output}`))
        const id = ++next
        waiting.set(id, res)
        child.send({ type: 'live', id })
      }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.send({ type: 'stop' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

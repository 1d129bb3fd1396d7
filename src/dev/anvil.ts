/**
 * Runs a local anvil node (from the npm package `@foundry-rs/anvil`) for `npm run dev`, the tests and
 * the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

export interface AnvilOptions {
  port?: number
  host?: string
  chainId?: number
  /** seconds between blocks; 0 = automine (a block per transaction) */
  blockTime?: number
  /** keep the chain in this file across restarts (anvil --state) */
  statePath?: string
  mnemonic?: string
  /** extra CLI arguments */
  args?: string[]
  /** anvil binary (default: {@link anvilBinary}) */
  bin?: string
}

export interface AnvilNode {
  url: string
  port: number
  chainId: number
  process: ChildProcess
  stop(): Promise<void>
}

export const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk'

/**
 * Path of the anvil binary: `explicit` (ANVIL_BIN) if given, else the binary of the platform package of
 * `@foundry-rs/anvil` (an optional dependency; the registry we install from carries linux-amd64), else
 * `anvil` on the PATH (e.g. from a Foundry install on other platforms).
 */
export function anvilBinary(explicit?: string): string {
  if (explicit) return explicit
  const arch = process.arch === 'x64' ? 'amd64' : process.arch
  try {
    const pkg = require.resolve(`@foundry-rs/anvil-${process.platform}-${arch}/package.json`)
    const bin = join(dirname(pkg), 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil')
    if (existsSync(bin)) return bin
  } catch {
    // not installed for this platform
  }
  return 'anvil'
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.unref()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  const j = (await r.json()) as { result?: unknown; error?: { message: string } }
  if (j.error) throw new Error(j.error.message)
  return j.result
}

/** True when something answers JSON-RPC at `url`. */
export async function rpcAnswers(url: string): Promise<number | null> {
  try {
    return Number(await rpc(url, 'eth_chainId'))
  } catch {
    return null
  }
}

/**
 * Starts anvil and waits until it answers JSON-RPC.
 * @throws Error when it exits or does not answer within 15 s
 */
export async function startAnvil(opts: AnvilOptions = {}): Promise<AnvilNode> {
  const port = opts.port ?? (await freePort())
  const host = opts.host ?? '127.0.0.1'
  const chainId = opts.chainId ?? 31337
  const args = ['--port', String(port), '--host', host, '--chain-id', String(chainId), '--mnemonic', opts.mnemonic ?? ANVIL_MNEMONIC, '--silent']
  if (opts.blockTime && opts.blockTime > 0) args.push('--block-time', String(opts.blockTime))
  if (opts.statePath) args.push('--state', opts.statePath, '--state-interval', '5')
  if (opts.args) args.push(...opts.args)
  const child = spawn(anvilBinary(opts.bin), args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)))
  const url = `http://${host}:${port}`
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new Error(`anvil exited (${code}): ${stderr.trim()}`)))
    child.once('error', (err) => reject(new Error(`anvil could not start (${err.message}); install Foundry's anvil or set ANVIL_BIN`)))
  })
  const deadline = Date.now() + 15_000
  for (;;) {
    const id = await Promise.race([rpcAnswers(url), exited])
    if (id === chainId) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`anvil did not answer on ${url}: ${stderr.trim()}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  exited.catch(() => undefined)
  return {
    url,
    port,
    chainId,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const t = setTimeout(() => child.kill('SIGKILL'), 5000)
        child.once('exit', () => {
          clearTimeout(t)
          resolve()
        })
        child.kill('SIGINT')
      }),
  }
}

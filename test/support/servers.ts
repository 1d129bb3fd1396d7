/**
 * Private Redis and Postgres servers for the fault drills (test/e2e/drills): each drill kills and restarts
 * its own server on a free port, so the shared ones on 6379 and 5432 are never disturbed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../src/dev/anvil'

export interface RedisServer {
  url: string
  port: number
  /** SIGKILL: everything in it is lost (it runs with `--save '' --appendonly no`) */
  kill(): Promise<void>
  /** starts an empty server on the same port */
  start(): Promise<void>
}

function spawnRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Ready to accept connections')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out.slice(-500)}`)))
  })
}

/** Starts `redis-server` (must be on the PATH) on a free port, without persistence. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  let child: ChildProcess | null = await spawnRedis(port)
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () =>
      new Promise<void>((resolve) => {
        const c = child
        child = null
        if (!c || c.exitCode !== null || c.signalCode !== null) return resolve()
        c.once('exit', () => resolve())
        c.kill('SIGKILL')
      }),
    async start() {
      if (!child) child = await spawnRedis(port)
    },
  }
}

export interface PgCluster {
  /** `postgresql://postgres@127.0.0.1:<port>` (pass to createTestDatabase / startStack as the base) */
  base: string
  port: number
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash; the next start recovers from WAL */
  crash(): Promise<void>
  start(): Promise<void>
  /** stops it and deletes its data directory */
  destroy(): Promise<void>
}

/** Finds a Postgres server binary: on the PATH, else the newest /usr/lib/postgresql/<v>/bin. */
export function pgBin(name: 'initdb' | 'pg_ctl'): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || fallback()
  } catch {
    return fallback()
  }
  function fallback(): string {
    const root = '/usr/lib/postgresql'
    const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', name))).sort((a, b) => Number(b) - Number(a)) : []
    if (!versions.length) throw new Error(`${name} not found (install the Debian package postgresql)`)
    return join(root, versions[0]!, 'bin', name)
  }
}

/** Postgres refuses to run as root: as root, run its tools as the `postgres` user. */
function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
}

function run(cmd: string, args: string[]): Promise<string> {
  const [c, a] = asPostgres(cmd, args)
  return new Promise((resolve, reject) => {
    const child = spawn(c, a, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${out.slice(-1500)}`))))
  })
}

/**
 * A throwaway Postgres cluster: `initdb` into a temporary directory (owned by `postgres` when run as
 * root), started with `pg_ctl` on a free port with its socket in that directory. Trust authentication,
 * `fsync=off` (a process crash loses nothing with it; only an OS crash would).
 */
export async function startPgCluster(): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'custody-pg-'))
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  const port = await freePort()
  await run(pgBin('initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'])
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
  const start = () => run(pgBin('pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', '-t', '60', 'start']).then(() => undefined)
  const stop = (mode: 'immediate' | 'fast') => run(pgBin('pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']).then(() => undefined)
  await start()
  return {
    base: `postgresql://postgres@127.0.0.1:${port}`,
    port,
    crash: () => stop('immediate'),
    start,
    async destroy() {
      await stop('immediate').catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

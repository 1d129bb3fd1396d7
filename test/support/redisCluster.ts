/**
 * A real Redis Cluster for a test file: three `redis-server --cluster-enabled yes` masters on free ports
 * in a temporary directory, joined with `redis-cli --cluster create` (16384 slots split three ways).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { freePort } from '../../src/dev/anvil'

export interface TestRedisCluster {
  /** `127.0.0.1:port` of each master */
  nodes: string[]
  stop(): Promise<void>
}

async function waitPing(port: number): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
    r.on('error', () => undefined)
    try {
      await r.connect()
      if ((await r.ping()) === 'PONG') return
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not start`)
    } finally {
      r.disconnect()
    }
    await new Promise((res) => setTimeout(res, 100))
  }
}

/** Starts the cluster and waits until `CLUSTER INFO` says `cluster_state:ok` on every node. */
export async function startRedisCluster(masters = 3): Promise<TestRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'custody-redis-cluster-'))
  const procs: ChildProcess[] = []
  const ports: number[] = []
  for (let i = 0; i < masters; i++) {
    const port = await freePort()
    ports.push(port)
    procs.push(
      spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--cluster-node-timeout', '5000', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' }),
    )
  }
  const stop = async () => {
    await Promise.all(procs.map((p) => new Promise<void>((res) => (p.exitCode !== null || p.signalCode !== null ? res() : (p.once('exit', () => res()), p.kill('SIGKILL'))))))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await Promise.all(ports.map(waitPing))
    const nodes = ports.map((p) => `127.0.0.1:${p}`)
    const created = spawnSync('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes'], { encoding: 'utf8', timeout: 30_000 })
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}${created.stderr}`)
    const deadline = Date.now() + 20_000
    for (;;) {
      const states = await Promise.all(
        ports.map(async (port) => {
          const r = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 })
          try {
            return /cluster_state:ok/.test(await r.cluster('INFO'))
          } finally {
            r.disconnect()
          }
        }),
      )
      if (states.every(Boolean)) break
      if (Date.now() > deadline) throw new Error('the Redis Cluster did not reach cluster_state:ok')
      await new Promise((res) => setTimeout(res, 200))
    }
    return { nodes, stop }
  } catch (e) {
    await stop()
    throw e
  }
}

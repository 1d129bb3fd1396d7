/**
 * The service on a real three-master Redis Cluster (REDIS_CLUSTER_NODES, hash-tagged QUEUE_PREFIX): the
 * API and two worker processes take a deposit and withdrawals through to `confirmed`, the queues and the
 * rate-limit counters live in the cluster, and a prefix that is not a hash tag is refused at start.
 */
import { randomBytes } from 'node:crypto'
import { Cluster } from 'ioredis'
import { parseEther, type Address } from 'viem'
import { loadConfig } from '../../src/config'
import { sql } from '../support/db'
import { expectLedgerInvariants } from '../support/ledger'
import { fundedWallet, RECIPIENT, withdraw } from '../support/pipeline'
import { startRedisCluster, type TestRedisCluster } from '../support/redisCluster'
import { startStack, waitFor, type Stack } from '../support/stack'
import { spawnWorkers, type WorkerProcess } from '../support/workerProcess'

let cluster: TestRedisCluster
let s: Stack
let procs: WorkerProcess[] = []
const prefix = `{t${randomBytes(4).toString('hex')}}`

beforeAll(async () => {
  cluster = await startRedisCluster()
  s = await startStack({ workers: false, env: { REDIS_CLUSTER_NODES: cluster.nodes.join(','), QUEUE_PREFIX: prefix } })
})
afterAll(async () => {
  await Promise.all(procs.map((p) => p.kill()))
  if (s) await expectLedgerInvariants(s)
  await s?.stop()
  await cluster?.stop()
})

test('a queue prefix that is not a hash tag is refused with Redis Cluster', () => {
  expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: '11'.repeat(32), REDIS_CLUSTER_NODES: cluster.nodes.join(','), QUEUE_PREFIX: 'custody' })).toThrow(/QUEUE_PREFIX must be a hash tag/)
  expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: '11'.repeat(32), REDIS_CLUSTER_NODES: 'http://x:1', QUEUE_PREFIX: '{c}' })).toThrow(/REDIS_CLUSTER_NODES/)
  expect(loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: '11'.repeat(32), REDIS_CLUSTER_NODES: cluster.nodes.join(','), QUEUE_PREFIX: '{c}' }).redis.clusterNodes).toHaveLength(3)
})

test('deposits and withdrawals go through with two worker processes on the cluster', async () => {
  expect(s.rt.redis).toBeInstanceOf(Cluster)
  procs = [spawnWorkers(s.env), spawnWorkers(s.env)]
  const w = await fundedWallet(s, '5')
  const before = await s.chain.getBalance({ address: RECIPIENT })
  const amounts = Array.from({ length: 10 }, (_, i) => parseEther('0.01') + BigInt(i))
  const ids: string[] = []
  for (const a of amounts) ids.push((await withdraw(s, w.id, a)).id)
  await waitFor('10 withdrawals confirmed', async () => {
    const r = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int n FROM withdrawals WHERE id = ANY($1::uuid[]) AND status = 'confirmed'", [ids])
    return r[0]!.n === ids.length
  }, 90_000)
  const nonces = await sql<{ nonce: string }>(s.db.url, 'SELECT nonce FROM withdrawals WHERE id = ANY($1::uuid[]) ORDER BY nonce', [ids])
  expect(nonces.map((r) => Number(r.nonce))).toEqual(ids.map((_, i) => i))
  expect(await s.chain.getBalance({ address: RECIPIENT })).toBe(before + amounts.reduce((a, b) => a + b, 0n))
  expect(await s.chain.getTransactionCount({ address: w.hotAddress as Address })).toBe(ids.length)

  // the queues and the rate-limit counters are in the cluster, all in the prefix's one hash slot
  const c = s.rt.redis as Cluster
  const slot = Number(await c.cluster('KEYSLOT', prefix))
  const range = (await c.cluster('SLOTS')).find(([from, to]) => slot >= from && slot <= to)!
  const [host, port] = range[2]!
  const node = c.nodes('master').find((n) => n.options.port === port && n.options.host === host)!
  const keys = await node.keys(`${prefix}:*`)
  expect(keys.some((k) => k.startsWith(`${prefix}:submit:`))).toBe(true)
  expect(keys.some((k) => k.startsWith(`${prefix}:chain:`))).toBe(true)
  expect(keys.some((k) => k.startsWith(`${prefix}:ratelimit:`))).toBe(true)
  const r = await s.call('GET', `/v1/wallets/${w.id}/balances`)
  expect(r.status).toBe(200)
  expect(r.headers.get('ratelimit')).toMatch(/r=\d+/)
  const ready = await s.call('GET', '/readyz')
  expect(ready.body.checks.redis).toBe('ok')
})

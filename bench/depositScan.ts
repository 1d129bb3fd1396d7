/**
 * Benchmark: the deposit watcher catching up at exchange scale.
 *
 * A local anvil chain is pre-filled with blocks of `--per-block` ERC-20 `transfer` transactions (200)
 * to registered deposit addresses; `--addresses` deposit addresses (100,000 by default, 1,000,000 with
 * `--full`) are inserted in bulk. Then, in the same run:
 *  1. raw: the same blocks (with their transactions) and the same `Transfer` logs are fetched over
 *     JSON-RPC with the service's own client, as the watcher fetches them (batch after batch, the same
 *     number of blocks in flight), doing nothing with them;
 *  2. watcher: followChain catches up from the block before the first filled one to the head
 *     (blocks, logs, one address query per batch, deposits and events written, cursor moved);
 *  3. the watcher again on a database holding only the addresses that receive transfers, to show
 *     that its memory does not grow with the number of registered addresses.
 * Prints blocks/s and deposits/s of the watcher and of the raw fetch; `ratio` = watcher blocks/s ÷
 * raw blocks/s (target ≥ 0.5). The last line is one JSON object with the figures.
 *
 * Usage: npm run bench:deposit-scan [-- --full] [--blocks N] [--per-block N] [--addresses N] [--batch N]
 * Needs Postgres (127.0.0.1:5432, user postgres) and Redis like the tests.
 */
import { createHash } from 'node:crypto'
import { encodeFunctionData, erc20Abi, type Address } from 'viem'
import { createChainClients } from '../src/chain/clients'
import { loadConfig } from '../src/config'
import { initCursor } from '../src/db/chain'
import { startAnvil } from '../src/dev/anvil'
import { followChain } from '../src/domain/chain/followChain'
import { scanTokenTransfers } from '../src/domain/chain/scanTokenTransfers'
import { BLOCK_FETCH_CONCURRENCY, toBlockRow } from '../src/domain/chain/scanRange'
import { createLogger } from '../src/lib/logger'
import { createRuntime, type Runtime } from '../src/runtime'
import { createTestDatabase, sql, type TestDatabase } from '../test/support/db'
import { makeTestClient, FUNDER, TEST_MASTER_KEY } from '../test/support/stack'
import { deployTestToken } from '../test/support/tokens'
import { mapLimit } from '../src/lib/concurrency'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const FULL = process.argv.includes('--full')
const BLOCKS = Number(arg('blocks') ?? (FULL ? 500 : 200))
const PER_BLOCK = Number(arg('per-block') ?? 200)
const ADDRESSES = Number(arg('addresses') ?? (FULL ? 1_000_000 : 100_000))
const BATCH = Number(arg('batch') ?? 25)
const CHAIN = 31337

/** The i-th registered deposit address (1-based), the same formula as the bulk insert's SQL. */
function addressOf(i: number): string {
  const a = createHash('md5').update(`bench-${i}`).digest('hex')
  const b = createHash('md5').update(`bench2-${i}`).digest('hex').slice(0, 8)
  return `0x${a}${b}`
}
/** Recipient of the j-th transfer: spread over all registered addresses. */
const recipientIndex = (j: number) => ((j * 7919) % ADDRESSES) + 1

const log = (...a: unknown[]) => console.log(...a)

async function rpcBatch(url: string, body: unknown[]): Promise<{ error?: { message: string } }[]> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await r.json()) as { error?: { message: string } }[]
}

async function main() {
  log(`deposit-scan: ${BLOCKS} blocks × ${PER_BLOCK} token transfers, ${ADDRESSES.toLocaleString('en')} registered deposit addresses, batches of ${BATCH} blocks`)
  const anvil = await startAnvil({ args: ['--gas-limit', '60000000'] })
  const chain = makeTestClient(anvil.url, CHAIN)
  const token = await deployTestToken(chain, 'standard', 'TUSD')
  await chain.setAutomine(false)

  // ---------------------------------------------------------------- pre-fill the chain
  const t0 = Date.now()
  let nonce = await chain.getTransactionCount({ address: FUNDER })
  const first = (await chain.getBlockNumber()) + 1n
  for (let b = 0; b < BLOCKS; b++) {
    const body = Array.from({ length: PER_BLOCK }, (_, i) => ({
      jsonrpc: '2.0',
      id: i,
      method: 'eth_sendTransaction',
      params: [{ from: FUNDER, nonce: `0x${(nonce + i).toString(16)}`, to: token.address, gas: '0x186a0', data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [addressOf(recipientIndex(b * PER_BLOCK + i)) as Address, 1_000_000n] }) }],
    }))
    const res = await rpcBatch(anvil.url, body)
    const err = res.find((r) => r.error)
    if (err) throw new Error(`filling block ${b}: ${err.error!.message}`)
    nonce += PER_BLOCK
    await chain.mine({ blocks: 1 })
    if ((b + 1) % 100 === 0) log(`  filled ${b + 1}/${BLOCKS} blocks (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  }
  const head = await chain.getBlockNumber()
  const check = await chain.getBlock({ blockNumber: head })
  if (check.transactions.length !== PER_BLOCK) throw new Error(`block ${head} holds ${check.transactions.length} transactions, not ${PER_BLOCK}`)
  log(`  chain filled: blocks ${first}..${head} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

  const chains = [{ chainId: CHAIN, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, maxBlocksPerRun: BLOCKS, scanBatchBlocks: BATCH, logsMaxRange: BATCH, tokens: [{ address: token.address, symbol: 'TUSD', decimals: 6 }] }]
  const env = { NODE_ENV: 'test', LOG_LEVEL: 'warn', LOCAL_MASTER_KEY: TEST_MASTER_KEY, CHAINS: JSON.stringify(chains), QUEUE_PREFIX: `bench${process.pid}` }

  // ---------------------------------------------------------------- raw fetch of the same blocks and logs
  const { client } = createChainClients(loadConfig(env).chains).get(CHAIN)!
  // The watcher's fetch pattern without the watcher's work: one batch at a time, the same blocks in flight.
  const r0 = performance.now()
  let rawTxs = 0
  let rawLogs = 0
  const batches: [bigint, bigint][] = []
  for (let from = first; from <= head; from += BigInt(BATCH)) batches.push([from, from + BigInt(BATCH) - 1n < head ? from + BigInt(BATCH) - 1n : head])
  await mapLimit(batches, 1, async ([from, to]) => {
    const numbers: bigint[] = []
    for (let n = from; n <= to; n++) numbers.push(n)
    const [blocks, logs] = await Promise.all([
      mapLimit(numbers, BLOCK_FETCH_CONCURRENCY, (n) => client.getBlock({ blockNumber: n, includeTransactions: true })),
      scanTokenTransfers(client, { chainId: -1, tokens: [token.address], maxRange: BATCH }, from, to),
    ])
    rawTxs += blocks.reduce((a, b) => a + b.transactions.length, 0)
    rawLogs += logs.length
  })
  const rawSeconds = (performance.now() - r0) / 1000
  log(`  raw fetch: ${BLOCKS} blocks, ${rawTxs} transactions, ${rawLogs} logs in ${rawSeconds.toFixed(2)} s`)

  // ---------------------------------------------------------------- the watcher
  const genesis = (await chain.getBlock({ blockNumber: 0n })).hash!
  const startRow = toBlockRow(await chain.getBlock({ blockNumber: first - 1n }))
  const runWatcher = async (label: string, registered: number | 'recipients') => {
    const db = await createTestDatabase()
    try {
      const count = await registerAddresses(db, registered)
      const rt = createRuntime(loadConfig({ ...env, DATABASE_URL: db.url }), { logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn') })
      try {
        await initCursor(rt.db, CHAIN, genesis, startRow)
        global.gc?.()
        const heap0 = process.memoryUsage().heapUsed
        let peak = heap0
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50)
        const w0 = performance.now()
        for (;;) {
          const r = await followChain(rt, CHAIN)
          if (r.cursor >= head) break
        }
        const seconds = (performance.now() - w0) / 1000
        clearInterval(sampler)
        const deposits = Number((await sql<{ n: string }>(db.url, 'SELECT count(*) n FROM deposits'))[0]!.n)
        if (deposits !== BLOCKS * PER_BLOCK) throw new Error(`${label}: ${deposits} deposits detected, expected ${BLOCKS * PER_BLOCK}`)
        const figures = { registered: count, seconds: round(seconds), blocksPerSec: round(BLOCKS / seconds), depositsPerSec: round(deposits / seconds), peakHeapMB: round((peak - heap0) / 2 ** 20 + heap0 / 2 ** 20), heapGrowthMB: round((peak - heap0) / 2 ** 20) }
        log(`  watcher (${label}): ${figures.registered.toLocaleString('en')} addresses registered, ${deposits} deposits in ${figures.seconds} s: ${figures.blocksPerSec} blocks/s, ${figures.depositsPerSec} deposits/s, peak heap ${figures.peakHeapMB} MB`)
        return figures
      } finally {
        await rt.close()
      }
    } finally {
      await db.drop()
    }
  }
  const all = await runWatcher('all addresses', ADDRESSES)
  const few = await runWatcher('recipients only', 'recipients')
  await anvil.stop()

  const raw = { seconds: round(rawSeconds), blocksPerSec: round(BLOCKS / rawSeconds), depositsPerSec: round(rawLogs / rawSeconds) }
  const ratio = round(all.blocksPerSec / raw.blocksPerSec)
  log(`  raw: ${raw.blocksPerSec} blocks/s · watcher: ${all.blocksPerSec} blocks/s, ${all.depositsPerSec} deposits/s · ratio ${ratio} (target ≥ 0.5)`)
  log(`  memory: peak heap ${all.peakHeapMB} MB with ${all.registered.toLocaleString('en')} addresses vs ${few.peakHeapMB} MB with ${few.registered.toLocaleString('en')}`)
  console.log(
    JSON.stringify({
      bench: 'deposit-scan',
      blocks: BLOCKS,
      transfersPerBlock: PER_BLOCK,
      addresses: ADDRESSES,
      batchBlocks: BATCH,
      watcher: all,
      watcherRecipientsOnly: few,
      raw,
      ratio,
      target: 0.5,
      memoryRatio: round(all.peakHeapMB / few.peakHeapMB),
    }),
  )
}

/**
 * Registers deposit addresses in bulk (one INSERT … SELECT generate_series): either `n` addresses
 * 1..n of {@link addressOf}, or only those that receive transfers.
 */
async function registerAddresses(db: TestDatabase, n: number | 'recipients'): Promise<number> {
  const walletId = '019a8f6e-0000-7000-8000-000000000001'
  await sql(db.url, `INSERT INTO wallets (id, label, custody, key_backend, xpub, hot_address) VALUES ($1, 'bench', 'hd', 'local', 'xpub-bench', '0x${'11'.repeat(20)}')`, [walletId])
  const addressExpr = `'0x' || md5('bench-' || i) || substr(md5('bench2-' || i), 1, 8)`
  if (n === 'recipients') {
    const idx = [...new Set(Array.from({ length: BLOCKS * PER_BLOCK }, (_, j) => recipientIndex(j)))]
    await sql(db.url, `INSERT INTO addresses (id, wallet_id, kind, derivation_index, address) SELECT gen_random_uuid(), $1, 'deposit', i, ${addressExpr} FROM unnest($2::int[]) AS i`, [walletId, idx])
    return idx.length
  }
  const t = Date.now()
  for (let from = 1; from <= n; from += 250_000) {
    const to = Math.min(n, from + 250_000 - 1)
    await sql(db.url, `INSERT INTO addresses (id, wallet_id, kind, derivation_index, address) SELECT gen_random_uuid(), $1, 'deposit', i, ${addressExpr} FROM generate_series($2::int, $3::int) AS i`, [walletId, from, to])
  }
  await sql(db.url, 'ANALYZE addresses')
  log(`  registered ${n.toLocaleString('en')} deposit addresses in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  return n
}

const round = (x: number) => Math.round(x * 100) / 100

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

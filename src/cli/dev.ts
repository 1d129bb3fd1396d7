/**
 * `npm run dev`: the whole service on embedded defaults, in one process.
 *
 *  1. checks Postgres and Redis (one clear line if either is down);
 *  2. creates the database if missing and applies the SQL migrations;
 *  3. starts a local anvil chain (chain id 31337, JSON-RPC on 127.0.0.1:8545, state kept in
 *     .custody/anvil-state.json) unless CHAINS / CONFIG_FILE configure an RPC URL;
 *  4. prints a bootstrap API key (only when none exists yet), starts the API and the workers;
 *  5. Ctrl-C stops everything cleanly (src/main/shutdown.ts: in-flight requests and jobs finish, within
 *     SHUTDOWN_TIMEOUT_SECONDS); a second Ctrl-C stops without waiting.
 *
 * `npm run dev -- --reset` first drops the database and the local chain state.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { Client } from 'pg'
import { loadConfig, type Config } from '../config'
import { ensureDatabase, migrate } from '../db/migrator'
import { bootstrapApiKey } from '../domain/apiKeys/apiKeys'
import { verifyChain } from '../domain/chain/verifyChain'
import { rpcAnswers, startAnvil, type AnvilNode } from '../dev/anvil'
import { AppError } from '../lib/errors'
import { startApi } from '../main/api'
import { checkPostgres, checkRedis, PreflightError } from '../main/preflight'
import { initMetrics } from '../lib/metrics'
import { apiDrainable, onShutdownSignals, workersDrainable } from '../main/shutdown'
import { createRuntime } from '../runtime'
import { startWorkers } from '../../workers'

async function dropDatabase(config: Config): Promise<void> {
  const url = new URL(config.database.url)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  const c = new Client({ connectionString: url.toString() })
  await c.connect()
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`)
  } finally {
    await c.end()
  }
}

async function main(): Promise<void> {
  const config = loadConfig()
  const reset = process.argv.includes('--reset')
  await checkPostgres(config)
  await checkRedis(config)
  const statePath = join(config.dataDir, 'anvil-state.json')
  if (reset) {
    await dropDatabase(config)
    rmSync(statePath, { force: true })
    console.log('reset: dropped the database and the local chain state')
  }
  const created = await ensureDatabase(config.database.url)
  const { applied } = await migrate(config.database.url)
  console.log(`database ${created ? 'created' : 'ready'}; ${applied.length ? `applied ${applied.join(', ')}` : 'migrations up to date'}`)

  let anvil: AnvilNode | null = null
  if (config.dev.startAnvil) {
    const url = `http://127.0.0.1:${config.dev.anvilPort}`
    const running = await rpcAnswers(url)
    if (running === 31337) {
      console.log(`using the anvil node already answering at ${url}`)
    } else if (running !== null) {
      throw new PreflightError(`port ${config.dev.anvilPort} answers JSON-RPC for chain ${running}, not 31337; stop it or set ANVIL_PORT`)
    } else {
      anvil = await startAnvil({ port: config.dev.anvilPort, chainId: 31337, blockTime: config.dev.anvilBlockTime, statePath, ...(config.dev.anvilBin ? { bin: config.dev.anvilBin } : {}) })
      console.log(`anvil started: chain 31337 at ${anvil.url} (state in ${statePath})`)
    }
    for (const c of config.chains) if (c.chainId === 31337) c.rpcUrls = [url]
  }

  initMetrics('all')
  const rt = createRuntime(config)
  try {
    for (const c of config.chains) await verifyChain(rt, c.chainId)
  } catch (e) {
    if (e instanceof AppError && e.code === 'config_invalid') {
      throw new PreflightError(`${e.message}. For the local chain, run "npm run dev -- --reset" to start over.`)
    }
    throw e
  }
  const key = await bootstrapApiKey(rt.db)
  const api = await startApi(rt)
  const workers = await startWorkers(rt)

  console.log('')
  console.log(`custody backend is running`)
  console.log(`  REST API      ${api.url}   (reference: ${api.url}/docs, OpenAPI: ${api.url}/openapi.json)`)
  console.log(`  operations    ${api.url}/metrics (API and workers), ${api.url}/admin/queues (admin key)`)
  for (const c of config.chains) console.log(`  chain ${c.chainId}   ${c.rpcUrls.join(', ')}   (${c.confirmations} confirmation${c.confirmations > 1 ? 's' : ''})`)
  if (key) {
    console.log(`  API key       ${key.key}`)
    console.log(`                (admin scope; shown once, only stored hashed — keep it)`)
    console.log(`  try           curl -s -H "Authorization: Bearer ${key.key}" ${api.url}/v1/wallets`)
  } else {
    console.log(`  API key       (created earlier; "npm run cli -- api-keys create --scopes admin" makes another)`)
  }
  console.log(`  walkthrough   npm run demo -- --key <API key>`)
  console.log('Ctrl-C stops everything.')

  onShutdownSignals(
    {
      logger: rt.logger,
      timeoutSeconds: config.shutdown.timeoutSeconds,
      drain: [apiDrainable(api), workersDrainable(workers)],
      release: [{ name: 'runtime', close: () => rt.close() }, ...(anvil ? [{ name: 'anvil', close: () => anvil!.stop() }] : [])],
    },
    (signal) => console.log(`\n${signal}: stopping API, workers${anvil ? ' and anvil' : ''} (Ctrl-C again to stop without waiting)…`),
  )
}

main().catch((e) => {
  if (e instanceof PreflightError || (e instanceof AppError && e.code === 'config_invalid')) {
    console.error(`error: ${e.message}`)
  } else {
    console.error(e)
  }
  process.exit(1)
})

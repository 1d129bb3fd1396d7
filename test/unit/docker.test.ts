/**
 * The deploy files (docker/) are not built here (no Docker engine): this test keeps them from drifting
 * away from the code. It parses docker/compose.yml, docker/Dockerfile, docker/entrypoint.sh and
 * docker/Dockerfile.dockerignore and checks them against package.json's scripts, the configuration
 * schema (src/config/index.ts), the local chain of `npm run dev` (src/dev/anvil.ts) and the repository.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { ENV_KEYS, loadConfig } from '../../src/config'
import { DEFAULT_LOCAL_CHAIN } from '../../src/config/chains'
import { ANVIL_MNEMONIC, anvilBinary } from '../../src/dev/anvil'

const ROOT = resolve(__dirname, '../..')
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8')
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; optionalDependencies?: Record<string, string>; engines: { node: string } }

/** Compose's variable interpolation (`${X}`, `${X:-default}`, `${X:?error}`) with the values of a test `.env`. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, arg?: string) => {
    const v = env[name]
    if (v !== undefined && v !== '') return v
    if (op === '-') return arg ?? ''
    throw new Error(`compose.yml needs ${name}: ${arg ?? ''}`)
  })
}

const DOTENV = { LOCAL_MASTER_KEY: 'ab'.repeat(32), POSTGRES_PASSWORD: 'pw' }
const compose = parse(interpolate(read('docker/compose.yml'), DOTENV), { merge: true }) as {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}
interface Service {
  image?: string
  build?: { context: string; dockerfile: string }
  command?: string[]
  environment?: Record<string, string>
  ports?: string[]
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
  init?: boolean
  restart?: string
  stop_grace_period?: string
  volumes?: string[]
}
const services = compose.services
/** services that run our image */
const ours = Object.entries(services).filter(([, s]) => s.build !== undefined)

/** `case` branches of docker/entrypoint.sh: command → the words it execs */
function entrypointCommands(): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const line of read('docker/entrypoint.sh').split('\n')) {
    const m = /^\s*([a-z]+)\)\s*exec\s+(.+?)\s*;;\s*$/.exec(line)
    if (m) out.set(m[1]!, m[2]!.replace(/\s*"\$@"$/, '').split(/\s+/))
  }
  return out
}

interface Instruction {
  op: string
  args: string
}
interface Stage {
  name: string | null
  from: string
  instructions: Instruction[]
}
/** docker/Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
function dockerfileStages(): { args: Record<string, string>; stages: Stage[] } {
  const text = read('docker/Dockerfile')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ')
  const args: Record<string, string> = {}
  const stages: Stage[] = []
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [op, ...rest] = line.split(/\s+/)
    const ins = { op: op!.toUpperCase(), args: rest.join(' ') }
    if (ins.op === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args)!
      stages.push({ from: m[1]!, name: m[2] ?? null, instructions: [] })
    } else if (!stages.length && ins.op === 'ARG') {
      const [k, v] = ins.args.split('=')
      args[k!] = v ?? ''
    } else {
      stages[stages.length - 1]!.instructions.push(ins)
    }
  }
  return { args, stages }
}

/** The entry file (and arguments) of an npm script that runs `tsx <file> …`. */
function scriptEntry(name: string): string[] {
  const script = pkg.scripts[name]
  expect(script).toBeDefined()
  const words = script!.split(/\s+/)
  expect(words[0]).toBe('tsx')
  return words.slice(1)
}

describe('docker/compose.yml', () => {
  test('has the services of `npm run dev`: Postgres, Redis, anvil, the migration step, the API and the workers', () => {
    expect(Object.keys(services).sort()).toEqual(['anvil', 'api', 'migrate', 'postgres', 'redis', 'workers'])
    for (const name of ['anvil', 'api', 'migrate', 'workers']) {
      expect(services[name]!.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' })
      expect(services[name]!.init).toBe(true)
    }
    expect(existsSync(join(ROOT, 'docker', services.api!.build!.context, services.api!.build!.dockerfile))).toBe(true)
  })

  test('sets only environment variables that the configuration schema reads, and they parse', () => {
    expect(ENV_KEYS).toContain('SHUTDOWN_TIMEOUT_SECONDS')
    for (const [name, s] of ours) {
      for (const key of Object.keys(s.environment ?? {})) {
        if (!ENV_KEYS.includes(key)) throw new Error(`compose service ${name} sets ${key}, which src/config/index.ts does not read`)
      }
    }
    for (const name of ['api', 'workers', 'migrate']) {
      const env = services[name]!.environment!
      expect(() => loadConfig(env)).not.toThrow()
    }
  })

  test('the API listens on the configured default port, the chain is the local anvil chain of `npm run dev`', () => {
    const defaults = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: DOTENV.LOCAL_MASTER_KEY })
    const config = loadConfig(services.api!.environment!)
    expect(defaults.http.port).toBe(3000)
    expect(config.http.port).toBe(defaults.http.port)
    expect(config.http.host).toBe('0.0.0.0')
    expect(services.api!.ports).toEqual([`${defaults.http.port}:${defaults.http.port}`])
    expect(services.api!.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${defaults.http.port}/readyz`)
    const workerMetricsPort = Number(services.workers!.environment!.METRICS_PORT ?? defaults.metrics.port)
    expect(services.workers!.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${workerMetricsPort}/healthz`)
    expect(readFileSync(resolve(ROOT, 'docker/prometheus/prometheus.yml'), 'utf8')).toContain(`workers:${workerMetricsPort}`)

    // the one chain: DEFAULT_LOCAL_CHAIN, reached at the anvil service instead of 127.0.0.1
    expect(config.chains).toHaveLength(1)
    const chain = config.chains[0]!
    expect({ ...chain, rpcUrls: DEFAULT_LOCAL_CHAIN.rpcUrls }).toEqual(defaults.chains[0])
    const rpc = new URL(chain.rpcUrls[0]!)
    expect(rpc.hostname).toBe('anvil')
    expect(Number(rpc.port)).toBe(defaults.dev.anvilPort)
    expect(Number(new URL(DEFAULT_LOCAL_CHAIN.rpcUrls[0]!).port)).toBe(defaults.dev.anvilPort)

    // anvil runs as src/dev/anvil.ts starts it for `npm run dev`
    const cmd = services.anvil!.command!
    const flag = (f: string) => cmd[cmd.indexOf(f) + 1]
    expect(cmd[0]).toBe('anvil')
    expect(Number(flag('--chain-id'))).toBe(DEFAULT_LOCAL_CHAIN.chainId)
    expect(Number(flag('--port'))).toBe(defaults.dev.anvilPort)
    expect(Number(flag('--block-time'))).toBe(defaults.dev.anvilBlockTime)
    expect(flag('--mnemonic')).toBe(ANVIL_MNEMONIC)
    expect(flag('--host')).toBe('0.0.0.0')
    expect(services.anvil!.ports).toEqual([`${defaults.dev.anvilPort}:${defaults.dev.anvilPort}`])
    expect(services.anvil!.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${defaults.dev.anvilPort}`)
    expect(services.anvil!.healthcheck!.test.join(' ')).toContain(`===${DEFAULT_LOCAL_CHAIN.chainId}`)
    // its state lives in DATA_DIR's default place, on a volume
    expect(flag('--state')).toBe(`/app/${relative(process.cwd(), defaults.dataDir)}/anvil-state.json`)
    expect(services.anvil!.volumes).toEqual(['anvil-state:/app/.custody'])
  })

  test('the api, workers and migrate commands run the entry files of package.json\'s scripts', () => {
    const entry = entrypointCommands()
    for (const name of ['api', 'workers', 'migrate']) {
      const cmd = services[name]!.command!
      expect(cmd).toEqual([name])
      const words = entry.get(name)
      expect(words).toBeDefined()
      expect(words!.slice(0, 3)).toEqual(['node', '--import', 'tsx'])
      expect(words!.slice(3)).toEqual(scriptEntry(name))
      expect(existsSync(join(ROOT, words![3]!))).toBe(true)
    }
    expect(entry.get('cli')!.slice(3)).toEqual(scriptEntry('cli'))
  })

  test('the anvil command runs the npm-packaged anvil that src/dev/anvil.ts finds', () => {
    const words = entrypointCommands().get('anvil')!
    expect(words).toHaveLength(1)
    const inImage = words[0]!.replace(/^\/app\//, '')
    const pkgName = /^node_modules\/(@foundry-rs\/anvil-[a-z0-9-]+)\/bin\/anvil$/.exec(inImage)?.[1]
    expect(pkgName).toBeDefined()
    expect(pkg.optionalDependencies?.[pkgName!]).toBeDefined()
    if (process.platform === 'linux' && process.arch === 'x64') expect(relative(ROOT, anvilBinary())).toBe(inImage)
  })

  test('health checks and start order: migrations complete before the API and the workers start', () => {
    for (const name of ['postgres', 'redis', 'anvil', 'api', 'workers']) expect(services[name]!.healthcheck?.test.length).toBeGreaterThan(0)
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, { condition }] of Object.entries(s.depends_on ?? {})) {
        expect(services[dep]).toBeDefined()
        if (condition === 'service_healthy' && !services[dep]!.healthcheck) throw new Error(`${name} waits for ${dep} to be healthy, which has no healthcheck`)
      }
    }
    for (const name of ['api', 'workers']) {
      const deps = services[name]!.depends_on!
      expect(deps.migrate).toEqual({ condition: 'service_completed_successfully' })
      for (const d of ['postgres', 'redis', 'anvil']) expect(deps[d]).toEqual({ condition: 'service_healthy' })
      expect(services[name]!.restart).toBe('unless-stopped')
    }
    expect(services.migrate!.depends_on!.postgres).toEqual({ condition: 'service_healthy' })
    expect(services.migrate!.restart).toBe('no')
  })

  test('Docker waits longer than SHUTDOWN_TIMEOUT_SECONDS before it kills the api and workers', () => {
    for (const name of ['api', 'workers']) {
      const timeout = loadConfig(services[name]!.environment!).shutdown.timeoutSeconds
      const grace = /^(\d+)s$/.exec(services[name]!.stop_grace_period ?? '')
      expect(grace).not.toBeNull()
      expect(Number(grace![1])).toBeGreaterThan(timeout)
    }
  })

  test('secrets come from docker/.env, which git ignores; the example file names every variable compose requires', () => {
    const raw = read('docker/compose.yml')
    expect(raw).toMatch(/LOCAL_MASTER_KEY: \$\{LOCAL_MASTER_KEY:\?/)
    const required = [...raw.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!)
    const example = read('docker/.env.example')
    for (const v of new Set(required)) expect(example).toMatch(new RegExp(`^${v}=$`, 'm'))
    expect(read('.gitignore').split('\n')).toContain('.env')
  })
})

describe('docker/Dockerfile', () => {
  const { args, stages } = dockerfileStages()
  const final = stages[stages.length - 1]!
  const ops = (s: Stage, op: string) => s.instructions.filter((i) => i.op === op).map((i) => i.args)

  test('builds on a Node that package.json accepts', () => {
    const major = Number(args.NODE_VERSION)
    const min = Number(/>=\s*(\d+)/.exec(pkg.engines.node)![1])
    expect(major).toBeGreaterThanOrEqual(min)
    expect(Number(process.versions.node.split('.')[0])).toBe(major) // the tests run on the image's Node
    for (const s of stages) expect(s.from).toBe('node:${NODE_VERSION}-bookworm-slim')
  })

  test('the final stage runs as a non-root user and takes production dependencies only (npm ci --omit=dev)', () => {
    const users = ops(final, 'USER')
    expect(users.length).toBeGreaterThan(0)
    expect(['root', '0']).not.toContain(users[users.length - 1])
    const runAll = stages.flatMap((s) => ops(s, 'RUN')).join('\n')
    expect(runAll).not.toMatch(/npm (ci|install)(?![^\n&]*--omit=dev)/)
    const modules = ops(final, 'COPY').find((a) => / \.\/node_modules$/.test(a))
    const from = /--from=(\S+)/.exec(modules ?? '')?.[1]
    expect(from).toBeDefined()
    const depsStage = stages.find((s) => s.name === from)!
    expect(ops(depsStage, 'RUN').join('\n')).toMatch(/npm ci --omit=dev/)
    expect(ops(final, 'RUN').join('\n')).not.toMatch(/npm (ci|install)/)
  })

  test('the final stage has the Prisma client generated where prisma/schema.prisma puts it', () => {
    const output = /output\s*=\s*"([^"]+)"/.exec(read('prisma/schema.prisma'))![1]!
    const generated = relative(ROOT, resolve(ROOT, 'prisma', output)) // src/generated/prisma
    expect(generated.startsWith('src/generated')).toBe(true)
    const copy = ops(final, 'COPY').find((a) => a.includes('/app/src/generated'))
    expect(copy).toMatch(/^--from=(\S+) \/app\/src\/generated \.\/src\/generated$/)
    const from = stages.find((s) => s.name === /--from=(\S+)/.exec(copy!)![1])!
    expect(ops(from, 'RUN').join('\n')).toContain('node scripts/prisma-generate.mjs')
    expect(pkg.scripts['db:generate']).toBe('node scripts/prisma-generate.mjs')
  })

  test('every file it copies from the context exists and is let in by Dockerfile.dockerignore', () => {
    const ignore = read('docker/Dockerfile.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
    expect(ignore[0]).toBe('*') // an allowlist
    const allowed = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/$/, ''))
    const excluded = ignore.slice(1).filter((l) => !l.startsWith('!')).map((l) => l.replace(/\/$/, ''))
    let n = 0
    for (const s of stages) {
      for (const args of ops(s, 'COPY')) {
        if (args.startsWith('--from=')) continue
        const words = args.split(/\s+/).filter((w) => !w.startsWith('--'))
        for (const src of words.slice(0, -1)) {
          n++
          const path = src.replace(/^\.\//, '').replace(/\/$/, '')
          if (!existsSync(join(ROOT, path))) throw new Error(`COPY ${src}: no such file in the repository`)
          if (!allowed.some((a) => path === a || path.startsWith(`${a}/`))) throw new Error(`COPY ${src} is not let in by docker/Dockerfile.dockerignore`)
        }
      }
    }
    expect(n).toBeGreaterThan(5)
    expect(excluded).toContain('src/generated')
    for (const secret of ['.env', '.custody', 'node_modules']) expect(allowed).not.toContain(secret)
  })

  test('its entry point is the exec-form docker/entrypoint.sh, which execs node (signals reach it)', () => {
    const entrypoint = ops(final, 'ENTRYPOINT')
    expect(entrypoint).toEqual(['["/app/docker/entrypoint.sh"]'])
    expect(ops(final, 'COPY')).toContain('docker/entrypoint.sh docker/entrypoint.sh')
    expect(statSync(join(ROOT, 'docker/entrypoint.sh')).mode & 0o111).not.toBe(0)
    expect(JSON.parse(ops(final, 'CMD')[0]!)).toEqual(['api'])
    for (const [, words] of entrypointCommands()) expect(words.length).toBeGreaterThan(0)
    expect(read('docker/entrypoint.sh')).not.toMatch(/^\s*(npm|npx) /m)
    const defaults = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: DOTENV.LOCAL_MASTER_KEY })
    expect(ops(final, 'EXPOSE')).toEqual([String(defaults.http.port)])
  })

  test('no secret or configuration value is baked into the image', () => {
    const env = stages.flatMap((s) => [...ops(s, 'ENV'), ...ops(s, 'ARG')]).map((a) => a.split(/[=\s]/)[0]!)
    for (const name of env) {
      if (ENV_KEYS.includes(name) && name !== 'NODE_ENV') throw new Error(`the Dockerfile sets ${name}; configuration belongs to the environment at run time`)
    }
    expect(env.filter((n) => /KEY|PIN|SECRET|PASSWORD|TOKEN/.test(n))).toEqual([])
  })
})

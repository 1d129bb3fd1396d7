/**
 * Operator commands: `npm run cli -- <command>`.
 *
 *   migrate                                   create the database if missing, apply migrations
 *   api-keys create --name N --scopes a,b     create an API key (printed once); options:
 *            [--client <clientId>] [--allowed-ips <cidr,cidr>] [--rate-limit <requests per window>]
 *            [--identity <person or team>] (required with approver or admin; the operator's key is active
 *            at once: this is how the first admins of separate identities are set up)
 *   api-keys list [--client <clientId>] [--all]   list keys (active only unless --all), never secrets
 *   api-keys revoke <keyId>                   revoke a key (final)
 *   kek-rotations start                       re-wrap every data key under the current KEK, here and now
 *   kek-rotations resume <id>                 continue a stopped rotation after its last re-wrapped key
 *   kek-rotations status [<id>]               show a rotation (default: the latest)
 *   ledger check                              verify every ledger invariant; exit 1 on a violation
 *
 * The api-keys commands are admin actions: each is recorded in the audit log (actor `cli`, the OS user).
 */
import { userInfo } from 'node:os'
import { loadConfig } from '../config'
import { createDb, type Db } from '../db/client'
import { ensureDatabase, migrate } from '../db/migrator'
import { createApiKey, isPrivileged, SCOPES } from '../domain/apiKeys/apiKeys'
import { listKekRotationViews, getKekRotationView } from '../domain/custody/queries'
import { resumeKekRotation } from '../domain/custody/resumeKekRotation'
import { runKekRotation } from '../domain/custody/runKekRotation'
import { startKekRotation } from '../domain/custody/startKekRotation'
import type { KekRotationView } from '../domain/views'
import { createLogger } from '../lib/logger'
import { createRuntime } from '../runtime'
import { checkLedger } from '../domain/ledger/checkLedger'
import { listApiKeyViews } from '../domain/apiKeys/queries'
import { revokeApiKey } from '../domain/apiKeys/revokeApiKey'
import { recordAuditEvent } from '../domain/audit/recordAuditEvent'
import { AppError } from '../lib/errors'
import { PreflightError, checkPostgres } from '../main/preflight'

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

function operator(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}

/** Runs an admin action and records it in the audit log, whether it succeeds or fails. */
async function audited<T>(db: Db, operation: string, resource: (r: T | undefined) => { type: string; id: string } | null, f: () => Promise<T>): Promise<T> {
  let result: T | undefined
  let status = 200
  let code: string | null = null
  try {
    result = await f()
    return result
  } catch (e) {
    status = e instanceof AppError ? e.status : 500
    code = e instanceof AppError ? e.code : 'internal'
    throw e
  } finally {
    const res = resource(result)
    await recordAuditEvent(db, {
      actorType: 'cli',
      apiKeyId: null,
      clientId: null,
      actor: operator(),
      operation: `cli:${operation}`,
      method: null,
      path: null,
      resourceType: res?.type ?? null,
      resourceId: res?.id ?? null,
      ip: null,
      requestId: null,
      status,
      code,
    })
  }
}

async function main(argv: string[]): Promise<number> {
  const [cmd, sub, ...rest] = argv
  const config = loadConfig()
  if (cmd === 'migrate') {
    await checkPostgres(config)
    await ensureDatabase(config.database.url)
    const r = await migrate(config.database.url)
    console.log(r.applied.length ? `applied: ${r.applied.join(', ')}` : 'migrations up to date')
    return 0
  }
  if (cmd === 'api-keys' && sub === 'create') {
    await checkPostgres(config)
    const scopes = (flag(rest, 'scopes') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    if (!scopes.length) throw new AppError('validation_failed', `--scopes is required (any of: ${SCOPES.join(', ')})`)
    const allowedCidrs = (flag(rest, 'allowed-ips') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    const rateLimitText = flag(rest, 'rate-limit')
    if (rateLimitText !== undefined && !/^[1-9][0-9]{0,6}$/.test(rateLimitText)) throw new AppError('validation_failed', '--rate-limit must be a positive integer (requests per window)')
    const clientId = flag(rest, 'client')
    const identity = flag(rest, 'identity')
    if (isPrivileged(scopes) && !identity) throw new AppError('validation_failed', '--identity <person or team> is required for a key with the approver or admin scope')
    const db = createDb({ url: config.database.url, poolSize: 1 })
    try {
      const k = await audited(db, 'api-keys.create', (r) => (r ? { type: 'apiKey', id: r.record.id } : null), () =>
        createApiKey(db, {
          name: flag(rest, 'name') ?? 'cli',
          scopes,
          allowedCidrs,
          ...(clientId ? { clientId } : {}),
          ...(rateLimitText ? { rateLimit: Number(rateLimitText) } : {}),
          ...(identity ? { approverIdentity: identity } : {}),
        }),
      )
      console.log(JSON.stringify({ id: k.record.id, clientId: k.record.clientId, scopes: k.record.scopes, allowedCidrs: k.record.allowedCidrs, rateLimit: k.record.rateLimit, approverIdentity: k.record.approverIdentity, key: k.key }, null, 2))
      console.error('The key is shown once and stored only hashed.')
    } finally {
      await db.$disconnect()
    }
    return 0
  }
  if (cmd === 'kek-rotations' && (sub === 'start' || sub === 'resume' || sub === 'status')) {
    await checkPostgres(config)
    // Logs go to stderr at warn and above; progress lines go to stdout.
    const rt = createRuntime(config, { logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr) })
    const show = (v: KekRotationView) =>
      console.log(`${v.id} ${v.backend} → ${v.targetKekId}: ${v.status}, ${v.rewrapped}/${v.total} re-wrapped${v.lastError ? ` (${v.lastError})` : ''}`)
    try {
      if (sub === 'status') {
        const id = rest[0]
        const v = id ? await getKekRotationView(rt, id) : (await listKekRotationViews(rt, { limit: 1 }))[0]
        if (!v) console.log('no KEK rotation yet')
        else show(v)
        return 0
      }
      const started = sub === 'start' ? await startKekRotation(rt, null, { enqueue: false }) : await resumeKekRotation(rt, requireId(rest[0]), { enqueue: false })
      show(started)
      const done = started.status === 'running' ? await runKekRotation(rt, started.id, { onProgress: show }) : started
      show(done)
      return done.status === 'completed' ? 0 : 1
    } finally {
      await rt.close()
    }
  }
  if (cmd === 'ledger' && sub === 'check') {
    await checkPostgres(config)
    const db = createDb({ url: config.database.url, poolSize: 2 })
    try {
      const report = await checkLedger({ db })
      for (const c of report.checks) console.error(`${c.violations ? 'FAIL' : 'ok  '} ${c.name}: ${c.description}${c.violations ? ` (${c.violations} violation(s))` : ''}`)
      console.log(JSON.stringify(report, null, 2))
      console.error(report.ok ? 'the ledger holds every invariant' : 'the ledger violates invariants (samples above)')
      return report.ok ? 0 : 1
    } finally {
      await db.$disconnect()
    }
  }
  if (cmd === 'api-keys' && sub === 'list') {
    await checkPostgres(config)
    const clientId = flag(rest, 'client')
    const db = createDb({ url: config.database.url, poolSize: 1 })
    try {
      const keys = await listApiKeyViews({ db }, { ...(clientId ? { clientId } : {}), ...(rest.includes('--all') ? {} : { revoked: false }) }, { limit: 200 })
      console.log(JSON.stringify(keys, null, 2))
    } finally {
      await db.$disconnect()
    }
    return 0
  }
  if (cmd === 'api-keys' && sub === 'revoke') {
    await checkPostgres(config)
    const id = rest[0]
    if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('validation_failed', 'usage: api-keys revoke <keyId> (the id, not the key)')
    const db = createDb({ url: config.database.url, poolSize: 1 })
    try {
      const k = await audited(db, 'api-keys.revoke', () => ({ type: 'apiKey', id }), () => revokeApiKey(db, id))
      console.log(JSON.stringify(k, null, 2))
    } finally {
      await db.$disconnect()
    }
    return 0
  }
  console.error(
    'usage: npm run cli -- migrate\n' +
      '       npm run cli -- api-keys create --name <name> --scopes <a,b> [--client <clientId>] [--allowed-ips <cidr,cidr>] [--rate-limit <n>] [--identity <person or team>]\n' +
      '       npm run cli -- api-keys list [--client <clientId>] [--all]\n' +
      '       npm run cli -- api-keys revoke <keyId>\n' +
      '       npm run cli -- kek-rotations start | kek-rotations resume <id> | kek-rotations status [<id>]\n' +
      '       npm run cli -- ledger check',
  )
  return 2
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof PreflightError || e instanceof AppError) console.error(`error: ${e.message}`)
    else console.error(e)
    process.exit(1)
  },
)

function requireId(id: string | undefined): string {
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('validation_failed', 'kek-rotations resume needs the rotation id')
  return id
}

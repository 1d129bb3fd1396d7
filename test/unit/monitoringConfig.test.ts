/**
 * The monitoring files under docker/ cannot drift from the code: every metric name the Grafana
 * dashboard and the Prometheus rules use is declared in src/lib/metrics.ts (or is one of prom-client's
 * default process metrics with our prefix), the YAML parses, and every alert says what to do.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectDefaultMetrics, Registry } from 'prom-client'
import { parse } from 'yaml'
import { declaredMetricNames, registry } from '../../src/lib/metrics'
import { checkMetricsToken } from '../../src/http/ops'

const ROOT = join(__dirname, '../..')
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8')

/** Names a PromQL expression may use for the declared metrics (histograms expose _bucket, _count, _sum). */
function knownNames(): Set<string> {
  const known = new Set<string>()
  const defaults = new Registry()
  collectDefaultMetrics({ register: defaults, prefix: 'custody_' })
  for (const m of [...registry.getMetricsAsArray(), ...defaults.getMetricsAsArray()]) {
    known.add(m.name)
    const type = (m as unknown as { type: string }).type
    if (type === 'histogram') for (const s of ['_bucket', '_count', '_sum']) known.add(m.name + s)
    if (type === 'summary') for (const s of ['_count', '_sum']) known.add(m.name + s)
  }
  return known
}

function metricNamesIn(expr: string): string[] {
  return [...expr.matchAll(/\b(custody_[a-z0-9_]+)\b/g)].map((m) => m[1]!)
}

interface Rule {
  alert?: string
  record?: string
  expr: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
}

const rules = (): Rule[] => (parse(read('docker/prometheus/alerts.yml')) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules)

function dashboardExprs(): string[] {
  const dash = JSON.parse(read('docker/grafana/custody-dashboard.json')) as { panels: { type: string; title: string; targets?: { expr: string }[] }[] }
  return dash.panels.filter((p) => p.type !== 'row').flatMap((p) => (p.targets ?? []).map((t) => t.expr))
}

describe('monitoring configuration', () => {
  test('every metric of the dashboard and of the alert rules is declared in src/lib/metrics.ts', () => {
    const known = knownNames()
    const used = [...dashboardExprs(), ...rules().map((r) => r.expr)].flatMap(metricNamesIn)
    expect(used.length).toBeGreaterThan(30)
    expect([...new Set(used)].filter((n) => !known.has(n))).toEqual([])
  })

  test('the check notices an undeclared name', () => {
    expect(metricNamesIn('rate(custody_nope_total[5m]) + custody_withdrawals').filter((n) => !knownNames().has(n))).toEqual(['custody_nope_total'])
  })

  test('the dashboard shows every declared metric, and the rules cover the on-call cases', () => {
    const shown = new Set(dashboardExprs().flatMap(metricNamesIn).map((n) => n.replace(/_(bucket|count|sum)$/, '')))
    expect(declaredMetricNames().filter((n) => !shown.has(n))).toEqual([])
    const alerts = rules().filter((r) => r.alert)
    const text = alerts.map((r) => r.expr).join('\n')
    for (const m of ['custody_withdrawals_stuck', 'custody_chain_blocks_behind_head', 'custody_queue_jobs', 'custody_reconciliation_mismatched_accounts', 'custody_signer_errors_total', 'custody_signer_duration_seconds_bucket', 'custody_hot_wallet_balance', 'up{']) {
      expect(text).toContain(m)
    }
    // webhook failures and API 5xx go through recording rules
    expect(text).toContain('custody:webhook_failure_ratio:rate15m')
    expect(text).toContain('custody:http_5xx_ratio:rate5m')
  })

  test('every alert has a severity, a summary and a description saying what to do', () => {
    const alerts = rules().filter((r) => r.alert)
    expect(alerts.length).toBeGreaterThanOrEqual(10)
    for (const a of alerts) {
      expect([a.alert, a.labels?.severity]).toEqual([a.alert, expect.stringMatching(/^(page|ticket)$/)])
      expect(a.annotations?.summary).toBeTruthy()
      expect((a.annotations?.description ?? '').length).toBeGreaterThan(40)
    }
    const names = new Set(rules().map((r) => r.record).filter(Boolean))
    for (const a of alerts) for (const m of a.expr.matchAll(/\b(custody:[a-z0-9_:]+)/g)) expect(names).toContain(m[1])
  })

  test('the Prometheus configuration scrapes the API and the workers and loads the rules', () => {
    const cfg = parse(read('docker/prometheus/prometheus.yml')) as { rule_files: string[]; scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[] }
    expect(cfg.rule_files).toEqual(['/etc/prometheus/alerts.yml'])
    expect(Object.fromEntries(cfg.scrape_configs.map((c) => [c.job_name, c.static_configs.flatMap((s) => s.targets)]))).toEqual({ 'custody-api': ['api:3000'], 'custody-workers': ['workers:9464'] })
    // the job names the alerts and the dashboard filter on
    expect(read('docker/prometheus/alerts.yml')).toContain('job=~"custody-api|custody-workers"')
  })
})

describe('metrics token', () => {
  test('no token configured: open', () => {
    expect(() => checkMetricsToken(undefined, undefined)).not.toThrow()
  })
  test('token configured: the right bearer passes, anything else is unauthorized', () => {
    const token = 'a-long-metrics-token-123'
    expect(() => checkMetricsToken(`Bearer ${token}`, token)).not.toThrow()
    for (const h of [undefined, '', `Bearer ${token}x`, `Basic ${token}`, token]) {
      expect(() => checkMetricsToken(h, token)).toThrow(expect.objectContaining({ code: 'unauthorized' }))
    }
  })
})

test('a worker metrics port already taken is one clear error, not a stack trace', async () => {
  const { createServer } = await import('node:http')
  const { startMetricsServer } = await import('../../src/main/metricsServer')
  const { PreflightError } = await import('../../src/main/preflight')
  const { createLogger } = await import('../../src/lib/logger')
  const taken = createServer()
  await new Promise<void>((res) => taken.listen(0, '127.0.0.1', () => res()))
  const port = (taken.address() as { port: number }).port
  try {
    const err = await startMetricsServer({ metrics: { port, host: '127.0.0.1' } }, createLogger('silent')).then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(PreflightError)
    expect((err as Error).message).toMatch(new RegExp(`METRICS_PORT ${port} .* already in use`))
    const free = await startMetricsServer({ metrics: { port: 0, host: '127.0.0.1' } }, createLogger('silent'))
    expect((await fetch(`${free.url}/healthz`)).status).toBe(200)
    await free.close()
  } finally {
    taken.close()
  }
})

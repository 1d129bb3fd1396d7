/**
 * Webhooks, pure parts: Standard Webhooks signatures (spec vector and the independent library), the
 * real retry schedule and Retry-After, SSRF address classes and URL vetting, event filters, the
 * catalogue against what the code emits, configuration, and request batching.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Webhook } from 'standardwebhooks'
import { DEFAULT_RETRY_SCHEDULE, parseDurations, webhookConfig } from '../../src/config/webhooks'
import { loadConfig } from '../../src/config'
import { EVENT_TYPES, isKnownEventFilter, matchesEventFilter } from '../../src/domain/webhooks/eventTypes'
import { nextRetryDelay, parseRetryAfter } from '../../src/domain/webhooks/retrySchedule'
import { newWebhookSecret, secretKey, signatureHeader } from '../../src/domain/webhooks/signature'
import { classifyAddress, refusalOf, UrlGuard, type Resolver } from '../../src/domain/webhooks/urlPolicy'
import { Batcher } from '../../src/lib/batcher'
import { AppError } from '../../src/lib/errors'

const S = 1000
const M = 60 * S
const H = 60 * M

describe('Standard Webhooks signatures', () => {
  test('the example of the specification', () => {
    const key = secretKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
    expect(signatureHeader([key], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')
  })

  test('a header with two signatures verifies with either secret in the standardwebhooks library, and not with a third', () => {
    const a = newWebhookSecret()
    const b = newWebhookSecret()
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    const body = JSON.stringify({ type: 'deposit.confirmed', timestamp: new Date().toISOString(), data: { id: 'x' } })
    const ts = Math.floor(Date.now() / 1000)
    const headers = { 'webhook-id': '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e', 'webhook-timestamp': String(ts), 'webhook-signature': signatureHeader([secretKey(b), secretKey(a)], '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e', ts, body) }
    expect(new Webhook(a).verify(body, headers)).toEqual(JSON.parse(body))
    expect(new Webhook(b).verify(body, headers)).toEqual(JSON.parse(body))
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow()
    expect(() => new Webhook(a).verify(body.replace('x', 'y'), headers)).toThrow()
  })
})

describe('retry schedule', () => {
  test('the default is the issue\'s schedule: 10 attempts over about 3 days', () => {
    const s = parseDurations(DEFAULT_RETRY_SCHEDULE)
    expect(s).toEqual([5 * S, 5 * M, 30 * M, 2 * H, 5 * H, 10 * H, 14 * H, 20 * H, 24 * H])
    const total = s.reduce((a, b) => a + b, 0)
    expect(total / (24 * H)).toBeGreaterThan(3)
    expect(total / (24 * H)).toBeLessThan(3.3)
    const c = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: 'ab'.repeat(32) })
    expect(c.webhooks.retryScheduleMs).toEqual(s)
    expect(c.webhooks.timeoutMs).toBe(15_000)
    expect(c.webhooks.disableAfterMs).toBe(5 * 24 * H)
  })

  test('each delay gets ±10 % jitter; after the last retry the delivery fails', () => {
    const s = parseDurations(DEFAULT_RETRY_SCHEDULE)
    expect(nextRetryDelay(s, 1, undefined, () => 0)).toBe(4500)
    expect(nextRetryDelay(s, 1, undefined, () => 0.999999)).toBe(5500)
    expect(nextRetryDelay(s, 2, undefined, () => 0.5)).toBe(5 * M)
    for (let i = 0; i < 200; i++) {
      const d = nextRetryDelay(s, 9)!
      expect(d).toBeGreaterThanOrEqual(24 * H * 0.9)
      expect(d).toBeLessThanOrEqual(24 * H * 1.1)
    }
    expect(nextRetryDelay(s, 10)).toBeNull()
  })

  test('Retry-After (seconds or HTTP date) is honoured: never earlier, capped at 24 h', () => {
    const now = Date.parse('2026-11-21T10:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120 * S)
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:05:00 GMT', now)).toBe(5 * M)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    const s = parseDurations(DEFAULT_RETRY_SCHEDULE)
    expect(nextRetryDelay(s, 1, 60 * S, () => 0.5)).toBe(60 * S)
    expect(nextRetryDelay(s, 2, 1 * S, () => 0.5)).toBe(5 * M)
    expect(nextRetryDelay(s, 1, 30 * 24 * H, () => 0.5)).toBe(24 * H)
  })

  test('durations accept ms, s, m, h, d and refuse garbage', () => {
    expect(parseDurations('250ms,1.5s,2m,1h,1d,7')).toEqual([250, 1500, 2 * M, H, 24 * H, 7 * S])
    expect(() => parseDurations('5 minutes')).toThrow(AppError)
    expect(() => parseDurations('')).toThrow(AppError)
  })
})

describe('SSRF: which addresses may be called', () => {
  test.each([
    ['93.184.216.34', 'public'],
    ['2606:2800:220:1:248:1893:25c8:1946', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.100.100.200', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link_local'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['64:ff9b::a9fe:a9fe', 'link_local'],
    ['fe80::1', 'link_local'],
    ['fd00:ec2::254', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['2002:7f00:1::', 'loopback'],
    // issue 13, L3: IPv6 forms that carry a private IPv4 address, and ranges that are not global unicast
    ['::7f00:1', 'loopback'], // IPv4-compatible ::/96
    ['::127.0.0.1', 'loopback'],
    ['::a00:1', 'private'],
    ['::a9fe:a9fe', 'link_local'],
    ['::8.8.8.8', 'reserved'], // deprecated (RFC 4291): never public
    ['::ffff:0:7f00:1', 'loopback'], // IPv4-translated ::ffff:0:0:0/96
    ['::ffff:0:a00:1', 'private'],
    ['::ffff:0:808:808', 'reserved'],
    ['::ffff:a00:1', 'private'], // IPv4-mapped, hex form
    ['64:ff9b::a00:1', 'private'], // NAT64 well-known prefix
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b:1::a00:1', 'private'], // NAT64 local-use prefix (RFC 8215)
    ['64:ff9b:1:ffff::808:808', 'private'],
    ['fec0::1', 'private'], // site-local (RFC 3879)
    ['feff::1', 'private'],
    ['2002:a00:1::1', 'private'], // 6to4 of 10.0.0.1
    ['2002:c0a8:101::1', 'private'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'reserved'], // Teredo
    ['2001::', 'reserved'],
    ['2001:2::1', 'reserved'], // benchmarking
    ['3fff::1', 'reserved'], // documentation (RFC 9637)
    ['5f00::1', 'reserved'], // SRv6 SIDs
    ['::1:0:0:0', 'reserved'], // outside global unicast: never public
    ['4000::1', 'reserved'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::808:808', 'public'],
    ['2002:808:808::1', 'public'],
  ])('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls)
  })

  test('allowed networks open loopback or private ranges, never link-local or metadata', () => {
    const closed = { allowHttp: true, allowedNetworks: [] }
    const open = { allowHttp: true, allowedNetworks: ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '0.0.0.0/0', '::/0'] }
    expect(refusalOf('93.184.216.34', closed)).toBeNull()
    expect(refusalOf('127.0.0.1', closed)).toMatch(/loopback/)
    expect(refusalOf('10.0.0.5', closed)).toMatch(/private/)
    expect(refusalOf('127.0.0.1', open)).toBeNull()
    expect(refusalOf('::ffff:127.0.0.1', open)).toBeNull()
    expect(refusalOf('10.0.0.5', open)).toBeNull()
    expect(refusalOf('169.254.169.254', open)).toMatch(/always refused/)
    expect(refusalOf('fd00:ec2::254', open)).toMatch(/always refused/)
    expect(refusalOf('fe80::1', open)).toMatch(/always refused/)
  })

  test('an allowed IPv4 network opens the IPv4-mapped form of its addresses only, not other IPv6 embeddings', () => {
    const ten = { allowHttp: true, allowedNetworks: ['10.0.0.0/8'] }
    expect(refusalOf('::ffff:10.0.0.1', ten)).toBeNull()
    expect(refusalOf('::a00:1', ten)).toMatch(/private address, as an IPv4-compatible address of 10\.0\.0\.1/)
    expect(refusalOf('64:ff9b::a00:1', ten)).toMatch(/as a NAT64 address of 10\.0\.0\.1/)
    expect(refusalOf('2002:a00:1::1', ten)).toMatch(/as a 6to4 address of 10\.0\.0\.1/)
  })

  test('URL vetting: scheme, credentials, and every resolved address (DNS rebinding is checked each time)', async () => {
    let answer = [{ address: '93.184.216.34', family: 4 as const }]
    const resolver: Resolver = async () => answer
    const prod = new UrlGuard({ allowHttp: false, allowedNetworks: [] }, resolver)
    await expect(prod.vet('https://hooks.example/x')).resolves.toMatchObject({ addresses: answer })
    await expect(prod.vet('http://hooks.example/x')).rejects.toMatchObject({ code: 'webhook_url_refused', message: 'the URL must be https' })
    await expect(prod.vet('https://u:p@hooks.example/x')).rejects.toMatchObject({ code: 'webhook_url_refused' })
    await expect(prod.vet('https://127.0.0.1/x')).rejects.toMatchObject({ message: expect.stringMatching(/loopback/) })
    await expect(prod.vet('https://[::1]/x')).rejects.toMatchObject({ message: expect.stringMatching(/loopback/) })
    await expect(prod.vet('https://2130706433/x')).rejects.toMatchObject({ message: expect.stringMatching(/loopback/) })
    // the name now resolves to a public and a private address: refused
    answer = [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.1', family: 4 }]
    await expect(prod.vet('https://hooks.example/x')).rejects.toMatchObject({ message: expect.stringMatching(/hooks\.example resolves to 10\.0\.0\.1/) })
    answer = []
    await expect(prod.vet('https://hooks.example/x')).rejects.toMatchObject({ message: expect.stringMatching(/does not resolve/) })
    const dev = new UrlGuard({ allowHttp: true, allowedNetworks: ['127.0.0.0/8'] }, async () => [{ address: '127.0.0.1', family: 4 }])
    await expect(dev.vet('http://localhost:3001/hooks')).resolves.toBeTruthy()
  })
})

describe('event catalogue', () => {
  test('filters: exact types and groups; an empty filter receives everything', () => {
    expect(matchesEventFilter('deposit.confirmed', [])).toBe(true)
    expect(matchesEventFilter('deposit.confirmed', ['deposit.*'])).toBe(true)
    expect(matchesEventFilter('deposit.confirmed', ['deposit.detected'])).toBe(false)
    expect(matchesEventFilter('depositx.confirmed', ['deposit.*'])).toBe(false)
    expect(matchesEventFilter('sweep.mined', ['withdrawal.*', 'sweep.mined'])).toBe(true)
    expect(isKnownEventFilter('sweep.*')).toBe(true)
    expect(isKnownEventFilter('withdrawal.stuck')).toBe(true)
    expect(isKnownEventFilter('nope.*')).toBe(false)
    expect(isKnownEventFilter('deposit.credit')).toBe(false)
  })

  test('every event type the code emits is in the catalogue', () => {
    const root = join(__dirname, '../../src')
    const files: string[] = []
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n)
        if (statSync(p).isDirectory()) {
          if (n !== 'generated') walk(p)
        } else if (p.endsWith('.ts')) files.push(p)
      }
    }
    walk(root)
    const emitted = new Set<string>()
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      if (!text.includes('insertEvents')) continue
      for (const line of text.split('\n')) {
        if (!/\btype:/.test(line)) continue
        for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) emitted.add(m[1]!)
      }
    }
    expect(emitted.size).toBeGreaterThanOrEqual(9)
    const missing = [...emitted].filter((t) => !(t in EVENT_TYPES))
    expect(missing).toEqual([])
  })

  test('the README lists every event type of the catalogue', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Webhooks'))
    expect(Object.keys(EVENT_TYPES).filter((t) => !section.includes(`\`${t}\``))).toEqual([])
  })
})

describe('webhook configuration', () => {
  const base = { WEBHOOK_RETRY_SCHEDULE: DEFAULT_RETRY_SCHEDULE, WEBHOOK_TIMEOUT_SECONDS: 15, WEBHOOK_DISABLE_AFTER_SECONDS: 432000, WEBHOOK_CONCURRENCY: 64, WEBHOOK_ENDPOINT_CONCURRENCY: 32, WEBHOOK_SECRET_GRACE_SECONDS: 86400, WEBHOOK_RELAY_INTERVAL_MS: 100, WEBHOOK_RELAY_BATCH_SIZE: 500, WEBHOOK_RECONCILE_SECONDS: 15, WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: 10 }

  test('production: https only and no private or loopback network unless configured; http is refused', () => {
    expect(webhookConfig(base, 'production')).toMatchObject({ allowHttp: false, allowedNetworks: [] })
    expect(() => webhookConfig({ ...base, WEBHOOK_ALLOW_HTTP: true }, 'production')).toThrow(/https/)
    expect(webhookConfig({ ...base, WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/16' }, 'production').allowedNetworks).toEqual(['10.20.0.0/16'])
  })

  test('development and tests allow http and loopback', () => {
    expect(webhookConfig(base, 'development')).toMatchObject({ allowHttp: true, allowedNetworks: ['127.0.0.0/8', '::1/128'] })
    expect(webhookConfig({ ...base, WEBHOOK_ALLOWED_NETWORKS: '' }, 'test').allowedNetworks).toEqual([])
    expect(() => webhookConfig({ ...base, WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/33' }, 'test')).toThrow(AppError)
  })

  test.each(['0.0.0.0/0', '::/0', '10.0.0.0/8,0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '8000::/1', '::ffff:0:0/96', '::/96', '::/8', '64:ff9b::/96', '2002::/16'])(
    'an allowed network that switches SSRF protection off (%s) is refused at load, in every environment',
    (networks) => {
      for (const env of ['production', 'development', 'test'] as const) {
        expect(() => webhookConfig({ ...base, WEBHOOK_ALLOWED_NETWORKS: networks }, env)).toThrow(/WEBHOOK_ALLOWED_NETWORKS: ".*" is too wide/)
      }
    },
  )

  test('the private ranges receivers live in stay accepted', () => {
    const networks = '10.0.0.0/8,127.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7,::1/128,::ffff:10.0.0.0/104,2002:a00::/24'
    expect(webhookConfig({ ...base, WEBHOOK_ALLOWED_NETWORKS: networks }, 'production').allowedNetworks).toHaveLength(8)
  })
})

describe('Batcher', () => {
  test('concurrent callers share batches and each gets its own result', async () => {
    const sizes: number[] = []
    const b = new Batcher<number, number>(async (xs) => {
      sizes.push(xs.length)
      await new Promise((r) => setTimeout(r, 5))
      return xs.map((x) => x * 2)
    }, 100)
    const out = await Promise.all(Array.from({ length: 250 }, (_, i) => b.add(i)))
    expect(out).toEqual(Array.from({ length: 250 }, (_, i) => i * 2))
    expect(sizes.length).toBeLessThan(10)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100)
    const failing = new Batcher<number, number>(async () => {
      throw new Error('db down')
    })
    await expect(failing.add(1)).rejects.toThrow('db down')
  })
})

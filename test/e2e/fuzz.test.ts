/**
 * Bad input, sent to every route of the route table (allRoutes(), so routes added later are covered):
 * malformed JSON, wrong JSON types, huge numbers, negative and fractional amounts, bad EIP-55
 * checksums, unknown fields, missing fields, oversized payloads, wrong content types, malformed path
 * parameters, query strings and Idempotency-Keys. Every answer must be a 4xx RFC 9457 problem (never a
 * 5xx), and no row may be written in any table (the audit log records the refused calls on purpose).
 */
import type { z } from 'zod'
import { createApiKey } from '../../src/domain/apiKeys/apiKeys'
import type { RouteDef } from '../../src/http/route'
import { allRoutes } from '../../src/http/routes'
import { apiDocument, exampleOf, operationOf, sampleRequest, send, tableCounts } from '../support/routeSamples'
import { startStack, type Stack } from '../support/stack'

let s: Stack
let key: string

beforeAll(async () => {
  s = await startStack({ workers: false })
  // The suite sends a few thousand requests: give its key a budget to match.
  key = (await createApiKey(s.rt.db, { name: 'fuzz', scopes: ['admin'], rateLimit: 1_000_000 })).key
})
afterAll(async () => {
  await s?.stop()
})

interface Variant {
  name: string
  method: string
  path: string
  body?: unknown
  rawBody?: string | Buffer
  headers: Record<string, string>
}

const BAD_VALUES: [string, unknown][] = [
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['a negative number', -1],
  ['a fractional number', 0.5],
  ['a huge number', 1e308],
  ['a huge negative number', -1e308],
  ['an empty string', ''],
  ['a blank string', ' '],
  ['a negative amount', '-1'],
  ['a fractional amount', '1.5'],
  ['an exponent amount', '1e18'],
  ['a hex amount', '0x10'],
  ['an amount above uint256', '1' + '0'.repeat(78)],
  ['a 10,000-character string', 'x'.repeat(10_000)],
  ['a NUL character', '\u0000'],
  ['non-ASCII digits', '١٢٣'],
  ['an object', {}],
  ['an array', []],
  ['an array of strings', ['x']],
]

const BAD_PARAMS = ['not-a-uuid', '1', "' OR 1=1 --", '%00', '%E0%A4%A', '..%2F..%2Fadmin', 'x'.repeat(300), '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5']

const BAD_QUERIES = ['limit=-1', 'limit=0', 'limit=201', 'limit=abc', 'limit=1e309', 'limit=1&limit=2', 'limit%5B%5D=1', 'cursor=!!!', `cursor=${Buffer.from('garbage').toString('base64url')}`, `cursor=${Buffer.from("1' OR '1'='1").toString('base64url')}`, 'unknownParam=1']

// Issue 13 (L2): cursors no list ever returns — tampered, of no list's kind, or out of range.
const b64 = (v: string) => Buffer.from(v, 'utf8').toString('base64url')
const TAMPERED_CURSORS = [
  b64('9999999999999999999'), // above a bigint
  b64('9223372036854775808'), // 2^63
  b64('-1'),
  b64('1.5'),
  b64('0x' + 'g'.repeat(40) + '|31337:native'),
  b64('019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e '),
  b64('\u0000'),
  'MTIz=', // padding is not base64url
  '..',
]
// Issue 13 (L2): sequence numbers and block heights out of a Postgres bigint's range.
const OUT_OF_RANGE_NUMBERS = ['9999999999999999999', '9223372036854775808', '-1', '18446744073709551616', '1e400', '1.5']

/** Flips the case of the first hex letter of an address: same bytes, broken EIP-55 checksum. */
function badChecksum(a: string): string {
  const i = [...a].findIndex((c, j) => j > 1 && /[a-fA-F]/.test(c))
  return a.slice(0, i) + (a[i] === a[i]!.toUpperCase() ? a[i]!.toLowerCase() : a[i]!.toUpperCase()) + a.slice(i + 1)
}

function variantsOf(route: RouteDef): Variant[] {
  const base = sampleRequest(route)
  const out: Variant[] = []
  const add = (name: string, v: Partial<Variant>) => out.push({ name, method: base.method, path: base.path, headers: { ...base.headers }, ...v, ...(v.headers ? { headers: { ...base.headers, ...v.headers } } : {}) })
  const json = { 'content-type': 'application/json' }
  const accepts = (schema: z.ZodType | undefined, value: unknown) => schema?.safeParse(value).success ?? false

  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(base.method)) {
    add('malformed JSON', { rawBody: '{"label": "x",', headers: json })
    add('invalid UTF-8', { rawBody: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), headers: json })
    add('a JSON number as the body', { rawBody: '1e999', headers: json })
    add('an object with a duplicate member', { rawBody: '{"x":1,"x":2}', headers: json })
  }
  if (route.body) {
    const example = (base.body ?? {}) as Record<string, unknown>
    add('a JSON array as the body', { rawBody: '[]', headers: json })
    add('a JSON string as the body', { rawBody: '"x"', headers: json })
    add('JSON null as the body', { rawBody: 'null', headers: json })
    add('an unknown field', { body: { ...example, unknownField: 'x' } })
    const [firstProp, firstValue] = Object.entries(example)[0] ?? ['label', 'x']
    add('a duplicate member', { rawBody: JSON.stringify(example).replace(/^\{/, `{${JSON.stringify(firstProp)}:${JSON.stringify(firstValue)},`), headers: json })
    add('a duplicate member spelled with an escape', { rawBody: JSON.stringify(example).replace(/^\{/, `{${JSON.stringify(firstProp).replace(/^"(.)/, (_m, c: string) => `"\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}:${JSON.stringify(firstValue)},`), headers: json })
    add('a __proto__ member', { rawBody: JSON.stringify(example).replace(/^\{/, '{"__proto__":{"admin":true},'), headers: json })
    add('a huge integer literal', { rawBody: JSON.stringify(example).replace(/^\{/, '{"n":123456789012345678901234567890123456789012345678901234567890,'), headers: json })
    add('an oversized payload (> API_BODY_LIMIT)', { body: { ...example, padding: 'x'.repeat(70_000) } })
    add('deeply nested JSON', { rawBody: '{"a":'.repeat(2000) + '1' + '}'.repeat(2000), headers: json })
    add('text/plain', { rawBody: JSON.stringify(example), headers: { 'content-type': 'text/plain' } })
    add('form-urlencoded', { rawBody: 'label=x&amount=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    add('XML', { rawBody: '<withdrawal><amount>1</amount></withdrawal>', headers: { 'content-type': 'application/xml' } })
    add('JSON in another charset', { rawBody: JSON.stringify(example), headers: { 'content-type': 'application/json; charset=utf-16' } })
    add('a +json media type', { rawBody: JSON.stringify(example), headers: { 'content-type': 'application/merge-patch+json' } })
    add('gzip that is not gzip', { rawBody: JSON.stringify(example), headers: { ...json, 'content-encoding': 'gzip' } })
    for (const [prop, value] of Object.entries(example)) {
      for (const [label, bad] of BAD_VALUES) {
        const body = { ...example, [prop]: bad }
        if (!accepts(route.body, body)) add(`${prop} = ${label}`, { body })
      }
      if (typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value)) {
        for (const [label, bad] of [
          ['an address with a bad checksum', badChecksum(value)],
          ['a short address', value.slice(0, 20)],
          ['a non-hex address', '0x' + 'g'.repeat(40)],
        ] as const) {
          const body = { ...example, [prop]: bad }
          if (!accepts(route.body, body)) add(`${prop} = ${label}`, { body })
        }
      }
      const without = { ...example }
      delete without[prop]
      if (!accepts(route.body, without)) add(`${prop} missing`, { body: without })
    }
  }
  const op = operationOf(route)
  for (const p of (op.parameters ?? []) as { in: string; name: string; schema: unknown; example?: unknown }[]) {
    if (p.in !== 'path') continue
    for (const bad of BAD_PARAMS) {
      const example = String(p.example ?? exampleOf(apiDocument(), p.schema as Record<string, unknown>))
      add(`path ${p.name} = ${bad.slice(0, 24)}`, { path: base.path.replace(encodeURIComponent(example), bad), ...(base.body !== undefined ? { body: base.body } : {}) })
    }
  }
  if (route.query) {
    for (const q of BAD_QUERIES) add(`query ${q.slice(0, 40)}`, { path: `${base.path}?${q}` })
    const params = (op.parameters ?? []) as { in: string; name: string; schema?: { type?: string; pattern?: string } }[]
    if (params.some((p) => p.in === 'query' && p.name === 'cursor')) {
      for (const c of TAMPERED_CURSORS) add(`tampered cursor ${c.slice(0, 24)}`, { path: `${base.path}?cursor=${encodeURIComponent(c)}` })
    }
    for (const p of params) {
      // a sequence number or block height: an integer query parameter, or a string of digits
      const numeric = p.in === 'query' && p.name !== 'limit' && p.name !== 'cursor' && (p.schema?.type === 'integer' || p.schema?.type === 'number' || /\\d|0-9/.test(p.schema?.pattern ?? '') || /^(after|before|sequence|seq|blockNumber|fromBlock|toBlock)$/.test(p.name))
      if (!numeric) continue
      for (const n of OUT_OF_RANGE_NUMBERS) add(`query ${p.name} = ${n}`, { path: `${base.path}?${p.name}=${encodeURIComponent(n)}` })
    }
    for (const p of params) {
      if (p.in !== 'query' || p.name === 'limit' || p.name === 'cursor') continue
      add(`query ${p.name} = a 300-character string`, { path: `${base.path}?${p.name}=${'x'.repeat(300)}` })
      add(`query ${p.name} = %00`, { path: `${base.path}?${p.name}=%00` })
    }
  }
  if (route.idempotency) {
    for (const [label, k] of [
      ['a 300-character Idempotency-Key', 'k'.repeat(300)],
      ['an empty Idempotency-Key', ''],
      ['an Idempotency-Key with spaces', 'a b c'],
    ] as const) {
      add(label, { headers: { 'idempotency-key': k }, ...(base.body !== undefined ? { body: base.body } : {}) })
    }
  }
  return out
}

const fuzzed = allRoutes()
  .map((r) => [`${r.method.toUpperCase()} ${r.path}`, r, variantsOf(r)] as const)
  .filter(([, , v]) => v.length > 0)

test('every route that takes input is fuzzed', () => {
  const withInput = allRoutes().filter((r) => r.params || r.query || r.body || r.method !== 'get')
  expect(fuzzed.map(([n]) => n).sort()).toEqual(withInput.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort())
})

test.each(fuzzed)('%s: every bad request gets a 4xx problem and writes no row', async (_name, _route, variants) => {
  const before = await tableCounts(s.db.url)
  const failures: string[] = []
  for (const v of variants) {
    const r = await send(s.api.url, v, key)
    const b = r.body as Record<string, unknown> | undefined
    const problems: string[] = []
    if (r.status < 400 || r.status >= 500) problems.push(`status ${r.status}`)
    if (!/^application\/problem\+json/.test(r.contentType ?? '')) problems.push(`content-type ${r.contentType}`)
    else {
      if (b?.status !== r.status) problems.push('problem status differs')
      for (const k of ['type', 'title', 'detail', 'instance', 'code', 'requestId']) if (typeof b?.[k] !== 'string') problems.push(`no ${k}`)
      if (typeof b?.type === 'string' && b.type !== `urn:custody:problem:${String(b.code)}`) problems.push('type does not match code')
      if (b?.errors !== undefined && !(Array.isArray(b.errors) && b.errors.every((e: { pointer?: unknown; detail?: unknown }) => typeof e.pointer === 'string' && typeof e.detail === 'string'))) problems.push('malformed errors[]')
    }
    if (problems.length) failures.push(`${v.name}: ${problems.join(', ')} ${typeof r.body === 'string' ? r.body.slice(0, 200) : JSON.stringify(r.body)?.slice(0, 300)}`)
  }
  expect(failures).toEqual([])
  expect(await tableCounts(s.db.url)).toEqual(before)
  expect(variants.length).toBeGreaterThan(0)
})

// ---------------------------------------------------------------------------------------------------
// Repeated state-changing calls in a tight loop (issue 13, C1): cancel, speed-up and approve hammered
// on live withdrawals never answer 5xx and never sign more than one replacement per nonce per
// replacement interval (1 s in test stacks), nor a withdrawal twice.
describe('repeated cancel, speed-up and approve in a tight loop', () => {
  test('never a 5xx, at most one replacement per interval, one signature per approved withdrawal', async () => {
    const { parseEther } = await import('viem')
    const { fundedWallet, waitWithdrawal, withdraw } = await import('../support/pipeline')
    const interval = s.config.chains[0]!.fees.minReplacementIntervalSeconds
    await s.startWorkers()
    try {
      const w = await fundedWallet(s, '10')
      await s.chain.setAutomine(false)
      const { id } = await withdraw(s, w.id, parseEther('1'))
      await waitWithdrawal(s, id, 'submitted', (x) => x.status === 'submitted')
      const statuses: number[] = []
      const codes = new Set<string>()
      const deadline = Date.now() + (interval * 2 + 1) * 1000
      while (Date.now() < deadline) {
        const rs = await Promise.all([
          ...Array.from({ length: 4 }, () => s.call('POST', `/v1/withdrawals/${id}/speed-up`)),
          ...Array.from({ length: 4 }, () => s.call('POST', `/v1/withdrawals/${id}/cancel`)),
        ])
        for (const r of rs) {
          statuses.push(r.status)
          if (r.status >= 400) codes.add(r.body?.code)
        }
      }
      expect(statuses.filter((x) => x >= 500)).toEqual([])
      expect([...codes].filter((c) => c !== 'replacement_too_soon')).toEqual([])
      const after = (await s.call('GET', `/v1/withdrawals/${id}`)).body
      const times = (after.attempts as { createdAt: string }[]).map((a) => Date.parse(a.createdAt)).sort((a, b) => a - b)
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(interval * 1000 - 100)
      // once the cancel is signed, later replacements (speed-ups of it) stay cancels, within the cancel hard cap
      const kinds = (after.attempts as { kind: string }[]).map((a) => a.kind)
      expect(kinds.slice(kinds.indexOf('cancel')).every((k) => k === 'cancel')).toBe(true)
      const cap = s.config.chains[0]!.fees.cancelMaxFeePerGasCap
      expect((after.attempts as { maxFeePerGas: string }[]).every((a) => BigInt(a.maxFeePerGas) <= cap)).toBe(true)

      // approve: one approver hammering, and the requester trying too
      expect((await s.call('PUT', `/v1/wallets/${w.id}/policies/31337:native`, { approvalThreshold: '1', approvalsRequired: 1 })).status).toBeLessThan(300)
      const approver = (await createApiKey(s.rt.db, { name: 'fuzz approver', scopes: ['approver', 'withdrawals:read'] })).key
      const pending = await withdraw(s, w.id, parseEther('0.1'))
      expect(pending.body.status).toBe('pending_approval')
      const approve = (k: string) =>
        fetch(`${s.api.url}/v1/withdrawals/${pending.id}/approve`, { method: 'POST', headers: { authorization: `Bearer ${k}`, 'content-type': 'application/json' }, body: '{}' }).then((r) => r.status)
      const approvals = await Promise.all([...Array.from({ length: 20 }, () => approve(approver)), ...Array.from({ length: 5 }, () => approve(s.apiKey))])
      expect(approvals.filter((x) => x >= 500)).toEqual([])
      expect(approvals.filter((x) => x === 200)).toHaveLength(1)
      const queued = await waitWithdrawal(s, pending.id, 'signed', (x) => x.status === 'submitted')
      expect(queued.attempts).toHaveLength(1)
    } finally {
      await s.chain.setAutomine(true)
      await s.stopWorkers()
    }
  })
})

// ---- IPv6 SSRF forms (issue 13, L3): every route taking a webhook `url` refuses each of them -----------
// The stack allows loopback (127.0.0.0/8, ::1): only the IPv4-mapped form of an allowed IPv4 address is
// that address; every other embedding of it, and every private or non-global IPv6 range, is refused.
const SSRF_V6_HOSTS = [
  '[::7f00:1]', '[::127.0.0.1]', '[0:0:0:0:0:0:a00:1]', '[0000:0000::0a00:0001]', // IPv4-compatible
  '[::ffff:0:7f00:1]', '[::ffff:0:10.1.2.3]', // IPv4-translated
  '[::ffff:10.0.0.1]', '[::ffff:a9fe:a9fe]', '[::ffff:0.0.0.0]', // IPv4-mapped private, metadata, unspecified
  '[64:ff9b::7f00:1]', '[64:ff9b::169.254.169.254]', '[64:ff9b:1::a00:1]', '[64:ff9b:1:ff::]', // NAT64
  '[2002:7f00:1::1]', '[2002:a9fe:a9fe::]', '[2002:c0a8:0101::]', // 6to4
  '[2001::1]', '[2001:0:4136:e378:8000:63bf:3fff:fdd2]', // Teredo
  '[fec0::1]', '[FEC0::A]', '[feff:ffff::1]', // site-local
  '[fd00:ec2::254]', '[fe80::a9fe:a9fe]', '[fc00::1]', '[::]', '[::0:1:0:0:1]', '[5f00::1]', '[3fff::1]', '[2001:db8::1]', '[ff02::1]',
]

const urlRoutes = allRoutes().filter((r) => {
  const shape = (r.body as unknown as { shape?: Record<string, unknown> } | undefined)?.shape
  return shape !== undefined && 'url' in shape
})

test('the routes that take a webhook URL are found', () => {
  expect(urlRoutes.map((r) => r.operationId).sort()).toEqual(['createWebhookEndpoint', 'updateWebhookEndpoint'])
})

test.each(urlRoutes.map((r) => [r.operationId, r] as const))('%s: IPv6 SSRF forms are refused with webhook_url_refused and write no row', async (_name, route) => {
  const before = await tableCounts(s.db.url)
  const base = sampleRequest(route)
  const out: string[] = []
  for (const host of SSRF_V6_HOSTS) {
    for (const scheme of ['http', 'https']) {
      const url = `${scheme}://${host}:8443/hooks`
      const r = await send(s.api.url, { ...base, body: { ...(base.body as object), url } }, key)
      if (r.status !== 422 || r.body?.code !== 'webhook_url_refused') out.push(`${url}: ${r.status} ${r.body?.code}`)
    }
  }
  expect(out).toEqual([])
  expect(await tableCounts(s.db.url)).toEqual(before)
})

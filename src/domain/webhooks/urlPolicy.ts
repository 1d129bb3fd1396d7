/**
 * Which webhook URLs may be called (SSRF protection).
 *
 * Steps for a URL (at creation, and again at every delivery, because DNS can change: rebinding):
 *  1. the scheme is https (http only where WEBHOOK_ALLOW_HTTP allows it); no user:password part;
 *  2. the host is resolved (every address, IPv4 and IPv6), and every address must be allowed;
 *  3. the delivery connects to one of those vetted addresses, never resolving the name again.
 *
 * An address is allowed when it is public, or when it lies in WEBHOOK_ALLOWED_NETWORKS (loopback in
 * development and tests). Link-local (169.254.0.0/16, fe80::/10, which hold cloud metadata services),
 * the AWS IPv6 metadata address fd00:ec2::254 and unspecified addresses (0.0.0.0/8, ::) are refused
 * always. Ranges follow the IANA special-purpose address registries (RFC 6890 and successors).
 */
import { lookup as dnsLookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { parseCidr } from '../../config/webhooks'
import { AppError } from '../../lib/errors'

export type AddressClass = 'public' | 'loopback' | 'private' | 'reserved' | 'link_local' | 'metadata' | 'unspecified'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Resolves a host name to all its addresses (injectable so tests can play DNS rebinding). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export const systemResolver: Resolver = async (hostname) => {
  const all = await dnsLookup(hostname, { all: true, verbatim: true })
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }))
}

export interface UrlPolicy {
  allowHttp: boolean
  /** CIDRs allowed although not public (never overrides link-local, metadata or unspecified). */
  allowedNetworks: readonly string[]
}

const RANGES: [AddressClass, string[]][] = [
  ['metadata', ['fd00:ec2::254/128']],
  ['link_local', ['169.254.0.0/16', 'fe80::/10']],
  ['unspecified', ['0.0.0.0/8', '::/128']],
  ['loopback', ['127.0.0.0/8', '::1/128']],
  ['private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7']],
  [
    'reserved',
    [
      '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
      '224.0.0.0/4', '240.0.0.0/4', '100::/64', '2001::/32', '2001:db8::/32', '2001:10::/28', '2001:20::/28', 'ff00::/8',
    ],
  ],
]

function blockListOf(cidrs: readonly string[]): BlockList {
  const b = new BlockList()
  for (const c of cidrs) {
    const p = parseCidr(c)
    b.addSubnet(p.address, p.prefix, p.type)
  }
  return b
}

const CLASS_LISTS: [AddressClass, BlockList][] = RANGES.map(([cls, cidrs]) => [cls, blockListOf(cidrs)])

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) IPv6 address. */
function embeddedIPv4(ip: string): string | null {
  const bytes = ipv6Bytes(ip)
  if (!bytes) return null
  const isMapped = bytes.slice(0, 10).every((x) => x === 0) && bytes[10] === 0xff && bytes[11] === 0xff
  const isNat64 = bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && bytes.slice(4, 12).every((x) => x === 0)
  if (isMapped || isNat64) return bytes.slice(12, 16).join('.')
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6).join('.')
  return null
}

function ipv6Bytes(ip: string): number[] | null {
  let s = ip.toLowerCase()
  const zone = s.indexOf('%')
  if (zone >= 0) s = s.slice(0, zone)
  // a trailing dotted IPv4 (::ffff:1.2.3.4) becomes two groups
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s)
  if (dotted) {
    const p = dotted[1]!.split('.').map(Number)
    s = s.slice(0, -dotted[1]!.length) + ((p[0]! << 8) | p[1]!).toString(16) + ':' + ((p[2]! << 8) | p[3]!).toString(16)
  }
  const halves = s.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 && missing !== 0) return null
  const groups = [...head, ...Array<string>(Math.max(0, missing)).fill('0'), ...tail]
  if (groups.length !== 8) return null
  const out: number[] = []
  for (const g of groups) {
    const v = parseInt(g, 16)
    if (!/^[0-9a-f]{1,4}$/.test(g) || Number.isNaN(v)) return null
    out.push(v >> 8, v & 0xff)
  }
  return out
}

/** Classifies an IP address (IPv4 or IPv6, with IPv4 embedded in IPv6 classified as that IPv4). */
export function classifyAddress(ip: string): AddressClass {
  const v = isIP(ip)
  if (!v) return 'reserved'
  if (v === 6) {
    const v4 = embeddedIPv4(ip)
    if (v4) {
      const inner = classifyAddress(v4)
      // 6to4/NAT64 of a public address is public; anything else keeps the inner class
      if (inner !== 'public') return inner
    }
  }
  const type = v === 4 ? 'ipv4' : 'ipv6'
  for (const [cls, list] of CLASS_LISTS) if (list.check(ip, type)) return cls
  return 'public'
}

const ALWAYS_REFUSED: ReadonlySet<AddressClass> = new Set(['metadata', 'link_local', 'unspecified'])

/**
 * Why an address may not be called under `policy`, or null when it may.
 */
export function refusalOf(ip: string, policy: UrlPolicy, allowed: BlockList = blockListOf(policy.allowedNetworks)): string | null {
  const cls = classifyAddress(ip)
  if (ALWAYS_REFUSED.has(cls)) return `${ip} is a ${cls.replace('_', '-')} address, which is always refused`
  if (cls === 'public') return null
  const v = isIP(ip)
  const v4 = v === 6 ? embeddedIPv4(ip) : null
  if (allowed.check(ip, v === 4 ? 'ipv4' : 'ipv6') || (v4 && allowed.check(v4, 'ipv4'))) return null
  return `${ip} is a ${cls} address (allow it with WEBHOOK_ALLOWED_NETWORKS)`
}

export interface VettedUrl {
  url: URL
  /** addresses to connect to, every one allowed */
  addresses: ResolvedAddress[]
}

/**
 * A URL checker bound to a policy.
 */
export class UrlGuard {
  private readonly allowed: BlockList
  /** verdicts per address (they depend only on the address and the policy) */
  private readonly verdicts = new Map<string, string | null>()

  constructor(
    readonly policy: UrlPolicy,
    private readonly resolve: Resolver = systemResolver,
  ) {
    this.allowed = blockListOf(policy.allowedNetworks)
  }

  /**
   * Checks the form of a URL (no DNS).
   * @throws AppError `webhook_url_refused`
   */
  parse(raw: string): URL {
    let url: URL
    try {
      url = new URL(raw)
    } catch (cause) {
      throw new AppError('webhook_url_refused', 'the URL cannot be parsed', { cause })
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.policy.allowHttp)) {
      throw new AppError('webhook_url_refused', this.policy.allowHttp ? 'the URL must be http or https' : 'the URL must be https')
    }
    if (url.username || url.password) throw new AppError('webhook_url_refused', 'the URL must not contain a user name or password')
    if (!url.hostname) throw new AppError('webhook_url_refused', 'the URL has no host')
    if (url.hash) throw new AppError('webhook_url_refused', 'the URL must not have a #fragment')
    return url
  }

  /**
   * Resolves the URL's host and checks every address.
   * @throws AppError `webhook_url_refused` (retryable when DNS failed: the name may resolve later)
   */
  async vet(raw: string): Promise<VettedUrl> {
    const url = this.parse(raw)
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
    let addresses: ResolvedAddress[]
    if (isIP(host)) {
      addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }]
    } else {
      try {
        addresses = await this.resolve(host)
      } catch (cause) {
        throw new AppError('webhook_url_refused', `${host} does not resolve`, { cause, retryable: true })
      }
      if (!addresses.length) throw new AppError('webhook_url_refused', `${host} does not resolve`, { retryable: true })
    }
    for (const a of addresses) {
      let why = this.verdicts.get(a.address)
      if (why === undefined) {
        why = refusalOf(a.address, this.policy, this.allowed)
        if (this.verdicts.size > 10_000) this.verdicts.clear()
        this.verdicts.set(a.address, why)
      }
      if (why) throw new AppError('webhook_url_refused', host === a.address ? why : `${host} resolves to ${why}`)
    }
    return { url, addresses }
  }
}

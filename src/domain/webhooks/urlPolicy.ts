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
 *
 * IPv6 forms that smuggle an IPv4 address (IPv4-mapped ::ffff:0:0/96, IPv4-translated ::ffff:0:0:0/96,
 * IPv4-compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16) take the class of that IPv4 address;
 * site-local fec0::/10 and the local-use NAT64 prefix 64:ff9b:1::/48 are private; Teredo 2001::/32 is
 * reserved; and any IPv6 address outside global unicast 2000::/3 is reserved, so a range this list
 * forgets is refused rather than called.
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
  [
    'private',
    [
      '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10',
      // unique local (RFC 4193), deprecated site-local (RFC 3879), local-use NAT64 prefix (RFC 8215)
      'fc00::/7', 'fec0::/10', '64:ff9b:1::/48',
    ],
  ],
  [
    'reserved',
    [
      '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
      '224.0.0.0/4', '240.0.0.0/4',
      // discard-only, Teredo, benchmarking, documentation (RFC 3849, RFC 9637), ORCHID, SRv6 SIDs, multicast
      '100::/64', '2001::/32', '2001:2::/48', '2001:db8::/32', '3fff::/20', '2001:10::/28', '2001:20::/28', '5f00::/16', 'ff00::/8',
    ],
  ],
]

/** Global unicast (RFC 4291 §2.4): an IPv6 address outside it is never public, whatever the lists above miss. */
const GLOBAL_UNICAST_V6 = (() => {
  const b = new BlockList()
  b.addSubnet('2000::', 3, 'ipv6')
  return b
})()

function blockListOf(cidrs: readonly string[]): BlockList {
  const b = new BlockList()
  for (const c of cidrs) {
    const p = parseCidr(c)
    b.addSubnet(p.address, p.prefix, p.type)
  }
  return b
}

const CLASS_LISTS: [AddressClass, BlockList][] = RANGES.map(([cls, cidrs]) => [cls, blockListOf(cidrs)])

/**
 * How an IPv6 address carries an IPv4 address:
 * - `mapped`     ::ffff:a.b.c.d (::ffff:0:0/96, RFC 4291 §2.5.5.2): a socket to it IS a socket to a.b.c.d;
 * - `translated` ::ffff:0:a.b.c.d (::ffff:0:0:0/96, SIIT, RFC 2765);
 * - `compatible` ::a.b.c.d (::/96 without :: and ::1, deprecated by RFC 4291 §2.5.5.1);
 * - `nat64`      64:ff9b::a.b.c.d (well-known prefix, RFC 6052): a NAT64 gateway connects to a.b.c.d;
 * - `6to4`       2002:AABB:CCDD::/48 (RFC 3056): a 6to4 relay tunnels to a.b.c.d.
 */
type EmbeddedForm = 'mapped' | 'translated' | 'compatible' | 'nat64' | '6to4'

const EMBEDDING_NAMES: Record<EmbeddedForm, string> = {
  mapped: 'an IPv4-mapped address',
  translated: 'an IPv4-translated address',
  compatible: 'an IPv4-compatible address',
  nat64: 'a NAT64 address',
  '6to4': 'a 6to4 address',
}

/** The IPv4 address embedded in an IPv6 address, and how it is embedded; null when none is. */
function embeddedIPv4(ip: string): { v4: string; form: EmbeddedForm } | null {
  const bytes = ipv6Bytes(ip)
  if (!bytes) return null
  const zero = (from: number, to: number) => bytes.slice(from, to).every((x) => x === 0)
  const last4 = bytes.slice(12, 16).join('.')
  if (zero(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return { v4: last4, form: 'mapped' }
  if (zero(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zero(10, 12)) return { v4: last4, form: 'translated' }
  // ::/128 and ::1/128 are the unspecified and loopback addresses, not IPv4-compatible ones
  if (zero(0, 12) && !(zero(12, 15) && bytes[15]! <= 1)) return { v4: last4, form: 'compatible' }
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zero(4, 12)) return { v4: last4, form: 'nat64' }
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return { v4: bytes.slice(2, 6).join('.'), form: '6to4' }
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

/**
 * Classifies an IP address (IPv4 or IPv6) by the IANA special-purpose registries.
 *
 * An IPv6 address that embeds an IPv4 address (mapped, translated, IPv4-compatible, NAT64, 6to4) takes
 * the class of that IPv4 address when it is not public; a public IPv4 address keeps the IPv6 address
 * public only in the forms that really reach it (mapped, NAT64, 6to4), the others are `reserved`. An IPv6
 * address outside global unicast (2000::/3), or one that cannot be parsed, is never `public` (fails
 * closed: a range missing from the lists above is refused, not called).
 */
export function classifyAddress(ip: string): AddressClass {
  const v = isIP(ip)
  if (!v) return 'reserved'
  if (v === 4) {
    for (const [cls, list] of CLASS_LISTS) if (list.check(ip, 'ipv4')) return cls
    return 'public'
  }
  if (!ipv6Bytes(ip)) return 'reserved'
  const bare = ip.split('%')[0]!
  const embedded = embeddedIPv4(bare)
  if (embedded) {
    const inner = classifyAddress(embedded.v4)
    if (inner !== 'public') return inner
    if (embedded.form === 'compatible' || embedded.form === 'translated') return 'reserved'
  }
  for (const [cls, list] of CLASS_LISTS) if (list.check(bare, 'ipv6')) return cls
  if (embedded) return 'public'
  return GLOBAL_UNICAST_V6.check(bare, 'ipv6') ? 'public' : 'reserved'
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
  const bare = ip.split('%')[0]!
  // Only an IPv4-mapped address is the IPv4 host itself; other embeddings are allowed by their IPv6 range.
  const embedded = v === 6 ? embeddedIPv4(bare) : null
  const mapped = embedded?.form === 'mapped' ? embedded.v4 : null
  if (allowed.check(bare, v === 4 ? 'ipv4' : 'ipv6') || (mapped && allowed.check(mapped, 'ipv4'))) return null
  const via = embedded && embedded.form !== 'mapped' ? `, as ${EMBEDDING_NAMES[embedded.form]} of ${embedded.v4}` : ''
  return `${ip} is a ${cls} address${via} (allow it with WEBHOOK_ALLOWED_NETWORKS)`
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

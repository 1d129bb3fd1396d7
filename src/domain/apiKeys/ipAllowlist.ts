/**
 * IP allowlists of API keys: CIDR blocks (IPv4 `203.0.113.0/24`, IPv6 `2001:db8::/32`; a bare address
 * means a single host) checked with node's `net.BlockList`, which also matches IPv4-mapped IPv6
 * addresses (`::ffff:203.0.113.7`) against IPv4 blocks.
 */
import { BlockList, isIP } from 'node:net'
import type { FieldError } from '../../lib/errors'

export interface Cidr {
  address: string
  prefix: number
  family: 'ipv4' | 'ipv6'
}

/** Parses `a.b.c.d/n`, `x::y/n` or a bare address. @returns null when malformed */
export function parseCidr(s: string): Cidr | null {
  const [address = '', prefixText, extra] = s.trim().split('/')
  if (extra !== undefined) return null
  const v = isIP(address)
  if (v === 0) return null
  const family = v === 4 ? 'ipv4' : 'ipv6'
  const max = v === 4 ? 32 : 128
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null
  const prefix = prefixText === undefined ? max : Number(prefixText)
  if (prefix > max) return null
  return { address, prefix, family }
}

/**
 * Validates and normalises a list of CIDR blocks (`/n` added to bare addresses).
 * @returns the blocks, or field errors with JSON pointers under `pointer`
 */
export function normaliseCidrs(list: string[], pointer: string): { cidrs: string[]; errors: FieldError[] } {
  const cidrs: string[] = []
  const errors: FieldError[] = []
  list.forEach((s, i) => {
    const c = parseCidr(s)
    if (!c) errors.push({ pointer: `${pointer}/${i}`, detail: `"${s}" is not an IPv4 or IPv6 address or CIDR block` })
    else cidrs.push(`${c.address}/${c.prefix}`)
  })
  return { cidrs, errors }
}

const cache = new Map<string, BlockList>()

function blockListOf(cidrs: readonly string[]): BlockList {
  const k = cidrs.join(',')
  let b = cache.get(k)
  if (!b) {
    b = new BlockList()
    for (const s of cidrs) {
      const c = parseCidr(s)
      if (c) b.addSubnet(c.address, c.prefix, c.family)
    }
    if (cache.size > 1000) cache.clear()
    cache.set(k, b)
  }
  return b
}

/** True when `ip` (the client address express sees) is in one of `cidrs`; an empty list allows all. */
export function isIpAllowed(cidrs: readonly string[], ip: string | undefined): boolean {
  if (!cidrs.length) return true
  if (!ip) return false
  const v = isIP(ip)
  if (v === 0) return false
  return blockListOf(cidrs).check(ip, v === 4 ? 'ipv4' : 'ipv6')
}

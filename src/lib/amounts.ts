/**
 * Amounts are integers of base units (wei for ETH): bigint in code, numeric(78,0) in Postgres and
 * decimal strings on the wire. Never floats.
 */

export const MAX_UINT256 = (1n << 256n) - 1n

/** Converts a Prisma Decimal / string / number / bigint holding an integer to bigint. */
export function toBigInt(v: { toFixed(): string } | string | number | bigint | null | undefined): bigint {
  if (v === null || v === undefined) return 0n
  if (typeof v === 'bigint') return v
  if (typeof v === 'number') return BigInt(v)
  if (typeof v === 'string') return BigInt(v)
  return BigInt(v.toFixed())
}

/** Formats base units for humans: `formatUnits(1500000000000000000n, 18)` → `1.5`. */
export function formatUnits(value: bigint, decimals: number): string {
  const neg = value < 0n
  const abs = neg ? -value : value
  const base = 10n ** BigInt(decimals)
  const whole = abs / base
  const frac = (abs % base).toString().padStart(decimals, '0').replace(/0+$/, '')
  return `${neg ? '-' : ''}${whole}${frac ? '.' + frac : ''}`
}

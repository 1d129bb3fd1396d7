/**
 * Bounded concurrency for I/O fan-out (RPC calls, HTTP requests) without a dependency.
 */

/**
 * Maps `items` through `fn` with at most `limit` calls in flight; results in input order.
 *
 * @param limit most calls running at once (≥ 1)
 * @param fn called with each item and its index
 * @returns the results, `out[i] = await fn(items[i], i)`
 * @throws the first rejection of `fn` (calls already started keep running; none is started after it)
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        out[i] = await fn(items[i]!, i)
      } catch (e) {
        failed = true
        throw e
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}

/**
 * At most one run of a repeating per-chain job in this process at a time. A chain whose node hangs
 * (timeouts) would otherwise pile its repeating jobs up in the worker's slots and starve the other
 * chains; a job that finds its chain busy returns at once (the runs are idempotent, the next one
 * picks up). Other processes are independent: running the same chain on several is safe.
 */
const running = new Set<string>()

export async function oncePerChain<T>(queue: string, chainId: number, fn: () => Promise<T>): Promise<T | { skipped: 'busy' }> {
  const key = `${queue}:${chainId}`
  if (running.has(key)) return { skipped: 'busy' }
  running.add(key)
  try {
    return await fn()
  } finally {
    running.delete(key)
  }
}

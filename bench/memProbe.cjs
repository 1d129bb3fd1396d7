/**
 * Preloaded (`node --require ./bench/memProbe.cjs`) into the processes bench/soak.ts starts: answers
 * `{ type: 'mem' }` on the IPC channel with the process's memory usage (bytes), and with `gc: true` (node
 * started with --expose-gc) the heap used right after a full collection, which is what grows in a leak.
 * Does nothing without an IPC channel.
 */
if (process.send) {
  process.on('message', (m) => {
    if (!m || m.type !== 'mem') return
    const before = process.memoryUsage()
    let heapAfterGc = null
    if (m.gc && typeof global.gc === 'function') {
      global.gc()
      heapAfterGc = process.memoryUsage().heapUsed
    }
    process.send({ type: 'mem', pid: process.pid, ...before, heapAfterGc })
  })
  // the channel must not keep the process alive
  if (process.channel) process.channel.unref()
}

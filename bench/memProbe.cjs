/**
 * Preloaded (`node --require ./bench/memProbe.cjs`) into the processes bench/soak.ts starts: answers
 * `{ type: 'mem' }` on the IPC channel with the process's memory usage (bytes). Does nothing without one.
 */
if (process.send) {
  process.on('message', (m) => {
    if (m && m.type === 'mem') process.send({ type: 'mem', pid: process.pid, ...process.memoryUsage() })
  })
  // the channel must not keep the process alive
  if (process.channel) process.channel.unref()
}

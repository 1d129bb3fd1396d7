import { Writable } from 'node:stream'
import { createLogger, type Logger } from '../../src/lib/logger'

/** A logger that keeps every line (JSON) in memory, for assertions such as "no secret was logged". */
export function captureLogger(level = 'debug'): { logger: Logger; lines: string[]; text(): string } {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString())
      if (process.env.TEST_LOGS) process.stderr.write(chunk)
      cb()
    },
  })
  return { logger: createLogger(level, stream), lines, text: () => lines.join('') }
}

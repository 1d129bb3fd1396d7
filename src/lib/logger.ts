import pino, { type DestinationStream, type Logger } from 'pino'

export type { Logger } from 'pino'

/**
 * Paths pino removes from every log line. Secrets must never be logged in the first place; this is
 * the second line of defence for objects that carry them by accident.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  '*.authorization',
  'apiKey',
  '*.apiKey',
  'key',
  '*.key',
  'secret',
  '*.secret',
  'mnemonic',
  '*.mnemonic',
  'seed',
  '*.seed',
  'privateKey',
  '*.privateKey',
  'masterKey',
  '*.masterKey',
  'dataKey',
  '*.dataKey',
  'password',
  '*.password',
  'pin',
  '*.pin',
  'secretAccessKey',
  '*.secretAccessKey',
  'sessionToken',
  '*.sessionToken',
  'plaintext',
  '*.plaintext',
]

/**
 * Creates the service logger (pino JSON lines).
 *
 * @param level pino level name
 * @param destination where lines go (stdout by default; tests pass a capture stream)
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  )
}

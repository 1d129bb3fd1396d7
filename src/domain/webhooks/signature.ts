/**
 * Standard Webhooks v1 signatures (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md).
 *
 * A secret is `whsec_` + base64 of 32 random bytes; the HMAC key is the decoded bytes. A message is
 * signed as HMAC-SHA256(key, `${webhook-id}.${webhook-timestamp}.${body}`), sent base64 encoded in
 * `webhook-signature` as `v1,<signature>`; while a rotated-out secret is still in its grace period the
 * header carries one signature per secret, separated by spaces, and a receiver accepts the message
 * when any of them verifies with its secret.
 */
import { createHmac, randomBytes } from 'node:crypto'

export const SECRET_PREFIX = 'whsec_'

/** A new signing secret: `whsec_` + base64 of 32 random bytes (the spec asks for 24–64 bytes). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64')
}

/** The HMAC key of a `whsec_…` secret. */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64')
}

/**
 * The `webhook-signature` header value for a message.
 *
 * @param keys      HMAC keys (decoded secrets), current one first
 * @param id        `webhook-id` (the event id, stable across retries)
 * @param timestamp `webhook-timestamp`, integer Unix seconds of this attempt
 * @param body      the exact bytes sent
 */
export function signatureHeader(keys: readonly Uint8Array[], id: string, timestamp: number, body: string): string {
  const signed = `${id}.${timestamp}.${body}`
  return keys.map((k) => `v1,${createHmac('sha256', k).update(signed, 'utf8').digest('base64')}`).join(' ')
}

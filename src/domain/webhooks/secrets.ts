/**
 * Webhook signing secrets at rest and in use.
 *
 * A secret is needed in clear to sign (HMAC), so it cannot be hashed like an API key. It is sealed like a
 * wallet seed: AES-256-GCM under a fresh data key that the key backend wraps (envelope encryption), with
 * the endpoint and secret ids as encryption context. The API returns a secret once, by the call that
 * creates it (endpoint creation, rotation), and never again; it is never logged.
 *
 * Workers open secrets through the key backend and keep the opened HMAC keys in memory for a few minutes
 * (one unwrap per secret per process and period, not one per delivery, which matters with a remote KMS).
 */
import { openSecret, sealSecret, type SealedSecret } from '../../custody/envelope'
import type { KeyBackend } from '../../custody/keyBackend'
import type { SealedSecretRow } from '../../db/webhooks'
import { secretKey } from './signature'

function contextOf(endpointId: string, secretId: string) {
  return { webhookEndpointId: endpointId, webhookSecretId: secretId }
}

/**
 * Seals a `whsec_…` secret for storage.
 * @throws AppError `key_backend_failed`
 */
export async function sealWebhookSecret(backend: KeyBackend, endpointId: string, secretId: string, secret: string): Promise<SealedSecret> {
  const key = secretKey(secret)
  try {
    return await sealSecret(backend, key, contextOf(endpointId, secretId))
  } finally {
    key.fill(0)
  }
}

/** Opened HMAC keys by secret id, each kept for `ttlMs`. */
export class SecretCache {
  private readonly keys = new Map<string, { key: Uint8Array; until: number }>()

  constructor(
    private readonly backend: KeyBackend,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  /**
   * The HMAC keys of `secrets`, in the given order.
   * @throws AppError `key_backend_failed`
   */
  async keysOf(secrets: SealedSecretRow[]): Promise<Uint8Array[]> {
    const now = Date.now()
    const out: Uint8Array[] = []
    for (const s of secrets) {
      let hit = this.keys.get(s.id)
      if (!hit || hit.until < now) {
        if (hit) hit.key.fill(0)
        hit = { key: await openSecret(this.backend, s.sealed, contextOf(s.endpointId, s.id)), until: now + this.ttlMs }
        this.keys.set(s.id, hit)
      }
      out.push(hit.key)
    }
    if (this.keys.size > 10_000) this.sweep(now)
    return out
  }

  private sweep(now: number): void {
    for (const [id, v] of this.keys) {
      if (v.until < now) {
        v.key.fill(0)
        this.keys.delete(id)
      }
    }
  }

  /** Zeroes and forgets every opened key. */
  clear(): void {
    for (const v of this.keys.values()) v.key.fill(0)
    this.keys.clear()
  }
}

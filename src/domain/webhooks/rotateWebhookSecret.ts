/**
 * Rotates an endpoint's signing secret.
 *
 * The new secret signs at once; the old one keeps signing beside it for the grace period (default
 * WEBHOOK_SECRET_GRACE_SECONDS, 24 h), so each request carries both `v1,` signatures and a receiver
 * can switch to the new secret whenever it likes within that time (Standard Webhooks allows several
 * signatures in `webhook-signature`). A grace period of 0 retires the old secret at once.
 */
import { withTx } from '../../db/client'
import { insertSecret, lockEndpoint, retireCurrentSecret, signingSecretsMeta, touchEndpoint } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { sealWebhookSecret } from './secrets'
import { newWebhookSecret } from './signature'
import { endpointView, type EndpointView } from './views'

/**
 * @param gracePeriodSeconds how long the current secret keeps signing (0 – 7 days)
 * @returns the endpoint, the new secret (shown only here) and when the previous one stops signing
 * @throws AppError `webhook_endpoint_not_found`, `key_backend_failed`
 */
export async function rotateWebhookSecret(
  deps: Deps,
  endpointId: string,
  input: { gracePeriodSeconds?: number },
): Promise<EndpointView & { secret: string; previousSecretExpiresAt: string | null }> {
  const grace = input.gracePeriodSeconds ?? deps.config.webhooks.secretGraceSeconds
  const secretId = newId()
  const secret = newWebhookSecret()
  const sealed = await sealWebhookSecret(deps.custody.backend, endpointId, secretId, secret)
  return withTx(deps.db, async (tx) => {
    const endpoint = await lockEndpoint(tx, endpointId)
    if (!endpoint) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${endpointId} does not exist`)
    const previousExpiresAt = await retireCurrentSecret(tx, endpointId, grace)
    await insertSecret(tx, { id: secretId, endpointId, backend: deps.custody.backend.name, sealed })
    await touchEndpoint(tx, endpointId)
    const metas = await signingSecretsMeta(tx, [endpointId])
    return { ...endpointView(endpoint, metas), secret, previousSecretExpiresAt: previousExpiresAt?.toISOString() ?? null }
  })
}

/**
 * Creates a webhook endpoint and its first signing secret.
 *
 * Steps: check the event filters against the catalogue; vet the URL (scheme, DNS, no private, loopback
 * or link-local address unless allowed: urlPolicy.ts); generate a `whsec_…` secret and seal it under
 * the key backend; store endpoint and sealed secret in one transaction. The secret is in the result
 * and nowhere else: it cannot be read back later (rotate to get a new one).
 */
import { withTx } from '../../db/client'
import { insertEndpoint, insertSecret } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { isKnownEventFilter } from './eventTypes'
import { sealWebhookSecret } from './secrets'
import { newWebhookSecret } from './signature'
import { UrlGuard } from './urlPolicy'
import { endpointView, type EndpointView } from './views'

export interface CreateWebhookEndpointInput {
  url: string
  description?: string
  /** catalogue types or `group.*`; empty or absent = every event */
  eventTypes?: string[]
}

/** Checks filters against the catalogue. @throws AppError `validation_failed` */
export function checkEventFilters(filters: string[]): string[] {
  const unknown = filters.filter((f) => !isKnownEventFilter(f))
  if (unknown.length) {
    throw new AppError('validation_failed', `unknown event types: ${unknown.join(', ')}`, {
      errors: unknown.map((f) => ({ pointer: `/eventTypes/${filters.indexOf(f)}`, detail: `"${f}" is not an event type or group of the catalogue` })),
    })
  }
  return [...new Set(filters)]
}

/**
 * @returns the endpoint and its secret (`whsec_…`, shown only here)
 * @throws AppError `webhook_url_refused`, `validation_failed`, `key_backend_failed`
 */
export async function createWebhookEndpoint(deps: Deps, input: CreateWebhookEndpointInput, actor: { clientId: string } | null): Promise<EndpointView & { secret: string }> {
  const eventTypes = checkEventFilters(input.eventTypes ?? [])
  const { url } = await new UrlGuard(deps.config.webhooks).vet(input.url)
  const id = newId()
  const secretId = newId()
  const secret = newWebhookSecret()
  const sealed = await sealWebhookSecret(deps.custody.backend, id, secretId, secret)
  const { endpoint, meta } = await withTx(deps.db, async (tx) => {
    const endpoint = await insertEndpoint(tx, { id, url: url.toString(), description: input.description ?? '', eventTypes, createdBy: actor?.clientId ?? null })
    const meta = await insertSecret(tx, { id: secretId, endpointId: id, backend: deps.custody.backend.name, sealed })
    return { endpoint, meta }
  })
  return { ...endpointView(endpoint, [meta]), secret }
}

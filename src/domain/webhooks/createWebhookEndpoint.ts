/**
 * Creates a webhook endpoint and its first signing secret.
 *
 * Steps: check the event filters against the catalogue; only an admin key may ask for response bodies
 * to be kept (`storeResponseBody`); vet the URL (scheme, DNS, no private, loopback or link-local address
 * unless allowed: urlPolicy.ts); check the client's endpoint count against
 * WEBHOOK_MAX_ENDPOINTS_PER_CLIENT (before sealing, then again under a per-client lock in the
 * transaction, so concurrent creations cannot overshoot it); generate a `whsec_…` secret and seal it
 * under the key backend; store endpoint and sealed secret in one transaction. The secret is in the
 * result and nowhere else: it cannot be read back later (rotate to get a new one).
 */
import { withTx, type DbTx } from '../../db/client'
import { insertEndpoint, insertSecret, lockAndCountClientEndpoints } from '../../db/webhooks'
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
  /** keep an excerpt of each response body in the delivery log (admin keys only); default false */
  storeResponseBody?: boolean
}

/** Who asks: the API client, and whether its key has the `admin` scope. */
export interface WebhookActor {
  clientId: string
  admin: boolean
}

/**
 * Only an admin key may make an endpoint keep response bodies: the delivery log would otherwise be a
 * way for a `webhooks:write` key to read what addresses inside WEBHOOK_ALLOWED_NETWORKS answer.
 * @throws AppError `forbidden`
 */
export function checkStoreResponseBody(storeResponseBody: boolean | undefined, actor: WebhookActor | null): void {
  if (storeResponseBody === true && actor && !actor.admin) {
    throw new AppError('forbidden', 'only a key with the "admin" scope may set storeResponseBody (response bodies in the delivery log)')
  }
}

/** @throws AppError `webhook_endpoint_limit_reached` when the client has `max` endpoints already */
async function checkEndpointCap(tx: DbTx, clientId: string, max: number): Promise<void> {
  const n = await lockAndCountClientEndpoints(tx, clientId)
  if (n >= max) {
    throw new AppError('webhook_endpoint_limit_reached', `API client ${clientId} has ${n} webhook endpoints, the most allowed (WEBHOOK_MAX_ENDPOINTS_PER_CLIENT = ${max}); delete one first`, {
      extra: { limit: max },
    })
  }
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
 * @param actor the calling API client (null for operator tools: no cap, no scope check)
 * @returns the endpoint and its secret (`whsec_…`, shown only here)
 * @throws AppError `webhook_url_refused`, `validation_failed`, `forbidden` (storeResponseBody without
 *         admin), `webhook_endpoint_limit_reached` (409, `limit`), `key_backend_failed`
 */
export async function createWebhookEndpoint(deps: Deps, input: CreateWebhookEndpointInput, actor: WebhookActor | null): Promise<EndpointView & { secret: string }> {
  const eventTypes = checkEventFilters(input.eventTypes ?? [])
  checkStoreResponseBody(input.storeResponseBody, actor)
  const { url } = await new UrlGuard(deps.config.webhooks).vet(input.url)
  const max = deps.config.webhooks.maxEndpointsPerClient
  // before the key backend is asked for anything (a refused request costs no data key)
  if (actor) await withTx(deps.db, (tx) => checkEndpointCap(tx, actor.clientId, max))
  const id = newId()
  const secretId = newId()
  const secret = newWebhookSecret()
  const sealed = await sealWebhookSecret(deps.custody.backend, id, secretId, secret)
  const { endpoint, meta } = await withTx(deps.db, async (tx) => {
    if (actor) await checkEndpointCap(tx, actor.clientId, max)
    const endpoint = await insertEndpoint(tx, {
      id,
      url: url.toString(),
      description: input.description ?? '',
      eventTypes,
      createdBy: actor?.clientId ?? null,
      storeResponseBody: input.storeResponseBody ?? false,
    })
    const meta = await insertSecret(tx, { id: secretId, endpointId: id, backend: deps.custody.backend.name, sealed })
    return { endpoint, meta }
  })
  return { ...endpointView(endpoint, [meta]), secret }
}

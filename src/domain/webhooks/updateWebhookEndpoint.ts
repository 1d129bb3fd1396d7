/**
 * Changes an endpoint's URL, description, event filter or `storeResponseBody` (a new URL is vetted like
 * at creation). Only an admin key may turn `storeResponseBody` on; a URL changed by a key without
 * `admin` turns it off, so that bodies kept for a URL an admin trusted are never kept for another.
 */
import { withTx } from '../../db/client'
import { lockEndpoint, signingSecretsMeta, updateEndpoint } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { checkEventFilters, checkStoreResponseBody, type WebhookActor } from './createWebhookEndpoint'
import { UrlGuard } from './urlPolicy'
import { endpointView, type EndpointView } from './views'

/**
 * @param actor the calling API client (null for operator tools)
 * @throws AppError `webhook_endpoint_not_found`, `webhook_url_refused`, `validation_failed`, `forbidden`
 *         (storeResponseBody turned on without admin)
 */
export async function updateWebhookEndpoint(
  deps: Deps,
  endpointId: string,
  patch: { url?: string; description?: string; eventTypes?: string[]; storeResponseBody?: boolean },
  actor: WebhookActor | null = null,
): Promise<EndpointView> {
  const eventTypes = patch.eventTypes ? checkEventFilters(patch.eventTypes) : undefined
  checkStoreResponseBody(patch.storeResponseBody, actor)
  const storeResponseBody = patch.storeResponseBody ?? (patch.url !== undefined && actor && !actor.admin ? false : undefined)
  const url = patch.url !== undefined ? (await new UrlGuard(deps.config.webhooks).vet(patch.url)).url.toString() : undefined
  return withTx(deps.db, async (tx) => {
    if (!(await lockEndpoint(tx, endpointId))) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${endpointId} does not exist`)
    const e = await updateEndpoint(tx, endpointId, {
      ...(url !== undefined ? { url } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(eventTypes ? { eventTypes } : {}),
      ...(storeResponseBody !== undefined ? { storeResponseBody } : {}),
    })
    return endpointView(e, await signingSecretsMeta(tx, [endpointId]))
  })
}

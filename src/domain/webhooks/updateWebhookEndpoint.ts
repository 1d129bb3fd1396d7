/**
 * Changes an endpoint's URL, description or event filter (a new URL is vetted like at creation).
 */
import { withTx } from '../../db/client'
import { lockEndpoint, signingSecretsMeta, updateEndpoint } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { checkEventFilters } from './createWebhookEndpoint'
import { UrlGuard } from './urlPolicy'
import { endpointView, type EndpointView } from './views'

/**
 * @throws AppError `webhook_endpoint_not_found`, `webhook_url_refused`, `validation_failed`
 */
export async function updateWebhookEndpoint(deps: Deps, endpointId: string, patch: { url?: string; description?: string; eventTypes?: string[] }): Promise<EndpointView> {
  const eventTypes = patch.eventTypes ? checkEventFilters(patch.eventTypes) : undefined
  const url = patch.url !== undefined ? (await new UrlGuard(deps.config.webhooks).vet(patch.url)).url.toString() : undefined
  return withTx(deps.db, async (tx) => {
    if (!(await lockEndpoint(tx, endpointId))) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${endpointId} does not exist`)
    const e = await updateEndpoint(tx, endpointId, {
      ...(url !== undefined ? { url } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(eventTypes ? { eventTypes } : {}),
    })
    return endpointView(e, await signingSecretsMeta(tx, [endpointId]))
  })
}

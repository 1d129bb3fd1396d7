/**
 * Enables or disables an endpoint by hand.
 *
 * Disabling stops new deliveries to it (pending ones end `failed` when they come up) and emits
 * `webhook_endpoint.disabled`; enabling resets its failing clock. Deliveries missed while disabled are
 * not sent by themselves: replay them with `POST /v1/events/{id}/redeliver`, or catch up with
 * `GET /v1/events`.
 */
import { withTx } from '../../db/client'
import { insertEvents } from '../../db/events'
import { lockEndpoint, signingSecretsMeta, updateEndpoint } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { endpointView, type EndpointView } from './views'

/**
 * @throws AppError `webhook_endpoint_not_found`
 */
export async function setWebhookEndpointStatus(deps: Deps, endpointId: string, enabled: boolean): Promise<EndpointView> {
  return withTx(deps.db, async (tx) => {
    const before = await lockEndpoint(tx, endpointId)
    if (!before) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${endpointId} does not exist`)
    const target = enabled ? 'enabled' : 'disabled'
    const metas = await signingSecretsMeta(tx, [endpointId])
    if (before.status === target) return endpointView(before, metas)
    const after = await updateEndpoint(tx, endpointId, { status: target, disabledReason: 'manual' })
    const view = endpointView(after, metas)
    if (!enabled) await insertEvents(tx, [{ type: 'webhook_endpoint.disabled', data: view }])
    return view
  })
}

/**
 * Deletes an endpoint with its secrets and its delivery log. Jobs still queued for it find nothing to
 * do. Events stay (`GET /v1/events`).
 */
import { deleteEndpoint } from '../../db/webhooks'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'

/** @throws AppError `webhook_endpoint_not_found` */
export async function deleteWebhookEndpoint(deps: Deps, endpointId: string): Promise<void> {
  if (!(await deleteEndpoint(deps.db, endpointId))) throw new AppError('webhook_endpoint_not_found', `webhook endpoint ${endpointId} does not exist`)
}

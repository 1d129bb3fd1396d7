import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildOpenApi, renderDocsHtml } from '../openapi'
import type { RouteDef } from '../route'
import { adminRoutes } from './admin'
import { apiKeyRoutes } from './apiKeys'
import { approvalRoutes } from './approvals'
import { auditRoutes } from './audit'
import { depositRoutes } from './deposits'
import { eventRoutes } from './events'
import { ledgerRoutes } from './ledger'
import { reconciliationRoutes } from './reconciliations'
import { policyRoutes } from './policies'
import { policyChangeRoutes } from './policyChanges'
import { sweepRoutes } from './sweeps'
import { systemRoutes } from './system'
import { walletRoutes } from './wallets'
import { webhookEndpointRoutes } from './webhooks'
import { withdrawalRoutes } from './withdrawals'

export const API_VERSION: string = (JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version

/** Every route of the API, in documentation order. */
export function allRoutes(): RouteDef[] {
  let spec: Record<string, unknown> | undefined
  let html: string | undefined
  const routes: RouteDef[] = []
  const getSpec = () => (spec ??= buildOpenApi(routes, API_VERSION))
  routes.push(...walletRoutes, ...withdrawalRoutes, ...depositRoutes, ...sweepRoutes, ...ledgerRoutes, ...reconciliationRoutes, ...webhookEndpointRoutes, ...eventRoutes, ...adminRoutes, ...systemRoutes(getSpec, () => (html ??= renderDocsHtml(getSpec()))))
  routes.push(...approvalRoutes, ...policyRoutes, ...apiKeyRoutes, ...auditRoutes)
  routes.push(...policyChangeRoutes)
  return routes
}

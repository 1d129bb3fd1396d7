import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildOpenApi, renderDocsHtml } from '../openapi'
import type { RouteDef } from '../route'
import { depositRoutes } from './deposits'
import { ledgerRoutes } from './ledger'
import { sweepRoutes } from './sweeps'
import { systemRoutes } from './system'
import { walletRoutes } from './wallets'
import { withdrawalRoutes } from './withdrawals'

export const API_VERSION: string = (JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version

/** Every route of the API, in documentation order. */
export function allRoutes(): RouteDef[] {
  let spec: Record<string, unknown> | undefined
  let html: string | undefined
  const routes: RouteDef[] = []
  const getSpec = () => (spec ??= buildOpenApi(routes, API_VERSION))
  routes.push(...walletRoutes, ...withdrawalRoutes, ...depositRoutes, ...sweepRoutes, ...ledgerRoutes, ...systemRoutes(getSpec, () => (html ??= renderDocsHtml(getSpec()))))
  return routes
}

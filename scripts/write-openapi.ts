/** Writes openapi/openapi.json from the route table (`npm run openapi`). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildOpenApi } from '../src/http/openapi'
import { allRoutes, API_VERSION } from '../src/http/routes'

const file = resolve(__dirname, '../openapi/openapi.json')
mkdirSync(resolve(__dirname, '../openapi'), { recursive: true })
writeFileSync(file, JSON.stringify(buildOpenApi(allRoutes(), API_VERSION), null, 2) + '\n')
console.log(`wrote ${file}`)

/**
 * openapi/openapi.json is generated from the route table's zod schemas; it must not drift.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildOpenApi } from '../../src/http/openapi'
import { allRoutes, API_VERSION } from '../../src/http/routes'

describe('OpenAPI document', () => {
  const generated = buildOpenApi(allRoutes(), API_VERSION)

  test('the committed openapi/openapi.json equals the generated one (run `npm run openapi`)', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../openapi/openapi.json'), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)))
  })

  test('every route is documented with an operation id, and money-moving POSTs require Idempotency-Key', () => {
    const paths = generated.paths as Record<string, Record<string, { operationId: string; parameters?: { in: string; name: string; required?: boolean }[] }>>
    for (const r of allRoutes()) {
      const op = paths[r.path]?.[r.method]
      expect(op?.operationId).toBe(r.operationId)
    }
    const create = paths['/v1/withdrawals']!.post!
    expect(create.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true })]))
    expect(generated.openapi).toBe('3.1.0')
  })
})

/**
 * Finds the places of an OpenAPI 3.1 document that lack a description or an example: every property of
 * every schema (component or inline, at any depth) and every parameter. A `$ref` counts with what the
 * referenced schema has; `anyOf`/`oneOf` (nullable references) with what any branch has.
 */
type Json = Record<string, unknown>

function resolve(doc: Json, s: Json | undefined, seen = new Set<string>()): Json[] {
  if (!s || typeof s !== 'object') return []
  const out: Json[] = [s]
  const ref = s.$ref
  if (typeof ref === 'string' && ref.startsWith('#/') && !seen.has(ref)) {
    seen.add(ref)
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((o, k) => (o as Json | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc) as Json | undefined
    out.push(...resolve(doc, target, seen))
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = s[k]
    if (Array.isArray(list)) for (const b of list) out.push(...resolve(doc, b as Json, seen))
  }
  return out
}

const has = (views: Json[], key: 'description' | 'example') =>
  views.some((v) => (key === 'example' ? 'example' in v || (Array.isArray(v.examples) && v.examples.length > 0) : typeof v.description === 'string' && v.description.length > 0))

function isContainer(doc: Json, views: Json[]): boolean {
  return views.some((v) => v.properties !== undefined || (v.items !== undefined && (isContainer(doc, resolve(doc, v.items as Json)) || has(resolve(doc, v.items as Json), 'example'))))
}

export function undocumentedFields(doc: Json): string[] {
  const problems: string[] = []
  const visited = new Set<unknown>()
  const walk = (s: unknown, where: string) => {
    if (!s || typeof s !== 'object' || visited.has(s)) return
    visited.add(s)
    const o = s as Json
    const props = o.properties as Record<string, Json> | undefined
    if (props) {
      for (const [name, p] of Object.entries(props)) {
        const views = resolve(doc, p)
        if (!has(views, 'description')) problems.push(`${where}/properties/${name}: no description`)
        // An object (or array of objects) is illustrated by its members' examples, which are checked too.
        if (!has(views, 'example') && !isContainer(doc, views)) problems.push(`${where}/properties/${name}: no example`)
        walk(p, `${where}/properties/${name}`)
      }
    }
    for (const k of ['items', 'additionalProperties']) if (o[k] && typeof o[k] === 'object') walk(o[k], `${where}/${k}`)
    for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach((b, i) => walk(b, `${where}/${k}/${i}`))
  }
  const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>
  for (const [name, s] of Object.entries(components)) {
    if (!has([s], 'description')) problems.push(`#/components/schemas/${name}: no description`)
    walk(s, `#/components/schemas/${name}`)
  }
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const where = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`
      for (const p of (op.parameters ?? []) as Json[]) {
        const views = [p, ...resolve(doc, p.schema as Json)]
        if (!has(views, 'description')) problems.push(`${where} parameter ${p.in}:${p.name}: no description`)
        if (!has(views, 'example')) problems.push(`${where} parameter ${p.in}:${p.name}: no example`)
      }
      const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined
      for (const [ct, m] of Object.entries(body ?? {})) walk(m.schema, `${where}/requestBody/${ct}`)
      for (const [status, r] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
        for (const [ct, m] of Object.entries((r.content ?? {}) as Record<string, Json>)) walk(m.schema, `${where}/responses/${status}/${ct}`)
      }
    }
  }
  return problems
}

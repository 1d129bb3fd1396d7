#!/usr/bin/env node
/**
 * Generates the TypeScript types of the API client (src/client/schema.d.ts) from openapi/openapi.json
 * with openapi-typescript. `npm run client:generate` writes the file; `--check` only compares and exits
 * with 1 when the committed file differs (test/integration/client.test.ts runs that).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const specFile = resolve(root, 'openapi/openapi.json')
const outFile = resolve(root, 'src/client/schema.d.ts')

const HEADER = `/**
 * Types of the custody backend API, generated from openapi/openapi.json by openapi-typescript.
 * Do not edit: run \`npm run client:generate\` (a test fails when this file drifts from the document).
 */

`

const ast = await openapiTS(JSON.parse(readFileSync(specFile, 'utf8')), { alphabetize: false, exportType: false })
const text = HEADER + astToString(ast)
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(outFile, 'utf8')
  } catch {
    // missing counts as drift
  }
  if (current !== text) {
    console.error(`${outFile} is out of date with openapi/openapi.json: run \`npm run client:generate\``)
    process.exit(1)
  }
  console.log('client types are up to date')
} else {
  writeFileSync(outFile, text)
  console.log(`wrote ${outFile}`)
}

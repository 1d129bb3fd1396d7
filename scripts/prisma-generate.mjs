#!/usr/bin/env node
// Runs `prisma generate` without network access.
//
// The Prisma CLI wants to download its schema-engine binary before it generates anything, even though
// generating the client never uses it. Where that download is impossible (offline CI, this project's
// machines) pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download. Migrations
// are applied by our own migrator (src/db/migrator.ts), so the engine is never needed here.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const env = { ...process.env }
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath
env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1'
const cli = require.resolve('prisma/build/index.js')
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env })
process.exit(result.status ?? 1)

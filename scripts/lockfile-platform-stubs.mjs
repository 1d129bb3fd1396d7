#!/usr/bin/env node
// Keeps package-lock.json installable with `npm ci` from a registry that lacks some platform builds.
//
// Native packages (swc, unrs-resolver, msgpackr-extract, …) list one optional dependency per platform.
// When the registry we install from does not carry a platform's build of that exact version,
// `npm install` leaves it out of the lockfile, and `npm ci` then refuses the lockfile ("Missing: … from
// lock file"). This adds, for each such missing optional platform package, a lock entry that names its
// os/cpu (read from the package name), so `npm ci` sees a complete lockfile and skips the entry on this
// platform without fetching it. Run after `npm install` (npm run lock:fix); CI's `npm ci` proves it works.
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd']
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'loong64', 'riscv64', 'mips64el', 'amd64', 'x86_64', 'aarch64', 'universal']

function platformOf(name) {
  const base = name.split('/').pop()
  const parts = base.split('-')
  const os = parts.find((p) => OS.includes(p))
  let cpu = parts.find((p) => CPU.includes(p))
  if (cpu === 'amd64' || cpu === 'x86_64') cpu = 'x64'
  if (cpu === 'aarch64') cpu = 'arm64'
  if (!os && !cpu) return null
  const entry = {}
  if (os) entry.os = [os]
  if (cpu && cpu !== 'universal') entry.cpu = [cpu]
  if (parts.includes('musl') || parts.includes('musleabihf')) entry.libc = ['musl']
  else if (os === 'linux' && (parts.includes('gnu') || parts.includes('gnueabihf'))) entry.libc = ['glibc']
  return entry
}

let added = 0
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const prefix = path ? `${path}/node_modules/` : 'node_modules/'
    const candidates = [prefix + dep, `node_modules/${dep}`]
    if (candidates.some((c) => lock.packages[c])) continue
    const platform = platformOf(dep)
    if (!platform) continue
    lock.packages[`node_modules/${dep}`] = { version: range.replace(/^[\^~=]/, ''), ...platform, optional: true, ...(pkg.dev ? { dev: true } : {}) }
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)))
lock.packages = sorted
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`lockfile: ${added} platform stub entr${added === 1 ? 'y' : 'ies'} added`)

/**
 * A SoftHSM2 token for one test file: its own token directory in a temporary folder (SOFTHSM2_CONF points
 * at it before the PKCS#11 module is initialized), initialized with `softhsm2-util`, removed at the end.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const MODULE_CANDIDATES = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
]

export interface SoftHsmToken {
  module: string
  tokenLabel: string
  pin: string
  soPin: string
  dir: string
  /** environment for the service: KEY_BACKEND=pkcs11 and the PKCS11_* settings of this token */
  env: Record<string, string>
  remove(): void
}

export function softHsmModule(): string {
  const found = MODULE_CANDIDATES.find((p) => existsSync(p))
  if (!found) throw new Error(`SoftHSM2 is not installed (apt-get install softhsm2); looked for ${MODULE_CANDIDATES.join(', ')}`)
  return found
}

export function createSoftHsmToken(label = 'custody-test'): SoftHsmToken {
  const module = softHsmModule()
  const dir = mkdtempSync(join(tmpdir(), 'custody-softhsm-'))
  mkdirSync(join(dir, 'tokens'))
  const conf = join(dir, 'softhsm2.conf')
  writeFileSync(conf, `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`)
  // SoftHSM reads this at C_Initialize; each test file sets its own before the module is initialized.
  process.env.SOFTHSM2_CONF = conf
  const pin = '123456'
  const soPin = '87654321'
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', soPin], { env: { ...process.env, SOFTHSM2_CONF: conf }, stdio: 'pipe' })
  return {
    module,
    tokenLabel: label,
    pin,
    soPin,
    dir,
    env: { KEY_BACKEND: 'pkcs11', PKCS11_MODULE: module, PKCS11_TOKEN_LABEL: label, PKCS11_PIN: pin, PKCS11_KEK_LABEL: 'custody-kek-1' },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

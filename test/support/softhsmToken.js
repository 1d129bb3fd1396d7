// @ts-check
/**
 * Creates a SoftHSM2 token in its own temporary directory and points SOFTHSM2_CONF at it. Plain
 * JavaScript because the jest test environment (softhsmEnvironment.js) loads it untransformed; the
 * benchmark uses it too.
 */
const { execFileSync } = require('node:child_process')
const { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { join } = require('node:path')

const MODULE_CANDIDATES = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
]

function softHsmModule() {
  const found = MODULE_CANDIDATES.find((p) => existsSync(p))
  if (!found) throw new Error(`SoftHSM2 is not installed (apt-get install softhsm2); looked for ${MODULE_CANDIDATES.join(', ')}`)
  return found
}

/**
 * @param {string} [label]
 */
function createSoftHsmToken(label = 'custody-test') {
  const module = softHsmModule()
  const dir = mkdtempSync(join(tmpdir(), 'custody-softhsm-'))
  mkdirSync(join(dir, 'tokens'))
  const conf = join(dir, 'softhsm2.conf')
  writeFileSync(conf, `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`)
  // The library reads this when the module is initialized (C_Initialize), from the real process environment.
  process.env.SOFTHSM2_CONF = conf
  const pin = '123456'
  const soPin = '87654321'
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', soPin], {
    env: { ...process.env, SOFTHSM2_CONF: conf },
    stdio: 'pipe',
  })
  return {
    module,
    tokenLabel: label,
    pin,
    soPin,
    dir,
    conf,
    env: { KEY_BACKEND: 'pkcs11', PKCS11_MODULE: module, PKCS11_TOKEN_LABEL: label, PKCS11_PIN: pin, PKCS11_KEK_LABEL: 'custody-kek-1' },
  }
}

/** @param {{ dir: string }} token */
function removeSoftHsmToken(token) {
  rmSync(token.dir, { recursive: true, force: true })
}

module.exports = { createSoftHsmToken, removeSoftHsmToken, softHsmModule }

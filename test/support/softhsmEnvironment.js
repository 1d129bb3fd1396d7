/**
 * Jest environment for PKCS#11 test files (`@jest-environment ./test/support/softhsmEnvironment.js`): each
 * test file gets its own SoftHSM2 token in a temporary directory.
 *
 * Why an environment: SoftHSM reads SOFTHSM2_CONF from the real process environment when the module is
 * initialized, and jest hands test code a copy of process.env. The environment runs outside that sandbox,
 * sets the variable before the copy is made, and removes the token directory after the file.
 */
const { TestEnvironment } = require('jest-environment-node')
const { createSoftHsmToken, removeSoftHsmToken } = require('./softhsmToken')

class SoftHsmEnvironment extends TestEnvironment {
  constructor(config, context) {
    const token = createSoftHsmToken()
    super(config, context)
    this.token = token
    this.global.__SOFTHSM_TOKEN__ = token
  }

  async teardown() {
    await super.teardown()
    removeSoftHsmToken(this.token)
  }
}

module.exports = SoftHsmEnvironment

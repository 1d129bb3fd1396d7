/**
 * The SoftHSM2 token of the running test file, made by test/support/softhsmEnvironment.js.
 */
import type { SoftHsmTokenInfo } from './softhsmToken'

export type { SoftHsmTokenInfo } from './softhsmToken'

export function softHsmToken(): SoftHsmTokenInfo {
  const token = (globalThis as { __SOFTHSM_TOKEN__?: SoftHsmTokenInfo }).__SOFTHSM_TOKEN__
  if (!token) throw new Error('no SoftHSM token: start the test file with /** @jest-environment ./test/support/softhsmEnvironment.js */')
  return token
}

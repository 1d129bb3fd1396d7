export interface SoftHsmTokenInfo {
  module: string
  tokenLabel: string
  pin: string
  soPin: string
  dir: string
  conf: string
  /** KEY_BACKEND=pkcs11 and the PKCS11_* settings of this token */
  env: Record<string, string>
}
export function createSoftHsmToken(label?: string): SoftHsmTokenInfo
export function removeSoftHsmToken(token: { dir: string }): void
export function softHsmModule(): string

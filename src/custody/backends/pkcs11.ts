/**
 * The `pkcs11` key backend: an HSM (or SoftHSM2 in tests) through PKCS#11 v2.40, with pkcs11js.
 *
 * - `hd` seeds: the data key is wrapped inside the HSM by an AES-256 KEK (CKA_LABEL = PKCS11_KEK_LABEL,
 *   created in the token on first use: sensitive, never extractable, wrap/unwrap only) with
 *   `CKM_AES_KEY_WRAP_PAD` (RFC 5649, authenticated). The wrapped payload is the 32-byte data key followed by
 *   the first 16 bytes of SHA-256 of the encryption context, so a wrapped key copied to another wallet
 *   unwraps to a mismatching context and is refused. Stored: 0x01 ‖ KWP(KEK, data key ‖ context digest);
 *   the KEK id is `pkcs11:<label>`, and the labels of earlier KEKs keep unwrapping until a rotation ends.
 *   Rotation unwraps into a sensitive session object and wraps it under the new KEK: the data key never
 *   leaves the HSM.
 * - `hsm-key` wallets: secp256k1 key pairs generated in the token (`CKM_EC_KEY_PAIR_GEN`, EC params OID
 *   1.3.132.0.10), the private key sensitive and never extractable; signatures are `CKM_ECDSA` over the
 *   keccak256 digest (raw r‖s, completed by the signer); the public key comes from `CKA_EC_POINT`.
 *
 * One logged-in session per backend, used by one operation at a time (PKCS#11 sessions are not to be
 * shared by concurrent operations). A lost session (token removed, HSM restarted, handle invalid) is
 * reopened once per operation; a wrong or locked PIN is never retried, so a retry loop cannot lock the
 * token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type * as Pkcs11Types from 'pkcs11js'
import type { Pkcs11Config } from '../../config'
import { AppError } from '../../lib/errors'
import {
  contextAad,
  type EncryptionContext,
  type GeneratedDataKey,
  type KeyBackend,
  type RewrappedDataKey,
  type SigningKeyInfo,
  type SigningKeyStore,
} from '../keyBackend'
import { publicKeyFromEcPoint } from '../secp256k1'

type Pkcs11Module = typeof Pkcs11Types
type Handle = Buffer

const FORMAT_V1 = 0x01
const DATA_KEY_BYTES = 32
const CONTEXT_DIGEST_BYTES = 16
/** DER of OID 1.3.132.0.10 (secp256k1), the EC params of an hsm-key. */
export const SECP256K1_EC_PARAMS = Buffer.from('06052b8104000a', 'hex')

/** Results that mean the session or token went away: reopen and try once more. */
const SESSION_LOST = [
  'CKR_SESSION_HANDLE_INVALID',
  'CKR_SESSION_CLOSED',
  'CKR_USER_NOT_LOGGED_IN',
  'CKR_TOKEN_NOT_PRESENT',
  'CKR_TOKEN_NOT_RECOGNIZED',
  'CKR_DEVICE_REMOVED',
  'CKR_DEVICE_ERROR',
  'CKR_DEVICE_MEMORY',
  'CKR_CRYPTOKI_NOT_INITIALIZED',
  'CKR_OBJECT_HANDLE_INVALID',
  'CKR_KEY_HANDLE_INVALID',
  'CKR_SLOT_ID_INVALID',
]
/** Login refused: never retried (a retry loop would lock the token). */
const LOGIN_REFUSED = ['CKR_PIN_INCORRECT', 'CKR_PIN_LOCKED', 'CKR_PIN_EXPIRED', 'CKR_PIN_INVALID', 'CKR_PIN_LEN_RANGE']
const NOT_PERMITTED = ['CKR_KEY_FUNCTION_NOT_PERMITTED', 'CKR_KEY_TYPE_INCONSISTENT', 'CKR_MECHANISM_INVALID', 'CKR_KEY_UNEXTRACTABLE', 'CKR_KEY_NOT_WRAPPABLE']

function ckr(e: unknown): string {
  const m = (e as { message?: string })?.message ?? ''
  return /^(CKR_[A-Z_]+)/.exec(m)?.[1] ?? ''
}

class SessionLost extends Error {}

/**
 * One loaded PKCS#11 module per library path and process: C_Initialize and C_Finalize are per
 * application, so backends (e.g. api and a CLI rotation in one process) share it and count references.
 */
const modules = new Map<string, { p: Pkcs11Types.PKCS11; refs: number }>()

function acquireModule(lib: Pkcs11Module, path: string): Pkcs11Types.PKCS11 {
  let m = modules.get(path)
  if (!m) {
    const p = new lib.PKCS11()
    try {
      p.load(path)
    } catch (cause) {
      throw new AppError('key_unusable', `PKCS#11 module ${path} cannot be loaded`, { cause })
    }
    try {
      p.C_Initialize()
    } catch (cause) {
      if (ckr(cause) !== 'CKR_CRYPTOKI_ALREADY_INITIALIZED') {
        p.close()
        throw new AppError('key_backend_unavailable', `PKCS#11 C_Initialize failed: ${ckr(cause) || (cause as Error).message}`, { cause })
      }
    }
    m = { p, refs: 0 }
    modules.set(path, m)
  }
  m.refs++
  return m.p
}

function releaseModule(path: string): void {
  const m = modules.get(path)
  if (!m) return
  if (--m.refs > 0) return
  modules.delete(path)
  try {
    m.p.C_Finalize()
  } catch {
    // already finalized
  }
  m.p.close()
}

interface Session {
  p: Pkcs11Types.PKCS11
  handle: Handle
  objects: Map<string, Handle>
}

export class Pkcs11KeyBackend implements KeyBackend {
  readonly name = 'pkcs11' as const
  readonly signingKeys: SigningKeyStore
  readonly #config: Pkcs11Config
  #lib?: Pkcs11Module
  #session: Session | null = null
  #moduleHeld = false
  #loginRefused: AppError | null = null
  #queue: Promise<unknown> = Promise.resolve()

  constructor(config: Pkcs11Config) {
    this.#config = config
    this.signingKeys = new HsmSigningKeys(this)
  }

  async currentKekId(): Promise<string> {
    return `pkcs11:${this.#config.kekLabel}`
  }

  async generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey> {
    const kekId = await this.currentKekId()
    return this.run('wrap a new data key', async (p, s) => {
      const kek = this.#kek(p, s, this.#config.kekLabel, true)
      const random = p.C_GenerateRandom(s.handle, Buffer.alloc(DATA_KEY_BYTES))
      const plaintext = new Uint8Array(random)
      random.fill(0)
      const payload = Buffer.concat([plaintext, contextDigest(context)])
      let obj: Handle | undefined
      try {
        obj = p.C_CreateObject(s.handle, [
          { type: lib(this).CKA_CLASS, value: lib(this).CKO_SECRET_KEY },
          { type: lib(this).CKA_KEY_TYPE, value: lib(this).CKK_GENERIC_SECRET },
          { type: lib(this).CKA_TOKEN, value: false },
          { type: lib(this).CKA_SENSITIVE, value: true },
          { type: lib(this).CKA_EXTRACTABLE, value: true },
          { type: lib(this).CKA_VALUE, value: payload },
        ])
        const wrapped = await p.C_WrapKeyAsync(s.handle, { mechanism: lib(this).CKM_AES_KEY_WRAP_PAD }, kek, obj, Buffer.alloc(128))
        return { plaintext, wrapped: new Uint8Array(Buffer.concat([Buffer.from([FORMAT_V1]), wrapped])), kekId }
      } catch (e) {
        plaintext.fill(0)
        throw e
      } finally {
        payload.fill(0)
        if (obj) destroy(p, s, obj)
      }
    })
  }

  async unwrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext): Promise<Uint8Array> {
    const label = kekLabel(kekId)
    const body = wrappedBody(wrapped)
    return this.run('unwrap a data key', async (p, s) => {
      const kek = this.#kek(p, s, label, false)
      const obj = await this.#unwrap(p, s, kek, body, false)
      let value: Buffer | undefined
      try {
        value = p.C_GetAttributeValue(s.handle, obj, [{ type: lib(this).CKA_VALUE }])[0]?.value as Buffer | undefined
        if (!value || value.length !== DATA_KEY_BYTES + CONTEXT_DIGEST_BYTES) {
          throw new AppError('key_backend_failed', 'unwrapped data key has an unexpected length', { retryable: false })
        }
        if (!timingSafeEqual(value.subarray(DATA_KEY_BYTES), contextDigest(context))) {
          throw new AppError('key_backend_failed', 'wrapped data key belongs to another encryption context (another wallet)', { retryable: false })
        }
        return new Uint8Array(value.subarray(0, DATA_KEY_BYTES))
      } finally {
        value?.fill(0)
        destroy(p, s, obj)
      }
    })
  }

  async rewrapDataKey(wrapped: Uint8Array, kekId: string, _context: EncryptionContext, targetKekId: string): Promise<RewrappedDataKey> {
    const from = kekLabel(kekId)
    const to = kekLabel(targetKekId)
    const body = wrappedBody(wrapped)
    return this.run('re-wrap a data key', async (p, s) => {
      const oldKek = this.#kek(p, s, from, false)
      const newKek = this.#kek(p, s, to, to === this.#config.kekLabel)
      // Sensitive session object: wrappable, but its value can't be read, not even by this process.
      const obj = await this.#unwrap(p, s, oldKek, body, true)
      try {
        const out = await p.C_WrapKeyAsync(s.handle, { mechanism: lib(this).CKM_AES_KEY_WRAP_PAD }, newKek, obj, Buffer.alloc(128))
        return { wrapped: new Uint8Array(Buffer.concat([Buffer.from([FORMAT_V1]), out])), kekId: targetKekId }
      } finally {
        destroy(p, s, obj)
      }
    })
  }

  async close(): Promise<void> {
    await this.#queue.catch(() => undefined)
    this.#closeSession()
  }

  /**
   * Runs one operation on the session, one at a time. A lost session is reopened and the operation tried
   * once more; PKCS#11 results become AppErrors.
   */
  run<T>(what: string, op: (p: Pkcs11Types.PKCS11, s: Session) => Promise<T> | T): Promise<T> {
    const next = this.#queue.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          const s = this.#open()
          try {
            return await op(s.p, s)
          } catch (e) {
            if (SESSION_LOST.includes(ckr(e))) throw new SessionLost(ckr(e), { cause: e })
            throw e
          }
        } catch (e) {
          if (e instanceof SessionLost) {
            this.#closeSession()
            if (attempt < 2) continue
            throw new AppError('key_backend_unavailable', `PKCS#11 ${what} failed: ${e.message} (the session was reopened once)`, { cause: e.cause })
          }
          throw this.#error(e, what)
        }
      }
    })
    this.#queue = next.catch(() => undefined)
    return next
  }

  #error(e: unknown, what: string): AppError {
    if (e instanceof AppError) return e
    const code = ckr(e)
    if (NOT_PERMITTED.includes(code)) return new AppError('key_unusable', `PKCS#11 ${what} failed: ${code}`, { cause: e, extra: { backendError: code } })
    return new AppError('key_backend_failed', `PKCS#11 ${what} failed: ${code || (e as Error)?.message}`, { cause: e, extra: { backendError: code } })
  }

  #open(): Session {
    if (this.#session) return this.#session
    if (this.#loginRefused) throw this.#loginRefused
    const l = lib(this)
    const cfg = this.#config
    const p = acquireModule(l, cfg.module)
    this.#moduleHeld = true
    let handle: Handle | undefined
    try {
      const slot = this.#findSlot(p)
      handle = p.C_OpenSession(slot, l.CKF_SERIAL_SESSION | l.CKF_RW_SESSION)
      try {
        p.C_Login(handle, l.CKU_USER, cfg.pin)
      } catch (e) {
        const code = ckr(e)
        if (code !== 'CKR_USER_ALREADY_LOGGED_IN') {
          if (LOGIN_REFUSED.includes(code)) {
            this.#loginRefused = new AppError(
              'key_unusable',
              `PKCS#11 login to the token refused: ${code}${code === 'CKR_PIN_INCORRECT' ? ' (wrong PKCS11_PIN; not retried, so the token is not locked)' : ''}`,
              { cause: e, extra: { backendError: code } },
            )
            throw this.#loginRefused
          }
          throw e
        }
      }
      this.#session = { p, handle, objects: new Map() }
      return this.#session
    } catch (e) {
      if (handle) {
        try {
          p.C_CloseSession(handle)
        } catch {
          // the session is gone anyway
        }
      }
      this.#releaseModule()
      if (e instanceof AppError) throw e
      if (SESSION_LOST.includes(ckr(e))) throw new SessionLost(ckr(e), { cause: e })
      throw new AppError('key_backend_unavailable', `PKCS#11 session cannot be opened: ${ckr(e) || (e as Error).message}`, { cause: e })
    }
  }

  #findSlot(p: Pkcs11Types.PKCS11): Handle {
    const cfg = this.#config
    const slots = p.C_GetSlotList(true)
    for (const slot of slots) {
      if (cfg.slot !== undefined && slotNumber(slot) !== cfg.slot) continue
      if (cfg.tokenLabel !== undefined && p.C_GetTokenInfo(slot).label.trim() !== cfg.tokenLabel) continue
      return slot
    }
    const which = [cfg.tokenLabel !== undefined ? `label "${cfg.tokenLabel}"` : '', cfg.slot !== undefined ? `slot ${cfg.slot}` : ''].filter(Boolean).join(' and ')
    throw new AppError('key_backend_unavailable', `no PKCS#11 token with ${which} is present`)
  }

  #closeSession(): void {
    const s = this.#session
    this.#session = null
    if (s) {
      try {
        s.p.C_CloseSession(s.handle)
      } catch {
        // the session is gone anyway
      }
    }
    this.#releaseModule()
  }

  #releaseModule(): void {
    if (!this.#moduleHeld) return
    this.#moduleHeld = false
    releaseModule(this.#config.module)
  }

  /** The AES KEK with this label; the configured one is generated in the token when missing. */
  #kek(p: Pkcs11Types.PKCS11, s: Session, label: string, create: boolean): Handle {
    const cacheKey = `kek:${label}`
    const cached = s.objects.get(cacheKey)
    if (cached) return cached
    const l = lib(this)
    const found = findObjects(p, s, [
      { type: l.CKA_CLASS, value: l.CKO_SECRET_KEY },
      { type: l.CKA_KEY_TYPE, value: l.CKK_AES },
      { type: l.CKA_LABEL, value: label },
    ])
    if (found.length > 1) throw new AppError('key_unusable', `more than one AES key labelled "${label}" in the token`)
    let kek = found[0]
    if (!kek) {
      if (!create) throw new AppError('key_unusable', `the KEK "${label}" that wrapped this data key is not in the token`)
      kek = p.C_GenerateKey(s.handle, { mechanism: l.CKM_AES_KEY_GEN }, [
        { type: l.CKA_CLASS, value: l.CKO_SECRET_KEY },
        { type: l.CKA_KEY_TYPE, value: l.CKK_AES },
        { type: l.CKA_VALUE_LEN, value: 32 },
        { type: l.CKA_TOKEN, value: true },
        { type: l.CKA_PRIVATE, value: true },
        { type: l.CKA_SENSITIVE, value: true },
        { type: l.CKA_EXTRACTABLE, value: false },
        { type: l.CKA_WRAP, value: true },
        { type: l.CKA_UNWRAP, value: true },
        { type: l.CKA_ENCRYPT, value: false },
        { type: l.CKA_DECRYPT, value: false },
        { type: l.CKA_LABEL, value: label },
      ])
    }
    s.objects.set(cacheKey, kek)
    return kek
  }

  async #unwrap(p: Pkcs11Types.PKCS11, s: Session, kek: Handle, body: Buffer, sensitive: boolean): Promise<Handle> {
    const l = lib(this)
    try {
      return await p.C_UnwrapKeyAsync(s.handle, { mechanism: l.CKM_AES_KEY_WRAP_PAD }, kek, body, [
        { type: l.CKA_CLASS, value: l.CKO_SECRET_KEY },
        { type: l.CKA_KEY_TYPE, value: l.CKK_GENERIC_SECRET },
        { type: l.CKA_TOKEN, value: false },
        { type: l.CKA_SENSITIVE, value: sensitive },
        { type: l.CKA_EXTRACTABLE, value: true },
      ])
    } catch (e) {
      if (SESSION_LOST.includes(ckr(e))) throw e
      // KWP's integrity check failed (tokens report it as WRAPPED_KEY_INVALID, or GENERAL_ERROR).
      throw new AppError('key_backend_failed', `wrapped data key failed authentication in the HSM (tampered, or another KEK): ${ckr(e)}`, { cause: e, retryable: false })
    }
  }

  lib(): Pkcs11Module {
    // Loaded on first use: deployments on another backend never load the native addon.
    this.#lib ??= require('pkcs11js') as Pkcs11Module
    return this.#lib
  }
}

function lib(b: Pkcs11KeyBackend): Pkcs11Module {
  return b.lib()
}

function slotNumber(slot: Handle): number {
  return slot.length >= 8 ? Number(slot.readBigUInt64LE(0)) : slot.readUInt32LE(0)
}

function contextDigest(context: EncryptionContext): Buffer {
  return createHash('sha256').update(contextAad(context)).digest().subarray(0, CONTEXT_DIGEST_BYTES)
}

function kekLabel(kekId: string): string {
  if (!kekId.startsWith('pkcs11:')) throw new AppError('key_unusable', `data key was wrapped by ${kekId}, not by a PKCS#11 KEK`)
  return kekId.slice('pkcs11:'.length)
}

function wrappedBody(wrapped: Uint8Array): Buffer {
  if (wrapped.length < 2 || wrapped[0] !== FORMAT_V1) throw new AppError('key_backend_failed', 'wrapped data key has an unknown format', { retryable: false })
  return Buffer.from(wrapped.subarray(1))
}

function findObjects(p: Pkcs11Types.PKCS11, s: Session, template: Pkcs11Types.Template): Handle[] {
  p.C_FindObjectsInit(s.handle, template)
  try {
    return p.C_FindObjects(s.handle, 16)
  } finally {
    p.C_FindObjectsFinal(s.handle)
  }
}

function destroy(p: Pkcs11Types.PKCS11, s: Session, obj: Handle): void {
  try {
    p.C_DestroyObject(s.handle, obj)
  } catch {
    // session objects die with the session anyway
  }
}

/** `hsm-key` wallets: secp256k1 key pairs generated in the token. */
class HsmSigningKeys implements SigningKeyStore {
  readonly custody = 'hsm-key' as const

  constructor(private readonly backend: Pkcs11KeyBackend) {}

  async createKey(walletId: string): Promise<SigningKeyInfo> {
    const id = Buffer.from(walletId.replace(/-/g, ''), 'hex').length === 16 ? Buffer.from(walletId.replace(/-/g, ''), 'hex') : randomBytes(16)
    const label = `custody-wallet-${walletId}`
    return this.backend.run('generate a secp256k1 key pair', async (p, s) => {
      const l = this.backend.lib()
      // A pair with this wallet's CKA_ID exists only if an earlier attempt generated it and then lost its
      // session: the wallet row does not exist yet, so that pair is this wallet's, not a second one.
      const existing = findObjects(p, s, [{ type: l.CKA_CLASS, value: l.CKO_PUBLIC_KEY }, { type: l.CKA_ID, value: id }])
      if (existing.length === 1) return { keyRef: id.toString('hex'), publicKey: this.#publicKey(p, s, existing[0]!) }
      const { privateKey, publicKey } = await p.C_GenerateKeyPairAsync(
        s.handle,
        { mechanism: l.CKM_EC_KEY_PAIR_GEN },
        [
          { type: l.CKA_TOKEN, value: true },
          { type: l.CKA_PRIVATE, value: false },
          { type: l.CKA_VERIFY, value: true },
          { type: l.CKA_EC_PARAMS, value: SECP256K1_EC_PARAMS },
          { type: l.CKA_ID, value: id },
          { type: l.CKA_LABEL, value: label },
        ],
        [
          { type: l.CKA_TOKEN, value: true },
          { type: l.CKA_PRIVATE, value: true },
          { type: l.CKA_SENSITIVE, value: true },
          { type: l.CKA_EXTRACTABLE, value: false },
          { type: l.CKA_SIGN, value: true },
          { type: l.CKA_DERIVE, value: false },
          { type: l.CKA_ID, value: id },
          { type: l.CKA_LABEL, value: label },
        ],
      )
      const [extractable] = p.C_GetAttributeValue(s.handle, privateKey, [{ type: l.CKA_EXTRACTABLE }])
      if (extractable?.value?.[0]) throw new AppError('key_unusable', 'the token generated an extractable private key; refused')
      s.objects.set(`priv:${id.toString('hex')}`, privateKey)
      return { keyRef: id.toString('hex'), publicKey: this.#publicKey(p, s, publicKey) }
    })
  }

  async adoptKey(ref: string): Promise<SigningKeyInfo> {
    return this.backend.run(`adopt the key pair "${ref}"`, async (p, s) => {
      const l = this.backend.lib()
      const privs = findObjects(p, s, [
        { type: l.CKA_CLASS, value: l.CKO_PRIVATE_KEY },
        { type: l.CKA_KEY_TYPE, value: l.CKK_EC },
        { type: l.CKA_LABEL, value: ref },
      ])
      if (privs.length !== 1) throw new AppError('key_unusable', `expected one EC private key labelled "${ref}" in the token, found ${privs.length}`)
      const priv = privs[0]!
      const attrs = p.C_GetAttributeValue(s.handle, priv, [{ type: l.CKA_ID }, { type: l.CKA_EXTRACTABLE }, { type: l.CKA_SIGN }, { type: l.CKA_EC_PARAMS }])
      const [id, extractable, canSign, params] = attrs.map((a) => a.value as Buffer)
      if (!id?.length) throw new AppError('key_unusable', `key "${ref}" has no CKA_ID`)
      if (extractable?.[0]) throw new AppError('key_unusable', `key "${ref}" is extractable; only non-extractable keys are adopted`)
      if (!canSign?.[0]) throw new AppError('key_unusable', `key "${ref}" may not sign (CKA_SIGN is false)`)
      if (!params?.equals(SECP256K1_EC_PARAMS)) throw new AppError('key_unusable', `key "${ref}" is not a secp256k1 key`)
      const pubs = findObjects(p, s, [
        { type: l.CKA_CLASS, value: l.CKO_PUBLIC_KEY },
        { type: l.CKA_KEY_TYPE, value: l.CKK_EC },
        { type: l.CKA_ID, value: id },
      ])
      if (pubs.length !== 1) throw new AppError('key_unusable', `expected one public key with the CKA_ID of "${ref}", found ${pubs.length}`)
      return { keyRef: id.toString('hex'), publicKey: this.#publicKey(p, s, pubs[0]!) }
    })
  }

  async signDigest(keyRef: string, digest: Uint8Array): Promise<{ r: bigint; s: bigint }> {
    return this.backend.run(`sign with key ${keyRef}`, async (p, s) => {
      const l = this.backend.lib()
      const cacheKey = `priv:${keyRef}`
      let priv = s.objects.get(cacheKey)
      if (!priv) {
        const found = findObjects(p, s, [
          { type: l.CKA_CLASS, value: l.CKO_PRIVATE_KEY },
          { type: l.CKA_ID, value: Buffer.from(keyRef, 'hex') },
        ])
        if (found.length !== 1) throw new AppError('key_unusable', `private key ${keyRef} is ${found.length ? 'ambiguous' : 'not'} in the token`)
        priv = found[0]!
        s.objects.set(cacheKey, priv)
      }
      p.C_SignInit(s.handle, { mechanism: l.CKM_ECDSA }, priv)
      const sig = await p.C_SignAsync(s.handle, Buffer.from(digest), Buffer.alloc(64))
      if (sig.length !== 64) throw new AppError('key_backend_failed', `CKM_ECDSA returned ${sig.length} bytes, expected r‖s of 64`, { retryable: false })
      return { r: BigInt('0x' + sig.subarray(0, 32).toString('hex')), s: BigInt('0x' + sig.subarray(32).toString('hex')) }
    })
  }

  #publicKey(p: Pkcs11Types.PKCS11, s: Session, pub: Handle): Uint8Array {
    const [point] = p.C_GetAttributeValue(s.handle, pub, [{ type: this.backend.lib().CKA_EC_POINT }])
    if (!point?.value) throw new AppError('key_unusable', 'public key has no CKA_EC_POINT')
    return publicKeyFromEcPoint(point.value as Buffer)
  }
}

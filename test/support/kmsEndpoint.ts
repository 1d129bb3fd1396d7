/**
 * A small AWS-KMS-compatible HTTP endpoint for tests: the JSON 1.1 protocol (`X-Amz-Target:
 * TrentService.<Operation>`) that @aws-sdk/client-kms speaks, backed by real cryptography, so the real SDK
 * can be pointed at it through its `endpoint` option. One per test file, on a free loopback port.
 *
 * Operations: CreateKey, DescribeKey, CreateAlias, UpdateAlias, GetPublicKey, Sign, GenerateDataKey,
 * Encrypt, Decrypt, ReEncrypt, EnableKey, DisableKey.
 *  - symmetric keys: AES-256-GCM with the encryption context as AAD; the ciphertext blob carries the key id,
 *    so Decrypt works without KeyId, and a changed blob or context is refused (InvalidCiphertextException);
 *  - ECC_SECG_P256K1 keys: ECDSA with a random nonce and NO low-s normalization, DER-encoded, as KMS
 *    does: s is in the high half about half of the time, r and s take 33 bytes when their top bit is set,
 *    and every `shortEvery`-th signature is ground until r or s takes 31 bytes (rare naturally: 1/256);
 *  - failures on demand: `failNext` (e.g. ThrottlingException), `delayNext` (timeouts), DisableKey.
 */
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { secp256k1 } from '@noble/curves/secp256k1'
import { sha256 } from '@noble/hashes/sha2'
import { contextAad } from '../../src/custody/keyBackend'
import { encodeDerSignature, spkiFromPublicKey } from '../../src/custody/secp256k1'

const REGION = 'us-east-1'
const ACCOUNT = '111122223333'
const HALF_N = secp256k1.CURVE.n >> 1n

interface Key {
  id: string
  arn: string
  spec: 'SYMMETRIC_DEFAULT' | 'ECC_SECG_P256K1'
  usage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY'
  state: 'Enabled' | 'Disabled'
  description: string
  created: number
  aes?: Buffer
  priv?: Uint8Array
}

class KmsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

export interface KmsStats {
  calls: Record<string, number>
  signatures: number
  highS: number
  /** r or s encoded with 31 bytes (or fewer) */
  short: number
  /** r or s encoded with 33 bytes (leading 0x00) */
  long: number
}

export interface KmsEndpoint {
  url: string
  region: string
  stats: KmsStats
  /** the next `count` calls of `operation` ('*' = any) fail with `type` (e.g. ThrottlingException) */
  failNext(operation: string, count: number, type?: string, status?: number): void
  /** the next `count` calls of `operation` answer only after `ms` (to provoke client timeouts) */
  delayNext(operation: string, count: number, ms: number): void
  /** signs with this key's private key using another key (to test that a wrong signature is caught) */
  corruptSignaturesOf(keyId: string | null): void
  keyArns(): string[]
  close(): Promise<void>
}

export async function startKmsEndpoint(opts: { shortEvery?: number } = {}): Promise<KmsEndpoint> {
  const keys = new Map<string, Key>()
  const aliases = new Map<string, string>()
  const failures: { op: string; count: number; type: string; status: number }[] = []
  const delays: { op: string; count: number; ms: number }[] = []
  let corrupt: string | null = null
  const stats: KmsStats = { calls: {}, signatures: 0, highS: 0, short: 0, long: 0 }
  const shortEvery = opts.shortEvery ?? 8

  function resolve(keyId: unknown): Key {
    if (typeof keyId !== 'string' || !keyId) throw new KmsError('ValidationException', 'KeyId is required')
    let id = keyId
    if (id.startsWith('arn:aws:kms:')) {
      const rest = id.split(':').slice(5).join(':')
      id = rest.startsWith('alias/') ? rest : rest.replace(/^key\//, '')
    }
    if (id.startsWith('alias/')) {
      const target = aliases.get(id)
      if (!target) throw new KmsError('NotFoundException', `Alias ${keyId} is not found.`)
      id = target
    }
    const key = keys.get(id)
    if (!key) throw new KmsError('NotFoundException', `Key '${keyId}' does not exist`)
    return key
  }

  function usable(key: Key, usage: Key['usage']): Key {
    if (key.state === 'Disabled') throw new KmsError('DisabledException', `${key.arn} is disabled.`)
    if (key.usage !== usage) throw new KmsError('InvalidKeyUsageException', `${key.arn} key usage is ${key.usage} which is not valid for this operation.`)
    return key
  }

  function meta(k: Key) {
    return {
      AWSAccountId: ACCOUNT,
      KeyId: k.id,
      Arn: k.arn,
      CreationDate: k.created,
      Enabled: k.state === 'Enabled',
      Description: k.description,
      KeyUsage: k.usage,
      KeyState: k.state,
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      KeySpec: k.spec,
      CustomerMasterKeySpec: k.spec,
      ...(k.spec === 'ECC_SECG_P256K1' ? { SigningAlgorithms: ['ECDSA_SHA_256'] } : { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }),
    }
  }

  function context(ctx: unknown): Record<string, string> {
    return (ctx && typeof ctx === 'object' ? ctx : {}) as Record<string, string>
  }

  function encrypt(key: Key, plaintext: Buffer, ctx: Record<string, string>): Buffer {
    const iv = randomBytes(12)
    const c = createCipheriv('aes-256-gcm', key.aes!, iv)
    c.setAAD(contextAad(ctx))
    const ct = Buffer.concat([c.update(plaintext), c.final()])
    return Buffer.concat([Buffer.from(key.id, 'ascii'), iv, c.getAuthTag(), ct])
  }

  function decrypt(blob: Buffer, keyId: unknown, ctx: Record<string, string>): { key: Key; plaintext: Buffer } {
    if (blob.length < 36 + 12 + 16 + 1) throw new KmsError('InvalidCiphertextException', 'The ciphertext is invalid.')
    const key = keys.get(blob.subarray(0, 36).toString('ascii'))
    if (!key) throw new KmsError('InvalidCiphertextException', 'The ciphertext refers to a key that does not exist.')
    if (keyId !== undefined && resolve(keyId).id !== key.id) throw new KmsError('IncorrectKeyException', 'The key ID in the request does not identify the key that encrypted the ciphertext.')
    usable(key, 'ENCRYPT_DECRYPT')
    try {
      const d = createDecipheriv('aes-256-gcm', key.aes!, blob.subarray(36, 48))
      d.setAAD(contextAad(ctx))
      d.setAuthTag(blob.subarray(48, 64))
      return { key, plaintext: Buffer.concat([d.update(blob.subarray(64)), d.final()]) }
    } catch {
      throw new KmsError('InvalidCiphertextException', 'The ciphertext or its encryption context is invalid.')
    }
  }

  function intLen(v: bigint): number {
    const bytes = Math.ceil(v.toString(16).length / 2)
    return v >> BigInt(bytes * 8 - 1) ? bytes + 1 : bytes
  }

  function sign(key: Key, digest: Uint8Array): Uint8Array {
    stats.signatures++
    const wantShort = stats.signatures % shortEvery === 0
    const priv = corrupt === key.id ? secp256k1.utils.randomPrivateKey() : key.priv!
    for (;;) {
      const sig = secp256k1.sign(digest, priv, { lowS: false, extraEntropy: randomBytes(32) })
      if (wantShort && intLen(sig.r) > 31 && intLen(sig.s) > 31) continue
      if (sig.s > HALF_N) stats.highS++
      if (intLen(sig.r) < 32 || intLen(sig.s) < 32) stats.short++
      if (intLen(sig.r) > 32 || intLen(sig.s) > 32) stats.long++
      return encodeDerSignature(sig.r, sig.s)
    }
  }

  const ops: Record<string, (b: Record<string, unknown>) => unknown> = {
    CreateKey(b) {
      const spec = (b.KeySpec ?? b.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT') as string
      const usage = (b.KeyUsage ?? 'ENCRYPT_DECRYPT') as string
      const ok = (spec === 'SYMMETRIC_DEFAULT' && usage === 'ENCRYPT_DECRYPT') || (spec === 'ECC_SECG_P256K1' && usage === 'SIGN_VERIFY')
      if (!ok) throw new KmsError('ValidationException', `KeySpec ${spec} with KeyUsage ${usage} is not supported by this test endpoint`)
      const id = randomUUID()
      const key: Key = {
        id,
        arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`,
        spec: spec as Key['spec'],
        usage: usage as Key['usage'],
        state: 'Enabled',
        description: (b.Description as string) ?? '',
        created: Date.now() / 1000,
        ...(spec === 'SYMMETRIC_DEFAULT' ? { aes: randomBytes(32) } : { priv: secp256k1.utils.randomPrivateKey() }),
      }
      keys.set(id, key)
      return { KeyMetadata: meta(key) }
    },
    DescribeKey(b) {
      return { KeyMetadata: meta(resolve(b.KeyId)) }
    },
    CreateAlias(b) {
      const name = b.AliasName as string
      if (!name?.startsWith('alias/') || name.startsWith('alias/aws/')) throw new KmsError('ValidationException', 'Alias must start with alias/')
      if (aliases.has(name)) throw new KmsError('AlreadyExistsException', `An alias with the name ${name} already exists`)
      aliases.set(name, resolve(b.TargetKeyId).id)
      return {}
    },
    UpdateAlias(b) {
      const name = b.AliasName as string
      if (!aliases.has(name)) throw new KmsError('NotFoundException', `Alias ${name} is not found.`)
      aliases.set(name, resolve(b.TargetKeyId).id)
      return {}
    },
    EnableKey(b) {
      resolve(b.KeyId).state = 'Enabled'
      return {}
    },
    DisableKey(b) {
      resolve(b.KeyId).state = 'Disabled'
      return {}
    },
    GetPublicKey(b) {
      const key = usable(resolve(b.KeyId), 'SIGN_VERIFY')
      return {
        KeyId: key.arn,
        PublicKey: Buffer.from(spkiFromPublicKey(secp256k1.getPublicKey(key.priv!, false))).toString('base64'),
        KeySpec: key.spec,
        CustomerMasterKeySpec: key.spec,
        KeyUsage: key.usage,
        SigningAlgorithms: ['ECDSA_SHA_256'],
      }
    },
    Sign(b) {
      const key = usable(resolve(b.KeyId), 'SIGN_VERIFY')
      if (b.SigningAlgorithm !== 'ECDSA_SHA_256') throw new KmsError('InvalidKeyUsageException', `Algorithm ${String(b.SigningAlgorithm)} is not valid for ${key.arn}`)
      const message = Buffer.from(b.Message as string, 'base64')
      const type = (b.MessageType as string) ?? 'RAW'
      if (type === 'DIGEST' && message.length !== 32) throw new KmsError('ValidationException', 'Digest is invalid length for algorithm ECDSA_SHA_256.')
      const digest = type === 'DIGEST' ? new Uint8Array(message) : sha256(message)
      return { KeyId: key.arn, Signature: Buffer.from(sign(key, digest)).toString('base64'), SigningAlgorithm: 'ECDSA_SHA_256' }
    },
    GenerateDataKey(b) {
      const key = usable(resolve(b.KeyId), 'ENCRYPT_DECRYPT')
      const size = b.KeySpec === 'AES_256' ? 32 : b.KeySpec === 'AES_128' ? 16 : Number(b.NumberOfBytes)
      if (!(size >= 1 && size <= 1024)) throw new KmsError('ValidationException', 'KeySpec or NumberOfBytes is required')
      const plaintext = randomBytes(size)
      return { KeyId: key.arn, Plaintext: plaintext.toString('base64'), CiphertextBlob: encrypt(key, plaintext, context(b.EncryptionContext)).toString('base64') }
    },
    Encrypt(b) {
      const key = usable(resolve(b.KeyId), 'ENCRYPT_DECRYPT')
      const plaintext = Buffer.from(b.Plaintext as string, 'base64')
      return { KeyId: key.arn, CiphertextBlob: encrypt(key, plaintext, context(b.EncryptionContext)).toString('base64'), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }
    },
    Decrypt(b) {
      const { key, plaintext } = decrypt(Buffer.from(b.CiphertextBlob as string, 'base64'), b.KeyId, context(b.EncryptionContext))
      return { KeyId: key.arn, Plaintext: plaintext.toString('base64'), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }
    },
    ReEncrypt(b) {
      const { key: source, plaintext } = decrypt(Buffer.from(b.CiphertextBlob as string, 'base64'), b.SourceKeyId, context(b.SourceEncryptionContext))
      const dest = usable(resolve(b.DestinationKeyId), 'ENCRYPT_DECRYPT')
      const blob = encrypt(dest, plaintext, context(b.DestinationEncryptionContext))
      plaintext.fill(0)
      return { SourceKeyId: source.arn, KeyId: dest.arn, CiphertextBlob: blob.toString('base64') }
    },
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const send = (status: number, body: unknown, type?: string) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID(), ...(type ? { 'x-amzn-errortype': type } : {}) })
      res.end(JSON.stringify(body))
    }
    const target = String(req.headers['x-amz-target'] ?? '')
    const op = target.startsWith('TrentService.') ? target.slice('TrentService.'.length) : ''
    stats.calls[op] = (stats.calls[op] ?? 0) + 1
    try {
      // The real SDK signs every request (SigV4); anything else is not the client under test.
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) throw new KmsError('UnrecognizedClientException', 'The security token included in the request is invalid.')
      const handler = ops[op]
      if (!handler || req.method !== 'POST') throw new KmsError('UnknownOperationException', `unknown operation ${target}`)
      const delay = delays.find((d) => d.count > 0 && (d.op === op || d.op === '*'))
      if (delay) {
        delay.count--
        await new Promise((r) => setTimeout(r, delay.ms))
      }
      const failure = failures.find((f) => f.count > 0 && (f.op === op || f.op === '*'))
      if (failure) {
        failure.count--
        throw new KmsError(failure.type, failure.type === 'ThrottlingException' ? 'Rate exceeded' : `injected ${failure.type}`, failure.status)
      }
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {}
      send(200, handler(body))
    } catch (e) {
      if (res.destroyed) return
      const err = e instanceof KmsError ? e : new KmsError('KMSInternalException', (e as Error).message, 500)
      send(err.status, { __type: err.type, message: err.message }, err.type)
    }
  }

  const server: Server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    region: REGION,
    stats,
    failNext(operation, count, type = 'ThrottlingException', status = 400) {
      failures.push({ op: operation, count, type, status })
    },
    delayNext(operation, count, ms) {
      delays.push({ op: operation, count, ms })
    },
    corruptSignaturesOf(keyId) {
      corrupt = keyId === null ? null : resolve(keyId).id
    },
    keyArns: () => [...keys.values()].map((k) => k.arn),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}

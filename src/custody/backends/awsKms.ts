/**
 * The `aws-kms` key backend (AWS KMS through @aws-sdk/client-kms).
 *
 * - `hd` seeds: envelope encryption. `GenerateDataKey` (AES_256) under the configured symmetric key
 *   (AWS_KMS_KEK_KEY_ID) returns a data key in clear and wrapped; the wrapped blob is stored next to the
 *   seed's ciphertext and `Decrypt` unwraps it at signing time. The wallet id is the KMS encryption
 *   context, so a blob copied to another wallet does not decrypt (and CloudTrail logs name the wallet).
 *   The KEK id recorded with each blob is the key's ARN; rotation re-wraps with `ReEncrypt`, inside KMS.
 * - `kms-key` wallets: one asymmetric key per wallet (`ECC_SECG_P256K1`, `SIGN_VERIFY`) that never leaves
 *   KMS. The address comes from `GetPublicKey` (SPKI DER) once; signatures from `Sign` with
 *   `MessageType=DIGEST`, `ECDSA_SHA_256` over the keccak256 digest (DER, completed by the signer).
 *
 * Failures become AppErrors: throttling, timeouts and KMS-side transient errors are retried by the SDK
 * (AWS_KMS_MAX_ATTEMPTS, exponential backoff) and then reported as `key_backend_unavailable` (retryable);
 * a disabled, pending-deletion or forbidden key is `key_unusable`; a blob that fails authentication
 * (tampered, wrong encryption context) is `key_backend_failed`, never retried.
 */
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  GenerateDataKeyCommand,
  GetPublicKeyCommand,
  KMSClient,
  ReEncryptCommand,
  SignCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms'
import type { AwsKmsConfig } from '../../config'
import { AppError } from '../../lib/errors'
import type {
  EncryptionContext,
  GeneratedDataKey,
  KeyBackend,
  RewrappedDataKey,
  SigningKeyInfo,
  SigningKeyStore,
} from '../keyBackend'
import { parseDerSignature, publicKeyFromSpki } from '../secp256k1'

/** KMS errors a later retry can cure (the SDK has already retried them with backoff). */
const TRANSIENT = new Set([
  'ThrottlingException',
  'KMSInternalException',
  'DependencyTimeoutException',
  'KeyUnavailableException',
  'CustomKeyStoreInvalidStateException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'InternalFailure',
])
/** The key exists but may not be used as asked. */
const UNUSABLE = new Set([
  'DisabledException',
  'KMSInvalidStateException',
  'NotFoundException',
  'AccessDeniedException',
  'InvalidKeyUsageException',
  'UnsupportedOperationException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
])
/** The blob is not what was stored: fail closed. */
const AUTHENTICATION = new Set(['InvalidCiphertextException', 'IncorrectKeyException'])

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'])

/** Maps an SDK error to an AppError; `what` names the call and key (never a secret). */
export function kmsError(e: unknown, what: string): AppError {
  if (e instanceof AppError) return e
  const err = e as { name?: string; code?: string; message?: string; $retryable?: unknown }
  const name = err?.name ?? 'Error'
  const detail = `AWS KMS ${what} failed: ${name}${err?.message ? `: ${err.message}` : ''}`
  const extra = { backendError: name }
  if (AUTHENTICATION.has(name)) {
    return new AppError('key_backend_failed', `${detail} (the stored blob was modified, or belongs to another wallet or key)`, { cause: e, retryable: false, extra })
  }
  if (UNUSABLE.has(name)) return new AppError('key_unusable', detail, { cause: e, extra })
  if (TRANSIENT.has(name) || err?.$retryable || (err?.code && NETWORK_CODES.has(err.code)) || name === 'AbortError') {
    return new AppError('key_backend_unavailable', detail, { cause: e, extra })
  }
  return new AppError('key_backend_failed', detail, { cause: e, retryable: true, extra })
}

export class AwsKmsKeyBackend implements KeyBackend {
  readonly name = 'aws-kms' as const
  readonly signingKeys: SigningKeyStore
  readonly #client: KMSClient
  readonly #config: AwsKmsConfig

  constructor(config: AwsKmsConfig) {
    this.#config = config
    this.#client = new KMSClient({
      region: config.region,
      maxAttempts: config.maxAttempts,
      retryMode: 'standard',
      requestHandler: { requestTimeout: config.timeoutMs, connectionTimeout: config.timeoutMs, throwOnRequestTimeout: true },
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
    })
    this.signingKeys = new KmsSigningKeys(this.#client, config)
  }

  async currentKekId(): Promise<string> {
    const meta = await describe(this.#client, this.#kekKeyId())
    if (meta.KeyUsage !== 'ENCRYPT_DECRYPT' || meta.KeySpec !== 'SYMMETRIC_DEFAULT') {
      throw new AppError('key_unusable', `AWS_KMS_KEK_KEY_ID ${this.#config.kekKeyId} is a ${meta.KeySpec} ${meta.KeyUsage} key; a SYMMETRIC_DEFAULT ENCRYPT_DECRYPT key is needed`)
    }
    if (meta.KeyState !== 'Enabled') throw new AppError('key_unusable', `KEK ${meta.Arn} is ${meta.KeyState}`)
    return meta.Arn!
  }

  async generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey> {
    const keyId = this.#kekKeyId()
    let out
    try {
      out = await this.#client.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { ...context } }))
    } catch (e) {
      throw kmsError(e, `GenerateDataKey under ${keyId}`)
    }
    if (!out.Plaintext || out.Plaintext.length !== 32 || !out.CiphertextBlob || !out.KeyId) {
      out.Plaintext?.fill(0)
      throw new AppError('key_backend_failed', 'AWS KMS GenerateDataKey returned no 32-byte data key', { retryable: false })
    }
    return { plaintext: out.Plaintext, wrapped: out.CiphertextBlob, kekId: out.KeyId }
  }

  async unwrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext): Promise<Uint8Array> {
    let out
    try {
      out = await this.#client.send(new DecryptCommand({ CiphertextBlob: wrapped, KeyId: kekId, EncryptionContext: { ...context } }))
    } catch (e) {
      throw kmsError(e, `Decrypt under ${kekId}`)
    }
    if (!out.Plaintext || out.Plaintext.length !== 32) {
      out.Plaintext?.fill(0)
      throw new AppError('key_backend_failed', 'AWS KMS Decrypt did not return a 32-byte data key', { retryable: false })
    }
    return out.Plaintext
  }

  async rewrapDataKey(wrapped: Uint8Array, kekId: string, context: EncryptionContext, targetKekId: string): Promise<RewrappedDataKey> {
    let out
    try {
      // ReEncrypt decrypts and encrypts inside KMS: the data key is never seen by this process.
      out = await this.#client.send(
        new ReEncryptCommand({
          CiphertextBlob: wrapped,
          SourceKeyId: kekId,
          SourceEncryptionContext: { ...context },
          DestinationKeyId: targetKekId,
          DestinationEncryptionContext: { ...context },
        }),
      )
    } catch (e) {
      throw kmsError(e, `ReEncrypt from ${kekId} to ${targetKekId}`)
    }
    if (!out.CiphertextBlob || out.KeyId !== targetKekId) {
      throw new AppError('key_backend_failed', `AWS KMS ReEncrypt did not re-wrap under ${targetKekId}`, { retryable: false })
    }
    return { wrapped: out.CiphertextBlob, kekId: out.KeyId }
  }

  async close(): Promise<void> {
    this.#client.destroy()
  }

  #kekKeyId(): string {
    if (!this.#config.kekKeyId) {
      throw new AppError('custody_not_supported', 'hd wallets with KEY_BACKEND=aws-kms need AWS_KMS_KEK_KEY_ID (a symmetric KMS key that wraps the seeds\' data keys)')
    }
    return this.#config.kekKeyId
  }
}

async function describe(client: KMSClient, keyId: string): Promise<KeyMetadata> {
  try {
    const out = await client.send(new DescribeKeyCommand({ KeyId: keyId }))
    if (!out.KeyMetadata?.Arn) throw new AppError('key_backend_failed', `AWS KMS DescribeKey ${keyId} returned no key`, { retryable: false })
    return out.KeyMetadata
  } catch (e) {
    throw kmsError(e, `DescribeKey ${keyId}`)
  }
}

/** `kms-key` wallets: one ECC_SECG_P256K1 signing key per wallet. */
class KmsSigningKeys implements SigningKeyStore {
  readonly custody = 'kms-key' as const

  constructor(
    private readonly client: KMSClient,
    private readonly config: AwsKmsConfig,
  ) {}

  async createKey(walletId: string): Promise<SigningKeyInfo> {
    let arn: string
    try {
      const out = await this.client.send(
        new CreateKeyCommand({
          KeySpec: 'ECC_SECG_P256K1',
          KeyUsage: 'SIGN_VERIFY',
          Description: `custody wallet ${walletId} (EVM signing key)`,
          Tags: [{ TagKey: 'custody:walletId', TagValue: walletId }],
        }),
      )
      if (!out.KeyMetadata?.Arn) throw new AppError('key_backend_failed', 'AWS KMS CreateKey returned no key', { retryable: false })
      arn = out.KeyMetadata.Arn
    } catch (e) {
      throw kmsError(e, 'CreateKey (ECC_SECG_P256K1, SIGN_VERIFY)')
    }
    const alias = `${this.config.aliasPrefix}wallet-${walletId}`
    try {
      await this.client.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: arn }))
    } catch (e) {
      throw kmsError(e, `CreateAlias ${alias} for the new key ${arn} (adopt it or schedule its deletion)`)
    }
    return { keyRef: arn, publicKey: await this.#publicKey(arn) }
  }

  async adoptKey(ref: string): Promise<SigningKeyInfo> {
    const meta = await describe(this.client, ref)
    if (meta.KeySpec !== 'ECC_SECG_P256K1' || meta.KeyUsage !== 'SIGN_VERIFY') {
      throw new AppError('key_unusable', `KMS key ${ref} is ${meta.KeySpec} ${meta.KeyUsage}; an ECC_SECG_P256K1 SIGN_VERIFY key is needed`)
    }
    if (meta.KeyState !== 'Enabled') throw new AppError('key_unusable', `KMS key ${ref} is ${meta.KeyState}`)
    // The ARN, not the alias: re-pointing the alias later must not change which key signs for the wallet.
    return { keyRef: meta.Arn!, publicKey: await this.#publicKey(meta.Arn!) }
  }

  async signDigest(keyRef: string, digest: Uint8Array): Promise<{ r: bigint; s: bigint }> {
    let out
    try {
      out = await this.client.send(new SignCommand({ KeyId: keyRef, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }))
    } catch (e) {
      throw kmsError(e, `Sign with ${keyRef}`)
    }
    if (!out.Signature) throw new AppError('key_backend_failed', `AWS KMS Sign with ${keyRef} returned no signature`, { retryable: false })
    return parseDerSignature(out.Signature)
  }

  async #publicKey(arn: string): Promise<Uint8Array> {
    let out
    try {
      out = await this.client.send(new GetPublicKeyCommand({ KeyId: arn }))
    } catch (e) {
      throw kmsError(e, `GetPublicKey ${arn}`)
    }
    if (!out.PublicKey || out.KeySpec !== 'ECC_SECG_P256K1') throw new AppError('key_unusable', `KMS key ${arn} has no secp256k1 public key`)
    return publicKeyFromSpki(out.PublicKey)
  }
}

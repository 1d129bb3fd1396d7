/**
 * KEY_BACKEND=aws-kms end to end: the real @aws-sdk/client-kms against the KMS-compatible test endpoint
 * (test/support/kmsEndpoint.ts, one per file), the service through its REST API, withdrawals mined on anvil.
 */
import { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, DisableKeyCommand, EnableKeyCommand, KMSClient, UpdateAliasCommand } from '@aws-sdk/client-kms'
import { parseEther } from 'viem'
import { getWalletKeyMaterial } from '../../src/db/wallets'
import { runKekRotation } from '../../src/domain/custody/runKekRotation'
import { startKekRotation } from '../../src/domain/custody/startKekRotation'
import { sql } from '../support/db'
import { startKmsEndpoint, type KmsEndpoint } from '../support/kmsEndpoint'
import { startStack, waitFor, type Stack } from '../support/stack'
import {
  attemptSigners,
  checksum,
  createWallet,
  fundWallet,
  inParallel,
  requestWithdrawal,
  signAndRecover,
  waitConfirmed,
  type WalletBody,
} from '../support/custodyFlows'

let kms: KmsEndpoint
let admin: KMSClient
let s: Stack
let kek1: string

beforeAll(async () => {
  kms = await startKmsEndpoint()
  admin = new KMSClient({ region: kms.region, endpoint: kms.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
  kek1 = (await admin.send(new CreateKeyCommand({ Description: 'custody KEK v1' }))).KeyMetadata!.Arn!
  await admin.send(new CreateAliasCommand({ AliasName: 'alias/custody-kek', TargetKeyId: kek1 }))
  s = await startStack({
    env: {
      KEY_BACKEND: 'aws-kms',
      AWS_REGION: kms.region,
      AWS_KMS_ENDPOINT: kms.url,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_KMS_KEK_KEY_ID: 'alias/custody-kek',
      AWS_KMS_TIMEOUT_MS: '1000',
      AWS_KMS_MAX_ATTEMPTS: '3',
    },
  })
})
afterAll(async () => {
  await s?.stop()
  admin?.destroy()
  await kms?.close()
})

describe('aws-kms key backend', () => {
  let hd: WalletBody
  let kmsWallet: WalletBody

  test('an hd wallet seals its seed with a KMS data key bound to the wallet id; a kms-key wallet gets its own KMS key', async () => {
    hd = await createWallet(s, { label: 'hd on kms', custody: 'hd' })
    expect(hd).toMatchObject({ custody: 'hd', keyBackend: 'aws-kms', xpub: expect.stringMatching(/^xpub/) })
    const [secret] = await sql<{ kek_id: string; wrapped_data_key: Buffer; ciphertext: Buffer }>(s.db.url, 'SELECT * FROM wallet_secrets WHERE wallet_id = $1', [hd.id])
    expect(secret!.kek_id).toBe(kek1) // the ARN behind the alias
    expect(secret!.ciphertext).toHaveLength(64)
    const dep = await s.call('POST', `/v1/wallets/${hd.id}/addresses`, {})
    expect(dep.body).toMatchObject({ index: 1, path: "m/44'/60'/0'/0/1" })

    kmsWallet = await createWallet(s, { label: 'treasury', custody: 'kms-key' })
    expect(kmsWallet).toMatchObject({ custody: 'kms-key', keyBackend: 'aws-kms', xpub: null })
    const [row] = await sql<{ key_ref: string; public_key: Buffer; kek_id: string | null }>(s.db.url, 'SELECT * FROM wallet_secrets WHERE wallet_id = $1', [kmsWallet.id])
    expect(row!.kek_id).toBeNull()
    const meta = (await admin.send(new DescribeKeyCommand({ KeyId: `alias/custody/wallet-${kmsWallet.id}` }))).KeyMetadata!
    expect(meta).toMatchObject({ Arn: row!.key_ref, KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' })
    expect(row!.public_key).toHaveLength(65)
    // single key: no deposit addresses
    expect((await s.call('POST', `/v1/wallets/${kmsWallet.id}/addresses`, {})).status).toBe(409)
  })

  test('withdrawals from both wallets are signed through KMS, recovered to the right address, and mined', async () => {
    await fundWallet(s, hd, '5')
    await fundWallet(s, kmsWallet, '5')
    const before = kms.stats.signatures
    const ids = [await requestWithdrawal(s, hd.id, parseEther('0.5'), 'hd-1')]
    for (let i = 0; i < 6; i++) ids.push(await requestWithdrawal(s, kmsWallet.id, parseEther('0.1') + BigInt(i), `kms-${i}`))
    for (const id of ids) {
      const w = await waitConfirmed(s, id)
      const receipt = await s.chain.getTransactionReceipt({ hash: w.txHash })
      expect(receipt.status).toBe('success')
      const expected = id === ids[0] ? hd.hotAddress : kmsWallet.hotAddress
      expect(checksum(receipt.from)).toBe(expected)
      expect([...new Set(await attemptSigners(s, id))]).toEqual([expected]) // replacements may exist; every attempt recovers to the wallet
    }
    expect(kms.stats.signatures - before).toBeGreaterThanOrEqual(6)
  })

  test('KMS returns high-s and 31/33-byte DER values; every one was normalized and recovered', async () => {
    for (let i = 0; i < 24; i++) expect(await signAndRecover(s.rt, kmsWallet.id)).toBe(kmsWallet.hotAddress)
    expect(kms.stats.highS).toBeGreaterThan(0)
    expect(kms.stats.long).toBeGreaterThan(0)
    expect(kms.stats.short).toBeGreaterThan(0)
  })

  test('an existing KMS key is adopted by alias; its ARN is recorded, and it cannot serve two wallets', async () => {
    const arn = (await admin.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!.Arn!
    await admin.send(new CreateAliasCommand({ AliasName: 'alias/treasury-2', TargetKeyId: arn }))
    const adopted = await createWallet(s, { label: 'adopted', custody: 'kms-key', keyRef: 'alias/treasury-2' })
    const [row] = await sql<{ key_ref: string }>(s.db.url, 'SELECT key_ref FROM wallet_secrets WHERE wallet_id = $1', [adopted.id])
    expect(row!.key_ref).toBe(arn)
    expect(await signAndRecover(s.rt, adopted.id)).toBe(adopted.hotAddress)
    const again = await s.call('POST', '/v1/wallets', { label: 'again', custody: 'kms-key', keyRef: arn })
    expect(again.status).toBe(409)
    const symmetric = await s.call('POST', '/v1/wallets', { label: 'wrong kind', custody: 'kms-key', keyRef: 'alias/custody-kek' })
    expect(symmetric.status).toBe(502)
    expect(symmetric.body.code).toBe('key_unusable')
    const hsm = await s.call('POST', '/v1/wallets', { label: 'no hsm here', custody: 'hsm-key' })
    expect(hsm.status).toBe(422)
    expect(hsm.body.code).toBe('custody_not_supported')
  })

  test('tampering fails closed: modified ciphertext, modified wrapped key, another wallet\'s encryption context', async () => {
    const m = (await getWalletKeyMaterial(s.rt.db, hd.id))!
    const flip = (b: Uint8Array, i: number) => {
      const c = Uint8Array.from(b)
      c[i] = c[i]! ^ 1
      return c
    }
    const sign = (material: typeof m) => s.rt.custody.withAccounts(material, [0], async ([a]) => a!.signMessage({ message: 'x' }))
    await expect(sign({ ...m, sealed: { ...m.sealed!, ciphertext: flip(m.sealed!.ciphertext, 5) } })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    await expect(sign({ ...m, sealed: { ...m.sealed!, wrappedDataKey: flip(m.sealed!.wrappedDataKey, 60) } })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    await expect(sign({ ...m, walletId: kmsWallet.id })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    expect(await signAndRecover(s.rt, hd.id)).toBe(hd.hotAddress)
  })

  test('throttling is retried; a timeout or lasting throttling is a retryable key_backend_unavailable', async () => {
    kms.failNext('Sign', 2, 'ThrottlingException')
    expect(await signAndRecover(s.rt, kmsWallet.id)).toBe(kmsWallet.hotAddress)
    kms.failNext('Decrypt', 3, 'ThrottlingException')
    await expect(signAndRecover(s.rt, hd.id)).rejects.toMatchObject({ code: 'key_backend_unavailable', retryable: true })
    kms.delayNext('Sign', 3, 1500)
    await expect(signAndRecover(s.rt, kmsWallet.id)).rejects.toMatchObject({ code: 'key_backend_unavailable', retryable: true })
    await new Promise((r) => setTimeout(r, 1600)) // let the delayed answers drain
    expect(await signAndRecover(s.rt, kmsWallet.id)).toBe(kmsWallet.hotAddress)
  })

  test('a disabled key, or a KMS answering with a wrong signature, never gets a transaction broadcast', async () => {
    const [row] = await sql<{ key_ref: string }>(s.db.url, 'SELECT key_ref FROM wallet_secrets WHERE wallet_id = $1', [kmsWallet.id])
    await admin.send(new DisableKeyCommand({ KeyId: row!.key_ref }))
    await expect(signAndRecover(s.rt, kmsWallet.id)).rejects.toMatchObject({ code: 'key_unusable' })
    let logsBefore = s.logs.lines.length
    const blocked = await requestWithdrawal(s, kmsWallet.id, 777n, 'disabled-1')
    await waitFor('the submit job refused by KMS', async () => s.logs.lines.slice(logsBefore).some((l) => /DisabledException/.test(l)))
    expect((await s.call('GET', `/v1/withdrawals/${blocked}`)).body).toMatchObject({ status: 'queued', attempts: [] })
    await admin.send(new EnableKeyCommand({ KeyId: row!.key_ref }))

    kms.corruptSignaturesOf(row!.key_ref)
    logsBefore = s.logs.lines.length
    await expect(signAndRecover(s.rt, kmsWallet.id)).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    // the chain tick re-submits the queued withdrawal; with wrong signatures nothing is stored or sent
    await waitFor('a submit job refused a wrong signature', async () => s.logs.lines.slice(logsBefore).some((l) => /job failed permanently/.test(l) && /does not recover/.test(l)))
    expect(await sql(s.db.url, 'SELECT 1 FROM tx_attempts WHERE withdrawal_id = $1', [blocked])).toEqual([])
    kms.corruptSignaturesOf(null)
    const done = await waitConfirmed(s, blocked)
    expect([...new Set(await attemptSigners(s, blocked))]).toEqual([kmsWallet.hotAddress])
    expect(done.status).toBe('confirmed')
  })

  test('KEK rotation re-wraps 100 wallets with ReEncrypt; old keys work until it completes; every wallet still signs', async () => {
    const created = await inParallel(Array.from({ length: 100 }, (_, i) => i), 4, (i) => createWallet(s, { label: `rot-${i}`, custody: 'hd' }))
    const kek2 = (await admin.send(new CreateKeyCommand({ Description: 'custody KEK v2' }))).KeyMetadata!.Arn!
    await admin.send(new UpdateAliasCommand({ AliasName: 'alias/custody-kek', TargetKeyId: kek2 }))
    const decryptsBefore = kms.stats.calls.Decrypt ?? 0

    // Part of it, as a stopped worker would leave it: progress is visible.
    const started = await startKekRotation(s.rt, null, { enqueue: false })
    expect(started).toMatchObject({ status: 'running', targetKekId: kek2, total: 101, rewrapped: 0 })
    await runKekRotation(s.rt, started.id, { batchSize: 40, maxBatches: 1 })
    const partial = await s.call('GET', `/v1/admin/kek-rotations/${started.id}`)
    expect(partial.body).toMatchObject({ status: 'running', total: 101, rewrapped: 40, remaining: 61 })
    const again = await s.call('POST', '/v1/admin/kek-rotations', {})
    expect(again.status).toBe(409)
    expect(again.body.existingId).toBe(started.id)

    // Both KEK versions work meanwhile; new wallets use the new one.
    const kekOf = async (id: string) => (await sql<{ kek_id: string }>(s.db.url, 'SELECT kek_id FROM wallet_secrets WHERE wallet_id = $1', [id]))[0]!.kek_id
    const byKek = await inParallel(created, 8, async (w) => ({ w, kek: await kekOf(w.id) }))
    const moved = byKek.find((x) => x.kek === kek2)!.w
    const waiting = byKek.find((x) => x.kek === kek1)!.w
    expect(await signAndRecover(s.rt, moved.id)).toBe(moved.hotAddress)
    expect(await signAndRecover(s.rt, waiting.id)).toBe(waiting.hotAddress)
    expect(await kekOf((await createWallet(s, { label: 'new', custody: 'hd' })).id)).toBe(kek2)

    // Resumed through the API: the worker finishes it.
    const resumed = await s.call('POST', `/v1/admin/kek-rotations/${started.id}/resume`, {})
    expect(resumed.status).toBe(202)
    const done = await waitFor('rotation completed', async () => {
      const r = await s.call('GET', `/v1/admin/kek-rotations/${started.id}`)
      return r.body.status === 'completed' ? r.body : null
    }, 60_000)
    expect(done).toMatchObject({ total: 101, rewrapped: 101, remaining: 0, lastError: null })
    // ReEncrypt did it: no data key was decrypted in this process to re-wrap it (2 Decrypts were the signatures above)
    expect((kms.stats.calls.Decrypt ?? 0) - decryptsBefore).toBe(2)
    expect(kms.stats.calls.ReEncrypt).toBe(101)
    expect(await sql(s.db.url, 'SELECT wallet_id FROM wallet_secrets WHERE kek_id IS NOT NULL AND kek_id <> $1', [kek2])).toEqual([])

    // The old KEK can go: every wallet still signs.
    await admin.send(new DisableKeyCommand({ KeyId: kek1 }))
    const signers = await inParallel([hd, ...created], 6, (w) => signAndRecover(s.rt, w.id))
    expect(signers).toEqual([hd, ...created].map((w) => w.hotAddress))
    const list = await s.call('GET', '/v1/admin/kek-rotations')
    expect(list.body.data[0]).toMatchObject({ id: started.id, status: 'completed' })
  }, 300_000)
})

/**
 * @jest-environment ./test/support/softhsmEnvironment.js
 *
 * KEY_BACKEND=pkcs11 end to end with SoftHSM2: a token of its own for this file (temporary directory,
 * SOFTHSM2_CONF), the service through its REST API, withdrawals mined on anvil, the rotation CLI.
 */
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { parseEther } from 'viem'
import { loadConfig } from '../../src/config'
import { Pkcs11KeyBackend, SECP256K1_EC_PARAMS } from '../../src/custody/backends/pkcs11'
import { getWalletKeyMaterial } from '../../src/db/wallets'
import { runKekRotation } from '../../src/domain/custody/runKekRotation'
import { startKekRotation } from '../../src/domain/custody/startKekRotation'
import { createRuntime, type Runtime } from '../../src/runtime'
import { sql } from '../support/db'
import { captureLogger } from '../support/logs'
import { softHsmToken, type SoftHsmTokenInfo } from '../support/softhsm'
import { startStack, type Stack } from '../support/stack'
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

const run = promisify(execFile)

let token: SoftHsmTokenInfo
let s: Stack

beforeAll(async () => {
  token = softHsmToken()
  s = await startStack({ env: token.env })
})
afterAll(async () => {
  await s?.stop()
})

function backend(rt: Runtime): Pkcs11KeyBackend {
  return rt.custody.backend as Pkcs11KeyBackend
}

describe('pkcs11 key backend (SoftHSM2)', () => {
  let hd: WalletBody
  let hsm: WalletBody

  test('an hd wallet\'s data key is wrapped by the token\'s KEK; an hsm-key wallet gets a non-extractable secp256k1 key pair', async () => {
    hd = await createWallet(s, { label: 'hd on hsm', custody: 'hd' })
    expect(hd).toMatchObject({ custody: 'hd', keyBackend: 'pkcs11' })
    const [secret] = await sql<{ kek_id: string; wrapped_data_key: Buffer }>(s.db.url, 'SELECT * FROM wallet_secrets WHERE wallet_id = $1', [hd.id])
    expect(secret!.kek_id).toBe('pkcs11:custody-kek-1')
    expect(secret!.wrapped_data_key[0]).toBe(1)
    expect((await s.call('POST', `/v1/wallets/${hd.id}/addresses`, {})).body).toMatchObject({ index: 1 })

    hsm = await createWallet(s, { label: 'cold-ish', custody: 'hsm-key' })
    expect(hsm).toMatchObject({ custody: 'hsm-key', keyBackend: 'pkcs11', xpub: null })
    const [row] = await sql<{ key_ref: string; public_key: Buffer }>(s.db.url, 'SELECT * FROM wallet_secrets WHERE wallet_id = $1', [hsm.id])
    expect(row!.key_ref).toBe(hsm.id.replace(/-/g, ''))
    // What the token says about the private key: sensitive, never extractable, and its value unreadable.
    const attrs = await backend(s.rt).run('inspect', (p, ses) => {
      const l = backend(s.rt).lib()
      p.C_FindObjectsInit(ses.handle, [{ type: l.CKA_CLASS, value: l.CKO_PRIVATE_KEY }, { type: l.CKA_ID, value: Buffer.from(row!.key_ref, 'hex') }])
      const [priv] = p.C_FindObjects(ses.handle, 2)
      p.C_FindObjectsFinal(ses.handle)
      const [sensitive, extractable, never, params] = p.C_GetAttributeValue(ses.handle, priv!, [
        { type: l.CKA_SENSITIVE },
        { type: l.CKA_EXTRACTABLE },
        { type: l.CKA_NEVER_EXTRACTABLE },
        { type: l.CKA_EC_PARAMS },
      ])
      let readable = true
      try {
        p.C_GetAttributeValue(ses.handle, priv!, [{ type: l.CKA_VALUE }])
      } catch {
        readable = false
      }
      return { sensitive: sensitive!.value, extractable: extractable!.value, never: never!.value, params: params!.value, readable }
    })
    expect(attrs).toEqual({ sensitive: Buffer.from([1]), extractable: Buffer.from([0]), never: Buffer.from([1]), params: SECP256K1_EC_PARAMS, readable: false })
  })

  test('withdrawals from both wallets are signed in the HSM, recovered to the right address, and mined', async () => {
    await fundWallet(s, hd, '5')
    await fundWallet(s, hsm, '5')
    const ids = [await requestWithdrawal(s, hd.id, parseEther('0.5'), 'hd-1')]
    for (let i = 0; i < 6; i++) ids.push(await requestWithdrawal(s, hsm.id, parseEther('0.1') + BigInt(i), `hsm-${i}`))
    for (const id of ids) {
      const w = await waitConfirmed(s, id)
      const receipt = await s.chain.getTransactionReceipt({ hash: w.txHash })
      const expected = id === ids[0] ? hd.hotAddress : hsm.hotAddress
      expect(receipt.status).toBe('success')
      expect(checksum(receipt.from)).toBe(expected)
      expect([...new Set(await attemptSigners(s, id))]).toEqual([expected]) // replacements may exist; every attempt recovers to the wallet
    }
    // CKM_ECDSA leaves s high about half the time: 30 more signatures all come out low-s and recover
    for (let i = 0; i < 30; i++) expect(await signAndRecover(s.rt, hsm.id)).toBe(hsm.hotAddress)
  })

  test('an existing non-extractable key pair is adopted by label; an extractable one is refused', async () => {
    const make = (label: string, extractable: boolean) =>
      backend(s.rt).run('make a key pair', async (p, ses) => {
        const l = backend(s.rt).lib()
        const id = Buffer.from(label.padEnd(16, '.'))
        await p.C_GenerateKeyPairAsync(
          ses.handle,
          { mechanism: l.CKM_EC_KEY_PAIR_GEN },
          [{ type: l.CKA_TOKEN, value: true }, { type: l.CKA_VERIFY, value: true }, { type: l.CKA_EC_PARAMS, value: SECP256K1_EC_PARAMS }, { type: l.CKA_ID, value: id }, { type: l.CKA_LABEL, value: label }],
          [{ type: l.CKA_TOKEN, value: true }, { type: l.CKA_PRIVATE, value: true }, { type: l.CKA_SIGN, value: true }, { type: l.CKA_SENSITIVE, value: true }, { type: l.CKA_EXTRACTABLE, value: extractable }, { type: l.CKA_ID, value: id }, { type: l.CKA_LABEL, value: label }],
        )
      })
    await make('treasury-2', false)
    await make('leaky', true)
    const adopted = await createWallet(s, { label: 'adopted', custody: 'hsm-key', keyRef: 'treasury-2' })
    expect(await signAndRecover(s.rt, adopted.id)).toBe(adopted.hotAddress)
    const leaky = await s.call('POST', '/v1/wallets', { label: 'leaky', custody: 'hsm-key', keyRef: 'leaky' })
    expect(leaky.status).toBe(502)
    expect(leaky.body).toMatchObject({ code: 'key_unusable', detail: expect.stringMatching(/extractable/) })
    expect((await s.call('POST', '/v1/wallets', { label: 'twice', custody: 'hsm-key', keyRef: 'treasury-2' })).status).toBe(409)
    const kms = await s.call('POST', '/v1/wallets', { label: 'no kms here', custody: 'kms-key' })
    expect(kms.body.code).toBe('custody_not_supported')
  })

  test('tampering fails closed: modified ciphertext, modified wrapped key, another wallet\'s context', async () => {
    const m = (await getWalletKeyMaterial(s.rt.db, hd.id))!
    const flip = (b: Uint8Array, i: number) => {
      const c = Uint8Array.from(b)
      c[i] = c[i]! ^ 1
      return c
    }
    const sign = (material: typeof m) => s.rt.custody.withAccounts(material, [0], async ([a]) => a!.signMessage({ message: 'x' }))
    await expect(sign({ ...m, sealed: { ...m.sealed!, ciphertext: flip(m.sealed!.ciphertext, 5) } })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    await expect(sign({ ...m, sealed: { ...m.sealed!, wrappedDataKey: flip(m.sealed!.wrappedDataKey, 10) } })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    const other = (await getWalletKeyMaterial(s.rt.db, (await createWallet(s, { label: 'other', custody: 'hd' })).id))!
    // the other wallet's wrapped data key moved into this wallet's row: the HSM unwraps it, the context does not match
    await expect(sign({ ...m, sealed: { ...m.sealed!, wrappedDataKey: other.sealed!.wrappedDataKey } })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    await expect(sign({ ...m, walletId: other.walletId })).rejects.toMatchObject({ code: 'key_backend_failed', retryable: false })
    expect(await signAndRecover(s.rt, hd.id)).toBe(hd.hotAddress)
  })

  test('a wrong PIN is refused and not retried; an absent token is a retryable key_backend_unavailable', async () => {
    const cfg = loadConfig(s.env).custody.pkcs11!
    // Login state is per application and token: with the service logged in, a wrong PIN would not be asked.
    await s.stopWorkers()
    await s.rt.custody.close()
    const wrong = new Pkcs11KeyBackend({ ...cfg, pin: '000000' })
    const m = (await getWalletKeyMaterial(s.rt.db, hd.id))!
    const first = wrong.unwrapDataKey(m.sealed!.wrappedDataKey, m.sealed!.kekId, { walletId: hd.id })
    await expect(first).rejects.toMatchObject({ code: 'key_unusable', retryable: false })
    await expect(first).rejects.toThrow(/CKR_PIN_INCORRECT/)
    await expect(wrong.signingKeys.signDigest('00', new Uint8Array(32))).rejects.toThrow(/CKR_PIN_INCORRECT.*not retried/)
    await wrong.close()
    const absent = new Pkcs11KeyBackend({ ...cfg, tokenLabel: 'no-such-token' })
    await expect(absent.unwrapDataKey(m.sealed!.wrappedDataKey, m.sealed!.kekId, { walletId: hd.id })).rejects.toMatchObject({ code: 'key_backend_unavailable', retryable: true })
    await absent.close()
    // the service's own backend logs in again on its next use
    expect(await signAndRecover(s.rt, hsm.id)).toBe(hsm.hotAddress)
    await s.startWorkers()
  })

  test('KEK rotation (CLI) re-wraps 100 wallets inside the HSM; both KEKs work until it completes; with the old KEK destroyed every wallet signs', async () => {
    const created = await inParallel(Array.from({ length: 100 }, (_, i) => i), 4, (i) => createWallet(s, { label: `rot-${i}`, custody: 'hd' }))
    const all = (await sql<{ id: string; hot_address: string }>(s.db.url, "SELECT id, hot_address FROM wallets WHERE custody = 'hd' ORDER BY id")).map((w) => ({ id: w.id, hotAddress: checksum(w.hot_address) }))
    expect(all.length).toBeGreaterThanOrEqual(100)

    // An operator sets PKCS11_KEK_LABEL=custody-kek-2 on a process and rotates.
    const env2 = { ...s.env, PKCS11_KEK_LABEL: 'custody-kek-2' }
    const rt2 = createRuntime(loadConfig(env2), { logger: captureLogger().logger })
    try {
      const started = await startKekRotation(rt2, null, { enqueue: false })
      expect(started).toMatchObject({ status: 'running', targetKekId: 'pkcs11:custody-kek-2', total: all.length })
      const partial = await runKekRotation(rt2, started.id, { batchSize: 30, maxBatches: 1 })
      expect(partial).toMatchObject({ status: 'running', rewrapped: 30 })
      const kekOf = async (id: string) => (await sql<{ kek_id: string }>(s.db.url, 'SELECT kek_id FROM wallet_secrets WHERE wallet_id = $1', [id]))[0]!.kek_id
      const moved = all.find((w) => w.id <= all[29]!.id)!
      const waiting = all[all.length - 1]!
      expect(await kekOf(moved.id)).toBe('pkcs11:custody-kek-2')
      expect(await kekOf(waiting.id)).toBe('pkcs11:custody-kek-1')
      // both versions keep working, in the service (still configured with kek-1) and in the new process
      for (const rt of [s.rt, rt2]) {
        expect(await signAndRecover(rt, moved.id)).toBe(moved.hotAddress)
        expect(await signAndRecover(rt, waiting.id)).toBe(waiting.hotAddress)
      }

      // The CLI resumes it in its own process and prints progress.
      const cli = await run(process.execPath, [resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs'), resolve(__dirname, '../../src/cli/index.ts'), 'kek-rotations', 'resume', started.id], {
        env: { ...process.env, ...env2, LOG_LEVEL: 'warn' },
        cwd: resolve(__dirname, '../..'),
      })
      expect(cli.stdout).toMatch(new RegExp(`${started.id} pkcs11 → pkcs11:custody-kek-2: completed, ${all.length}/${all.length} re-wrapped`))
      const status = await run(process.execPath, [resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs'), resolve(__dirname, '../../src/cli/index.ts'), 'kek-rotations', 'status'], {
        env: { ...process.env, ...env2, LOG_LEVEL: 'warn' },
        cwd: resolve(__dirname, '../..'),
      })
      expect(status.stdout).toMatch(/completed/)
      expect((await s.call('GET', `/v1/admin/kek-rotations/${started.id}`)).body).toMatchObject({ status: 'completed', rewrapped: all.length, remaining: 0 })
      expect(await sql(s.db.url, "SELECT 1 FROM wallet_secrets WHERE kek_id IS NOT NULL AND kek_id <> 'pkcs11:custody-kek-2'")).toEqual([])

      // Destroy the old KEK in the token: every wallet still signs.
      const destroyed = await backend(rt2).run('destroy the old KEK', (p, ses) => {
        const l = backend(rt2).lib()
        p.C_FindObjectsInit(ses.handle, [{ type: l.CKA_CLASS, value: l.CKO_SECRET_KEY }, { type: l.CKA_LABEL, value: 'custody-kek-1' }])
        const found = p.C_FindObjects(ses.handle, 4)
        p.C_FindObjectsFinal(ses.handle)
        for (const h of found) p.C_DestroyObject(ses.handle, h)
        return found.length
      })
      expect(destroyed).toBe(1)
      const signers = await inParallel(all, 4, (w) => signAndRecover(rt2, w.id))
      expect(signers).toEqual(all.map((w) => w.hotAddress))
      expect(created.every((w) => signers.includes(w.hotAddress))).toBe(true)
    } finally {
      await rt2.close()
    }
  }, 300_000)
})

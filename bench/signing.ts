/**
 * Signing throughput of each key backend beside raw viem, in one run: `npm run bench:signing`.
 *
 *  - raw:      viem `privateKeyToAccount(key).signTransaction(tx)` (the baseline)
 *  - local HD: Custody.withAccounts over an hd wallet sealed by the `local` backend: one unwrap + seed
 *              decryption + BIP-32 derivation per batch of BENCH_BATCH signatures, the seed zeroed between
 *              batches, every signature verified by recovery; target >= 0.8 of raw
 *  - aws-kms:  a kms-key account against the KMS-compatible test endpoint (in this process), next to the
 *              bare SDK `Sign` call to the same key; target: overhead (ours − the bare call) <= 1 ms
 *  - pkcs11:   an hsm-key account on a SoftHSM2 token (temporary directory), next to the bare
 *              C_SignInit + C_Sign on the same session; target: overhead <= 1 ms
 *  - for both, `ownCodeMs`: the same account fed the backend's recorded answers (no backend call), i.e.
 *    the cost of our code alone (DER parsing, low-s, recovery, viem serialization): a steadier figure than
 *    the difference of two network-bound timings on a busy machine
 * Rounds of each pair alternate and figures are medians over rounds of the per-round ratio or difference, so
 * a busy machine skews both sides of a comparison alike.
 *
 * Env: BENCH_N (signatures per round, default 400), BENCH_ROUNDS (default 7), BENCH_BATCH (default 50),
 * BENCH_REMOTE_N (signatures per KMS/HSM round, default 150). The last line printed is one JSON object.
 */
import { randomBytes } from 'node:crypto'
import { KMSClient, SignCommand } from '@aws-sdk/client-kms'
import { keccak256, serializeTransaction, type LocalAccount, type TransactionSerializableEIP1559 } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { AwsKmsKeyBackend } from '../src/custody/backends/awsKms'
import { LocalKeyBackend } from '../src/custody/backends/local'
import { Pkcs11KeyBackend } from '../src/custody/backends/pkcs11'
import { Custody, type WalletKeyMaterial } from '../src/custody/custody'
import { publicKeyToAddress } from '../src/custody/hd'
import { parseDerSignature } from '../src/custody/secp256k1'
import { backendKeySigner, digestSignerAccount } from '../src/custody/signer'
import { startKmsEndpoint } from '../test/support/kmsEndpoint'
import { createSoftHsmToken, removeSoftHsmToken } from '../test/support/softhsmToken'

const N = Number(process.env.BENCH_N ?? 400)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const BATCH = Number(process.env.BENCH_BATCH ?? 50)
const REMOTE_N = Number(process.env.BENCH_REMOTE_N ?? 150)

const tx = (nonce: number): TransactionSerializableEIP1559 => ({
  type: 'eip1559',
  chainId: 1,
  nonce,
  to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  value: 10n ** 17n,
  gas: 21_000n,
  maxFeePerGas: 30_000_000_000n,
  maxPriorityFeePerGas: 1_000_000_000n,
})

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round2 = (x: number) => Math.round(x * 100) / 100
const round3 = (x: number) => Math.round(x * 1000) / 1000

/** Milliseconds per call of `fn(i)` over `n` sequential calls. */
async function msPerOp(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const t = performance.now()
  for (let i = 0; i < n; i++) await fn(i)
  return (performance.now() - t) / n
}

/**
 * Alternating rounds of two measurements (ms/op). Each round's pair ran seconds apart, so comparing within
 * a pair cancels most of the load other processes put on the machine: `ratio` is the median of a/b per
 * round, `diff` the median of b−a per round.
 */
async function pair(rounds: number, a: () => Promise<number>, b: () => Promise<number>) {
  const as: number[] = []
  const bs: number[] = []
  for (let r = 0; r < rounds; r++) {
    as.push(await a())
    bs.push(await b())
  }
  return { a: median(as), b: median(bs), ratio: median(as.map((x, i) => x / bs[i]!)), diff: median(bs.map((x, i) => x - as[i]!)) }
}

async function signMany(account: LocalAccount, n: number, offset: number) {
  for (let i = 0; i < n; i++) await account.signTransaction(tx(offset + i))
}

async function main() {
  // raw viem vs local HD
  const pk = `0x${randomBytes(32).toString('hex')}` as const
  const raw = privateKeyToAccount(pk)
  const local = new Custody(new LocalKeyBackend(randomBytes(32)))
  const walletId = '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e'
  const hd = await local.createHdWallet(walletId)
  const material: WalletKeyMaterial = { walletId, custody: 'hd', keyBackend: 'local', xpub: hd.xpub, sealed: hd.sealed, signingKey: null }
  await msPerOp(50, (i) => raw.signTransaction(tx(i))) // warm-up (curve tables, JIT)
  await local.withAccounts(material, [0], (a) => signMany(a[0]!, 50, 0))
  const local_ = await pair(
    ROUNDS,
    () => msPerOp(N, (i) => raw.signTransaction(tx(i))),
    async () => {
      const t = performance.now()
      for (let done = 0; done < N; done += BATCH) {
        await local.withAccounts(material, [0], (a) => signMany(a[0]!, Math.min(BATCH, N - done), done))
      }
      return (performance.now() - t) / N
    },
  )
  const rawMs = local_.a
  const localMs = local_.b
  const rawRate = 1000 / rawMs
  const localRate = 1000 / localMs
  const localRatio = local_.ratio
  console.log(`raw viem signTransaction: ${rawRate.toFixed(0)} signatures/s (${rawMs.toFixed(3)} ms)`)
  console.log(`local HD (batch ${BATCH}, verified): ${localRate.toFixed(0)} signatures/s (${localMs.toFixed(3)} ms), ratio ${localRatio.toFixed(2)} (target >= 0.8)`)

  // aws-kms through the test endpoint
  const kms = await startKmsEndpoint({ shortEvery: 1e9 })
  const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' }
  const client = new KMSClient({ region: kms.region, endpoint: kms.url, credentials })
  const kmsBackend = new AwsKmsKeyBackend({ region: kms.region, endpoint: kms.url, credentials, aliasPrefix: 'alias/bench/', timeoutMs: 5000, maxAttempts: 3 })
  const kmsCustody = new Custody(kmsBackend)
  const kmsKey = await kmsCustody.createSigningKeyWallet('019a8f6e-3b1c-7d2a-9c1e-000000000001', 'kms-key')
  const kmsMaterial: WalletKeyMaterial = { walletId: 'k', custody: 'kms-key', keyBackend: 'aws-kms', xpub: null, sealed: null, signingKey: kmsKey }
  const digests = Array.from({ length: REMOTE_N }, (_, i) => Buffer.from(keccak256(serializeTransaction(tx(i))).slice(2), 'hex'))
  /** An account that replays recorded backend answers: measures our code without the backend call. */
  const replaying = async (pub: Uint8Array, answer: (i: number) => Promise<{ r: bigint; s: bigint }>) => {
    const recorded = new Map<string, { r: bigint; s: bigint }>()
    for (let i = 0; i < REMOTE_N; i++) recorded.set(digests[i]!.toString('hex'), await answer(i))
    return digestSignerAccount(publicKeyToAddress(pub), backendKeySigner(pub, async (d) => recorded.get(Buffer.from(d).toString('hex'))!))
  }
  const bareKms = (i: number) => client.send(new SignCommand({ KeyId: kmsKey.keyRef, Message: digests[i % REMOTE_N], MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }))
  await msPerOp(30, bareKms)
  const kmsPair = await pair(
    ROUNDS,
    () => msPerOp(REMOTE_N, bareKms),
    () => kmsCustody.withAccounts(kmsMaterial, [0], async ([a]) => msPerOp(REMOTE_N, (i) => a!.signTransaction(tx(i)))),
  )
  const kmsBareMs = kmsPair.a
  const kmsOursMs = kmsPair.b
  const kmsOverheadMs = kmsPair.diff
  const kmsReplay = await replaying(kmsKey.publicKey, async (i) => parseDerSignature((await bareKms(i)).Signature!))
  const kmsOwn: number[] = []
  for (let r = 0; r < ROUNDS; r++) kmsOwn.push(await msPerOp(REMOTE_N, (i) => kmsReplay.signTransaction(tx(i))))
  const kmsOwnMs = median(kmsOwn)
  console.log(`aws-kms (test endpoint): ${(1000 / kmsOursMs).toFixed(0)} signatures/s (${kmsOursMs.toFixed(3)} ms); bare SDK Sign ${kmsBareMs.toFixed(3)} ms; overhead ${kmsOverheadMs.toFixed(3)} ms, own code ${kmsOwnMs.toFixed(3)} ms (target <= 1)`)
  client.destroy()
  await kmsBackend.close()
  await kms.close()

  // pkcs11 through SoftHSM2
  const token = createSoftHsmToken('bench')
  const hsmBackend = new Pkcs11KeyBackend({ module: token.module, tokenLabel: token.tokenLabel, pin: token.pin, kekLabel: 'bench-kek' })
  const hsmCustody = new Custody(hsmBackend)
  const hsmKey = await hsmCustody.createSigningKeyWallet('019a8f6e-3b1c-7d2a-9c1e-000000000002', 'hsm-key')
  const hsmMaterial: WalletKeyMaterial = { walletId: 'h', custody: 'hsm-key', keyBackend: 'pkcs11', xpub: null, sealed: null, signingKey: hsmKey }
  const bareHsm = (i: number) =>
    hsmBackend.run('bare sign', async (p, s) => {
      const l = hsmBackend.lib()
      p.C_FindObjectsInit(s.handle, [{ type: l.CKA_CLASS, value: l.CKO_PRIVATE_KEY }, { type: l.CKA_ID, value: Buffer.from(hsmKey.keyRef, 'hex') }])
      const [priv] = p.C_FindObjects(s.handle, 1)
      p.C_FindObjectsFinal(s.handle)
      bareKey ??= priv!
      p.C_SignInit(s.handle, { mechanism: l.CKM_ECDSA }, bareKey)
      return p.C_SignAsync(s.handle, digests[i % REMOTE_N]!, Buffer.alloc(64))
    })
  let bareKey: Buffer | undefined
  const bareHsmCached = (i: number) =>
    hsmBackend.run('bare sign', async (p, s) => {
      const l = hsmBackend.lib()
      p.C_SignInit(s.handle, { mechanism: l.CKM_ECDSA }, bareKey!)
      return p.C_SignAsync(s.handle, digests[i % REMOTE_N]!, Buffer.alloc(64))
    })
  await msPerOp(1, bareHsm)
  await msPerOp(30, bareHsmCached)
  const hsmPair = await pair(
    ROUNDS,
    () => msPerOp(REMOTE_N, bareHsmCached),
    () => hsmCustody.withAccounts(hsmMaterial, [0], async ([a]) => msPerOp(REMOTE_N, (i) => a!.signTransaction(tx(i)))),
  )
  const hsmBareMs = hsmPair.a
  const hsmOursMs = hsmPair.b
  const hsmOverheadMs = hsmPair.diff
  const hsmReplay = await replaying(hsmKey.publicKey, async (i) => {
    const raw = await bareHsmCached(i)
    return { r: BigInt(`0x${raw.subarray(0, 32).toString('hex')}`), s: BigInt(`0x${raw.subarray(32).toString('hex')}`) }
  })
  const hsmOwn: number[] = []
  for (let r = 0; r < ROUNDS; r++) hsmOwn.push(await msPerOp(REMOTE_N, (i) => hsmReplay.signTransaction(tx(i))))
  const hsmOwnMs = median(hsmOwn)
  console.log(`pkcs11 (SoftHSM2): ${(1000 / hsmOursMs).toFixed(0)} signatures/s (${hsmOursMs.toFixed(3)} ms); bare C_SignInit+C_Sign ${hsmBareMs.toFixed(3)} ms; overhead ${hsmOverheadMs.toFixed(3)} ms, own code ${hsmOwnMs.toFixed(3)} ms (target <= 1)`)
  await hsmBackend.close()
  removeSoftHsmToken(token)

  console.log(
    JSON.stringify({
      bench: 'signing',
      signaturesPerRound: { local: N, remote: REMOTE_N },
      rounds: ROUNDS,
      batch: BATCH,
      baseline: { rawViemSignaturesPerS: Math.round(rawRate) },
      localHd: { signaturesPerS: Math.round(localRate), ratio: round2(localRatio), limit: 0.8 },
      awsKms: {
        signaturesPerS: Math.round(1000 / kmsOursMs),
        ratioToRaw: round3(1000 / kmsOursMs / rawRate),
        backendCallMs: round3(kmsBareMs),
        overheadMs: round3(kmsOverheadMs),
        ownCodeMs: round3(kmsOwnMs),
        limitMs: 1,
      },
      pkcs11: {
        signaturesPerS: Math.round(1000 / hsmOursMs),
        ratioToRaw: round3(1000 / hsmOursMs / rawRate),
        backendCallMs: round3(hsmBareMs),
        overheadMs: round3(hsmOverheadMs),
        ownCodeMs: round3(hsmOwnMs),
        limitMs: 1,
      },
      limit: 0.8,
      ratio: round2(localRatio),
    }),
  )
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)

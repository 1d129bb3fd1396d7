/**
 * Steps the key backend tests share: create wallets through the API, send a withdrawal and follow it to
 * `confirmed`, check who signed it, and sign with a wallet through custody directly.
 */
import { getAddress, parseEther, recoverMessageAddress, recoverTransactionAddress, type Address, type Hex } from 'viem'
import { getWalletKeyMaterial } from '../../src/db/wallets'
import type { Runtime } from '../../src/runtime'
import { sql } from './db'
import { waitFor, type Stack } from './stack'
import { mapLimit } from '../../src/lib/concurrency'

export const BOB: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'

export interface WalletBody {
  id: string
  custody: string
  keyBackend: string
  hotAddress: Address
  xpub: string | null
}

export async function createWallet(s: Stack, body: Record<string, unknown>): Promise<WalletBody> {
  const r = await s.call('POST', '/v1/wallets', body)
  if (r.status !== 201) throw new Error(`wallet not created: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

/** Funds the hot address and waits until the deposit is credited. */
export async function fundWallet(s: Stack, w: WalletBody, eth: string): Promise<void> {
  await s.fund(w.hotAddress, parseEther(eth))
  await waitFor(`deposit to ${w.hotAddress} credited`, async () => {
    const r = await s.call('GET', `/v1/wallets/${w.id}/balances`)
    return BigInt(r.body.data.find((b: { asset: string }) => b.asset === '31337:native').available) >= parseEther(eth)
  })
}

export async function requestWithdrawal(s: Stack, walletId: string, amount: bigint, key: string): Promise<string> {
  const r = await s.call('POST', '/v1/withdrawals', { walletId, asset: '31337:native', to: BOB, amount: amount.toString() }, { 'Idempotency-Key': key })
  if (r.status !== 201) throw new Error(`withdrawal refused: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body.id
}

export async function waitConfirmed(s: Stack, withdrawalId: string, timeoutMs = 60_000) {
  return waitFor(`withdrawal ${withdrawalId} confirmed`, async () => {
    const w = await s.call('GET', `/v1/withdrawals/${withdrawalId}`)
    return w.body.status === 'confirmed' ? w.body : null
  }, timeoutMs)
}

/** The signer of every signed attempt of a withdrawal, recovered by viem from the raw transaction. */
export async function attemptSigners(s: Stack, withdrawalId: string): Promise<Address[]> {
  const rows = await sql<{ raw_tx: string }>(s.db.url, 'SELECT raw_tx FROM tx_attempts WHERE withdrawal_id = $1', [withdrawalId])
  return Promise.all(rows.map((r) => recoverTransactionAddress({ serializedTransaction: r.raw_tx as Hex as never })))
}

/** Signs a message with the wallet's hot address through custody and returns the recovered signer. */
export async function signAndRecover(rt: Runtime, walletId: string): Promise<Address> {
  const material = await getWalletKeyMaterial(rt.db, walletId)
  if (!material) throw new Error(`no wallet ${walletId}`)
  const message = `proof of key ${walletId}`
  return rt.custody.withAccounts(material, [0], async ([account]) => recoverMessageAddress({ message, signature: await account!.signMessage({ message }) }))
}

export function checksum(a: string): Address {
  return getAddress(a)
}

/** Runs `fn` over `items`, `width` at a time (src/lib/concurrency.ts). */
export const inParallel = mapLimit

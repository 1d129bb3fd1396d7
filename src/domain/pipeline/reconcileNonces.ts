/**
 * The nonce reconciler: compares each address's nonce cursor with the chain and repairs it.
 *
 * Per (chain, address) with a cursor, under the cursor's row lock:
 *  - in-flight withdrawals whose nonce the chain has already used (`latest` count past it) without any
 *    of their attempts mined are resolved (see resolveConsumedNonce: released once that is final);
 *  - a cursor behind the chain's `latest` count (the key was used outside the service) moves up to it;
 *  - nonces between `latest` and the cursor that no withdrawal holds are holes: holes above every held
 *    nonce mean the cursor ran ahead, and it moves back; a hole below a held nonce would block the
 *    later ones forever, so it is filled with a 0-value self-send (a `nonce_fill` transaction whose gas
 *    is booked to the network-fee account) at market fees clamped to the cancel ceiling (`cancelFeeCeiling`).
 * It never moves a nonce that has a live attempt.
 */
import { getAddress, keccak256, type Hex } from 'viem'
import { broadcastRaw } from '../../chain/broadcast'
import { chainClient } from '../../chain/clients'
import { cancelFeeCeiling, clampFees, readMarketFees } from '../../chain/fees'
import { withTx } from '../../db/client'
import { getWalletKeyMaterial } from '../../db/wallets'
import {
  advanceNonceCursor,
  heldNonces,
  inFlightBelow,
  insertSignedAttempts,
  insertWithdrawal,
  listNonceCursors,
  lockNonceCursor,
  type NewAttempt,
} from '../../db/withdrawals'
import { newId } from '../../lib/ids'
import { nativeAsset } from '../assets'
import type { Deps } from '../deps'
import { recordBroadcast } from '../withdrawals/recordBroadcast'
import { resolveConsumedNonce } from '../withdrawals/resolveConsumedNonce'

export interface NonceRepair {
  address: string
  action: 'advanced' | 'rewound' | 'filled' | 'released'
  from: bigint
  to: bigint
  nonces?: bigint[]
}

export async function reconcileNonces(deps: Deps, chainId: number): Promise<NonceRepair[]> {
  const { client, config } = chainClient(deps.chains, chainId)
  const repairs: NonceRepair[] = []
  for (const c of await listNonceCursors(deps.db, chainId)) {
    const address = getAddress(c.address)
    const latest = BigInt(await client.getTransactionCount({ address, blockTag: 'latest' }))
    for (const w of await inFlightBelow(deps.db, chainId, c.address, latest)) {
      if ((await resolveConsumedNonce(deps, w)) === 'released') repairs.push({ address: c.address, action: 'released', from: w.nonce!, to: w.nonce! })
    }

    const fill = await withTx(deps.db, async (tx) => {
      const cursor = await lockNonceCursor(tx, chainId, c.address, latest)
      const chainNow = BigInt(await client.getTransactionCount({ address, blockTag: 'latest' }))
      if (cursor < chainNow) {
        await advanceNonceCursor(tx, chainId, c.address, chainNow)
        repairs.push({ address: c.address, action: 'advanced', from: cursor, to: chainNow })
        return null
      }
      const held = new Set((await heldNonces(tx, chainId, c.address, chainNow)).map(String))
      const holes: bigint[] = []
      let topHeld = chainNow - 1n
      for (let n = chainNow; n < cursor; n++) {
        if (held.has(String(n))) topHeld = n
        else holes.push(n)
      }
      const above = holes.filter((n) => n > topHeld)
      const inner = holes.filter((n) => n < topHeld)
      if (above.length) {
        await advanceNonceCursor(tx, chainId, c.address, topHeld + 1n)
        repairs.push({ address: c.address, action: 'rewound', from: cursor, to: topHeld + 1n, nonces: above })
      }
      if (!inner.length) return null
      // A fill may outbid the market like a cancel (a hole blocks every later nonce), within the cancel ceiling.
      const market = await readMarketFees(client, config.fees)
      return signFills(deps, tx, chainId, c.address, inner, clampFees(market, cancelFeeCeiling(config.fees, market)))
    })
    if (fill) {
      repairs.push({ address: c.address, action: 'filled', from: fill[0]!.nonce, to: fill[fill.length - 1]!.nonce, nonces: fill.map((a) => a.nonce) })
      const outcomes = await broadcastRaw(client, fill.map((a) => ({ attemptId: a.id, rawTx: a.rawTx })))
      await recordBroadcast(deps, chainId, outcomes)
    }
  }
  for (const r of repairs) deps.logger.warn({ chainId, ...r, from: r.from.toString(), to: r.to.toString(), nonces: r.nonces?.map(String) }, 'nonce cursor repaired')
  return repairs
}

/** Signs 0-value self-sends for `nonces` (the caller holds the cursor lock) and stores them. */
async function signFills(deps: Deps, tx: Parameters<Parameters<typeof withTx>[1]>[0], chainId: number, address: string, nonces: bigint[], fees: { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }): Promise<NewAttempt[]> {
  const addr = await tx.address.findUniqueOrThrow({ where: { address } })
  const material = (await getWalletKeyMaterial(tx, addr.walletId))!
  const from = getAddress(address)
  const attempts = await deps.custody.withAccounts(material, [addr.derivationIndex], async ([account]) => {
    const out: NewAttempt[] = []
    for (const nonce of nonces) {
      const w = await insertWithdrawal(tx, {
        id: newId(),
        kind: 'nonce_fill',
        clientId: null,
        externalId: null,
        walletId: addr.walletId,
        chainId,
        asset: nativeAsset(chainId),
        fromAddress: address,
        toAddress: address,
        amount: 0n,
        status: 'queued',
      })
      const rawTx = await account!.signTransaction({ type: 'eip1559', chainId, nonce: Number(nonce), to: from, value: 0n, gas: 21_000n, ...fees })
      out.push({ id: newId(), withdrawalId: w.id, chainId, fromAddress: address, nonce, kind: 'original', toAddress: address, value: 0n, data: '0x', gasLimit: 21_000n, ...fees, rawTx, txHash: keccak256(rawTx as Hex) })
    }
    return out
  })
  await insertSignedAttempts(tx, attempts)
  return attempts
}

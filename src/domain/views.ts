/**
 * The public shapes of resources, as the REST API returns them and as webhook events carry them
 * (`data` of an event is the same shape the API returns). Addresses are EIP-55 checksummed; amounts
 * are decimal strings of base units; times are ISO 8601.
 */
import { getAddress } from 'viem'
import type { AttemptRow, WithdrawalRow } from '../db/withdrawals'
import type { ApprovalRow } from '../db/policies'
import type { PolicyDecision } from './policies/evaluateWithdrawalPolicy'
import type { DepositRow } from '../db/deposits'
import type { AddressRow, WalletRow } from '../db/wallets'
import type { KekRotationRow } from '../db/kekRotations'
import type { SweepPolicyRow, SweepRow } from '../db/sweeps'

const iso = (d: Date | null) => (d ? d.toISOString() : null)
const cs = (a: string) => getAddress(a)

export function walletView(w: WalletRow) {
  return {
    id: w.id,
    label: w.label,
    custody: w.custody,
    keyBackend: w.keyBackend,
    hotAddress: cs(w.hotAddress),
    xpub: w.xpub,
    createdAt: w.createdAt.toISOString(),
  }
}
export type WalletView = ReturnType<typeof walletView>

export function addressView(a: AddressRow) {
  return {
    id: a.id,
    walletId: a.walletId,
    address: cs(a.address),
    kind: a.kind,
    index: a.derivationIndex,
    path: a.derivationPath,
    label: a.label,
    externalId: a.externalId,
    createdAt: a.createdAt.toISOString(),
  }
}
export type AddressView = ReturnType<typeof addressView>

export function attemptView(a: AttemptRow) {
  return {
    id: a.id,
    kind: a.kind,
    nonce: a.nonce.toString(),
    txHash: a.txHash,
    status: a.status,
    maxFeePerGas: a.maxFeePerGas.toString(),
    maxPriorityFeePerGas: a.maxPriorityFeePerGas.toString(),
    gasLimit: a.gasLimit.toString(),
    maxNetworkFee: (a.gasLimit * a.maxFeePerGas).toString(),
    broadcastCount: a.broadcastCount,
    firstBroadcastAt: iso(a.firstBroadcastAt),
    lastError: a.lastError,
    blockNumber: a.blockNumber === null ? null : a.blockNumber.toString(),
    createdAt: a.createdAt.toISOString(),
  }
}
export type AttemptView = ReturnType<typeof attemptView>

export function approvalView(a: ApprovalRow) {
  return { apiKeyId: a.apiKeyId, clientId: a.clientId, approverIdentity: a.approverIdentity, decision: a.decision, comment: a.comment, createdAt: a.createdAt.toISOString() }
}

export function withdrawalView(w: WithdrawalRow, attempts?: AttemptRow[], approvals?: ApprovalRow[]) {
  return {
    id: w.id,
    kind: w.kind,
    walletId: w.walletId,
    externalId: w.externalId,
    chainId: w.chainId,
    asset: w.asset,
    from: cs(w.fromAddress),
    to: cs(w.toAddress),
    amount: w.amount.toString(),
    status: w.status,
    statusReason: w.statusReason,
    nonce: w.nonce === null ? null : w.nonce.toString(),
    txHash: w.txHash,
    blockNumber: w.blockNumber === null ? null : w.blockNumber.toString(),
    gasUsed: w.gasUsed === null ? null : w.gasUsed.toString(),
    networkFee: w.feePaid === null ? null : w.feePaid.toString(),
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    submittedAt: iso(w.submittedAt),
    minedAt: iso(w.minedAt),
    confirmedAt: iso(w.confirmedAt),
    stuck: w.stuck,
    cancelRequestedAt: iso(w.cancelRequestedAt),
    policyDecision: (w.policyDecision ?? null) as PolicyDecision | null,
    approvalsRequired: w.approvalsRequired,
    ...(attempts ? { attempts: attempts.map(attemptView), maxNetworkFee: maxNetworkFeeOf(attempts) } : {}),
    ...(approvals ? { approvals: approvals.map(approvalView) } : {}),
  }
}
export type WithdrawalView = ReturnType<typeof withdrawalView>

/**
 * The most the withdrawal can cost in network fees, wei: the highest gas limit × maxFeePerGas of its
 * attempts (any of them may be the one mined). null before it is signed.
 */
function maxNetworkFeeOf(attempts: AttemptRow[]): string | null {
  let max: bigint | null = null
  for (const a of attempts) {
    const fee = a.gasLimit * a.maxFeePerGas
    if (max === null || fee > max) max = fee
  }
  return max === null ? null : max.toString()
}

export function depositView(d: DepositRow) {
  return {
    id: d.id,
    walletId: d.walletId,
    addressId: d.addressId,
    chainId: d.chainId,
    asset: d.asset,
    address: cs(d.address),
    from: cs(d.fromAddress),
    amount: d.amount.toString(),
    txHash: d.txHash,
    logIndex: d.logIndex,
    blockNumber: d.blockNumber.toString(),
    blockHash: d.blockHash,
    status: d.status,
    detectedAt: d.detectedAt.toISOString(),
    confirmedAt: iso(d.confirmedAt),
    orphanedAt: iso(d.orphanedAt),
  }
}
export type DepositView = ReturnType<typeof depositView>

export function kekRotationView(r: KekRotationRow) {
  return {
    id: r.id,
    backend: r.backend,
    targetKekId: r.targetKekId,
    status: r.status,
    total: r.total,
    rewrapped: r.rewrapped,
    remaining: Math.max(0, r.total - r.rewrapped),
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    completedAt: iso(r.completedAt),
  }
}
export type KekRotationView = ReturnType<typeof kekRotationView>
export function sweepPolicyView(p: SweepPolicyRow) {
  return {
    walletId: p.walletId,
    asset: p.asset,
    chainId: p.chainId,
    threshold: p.threshold.toString(),
    destinationWalletId: p.destinationWalletId,
    enabled: p.enabled,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  }
}
export type SweepPolicyView = ReturnType<typeof sweepPolicyView>

/**
 * A sweep: the withdrawal of kind `sweep` that moves a deposit address's balance, with what paid its
 * gas (the top-up, for tokens) and the native dust the address holds now.
 */
export function sweepView(w: WithdrawalRow, s: SweepRow | undefined, topUp: WithdrawalRow | null, nativeDust: bigint, attempts?: AttemptRow[]) {
  return {
    ...withdrawalView(w, attempts),
    depositAddressId: s?.depositAddressId ?? null,
    destinationWalletId: s?.destinationWalletId ?? null,
    gasLimit: s ? s.gasLimit.toString() : null,
    maxFeePerGas: s ? s.maxFeePerGas.toString() : null,
    topUp: topUp
      ? { id: topUp.id, from: cs(topUp.fromAddress), amount: topUp.amount.toString(), status: topUp.status, txHash: topUp.txHash, networkFee: topUp.feePaid === null ? null : topUp.feePaid.toString() }
      : null,
    nativeDust: nativeDust.toString(),
  }
}
export type SweepView = ReturnType<typeof sweepView>

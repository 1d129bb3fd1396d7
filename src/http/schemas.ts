/**
 * Shared zod schemas of the REST API. They validate requests and generate the OpenAPI 3.1 document
 * (`.meta()` gives descriptions, examples and component ids), so the contract and the code cannot
 * disagree.
 */
import { isAddress } from 'viem'
import { z } from 'zod'
import { MAX_UINT256 } from '../lib/amounts'
import 'zod-openapi'

export const Uuid = z.uuid().meta({ description: 'Resource id (UUIDv7)', example: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' })

export const AmountString = z
  .string()
  .regex(/^(0|[1-9][0-9]*)$/, 'must be a non-negative integer of base units, as a string')
  .refine((s) => !/^\d+$/.test(s) || (s.length <= 78 && BigInt(s) <= MAX_UINT256), 'must fit in uint256')
  .meta({ id: 'Amount', description: 'Integer amount of base units (wei for ETH) as a decimal string', example: '1500000000000000000' })

export const PositiveAmountString = AmountString.refine((s) => !/^\d+$/.test(s) || BigInt(s) > 0n, 'must be greater than zero').meta({
  description: 'Positive integer amount of base units (wei for ETH) as a decimal string',
  example: '1500000000000000000',
})

export const AddressString = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, 'must be a 20-byte hex address')
  .refine((s) => isAddress(s, { strict: true }), 'EIP-55 checksum does not match (use the checksummed or the all-lowercase form)')
  .meta({ id: 'Address', description: 'EVM address; EIP-55 checksummed on output, checksum-validated on input when mixed case', example: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' })

export const AssetId = z
  .string()
  .regex(/^\d+:(native|0x[0-9a-fA-F]{40})$/, 'must be {chainId}:native or {chainId}:{tokenAddress}')
  .meta({ id: 'AssetId', description: 'Asset: `{chainId}:native` or `{chainId}:{tokenAddress}`', example: '31337:native' })

export const Timestamp = z.string().meta({ description: 'ISO 8601 timestamp', example: '2026-11-21T09:30:00.000Z' })

export const ExternalId = z.string().min(1).max(128).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Page size (1–200)', example: 50 }),
  cursor: z.string().max(200).optional().meta({ description: 'Opaque cursor from the previous page\'s `nextCursor`' }),
})

export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Cursor of the next page; null on the last page' }),
    })
    .meta({ id })
}

export const Problem = z
  .object({
    type: z.string().meta({ example: 'urn:custody:problem:insufficient_balance' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().meta({ description: 'Stable error code (see the error catalogue)', example: 'insufficient_balance' }),
    requestId: z.string(),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional().meta({ description: 'Field errors with JSON pointers (RFC 6901) into the request' }),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' })

// ---------------------------------------------------------------- resources

export const Wallet = z
  .object({
    id: Uuid,
    label: z.string(),
    custody: z.enum(['hd', 'kms-key', 'hsm-key']),
    keyBackend: z.string().meta({ example: 'local' }),
    hotAddress: AddressString.meta({ description: "The wallet's hot address (m/44'/60'/0'/0/0 for hd wallets)" }),
    xpub: z.string().nullable().meta({ description: "Account extended public key (m/44'/60'/0'); null for single-key wallets" }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Wallet' })

export const DepositAddress = z
  .object({
    id: Uuid,
    walletId: Uuid,
    address: AddressString,
    kind: z.enum(['hot', 'deposit']),
    index: z.number().int().meta({ description: 'BIP-44 address index i of m/44\'/60\'/0\'/0/i' }),
    path: z.string().nullable().meta({ example: "m/44'/60'/0'/0/1" }),
    label: z.string().nullable(),
    externalId: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'WalletAddress' })

export const Balance = z
  .object({
    asset: AssetId,
    available: AmountString.meta({ description: 'May be withdrawn now: total − pending' }),
    pending: AmountString.meta({ description: 'On hold for withdrawals in flight' }),
    total: AmountString.meta({ description: 'Credited and not yet paid out' }),
  })
  .meta({ id: 'Balance' })

export const WithdrawalStatus = z
  .enum(['pending_approval', 'queued', 'signing', 'submitted', 'mined', 'confirmed', 'failed', 'cancelled', 'rejected'])
  .meta({ id: 'WithdrawalStatus' })

export const Attempt = z
  .object({
    id: Uuid,
    kind: z.enum(['original', 'replacement', 'cancel']),
    nonce: z.string(),
    txHash: z.string(),
    status: z.enum(['signed', 'broadcast', 'mined', 'replaced', 'dropped']),
    maxFeePerGas: AmountString,
    maxPriorityFeePerGas: AmountString,
    gasLimit: AmountString,
    broadcastCount: z.number().int(),
    firstBroadcastAt: Timestamp.nullable(),
    lastError: z.string().nullable(),
    blockNumber: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Attempt', description: 'One signed transaction for the withdrawal\'s nonce' })

export const Withdrawal = z
  .object({
    id: Uuid,
    kind: z.enum(['withdrawal', 'sweep', 'topup', 'nonce_fill']),
    walletId: Uuid,
    externalId: z.string().nullable(),
    chainId: z.number().int(),
    asset: AssetId,
    from: AddressString,
    to: AddressString,
    amount: AmountString,
    status: WithdrawalStatus,
    statusReason: z.string().nullable().meta({ description: 'Why the withdrawal waits or ended as it did', example: 'insufficient_funds' }),
    nonce: z.string().nullable(),
    txHash: z.string().nullable().meta({ description: 'Hash of the latest (or the mined) attempt' }),
    blockNumber: z.string().nullable(),
    gasUsed: AmountString.nullable(),
    networkFee: AmountString.nullable().meta({ description: 'Gas actually paid, in wei' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Timestamp.nullable(),
    minedAt: Timestamp.nullable(),
    confirmedAt: Timestamp.nullable(),
    attempts: z.array(Attempt).optional(),
  })
  .meta({ id: 'Withdrawal' })

export const Deposit = z
  .object({
    id: Uuid,
    walletId: Uuid,
    addressId: Uuid,
    chainId: z.number().int(),
    asset: AssetId,
    address: AddressString,
    from: AddressString,
    amount: AmountString,
    txHash: z.string(),
    logIndex: z.number().int().meta({ description: 'Log index of a token transfer; -1 for a native transfer' }),
    blockNumber: z.string(),
    blockHash: z.string(),
    status: z.enum(['detected', 'confirmed', 'orphaned']),
    detectedAt: Timestamp,
    confirmedAt: Timestamp.nullable(),
    orphanedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Deposit' })

export const LedgerAccount = z
  .object({
    id: Uuid,
    code: z.string().meta({ example: 'liability:31337:native:wallet:019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' }),
    type: z.enum(['asset', 'liability', 'expense', 'revenue', 'equity', 'suspense']),
    normalBalance: z.enum(['debit', 'credit']),
    asset: AssetId,
    chainId: z.number().int(),
    walletId: Uuid.nullable(),
    address: AddressString.nullable(),
    name: z.string(),
    balances: z.object({
      posted: z.string().meta({ description: 'Settled balance, base units, signed by the normal balance' }),
      pending: z.string().meta({ description: 'posted + pending inflows − pending outflows' }),
      available: z.string().meta({ description: 'posted − pending outflows' }),
    }),
    createdAt: Timestamp,
  })
  .meta({ id: 'LedgerAccount' })

export const LedgerAccountEntry = z
  .object({
    id: Uuid,
    seq: z.string(),
    kind: z.enum(['standard', 'hold', 'post', 'void']),
    event: z.string().meta({ example: 'deposit.credit' }),
    refType: z.string().meta({ example: 'deposit' }),
    refId: Uuid,
    chainId: z.number().int(),
    blockNumber: z.string().nullable(),
    amount: z.string().meta({ description: "This account's posting in the entry: debit > 0, credit < 0 (base units)" }),
    createdAt: Timestamp,
  })
  .meta({ id: 'LedgerAccountEntry' })

export const SweepPolicy = z
  .object({
    walletId: Uuid,
    asset: AssetId,
    chainId: z.number().int(),
    threshold: AmountString.meta({ description: 'A deposit address is swept once its confirmed balance of the asset reaches this (base units)', example: '100000000' }),
    destinationWalletId: Uuid.nullable().meta({ description: "Wallet whose hot address receives the sweeps (e.g. a kms-key treasury); null: this wallet's hot address" }),
    enabled: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'SweepPolicy' })

export const Sweep = Withdrawal.extend({
  depositAddressId: Uuid.nullable().meta({ description: 'The deposit address this sweep empties' }),
  destinationWalletId: Uuid.nullable().meta({ description: 'The wallet whose hot address receives the sweep' }),
  gasLimit: AmountString.nullable().meta({ description: 'Gas limit the sweep is signed with' }),
  maxFeePerGas: AmountString.nullable().meta({ description: 'Highest fee per gas (wei) the sweep may pay: what the deposit address holds for gas' }),
  topUp: z
    .object({
      id: Uuid,
      from: AddressString,
      amount: AmountString.meta({ description: 'Wei sent to the deposit address for the gas of this sweep' }),
      status: WithdrawalStatus,
      txHash: z.string().nullable(),
      networkFee: AmountString.nullable(),
    })
    .nullable()
    .meta({ description: 'The gas top-up that paid for a token sweep (a withdrawal of kind `topup` from the hot address)' }),
  nativeDust: AmountString.meta({ description: 'Native base units left at the deposit address now (ledger, equal to the chain once settled)' }),
}).meta({ id: 'Sweep' })

/**
 * Shared zod schemas of the REST API. They validate requests and generate the OpenAPI 3.1 document
 * (`.meta()` gives descriptions, examples and component ids), so the contract and the code cannot
 * disagree.
 */
import { isAddress } from 'viem'
import { z } from 'zod'
import { MAX_UINT256 } from '../lib/amounts'
import { errorCatalogue } from '../lib/errorDocs'
import { ErrorCodes, type ErrorCode } from '../lib/errors'
import { SCOPES } from '../domain/apiKeys/apiKeys'
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

export const Timestamp = z.string().meta({ description: 'ISO 8601 timestamp (UTC)', example: '2026-11-21T09:30:00.000Z' })

export const ExternalId = z.string().min(1).max(128).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')

/** Free text (labels, names, comments): 1–`max` characters, no control characters (Postgres text cannot hold NUL). */
/**
 * Free text shown to people (labels, names): no control characters, and no invisible format characters
 * (Unicode category Cf: bidi overrides and isolates U+202A–U+202E / U+2066–U+2069, marks U+200E/U+200F/U+061C,
 * zero-width U+200B–U+200D / U+2060, BOM U+FEFF, soft hyphen) nor line/paragraph separators, which let a label
 * read differently from what it holds (Trojan Source, CVE-2021-42574).
 */
export const Text = (max: number) =>
  z.string().min(1).max(max).regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u, 'must not contain control, bidi or zero-width characters')

/** An identifier-like query value: printable ASCII without spaces. */
export const Token = (max: number) => z.string().min(1).max(max).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')

export const ChainId = z.number().int().meta({ description: 'EIP-155 chain id', example: 31337 })

export const TxHash = z.string().meta({ description: 'Transaction hash (32 bytes, hex)', example: '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060' })

export const BlockNumberString = z.string().meta({ description: 'Block number, decimal string', example: '18234567' })

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Page size (1–200)', example: 50 }),
  cursor: z.string().max(200).optional().meta({ description: "Opaque cursor from the previous page's `nextCursor`", example: 'MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl' }),
})

export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item).meta({ description: 'The items of this page' }),
      nextCursor: z.string().nullable().meta({ description: 'Cursor of the next page; null on the last page', example: 'MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl' }),
    })
    .meta({ id, description: `A page of ${id.replace(/List$/, '')} items, with the cursor of the next page` })
}

export const ErrorCodeSchema = z.enum(Object.keys(ErrorCodes) as [ErrorCode, ...ErrorCode[]]).meta({
  id: 'ErrorCode',
  description: 'Stable error code. The catalogue (status, title, when it is returned) is in the "Errors" section of this document and in `x-error-codes`.',
  example: 'insufficient_balance',
  'x-enumDescriptions': Object.fromEntries(errorCatalogue().map((e) => [e.code, `${e.status} — ${e.description}`])),
})

export const Problem = z
  .object({
    type: z.string().meta({ description: 'URI reference of the problem type: `urn:custody:problem:` + `code`', example: 'urn:custody:problem:insufficient_balance' }),
    title: z.string().meta({ description: 'Short summary of the problem type (the same for every occurrence of a code)', example: 'Insufficient available balance' }),
    status: z.number().int().meta({ description: 'HTTP status code', example: 422 }),
    detail: z.string().meta({ description: 'Explanation specific to this occurrence', example: 'available balance 100 is below the requested amount 150 (base units of 31337:native)' }),
    instance: z.string().meta({ description: 'The request path this problem occurred on', example: '/v1/withdrawals' }),
    code: ErrorCodeSchema,
    requestId: z.string().meta({ description: 'Id of the request (also in the `X-Request-Id` response header and in every log line of the request)', example: '6f1c9f5e-8a51-4a5e-9f0b-3f1d2c4b5a69' }),
    errors: z
      .array(
        z
          .object({
            pointer: z.string().meta({ description: 'JSON pointer (RFC 6901) into the request: the body (`/amount`), or `/path/…`, `/query/…`, `/headers/…`', example: '/amount' }),
            detail: z.string().meta({ description: 'What is wrong with that field', example: 'must be greater than zero' }),
          })
          .meta({ id: 'FieldError', description: 'One invalid field of the request' }),
      )
      .optional()
      .meta({ description: 'Field errors with JSON pointers (RFC 6901) into the request (validation problems)' }),
  })
  .catchall(z.unknown())
  .meta({
    id: 'Problem',
    description:
      'RFC 9457 problem details. Some codes add members: `existingId` (external_id_conflict, allowlist_entry_exists), `available`/`requested`/`asset` (insufficient_balance), `rule`/`decision` (policy_violation), `reason` (destination_refused), `retryAfterSeconds` (rate_limited, idempotency_key_in_flight, replacement_too_soon), `status` (invalid_state).',
  })

// ---------------------------------------------------------------- resources

const U = (description: string) => Uuid.meta({ description })

export const Wallet = z
  .object({
    id: U('Wallet id'),
    label: z.string().meta({ description: 'Name of the wallet', example: 'Exchange hot wallet' }),
    custody: z.enum(['hd', 'kms-key', 'hsm-key']).meta({ description: 'How its keys are held: `hd` (sealed BIP-39 seed), `kms-key` (AWS KMS key), `hsm-key` (HSM key)', example: 'hd' }),
    keyBackend: z.string().meta({ description: 'Key backend that wraps (or holds) the key', example: 'local' }),
    hotAddress: AddressString.meta({ description: "The wallet's hot address (m/44'/60'/0'/0/0 for hd wallets)" }),
    xpub: z.string().nullable().meta({ description: "Account extended public key (m/44'/60'/0'); null for single-key wallets", example: 'xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Wallet', description: 'A custody wallet: its hot address sends withdrawals; deposit addresses are derived from its xpub' })

export const DepositAddress = z
  .object({
    id: U('Address id'),
    walletId: U('Wallet the address belongs to'),
    address: AddressString.meta({ description: 'The address (EIP-55 checksummed)' }),
    kind: z.enum(['hot', 'deposit']).meta({ description: '`hot` (index 0, sends withdrawals) or `deposit` (handed to a customer)', example: 'deposit' }),
    index: z.number().int().meta({ description: "BIP-44 address index i of m/44'/60'/0'/0/i", example: 1 }),
    path: z.string().nullable().meta({ description: 'BIP-32 derivation path; null for single-key wallets', example: "m/44'/60'/0'/0/1" }),
    label: z.string().nullable().meta({ description: 'Your label', example: 'customer 42' }),
    externalId: z.string().nullable().meta({ description: 'Your id for this address (unique within the wallet)', example: 'cust-42' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'WalletAddress', description: 'An address of a wallet' })

export const Balance = z
  .object({
    asset: AssetId,
    available: AmountString.meta({ description: 'May be withdrawn now: total − pending' }),
    pending: AmountString.meta({ description: 'On hold for withdrawals in flight (including those awaiting approval)' }),
    total: AmountString.meta({ description: 'Credited and not yet paid out' }),
  })
  .meta({ id: 'Balance', description: "A wallet's balance of one asset, from the ledger (base units)" })

export const WithdrawalStatus = z
  .enum(['pending_approval', 'queued', 'signing', 'submitted', 'mined', 'confirmed', 'failed', 'cancelled', 'rejected'])
  .meta({
    id: 'WithdrawalStatus',
    description:
      '`pending_approval → queued → signing → submitted → mined → confirmed`; terminal: `confirmed`, `failed` (reverted on chain), `cancelled`, `rejected` (by an approver)',
    example: 'queued',
  })

export const Attempt = z
  .object({
    id: U('Attempt id'),
    kind: z.enum(['original', 'replacement', 'cancel']).meta({ description: '`original`, a fee-bump `replacement` (same nonce) or a `cancel` (0-value self-send, same nonce)', example: 'original' }),
    nonce: z.string().meta({ description: 'Nonce of the transaction, decimal string', example: '42' }),
    txHash: TxHash,
    status: z.enum(['signed', 'broadcast', 'mined', 'replaced', 'dropped']).meta({ description: 'Attempt state: `signed → broadcast → mined | replaced | dropped`', example: 'mined' }),
    maxFeePerGas: AmountString.meta({ description: 'EIP-1559 maxFeePerGas, wei', example: '30000000000' }),
    maxPriorityFeePerGas: AmountString.meta({ description: 'EIP-1559 maxPriorityFeePerGas, wei', example: '1500000000' }),
    gasLimit: AmountString.meta({ description: 'Gas limit', example: '21000' }),
    maxNetworkFee: AmountString.meta({ description: 'Most this transaction can cost in network fees: gasLimit × maxFeePerGas, wei', example: '630000000000000' }),
    broadcastCount: z.number().int().meta({ description: 'How many times a node accepted it', example: 1 }),
    firstBroadcastAt: Timestamp.nullable().meta({ description: 'When a node first accepted it' }),
    lastError: z.string().nullable().meta({ description: 'Last broadcast error, if any', example: 'nonce_too_low: nonce too low' }),
    blockNumber: BlockNumberString.nullable().meta({ description: 'Block it was mined in' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Attempt', description: "One signed transaction for the withdrawal's nonce" })

export const PolicyRuleName = z.enum(['max_per_transaction', 'velocity_24h', 'allowlist', 'approval', 'approval_24h', 'default_deny']).meta({
  id: 'PolicyRuleName',
  description: 'A rule of a withdrawal policy',
  example: 'velocity_24h',
})

export const PolicyDecision = z
  .object({
    policyId: Uuid.nullable().meta({ description: 'The policy evaluated; null when the wallet has no policy for the asset' }),
    policyVersion: z.number().int().nullable().meta({ description: 'Version of the policy evaluated (increments on every change)', example: 3 }),
    policyScope: z
      .enum(['asset', 'wallet_default'])
      .nullable()
      .optional()
      .meta({ description: "`asset`: the policy of the wallet and asset; `wallet_default`: the wallet's default policy (no policy of the asset); null: no policy applied", example: 'asset' }),
    evaluatedAt: Timestamp.meta({ description: 'When the policy was evaluated' }),
    outcome: z.enum(['allowed', 'pending_approval', 'refused']).meta({ description: 'What the policy decided', example: 'pending_approval' }),
    rule: PolicyRuleName.nullable().meta({ description: 'The rule that decided: the first failing rule when refused, `approval` when pending approval, null when allowed' }),
    approvalsRequired: z.number().int().meta({ description: 'Distinct approvals required before the withdrawal is queued', example: 2 }),
    rules: z
      .array(
        z
          .object({
            rule: PolicyRuleName,
            result: z.enum(['pass', 'fail', 'approval_required', 'not_configured']).meta({ description: 'The result of the rule', example: 'pass' }),
            detail: z.string().meta({ description: 'Human-readable explanation with the figures compared', example: '1000 requested in the last 24 h + 500 = 1500 ≤ limit 5000' }),
            limit: AmountString.optional().meta({ description: 'The configured limit or threshold (base units)', example: '5000' }),
            value: AmountString.optional().meta({ description: 'The value compared with it (base units)', example: '1500' }),
          })
          .meta({ id: 'PolicyRuleResult', description: 'How one rule judged the withdrawal' }),
      )
      .meta({ description: 'Every rule of the policy, in evaluation order' }),
  })
  .meta({ id: 'PolicyDecision', description: 'What the withdrawal policy of the wallet and asset decided at request time, and why' })

export const Approval = z
  .object({
    apiKeyId: U('API key of the approver'),
    clientId: U('API client of the approver'),
    approverIdentity: z.string().meta({ description: 'Approver identity of the key (a quorum counts distinct identities)', example: 'carol@example.com' }),
    decision: z.enum(['approve', 'reject']).meta({ description: 'The decision', example: 'approve' }),
    comment: z.string().nullable().meta({ description: "The approver's comment", example: 'checked with the customer by phone' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Approval', description: "An approver's decision on a withdrawal" })

export const Withdrawal = z
  .object({
    id: U('Withdrawal id'),
    kind: z.enum(['withdrawal', 'sweep', 'topup', 'nonce_fill']).meta({ description: 'What the transfer is for', example: 'withdrawal' }),
    walletId: U('Wallet paying'),
    externalId: z.string().nullable().meta({ description: 'Your id for this withdrawal (unique forever per API client)', example: 'wd-2026-000123' }),
    chainId: ChainId,
    asset: AssetId,
    from: AddressString.meta({ description: 'Sending address (the wallet hot address)' }),
    to: AddressString.meta({ description: 'Destination address' }),
    amount: AmountString.meta({ description: 'Amount, base units' }),
    status: WithdrawalStatus,
    statusReason: z.string().nullable().meta({ description: 'Why the withdrawal waits or ended as it did', example: 'insufficient_funds' }),
    nonce: z.string().nullable().meta({ description: 'Nonce allocated at signing, decimal string', example: '42' }),
    txHash: TxHash.nullable().meta({ description: 'Hash of the latest (or the mined) attempt' }),
    blockNumber: BlockNumberString.nullable().meta({ description: 'Block the transaction was mined in' }),
    gasUsed: AmountString.nullable().meta({ description: 'Gas used by the mined transaction', example: '21000' }),
    networkFee: AmountString.nullable().meta({ description: 'Gas actually paid, in wei', example: '420000000000000' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Timestamp.nullable().meta({ description: 'When a node first accepted its transaction' }),
    minedAt: Timestamp.nullable().meta({ description: 'When it was seen mined' }),
    confirmedAt: Timestamp.nullable().meta({ description: 'When it reached the confirmation depth (or failed)' }),
    policyDecision: PolicyDecision.nullable().meta({ description: 'What the withdrawal policy decided at request time; null for transfers not requested through the API' }),
    approvalsRequired: z.number().int().meta({ description: 'Distinct approvals needed while `pending_approval` (0: none)', example: 0 }),
    stuck: z.boolean().meta({ description: "True when a replacement would exceed the chain's fee cap: the withdrawal waits at its last fees (speed it up after raising the cap, or cancel it)", example: false }),
    cancelRequestedAt: Timestamp.nullable().meta({ description: 'When a cancel was requested after signing; the withdrawal ends `cancelled` only if the cancel is what gets mined' }),
    attempts: z.array(Attempt).optional().meta({ description: 'Every signed transaction (single-withdrawal responses only)' }),
    maxNetworkFee: AmountString.nullable().optional().meta({ description: 'Most the withdrawal can cost in network fees, wei: the highest gasLimit × maxFeePerGas of its attempts; null before signing (single-withdrawal responses only). Bounded by the chain\'s gas-limit ceilings, fee caps and `maxNetworkFeeWei`', example: '630000000000000' }),
    approvals: z.array(Approval).optional().meta({ description: 'Approver decisions (single-withdrawal responses only)' }),
  })
  .meta({ id: 'Withdrawal', description: 'A transfer out of a custody wallet' })

export const Deposit = z
  .object({
    id: U('Deposit id'),
    walletId: U('Wallet credited'),
    addressId: U('Address that received it'),
    chainId: ChainId,
    asset: AssetId,
    address: AddressString.meta({ description: 'Receiving address' }),
    from: AddressString.meta({ description: 'Sender' }),
    amount: AmountString.meta({ description: 'Amount received, base units' }),
    txHash: TxHash,
    logIndex: z.number().int().meta({ description: 'Log index of a token transfer; -1 for a native transfer', example: -1 }),
    blockNumber: BlockNumberString,
    blockHash: z.string().meta({ description: 'Hash of the block', example: '0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5' }),
    status: z.enum(['detected', 'confirmed', 'orphaned']).meta({ description: '`detected` (seen in a block), `confirmed` (credited at depth), `orphaned` (reorged out)', example: 'confirmed' }),
    detectedAt: Timestamp,
    confirmedAt: Timestamp.nullable().meta({ description: 'When it was credited' }),
    orphanedAt: Timestamp.nullable().meta({ description: 'When it was reorged out' }),
  })
  .meta({ id: 'Deposit', description: 'An inbound transfer to an address of a wallet' })

export const AccountRole = z
  .enum(['hot', 'deposit', 'treasury', 'custody', 'customer', 'network_fee', 'withdrawal_fee', 'other_income', 'equity', 'suspense'])
  .meta({ id: 'LedgerAccountRole', description: 'Role in the chart of accounts (README, "Ledger and reconciliation")', example: 'hot' })

export const BalanceFigures = z
  .object({
    posted: z.string().meta({ description: 'Settled balance, base units, signed by the normal balance', example: '12000000000000000000' }),
    pending: z.string().meta({ description: 'posted + pending inflows − pending outflows', example: '11000000000000000000' }),
    available: z.string().meta({ description: 'posted − pending outflows', example: '11000000000000000000' }),
  })
  .meta({ id: 'LedgerBalances', description: 'Balances in base units' })

export const LedgerAccount = z
  .object({
    id: U('Account id'),
    code: z.string().meta({ description: 'Unique account code', example: 'liability:31337:native:wallet:019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' }),
    type: z.enum(['asset', 'liability', 'expense', 'revenue', 'equity', 'suspense']).meta({ description: 'Account type', example: 'liability' }),
    role: AccountRole,
    normalBalance: z.enum(['debit', 'credit']).meta({ description: 'Side that increases the balance', example: 'credit' }),
    asset: AssetId,
    chainId: ChainId,
    walletId: Uuid.nullable().meta({ description: 'Wallet of a customer liability or address account' }),
    address: AddressString.nullable().meta({ description: 'Address of an on-chain asset account' }),
    name: z.string().meta({ description: 'Display name', example: 'Customer funds of wallet 019a8f6e' }),
    balances: BalanceFigures.meta({ description: 'Balances in base units' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'LedgerAccount', description: 'An account of the double-entry ledger with its balances' })

export const LedgerAccountEntry = z
  .object({
    id: U('Journal entry id'),
    seq: z.string().meta({ description: "The entry's position in the whole journal, decimal string", example: '1042' }),
    version: z.string().meta({ description: "The account's balance version after this line; lines are in this order", example: '17' }),
    line: z.enum(['posting', 'release']).meta({ description: '`posting`: a posting of the account; `release`: a void gave back a held amount', example: 'posting' }),
    kind: z.enum(['standard', 'hold', 'post', 'void']).meta({ description: '`standard`, `hold` (pending), `post` (settles a hold) or `void` (releases one)', example: 'standard' }),
    event: z.string().meta({ description: 'Business event', example: 'deposit.credit' }),
    refType: z.string().meta({ description: 'Type of the object the entry is about', example: 'deposit' }),
    refId: U('Id of that object'),
    holdId: Uuid.nullable().meta({ description: 'For a post or void: the hold it resolves' }),
    chainId: ChainId,
    blockNumber: BlockNumberString.nullable().meta({ description: 'Block the event happened in' }),
    description: z.string().nullable().meta({ description: 'Free text (adjustments: the reason)', example: 'internal transfer from a contract' }),
    amount: z.string().meta({ description: "This account's posting in the entry: debit > 0, credit < 0 (base units); for a release, the held posting given back", example: '-2000000000000000000' }),
    balances: BalanceFigures.meta({ description: 'Running balance: the account right after this line' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'LedgerAccountEntry', description: "A journal entry as seen from one account" })

// ---------------------------------------------------------------- exchange-grade API: keys, policies, audit

export const ScopeSchema = z.enum(SCOPES).meta({
  id: 'Scope',
  description:
    'Permission of an API key. `admin` grants every scope (and the admin routes); `approver` lets a key approve or reject withdrawals awaiting approval; `audit:read` reads the audit log.',
  example: 'withdrawals:write',
})

export const ApiKey = z
  .object({
    id: U('API key id'),
    clientId: U('API client the key belongs to (idempotency keys and externalIds are scoped to it)'),
    name: z.string().meta({ description: 'Name of the key', example: 'settlement service' }),
    prefix: z.string().meta({ description: 'First 12 characters of the key, to recognise it (the rest is never stored)', example: 'csk_Hk3f9aQ2' }),
    scopes: z.array(ScopeSchema).meta({ description: 'Scopes of the key', example: ['withdrawals:write', 'withdrawals:read'] }),
    allowedCidrs: z.array(z.string()).meta({ description: 'CIDR blocks the key may be used from; empty: any address', example: ['203.0.113.0/24'] }),
    rateLimit: z.number().int().nullable().meta({ description: 'Requests per rate-limit window for this key; null: the configured default', example: 600 }),
    createdAt: Timestamp,
    revokedAt: Timestamp.nullable().meta({ description: 'When it was revoked; null while active' }),
    lastUsedAt: Timestamp.nullable().meta({ description: 'When it was last used (minute resolution)' }),
    expiresAt: Timestamp.nullable().meta({ description: 'From this time on the key is refused (401); null: it does not expire' }),
    approverIdentity: z.string().meta({ description: 'The person or team behind the key (lower case): approvals count distinct identities, and never the requester\'s. `key:<id>` when none was given', example: 'alice@example.com' }),
    status: z.enum(['pending_approval', 'active']).meta({ description: '`pending_approval`: a key with `approver` or `admin` minted through the API, refused until an admin of another identity approves it; `active` otherwise', example: 'active' }),
    requestedBy: z
      .object({ apiKeyId: U('API key that minted it'), identity: z.string().meta({ description: 'Its approver identity', example: 'bob@example.com' }) })
      .nullable()
      .meta({ description: 'Who minted it through the API; null for keys created by the operator CLI' }),
    approvedBy: z
      .object({ apiKeyId: U('Admin key that approved it'), identity: z.string().meta({ description: 'Its approver identity', example: 'carol@example.com' }), approvedAt: Timestamp })
      .nullable()
      .meta({ description: 'Who approved it (privileged keys minted through the API); null otherwise' }),
  })
  .meta({ id: 'ApiKey', description: 'An API key, without its secret' })

export const CreatedApiKey = ApiKey.extend({
  key: z.string().meta({ description: 'The secret API key. Shown once, in this response; only its SHA-256 hash is stored.', example: 'csk_Hk3f9aQ2Lr8vT0mN5bX7cZ1dE4gJ6kP9sU3wY2aB5cD' }),
}).meta({ id: 'CreatedApiKey', description: 'A new API key with its secret (shown once)' })

/** A policy's asset: an asset id, or `default` for the wallet default policy (issue 13 M5). */
export const PolicyAssetId = z
  .string()
  .regex(/^(default|\d+:(native|0x[0-9a-fA-F]{40}))$/, 'must be default, {chainId}:native or {chainId}:{tokenAddress}')
  .meta({ id: 'PolicyAssetId', description: "Asset of a policy: `{chainId}:native`, `{chainId}:{tokenAddress}`, or `default` for the wallet's default policy (applies to every asset of the wallet without a policy of its own)", example: '31337:native' })

export const WithdrawalPolicy = z
  .object({
    id: U('Policy id'),
    walletId: U('Wallet the policy applies to'),
    asset: PolicyAssetId,
    maxPerTransaction: AmountString.nullable().meta({ description: 'Largest amount of one withdrawal (base units); null: no maximum', example: '5000000000000000000' }),
    velocityLimit24h: AmountString.nullable().meta({ description: 'Most that may be requested over any rolling 24 h (base units); null: no limit', example: '20000000000000000000' }),
    allowlistRequired: z.boolean().meta({ description: "Only destinations on the wallet's allowlist, past their cooling-off period, may be paid", example: true }),
    allowlistCoolingOffSeconds: z.number().int().meta({ description: 'Seconds an allowlist entry waits after it was added before it can be used', example: 86400 }),
    approvalThreshold: AmountString.nullable().meta({ description: 'Withdrawals above this amount (base units) wait in `pending_approval`; null: no approval rule', example: '1000000000000000000' }),
    approvalsRequired: z.number().int().meta({ description: 'Distinct approvers (API keys with the `approver` scope, not the requester) needed above the threshold', example: 2 }),
    approvalThreshold24h: AmountString.nullable().meta({ description: "When the wallet's withdrawals of the asset over the last 24 h, the request included, exceed this (base units), the request waits in `pending_approval`; null: none", example: '5000000000000000000' }),
    version: z.number().int().meta({ description: 'Increments on every change; recorded in each policy decision', example: 3 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'WithdrawalPolicy', description: 'The withdrawal policy of one wallet and asset' })

export const AllowlistEntry = z
  .object({
    id: U('Allowlist entry id'),
    walletId: U('Wallet whose allowlist it is'),
    address: AddressString.meta({ description: 'Allowed destination (EIP-55 checksummed)' }),
    label: z.string().nullable().meta({ description: 'Your label', example: 'cold storage' }),
    createdByKeyId: Uuid.nullable().meta({ description: 'API key that added it' }),
    createdAt: Timestamp.meta({ description: "When it was added; usable from createdAt + the policy's allowlistCoolingOffSeconds" }),
    removedAt: Timestamp.nullable().meta({ description: 'When it was removed; null while active' }),
    coolingOffSeconds: z.number().int().meta({ description: "The cooling-off period in force when it was added (seconds); the period applied is the longer of this and the policy's current one", example: 86400 }),
  })
  .meta({ id: 'AllowlistEntry', description: "A destination on a wallet's withdrawal allowlist" })

export const AuditEvent = z
  .object({
    id: U('Audit event id'),
    seq: z.string().meta({ description: 'Position in the log, decimal string', example: '5123' }),
    occurredAt: Timestamp.meta({ description: 'When the call finished' }),
    actor: z
      .object({
        type: z.enum(['api_key', 'cli']).meta({ description: 'An API key, or an operator using the CLI', example: 'api_key' }),
        apiKeyId: Uuid.nullable().meta({ description: 'The API key that made the call' }),
        clientId: Uuid.nullable().meta({ description: 'Its API client' }),
        name: z.string().nullable().meta({ description: 'For the CLI: the operator\'s OS user', example: null }),
      })
      .meta({ description: 'Who' }),
    operation: z.string().meta({ description: 'What: the operation id (`createWithdrawal`, `revokeApiKey`, …) or `cli:<command>`', example: 'createWithdrawal' }),
    method: z.string().nullable().meta({ description: 'HTTP method', example: 'POST' }),
    path: z.string().nullable().meta({ description: 'Request path, without query', example: '/v1/withdrawals' }),
    resource: z
      .object({
        type: z.string().nullable().meta({ description: 'Resource type', example: 'withdrawal' }),
        id: z.string().meta({ description: 'Resource id', example: '019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e' }),
      })
      .nullable()
      .meta({ description: 'The resource acted on (created, changed or addressed), when known' }),
    ip: z.string().nullable().meta({ description: 'From where: client IP address (see TRUST_PROXY)', example: '203.0.113.7' }),
    requestId: z.string().nullable().meta({ description: 'Request id (X-Request-Id), to find the log lines', example: '6f1c9f5e-8a51-4a5e-9f0b-3f1d2c4b5a69' }),
    result: z
      .object({
        status: z.number().int().meta({ description: 'HTTP status of the response', example: 201 }),
        code: z.string().nullable().meta({ description: 'Error code when it failed', example: null }),
      })
      .meta({ description: 'The result' }),
  })
  .meta({ id: 'AuditEvent', description: 'One mutating API call or operator action (never a body or a secret)' })


export const SweepPolicy = z
  .object({
    walletId: U('Wallet whose deposit addresses are swept'),
    asset: AssetId,
    chainId: ChainId,
    threshold: AmountString.meta({ description: 'A deposit address is swept once its confirmed balance of the asset reaches this (base units)', example: '100000000' }),
    destinationWalletId: Uuid.nullable().meta({ description: "Wallet whose hot address receives the sweeps (e.g. a kms-key treasury); null: this wallet's hot address" }),
    enabled: z.boolean().meta({ description: 'Whether the sweeper acts on this policy', example: true }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'SweepPolicy', description: 'When and where deposit addresses of a wallet are swept for one asset' })

export const Sweep = Withdrawal.extend({
  depositAddressId: Uuid.nullable().meta({ description: 'The deposit address this sweep empties' }),
  destinationWalletId: Uuid.nullable().meta({ description: 'The wallet whose hot address receives the sweep' }),
  gasLimit: AmountString.nullable().meta({ description: 'Gas limit the sweep is signed with' }),
  maxFeePerGas: AmountString.nullable().meta({ description: 'Highest fee per gas (wei) the sweep may pay: what the deposit address holds for gas' }),
  topUp: z
    .object({
      id: U('The top-up (a withdrawal of kind `topup`)'),
      from: AddressString.meta({ description: 'The hot address that paid the gas' }),
      amount: AmountString.meta({ description: 'Wei sent to the deposit address for the gas of this sweep' }),
      status: WithdrawalStatus,
      txHash: TxHash.nullable(),
      networkFee: AmountString.nullable().meta({ description: 'Gas the top-up itself paid (wei)' }),
    })
    .nullable()
    .meta({ description: 'The gas top-up that paid for a token sweep (a withdrawal of kind `topup` from the hot address)' }),
  nativeDust: AmountString.meta({ description: 'Native base units left at the deposit address now (ledger, equal to the chain once settled)' }),
}).meta({ id: 'Sweep', description: 'A sweep: a withdrawal of kind `sweep` from a deposit address to the destination wallet' })

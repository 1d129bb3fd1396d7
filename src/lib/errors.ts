/**
 * The one error root of the service.
 *
 * Every error the service raises on purpose is an {@link AppError} with a code from the closed
 * {@link ErrorCode} catalogue. The HTTP layer maps codes to RFC 9457 problems in one place
 * (src/http/problem.ts); workers turn non-retryable errors into BullMQ's `UnrecoverableError`.
 * `cause` is always kept so logs show the root failure.
 */

/** Closed catalogue of error codes, stable across releases (clients may switch on them). */
export const ErrorCodes = {
  validation_failed: { status: 400, title: 'Request validation failed' },
  invalid_json: { status: 400, title: 'Request body is not valid JSON' },
  idempotency_key_missing: { status: 400, title: 'Idempotency-Key header is required' },
  unauthorized: { status: 401, title: 'Missing or invalid API key' },
  forbidden: { status: 403, title: 'API key lacks the required scope' },
  not_found: { status: 404, title: 'Resource not found' },
  wallet_not_found: { status: 404, title: 'Wallet not found' },
  withdrawal_not_found: { status: 404, title: 'Withdrawal not found' },
  deposit_not_found: { status: 404, title: 'Deposit not found' },
  ledger_account_not_found: { status: 404, title: 'Ledger account not found' },
  kek_rotation_not_found: { status: 404, title: 'KEK rotation not found' },
  ledger_entry_not_found: { status: 404, title: 'Journal entry not found' },
  reconciliation_not_found: { status: 404, title: 'Reconciliation not found' },
  webhook_endpoint_not_found: { status: 404, title: 'Webhook endpoint not found' },
  event_not_found: { status: 404, title: 'Event not found' },
  unsupported_media_type: { status: 415, title: 'Content-Type must be application/json' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  idempotency_key_in_flight: { status: 409, title: 'A request with this Idempotency-Key is still in progress' },
  external_id_conflict: { status: 409, title: 'externalId is already used' },
  invalid_state: { status: 409, title: 'Operation not allowed in the resource state' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key was used with a different request' },
  unknown_asset: { status: 422, title: 'Asset is not supported' },
  unknown_chain: { status: 422, title: 'Chain is not configured' },
  insufficient_balance: { status: 422, title: 'Insufficient available balance' },
  block_not_reached: { status: 422, title: 'The chain has not reached that block yet' },
  invalid_adjustment: { status: 422, title: 'The adjustment cannot be booked against this account' },
  custody_not_supported: { status: 422, title: 'Custody type is not available with the configured key backend' },
  webhook_url_refused: { status: 422, title: 'Webhook URL is not allowed (scheme, or an address that is private, loopback, link-local or unresolvable)' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  dependency_unavailable: { status: 503, title: 'A dependency is unavailable' },
  key_backend_failed: { status: 502, title: 'Key backend failed' },
  key_backend_unavailable: { status: 503, title: 'Key backend is unavailable or throttling; retry later' },
  key_unusable: { status: 502, title: 'Key is disabled, deleted, not permitted or locked' },
  rpc_failed: { status: 502, title: 'Chain RPC failed' },
  config_invalid: { status: 500, title: 'Configuration is invalid' },
  // exchange-grade API (issue 8): key restrictions, withdrawal policies and approvals
  ip_not_allowed: { status: 403, title: 'API key may not be used from this IP address' },
  approval_not_allowed: { status: 403, title: 'This API key may not approve this withdrawal' },
  api_key_not_found: { status: 404, title: 'API key not found' },
  policy_not_found: { status: 404, title: 'Withdrawal policy not found' },
  allowlist_entry_not_found: { status: 404, title: 'Allowlist entry not found' },
  approval_already_recorded: { status: 409, title: 'This approver already decided on the withdrawal' },
  allowlist_entry_exists: { status: 409, title: 'The address is already on the allowlist' },
  policy_violation: { status: 422, title: 'Withdrawal refused by policy' },
  // replacement bounds (issue 13, C1/H1)
  replacement_too_soon: { status: 409, title: 'The transaction was replaced too recently; retry after Retry-After' },
  // withdrawal destinations, webhook endpoint cap (docs/security/webhooks-and-destinations.md)
  destination_refused: { status: 422, title: 'Withdrawals to this address are refused' },
  webhook_endpoint_limit_reached: { status: 409, title: 'The API client has as many webhook endpoints as allowed' },
  // HTTP hardening (issue 13: docs/security/http.md)
  invalid_cursor: { status: 400, title: 'The cursor or sequence number is not one of this list' },
  idempotency_claim_lost: { status: 409, title: 'Another request took over this Idempotency-Key; this one was rolled back' },
  idempotency_response_withheld: { status: 409, title: 'The stored response held a secret and is not replayed' },
  too_many_exports: { status: 429, title: 'Too many ledger exports are running' },
  // separation of duties (issue 13, H3 and M1): parties, privileged keys, adjustments maker-checker
  api_key_not_approved: { status: 401, title: 'API key awaits approval by an admin of another identity' },
  adjustment_request_not_found: { status: 404, title: 'Adjustment request not found' },
  adjustment_exceeds_difference: { status: 422, title: 'The adjustment is not covered by a reconciliation difference' },
  adjustment_backdated: { status: 422, title: 'The adjustment is dated before the last reconciliation that matched the account' },
  // policy governance (issue 13 H2/M5)
  policy_change_not_found: { status: 404, title: 'Policy change not found' },
  policy_change_not_allowed: { status: 403, title: 'This API key may not approve this policy change' },
  policy_required: { status: 422, title: 'No withdrawal policy applies and default-deny is on' },
} as const satisfies Record<string, { status: number; title: string }>

export type ErrorCode = keyof typeof ErrorCodes

/** One field-level validation problem; `pointer` is an RFC 6901 JSON pointer into the request. */
export interface FieldError {
  pointer: string
  detail: string
}

export interface AppErrorOptions {
  cause?: unknown
  /** Whether retrying the same operation later may succeed. Defaults by code. */
  retryable?: boolean
  /** Field errors (validation) shown in problem+json `errors`. */
  errors?: FieldError[]
  /** Extra members for problem+json (must never contain secrets). */
  extra?: Record<string, unknown>
}

const RETRYABLE_BY_DEFAULT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'dependency_unavailable',
  'key_backend_failed',
  'key_backend_unavailable',
  'rpc_failed',
  'idempotency_key_in_flight',
  'rate_limited',
  'idempotency_claim_lost',
  'too_many_exports',
])

export class AppError extends Error {
  override readonly name = 'AppError'
  readonly code: ErrorCode
  readonly retryable: boolean
  readonly errors?: FieldError[]
  readonly extra?: Record<string, unknown>

  /**
   * @param code   stable error code from {@link ErrorCodes}
   * @param detail human-readable explanation specific to this occurrence (never a secret)
   */
  constructor(code: ErrorCode, detail: string, options: AppErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(code)
    if (options.errors) this.errors = options.errors
    if (options.extra) this.extra = options.extra
  }

  get status(): number {
    return ErrorCodes[this.code].status
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

/** Renders an unknown thrown value as a one-line message (for logs and stored `last_error`). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    const short = (e as { shortMessage?: unknown }).shortMessage
    return typeof short === 'string' ? short : e.message
  }
  return String(e)
}

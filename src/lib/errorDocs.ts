/**
 * When each error code of the closed catalogue ({@link ErrorCodes}) is returned, and what a client
 * should do about it. Rendered into the OpenAPI document (the `ErrorCode` schema, `x-error-codes` and the
 * "Errors" section of the description) and listed in README.md.
 *
 * Kept beside, not inside, the catalogue so that adding a code stays a one-line change there; a code
 * without a line here is documented by its title alone.
 */
import { ErrorCodes, type ErrorCode } from './errors'

export const ERROR_DOCS: { readonly [K in ErrorCode]?: string } = {
  validation_failed: 'A path parameter, query parameter, header or body field is invalid; `errors[]` lists each one with a JSON pointer (RFC 6901) into the request. Fix the request; do not retry it as is.',
  invalid_json: 'The body is not valid JSON.',
  idempotency_key_missing: 'A money-moving POST was sent without an `Idempotency-Key` header.',
  unauthorized: 'No API key, a malformed one, an unknown one or a revoked one. Nothing was done.',
  forbidden: 'The API key is valid but lacks the scope the operation requires (`x-required-scope`). Nothing was done.',
  not_found: 'No such route.',
  wallet_not_found: 'The wallet id does not exist.',
  withdrawal_not_found: 'The withdrawal id does not exist.',
  deposit_not_found: 'The deposit id does not exist.',
  ledger_account_not_found: 'The ledger account id does not exist.',
  kek_rotation_not_found: 'The KEK rotation id does not exist.',
  ledger_entry_not_found: 'The journal entry id does not exist.',
  reconciliation_not_found: 'The reconciliation id does not exist (as a path parameter, or as `reconciliationId` of an adjustment).',
  webhook_endpoint_not_found: 'The webhook endpoint id does not exist (or was deleted).',
  event_not_found: 'The event id does not exist.',
  unsupported_media_type: 'A body was sent with a Content-Type other than `application/json` (or an unsupported charset).',
  payload_too_large: 'The body exceeds the configured limit (`API_BODY_LIMIT`, 64 kB by default).',
  idempotency_key_in_flight: 'A request with the same `Idempotency-Key` is still being processed. Retry after `Retry-After` seconds: you will get its response.',
  external_id_conflict: '`externalId` is already used (for withdrawals: by this API client, forever; for addresses: in this wallet). `existingId` points at the existing object.',
  invalid_state: 'The resource is not in a state that allows the operation (e.g. approving a withdrawal that is no longer `pending_approval`).',
  idempotency_key_reused: 'The `Idempotency-Key` was already used with a different method, path or body. Use a new key for a new request.',
  unknown_asset: 'The asset is malformed or not configured.',
  unknown_chain: 'The chain is not configured.',
  insufficient_balance: "The wallet's available balance of the asset is below the amount; `available` and `requested` give both in base units.",
  block_not_reached: 'The block height asked for is ahead of the chain (or, for an adjustment, of the block the chain follower has processed). Retry once the chain has reached it.',
  invalid_adjustment:
    'The adjustment cannot be booked as asked: the account is not a custody address (asset) account, the amount is zero, `network_fee` with a non-native asset or a positive amount, `customer` for an address of no wallet, or a reconciliation of another chain. Nothing was written.',
  custody_not_supported: 'The requested custody type is not available with the configured key backend.',
  webhook_url_refused:
    'The webhook URL is not allowed: it cannot be parsed, is not https (http only in development and tests), has credentials or a fragment, does not resolve, or resolves to a private or loopback address that `WEBHOOK_ALLOWED_NETWORKS` does not allow, or to a link-local, cloud metadata or unspecified address (never allowed).',
  rate_limited: 'The API key used up its request budget of the window. `Retry-After` and `RateLimit` say when it refills.',
  internal: 'An unexpected error; it was logged with the request id. Safe to retry idempotent requests.',
  dependency_unavailable: 'Postgres or Redis is unreachable. Retry later.',
  key_backend_failed: 'The key backend (KMS, HSM) failed. Retry later.',
  key_backend_unavailable: 'The key backend (AWS KMS, the HSM) is unreachable or throttling, after retries. Nothing was done; retry later.',
  key_unusable:
    'A key the operation needs (the KEK, or a wallet key in AWS KMS or the HSM) is disabled, pending deletion, missing, not permitted to this service or of the wrong kind (or the PKCS#11 module cannot be loaded). An operator must fix the key; retrying does not help.',
  rpc_failed: 'The chain RPC failed. Retry later.',
  config_invalid: 'The service is misconfigured (never returned for a valid deployment).',
  ip_not_allowed: "The API key has an IP allowlist and the request's address is not in it. Nothing was done.",
  approval_not_allowed: 'The API key that requested a withdrawal cannot approve it (four-eyes rule).',
  api_key_not_found: 'The API key id does not exist.',
  policy_not_found: 'The wallet has no withdrawal policy for that asset.',
  allowlist_entry_not_found: 'The allowlist entry id does not exist in this wallet (or was removed).',
  allowlist_entry_exists: 'The address is already an active entry of the wallet\'s allowlist; `existingId` points at it (its cooling-off period is not restarted).',
  approval_already_recorded: 'This approver already approved or rejected the withdrawal; a second decision does not count.',
  policy_violation:
    "The wallet's withdrawal policy refuses the withdrawal; `rule` names the rule (`max_per_transaction`, `velocity_24h`, `allowlist`) and `decision` explains every rule that was evaluated. Nothing was written.",
  // policy governance (issue 13 H2/M5)
  policy_change_not_found: 'The policy change id does not exist.',
  policy_change_not_allowed:
    'The API key belongs to the party that requested the policy change (the same key or the same API client) and cannot approve it; an approver of another party must. It may reject it.',
  policy_required:
    'No withdrawal policy applies to the wallet and asset (none of its own and no wallet default policy) and `POLICY_DEFAULT_DENY` is on (the default in production): the withdrawal is refused; `decision` says so. Set a policy for the asset or a wallet default policy. Nothing was written.',
}

/** The catalogue as documented: code → HTTP status, title and when it is returned. */
export function errorCatalogue(): { code: ErrorCode; status: number; title: string; description: string }[] {
  return (Object.keys(ErrorCodes) as ErrorCode[]).map((code) => ({
    code,
    status: ErrorCodes[code].status,
    title: ErrorCodes[code].title,
    description: ERROR_DOCS[code] ?? ErrorCodes[code].title,
  }))
}

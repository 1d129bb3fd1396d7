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
  approval_not_allowed:
    "The approving API key is of the requester's party: the requesting key itself, another key of the requester's API client, or a key with the requester's approver identity (four-eyes rule; also for privileged API keys, where the identity the key is for cannot approve it either, and for adjustment requests). Another party must decide.",
  api_key_not_found: 'The API key id does not exist.',
  policy_not_found: 'The wallet has no withdrawal policy for that asset.',
  allowlist_entry_not_found: 'The allowlist entry id does not exist in this wallet (or was removed).',
  allowlist_entry_exists: 'The address is already an active entry of the wallet\'s allowlist; `existingId` points at it (its cooling-off period is not restarted).',
  approval_already_recorded: 'This approver (this API key, or another key of the same approver identity) already approved or rejected the withdrawal; a second decision does not count.',
  policy_violation:
    "The wallet's withdrawal policy refuses the withdrawal; `rule` names the rule (`max_per_transaction`, `velocity_24h`, `allowlist`) and `decision` explains every rule that was evaluated. Nothing was written.",
  // replacement bounds (issue 13, C1/H1)
  replacement_too_soon:
    "A speed-up within the chain's replacement interval (`fees.minReplacementIntervalSeconds`, 15 s by default) of the nonce's newest attempt. Nothing was signed. Retry after `Retry-After` seconds (`retryAfterSeconds`).",
  // withdrawal destinations, webhook endpoint cap (docs/security/webhooks-and-destinations.md)
  destination_refused:
    'The withdrawal destination would burn, lock or circle the funds; `reason` says why: `zero_address`, `precompile` (0x01–0x11, 0x100), `system_contract` (EIP-4788, EIP-2935, EIP-7002, EIP-7251), `token_contract` (a configured token contract of the chain) or `custody_address` (a hot or deposit address of this service). Nothing was written.',
  webhook_endpoint_limit_reached:
    'The API client already has `WEBHOOK_MAX_ENDPOINTS_PER_CLIENT` webhook endpoints (10 by default; disabled ones count); `limit` gives the cap. Delete an endpoint first. Nothing was written.',
  // HTTP hardening (issue 13: docs/security/http.md)
  invalid_cursor: 'A `cursor` is not a `nextCursor` this list returned (tampered, from another list, or out of range), or a sequence number (`after`) is not an integer in [0, 2^63 − 1]. Restart from the first page.',
  idempotency_claim_lost:
    'The request stalled past `IDEMPOTENCY_LOCK_SECONDS` and a retry with the same `Idempotency-Key` took it over: this request was rolled back and changed nothing. Retry with the same key to get the response of the request that won.',
  idempotency_response_withheld:
    'A replay of a request whose response carried a secret (an API key creation): the secret is shown once and never stored, so it is not replayed. `resourceId` names what the first request created: revoke it and create another if the secret was lost.',
  too_many_exports: 'As many ledger exports as `LEDGER_EXPORT_CONCURRENCY` allows are running in this process. Retry after `Retry-After` seconds.',
  // separation of duties (issue 13, H3 and M1)
  api_key_not_approved: 'The API key has the `approver` or `admin` scope, was minted through the API and is not approved yet: an admin of another identity must approve it (`POST /v1/admin/api-keys/{keyId}/approve`). Nothing was done.',
  adjustment_request_not_found: 'The adjustment request id does not exist.',
  adjustment_exceeds_difference:
    "The adjustment is not covered by its reconciliation: the reconciliation has no mismatched line for the account's address and asset, is not finished, or the amount has the other sign or exceeds the line's difference less what adjustments (booked or awaiting approval) already claimed. `remaining` gives what is left, in base units. Nothing was written.",
  adjustment_backdated:
    "The adjustment's `blockNumber` is at or before the block of the last reconciliation that matched the account (`notBefore`: the first block allowed). Reconciled history is never rewritten; date it later. Nothing was written.",
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

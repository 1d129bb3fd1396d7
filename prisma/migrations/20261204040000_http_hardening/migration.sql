-- HTTP hardening (issue 13, docs/security/http.md).
--
-- M4: an idempotency claim carries a random token. Whoever stores the response or releases the claim
-- must still hold it (UPDATE/DELETE ... WHERE claim_token = mine); a request whose claim was taken over
-- after IDEMPOTENCY_LOCK_SECONDS finds 0 rows and rolls back its transaction.
ALTER TABLE idempotency_keys ADD COLUMN claim_token uuid;

-- L8: optional expiry of an API key; from expires_at on, the key authenticates nothing (401).
ALTER TABLE api_keys ADD COLUMN expires_at timestamptz;

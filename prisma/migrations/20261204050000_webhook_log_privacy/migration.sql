-- Issue 13, M6: the webhook delivery log is no longer a read channel into the networks webhooks reach.
--
-- An attempt keeps its status, a few selected response headers (response_headers) and, only when its
-- endpoint opted in (store_response_body, set by an admin key), a bounded excerpt of the body. Bodies
-- stored before this migration were kept whatever the endpoint was: they are erased, not served.
ALTER TABLE webhook_endpoints ADD COLUMN store_response_body boolean NOT NULL DEFAULT false;

ALTER TABLE webhook_attempts ADD COLUMN response_headers jsonb CHECK (response_headers IS NULL OR jsonb_typeof(response_headers) = 'object');
UPDATE webhook_attempts SET response_body = NULL WHERE response_body IS NOT NULL;
ALTER TABLE webhook_attempts DROP CONSTRAINT IF EXISTS webhook_attempts_response_body_check;
ALTER TABLE webhook_attempts ADD CONSTRAINT webhook_attempts_response_body_check CHECK (length(response_body) <= 1024);

-- The per-client endpoint cap (WEBHOOK_MAX_ENDPOINTS_PER_CLIENT) counts a client's endpoints.
CREATE INDEX webhook_endpoints_created_by ON webhook_endpoints (created_by);

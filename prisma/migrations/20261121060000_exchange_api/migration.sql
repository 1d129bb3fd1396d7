-- Exchange-grade API: API key IP allowlists and rate limits, withdrawal policies (per-transaction
-- maximum, rolling 24 h velocity, destination allowlist with a cooling-off period, approvals) and an
-- append-only audit log.
--
-- The database enforces what it can:
--  * a revoked API key stays revoked;
--  * an allowlist entry's address and creation time never change (the cooling-off period counts from
--    `created_at`, so it cannot be back-dated); an entry can only be removed, once;
--  * an approver decides a withdrawal once (primary key), and the API key that requested a withdrawal
--    can never approve it (trigger); approvals are append-only;
--  * audit events are append-only (no UPDATE, DELETE or TRUNCATE).

-- ---------------------------------------------------------------- API keys

-- CIDR blocks the key may be used from (empty: any address) and its own request budget per rate-limit
-- window (NULL: the configured default).
ALTER TABLE api_keys ADD COLUMN allowed_cidrs text[] NOT NULL DEFAULT '{}';
ALTER TABLE api_keys ADD COLUMN rate_limit integer CHECK (rate_limit IS NULL OR rate_limit > 0);

CREATE FUNCTION api_keys_revocation_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
    RAISE EXCEPTION 'API key % is revoked; revocation cannot be undone', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.key_hash <> OLD.key_hash THEN
    RAISE EXCEPTION 'the hash of API key % cannot change', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER api_keys_revocation_final BEFORE UPDATE ON api_keys
  FOR EACH ROW EXECUTE FUNCTION api_keys_revocation_is_final();

-- ---------------------------------------------------------------- withdrawal policies

-- One policy per (wallet, asset). Every rule is optional: NULL / false / 0 means "not configured".
CREATE TABLE withdrawal_policies (
  id                              uuid PRIMARY KEY,
  wallet_id                       uuid NOT NULL REFERENCES wallets(id),
  asset                           text NOT NULL,
  max_per_transaction             numeric(78,0) CHECK (max_per_transaction > 0),
  velocity_limit_24h              numeric(78,0) CHECK (velocity_limit_24h > 0),
  allowlist_required              boolean NOT NULL DEFAULT false,
  allowlist_cooling_off_seconds   integer NOT NULL DEFAULT 86400 CHECK (allowlist_cooling_off_seconds >= 0),
  approval_threshold              numeric(78,0) CHECK (approval_threshold >= 0),
  approvals_required              integer NOT NULL DEFAULT 0 CHECK (approvals_required BETWEEN 0 AND 10),
  version                         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at                      timestamptz NOT NULL DEFAULT now(),
  updated_at                      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (wallet_id, asset),
  CHECK ((approval_threshold IS NULL) = (approvals_required = 0))
);

-- Destinations a wallet may send to when its policy requires the allowlist. An entry is usable
-- `allowlist_cooling_off_seconds` after `created_at`.
CREATE TABLE withdrawal_allowlist (
  id                 uuid PRIMARY KEY,
  wallet_id          uuid NOT NULL REFERENCES wallets(id),
  address            text NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
  label              text,
  created_by_key_id  uuid REFERENCES api_keys(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  removed_at         timestamptz
);
CREATE UNIQUE INDEX withdrawal_allowlist_active ON withdrawal_allowlist (wallet_id, address) WHERE removed_at IS NULL;
CREATE INDEX withdrawal_allowlist_wallet ON withdrawal_allowlist (wallet_id, id);

CREATE FUNCTION withdrawal_allowlist_only_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id <> OLD.id OR NEW.wallet_id <> OLD.wallet_id OR NEW.address <> OLD.address
     OR NEW.created_at <> OLD.created_at OR OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL THEN
    RAISE EXCEPTION 'allowlist entry % can only be removed, once', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER withdrawal_allowlist_update BEFORE UPDATE ON withdrawal_allowlist
  FOR EACH ROW EXECUTE FUNCTION withdrawal_allowlist_only_removal();
CREATE TRIGGER withdrawal_allowlist_no_delete BEFORE DELETE ON withdrawal_allowlist
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();

-- ---------------------------------------------------------------- withdrawals: who asked, what the policy said

ALTER TABLE withdrawals ADD COLUMN created_by_key_id uuid REFERENCES api_keys(id);
ALTER TABLE withdrawals ADD COLUMN policy_decision jsonb;
ALTER TABLE withdrawals ADD COLUMN approvals_required integer NOT NULL DEFAULT 0 CHECK (approvals_required >= 0);
-- The rolling 24 h velocity sum reads a wallet's recent withdrawals of one asset.
CREATE INDEX withdrawals_velocity ON withdrawals (wallet_id, asset, created_at) WHERE kind = 'withdrawal';

CREATE TABLE withdrawal_approvals (
  withdrawal_id  uuid NOT NULL REFERENCES withdrawals(id),
  api_key_id     uuid NOT NULL REFERENCES api_keys(id),
  client_id      uuid NOT NULL REFERENCES api_clients(id),
  decision       text NOT NULL CHECK (decision IN ('approve', 'reject')),
  comment        text CHECK (char_length(comment) <= 500),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (withdrawal_id, api_key_id)
);

CREATE FUNCTION withdrawal_approvals_not_by_creator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.decision = 'approve' AND EXISTS (
       SELECT 1 FROM withdrawals WHERE id = NEW.withdrawal_id AND created_by_key_id = NEW.api_key_id) THEN
    RAISE EXCEPTION 'withdrawal_approvals_not_by_creator: API key % requested withdrawal % and cannot approve it',
      NEW.api_key_id, NEW.withdrawal_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER withdrawal_approvals_creator BEFORE INSERT ON withdrawal_approvals
  FOR EACH ROW EXECUTE FUNCTION withdrawal_approvals_not_by_creator();
CREATE TRIGGER withdrawal_approvals_append_only BEFORE UPDATE OR DELETE ON withdrawal_approvals
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER withdrawal_approvals_no_truncate BEFORE TRUNCATE ON withdrawal_approvals
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

-- ---------------------------------------------------------------- audit log

-- Every mutating API call by an authenticated API key, and every operator action of the CLI: who
-- (key, client, or the operator's OS user), what (operation and resource), when, from where (IP) and
-- the result (HTTP status and error code). Never a request body, never a secret.
CREATE TABLE audit_events (
  id             uuid PRIMARY KEY,
  seq            bigserial NOT NULL UNIQUE,
  occurred_at    timestamptz NOT NULL DEFAULT now(),
  actor_type     text NOT NULL CHECK (actor_type IN ('api_key', 'cli')),
  api_key_id     uuid,
  client_id      uuid,
  actor          text,
  operation      text NOT NULL,
  method         text,
  path           text,
  resource_type  text,
  resource_id    text,
  ip             text,
  request_id     text,
  status         integer NOT NULL CHECK (status BETWEEN 100 AND 599),
  code           text,
  CHECK (actor_type <> 'api_key' OR (api_key_id IS NOT NULL AND client_id IS NOT NULL))
);
CREATE INDEX audit_events_key ON audit_events (api_key_id, seq);
CREATE INDEX audit_events_resource ON audit_events (resource_id, seq) WHERE resource_id IS NOT NULL;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

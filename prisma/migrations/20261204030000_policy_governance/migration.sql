-- Policy governance (issue 13, H2/M5/L5).
--
--  * A wallet-level default policy: the row of asset 'default' applies to every asset of the wallet
--    that has no policy of its own.
--  * A rolling 24 h approval threshold (`approval_threshold_24h`): when the wallet's withdrawals of the
--    asset over the last 24 h, the request included, exceed it, the request waits for approvals.
--  * Each allowlist entry keeps the cooling-off period in force when it was added; the period applied is
--    the longer of that one and the current one (a later shorter period cannot shorten it).
--  * Policy changes (`policy_changes`): every change of a policy or an allowlist is recorded; a change
--    that loosens a rule waits in `pending_approval` until enough approvers of other parties approve it
--    (`policy_change_approvals`, append-only, never by the requester's own key or client).

ALTER TABLE withdrawal_policies ADD COLUMN approval_threshold_24h numeric(78,0) CHECK (approval_threshold_24h >= 0);
ALTER TABLE withdrawal_policies DROP CONSTRAINT withdrawal_policies_check;
ALTER TABLE withdrawal_policies ADD CONSTRAINT withdrawal_policies_approval_rule
  CHECK ((approval_threshold IS NULL AND approval_threshold_24h IS NULL) = (approvals_required = 0));

ALTER TABLE withdrawal_allowlist ADD COLUMN cooling_off_seconds integer NOT NULL DEFAULT 0 CHECK (cooling_off_seconds >= 0);

CREATE OR REPLACE FUNCTION withdrawal_allowlist_only_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id <> OLD.id OR NEW.wallet_id <> OLD.wallet_id OR NEW.address <> OLD.address
     OR NEW.created_at <> OLD.created_at OR NEW.cooling_off_seconds <> OLD.cooling_off_seconds
     OR OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL THEN
    RAISE EXCEPTION 'allowlist entry % can only be removed, once', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TABLE policy_changes (
  id                    uuid PRIMARY KEY,
  wallet_id             uuid NOT NULL REFERENCES wallets(id),
  -- the policy's asset ('default' for the wallet default); NULL for allowlist changes
  asset                 text,
  action                text NOT NULL CHECK (action IN ('set_policy', 'delete_policy', 'add_allowlist_entry', 'remove_allowlist_entry')),
  status                text NOT NULL CHECK (status IN ('pending_approval', 'applied', 'rejected')),
  loosening             boolean NOT NULL,
  reasons               jsonb NOT NULL DEFAULT '[]',
  request               jsonb NOT NULL,
  previous              jsonb,
  approvals_required    integer NOT NULL DEFAULT 0 CHECK (approvals_required BETWEEN 0 AND 10),
  created_by_key_id     uuid REFERENCES api_keys(id),
  created_by_client_id  uuid REFERENCES api_clients(id),
  result_id             uuid,
  status_reason         text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  decided_at            timestamptz,
  CHECK (status <> 'pending_approval' OR (loosening AND approvals_required > 0))
);
CREATE INDEX policy_changes_wallet ON policy_changes (wallet_id, id);
CREATE INDEX policy_changes_pending ON policy_changes (id) WHERE status = 'pending_approval';

-- A change is decided once: only a pending change moves (to applied or rejected), and what was asked
-- never changes.
CREATE FUNCTION policy_changes_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'pending_approval' OR NEW.status = 'pending_approval'
     OR NEW.id <> OLD.id OR NEW.wallet_id <> OLD.wallet_id OR NEW.asset IS DISTINCT FROM OLD.asset
     OR NEW.action <> OLD.action OR NEW.request <> OLD.request OR NEW.loosening <> OLD.loosening
     OR NEW.approvals_required <> OLD.approvals_required OR NEW.created_at <> OLD.created_at
     OR NEW.created_by_key_id IS DISTINCT FROM OLD.created_by_key_id THEN
    RAISE EXCEPTION 'policy change % is decided once and what it asks cannot change', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER policy_changes_update BEFORE UPDATE ON policy_changes
  FOR EACH ROW EXECUTE FUNCTION policy_changes_decided_once();
CREATE TRIGGER policy_changes_no_delete BEFORE DELETE ON policy_changes
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();

CREATE TABLE policy_change_approvals (
  change_id   uuid NOT NULL REFERENCES policy_changes(id),
  api_key_id  uuid NOT NULL REFERENCES api_keys(id),
  client_id   uuid NOT NULL REFERENCES api_clients(id),
  decision    text NOT NULL CHECK (decision IN ('approve', 'reject')),
  comment     text CHECK (char_length(comment) <= 500),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (change_id, api_key_id)
);

-- The party that asked (its key or its client) never approves its own change.
CREATE FUNCTION policy_change_approvals_other_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.decision = 'approve' AND EXISTS (
       SELECT 1 FROM policy_changes
        WHERE id = NEW.change_id
          AND (created_by_key_id = NEW.api_key_id OR created_by_client_id = NEW.client_id)) THEN
    RAISE EXCEPTION 'policy_change_approvals_other_party: API key % (client %) belongs to the party that requested policy change % and cannot approve it',
      NEW.api_key_id, NEW.client_id, NEW.change_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER policy_change_approvals_party BEFORE INSERT ON policy_change_approvals
  FOR EACH ROW EXECUTE FUNCTION policy_change_approvals_other_party();
CREATE TRIGGER policy_change_approvals_append_only BEFORE UPDATE OR DELETE ON policy_change_approvals
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER policy_change_approvals_no_truncate BEFORE TRUNCATE ON policy_change_approvals
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

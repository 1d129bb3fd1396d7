-- Separation of duties (issue 13, H3 and M1): approvals count parties, not API keys; privileged keys
-- and ledger adjustments that touch customer funds need a second party.
--
-- What the database enforces here:
--  * every API key carries an approver identity (the person or team behind it, lower case); existing
--    keys get `key:<their id>`, a party of their own, and an identity never changes;
--  * a key minted with `approver` or `admin` through the API starts `pending_approval` and becomes
--    `active` only with an approver of another identity than the one who asked (and than its own);
--    a key never goes back to pending;
--  * a withdrawal approval is refused when the approving key belongs to the requester's API client or
--    to the requester's identity, and one identity approves a withdrawal once, whatever key it uses;
--  * an adjustment request is decided once, by a party other than its requester (client and identity).

-- ---------------------------------------------------------------- API keys: identity and approval

ALTER TABLE api_keys ADD COLUMN approver_identity text;
UPDATE api_keys SET approver_identity = 'key:' || id::text;
ALTER TABLE api_keys ALTER COLUMN approver_identity SET NOT NULL;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_approver_identity_form
  CHECK (approver_identity = lower(btrim(approver_identity)) AND char_length(approver_identity) BETWEEN 1 AND 200);
ALTER TABLE api_keys ADD COLUMN status text NOT NULL DEFAULT 'active'
  CHECK (status IN ('pending_approval', 'active'));
ALTER TABLE api_keys ADD COLUMN requested_by_key_id uuid REFERENCES api_keys(id);
ALTER TABLE api_keys ADD COLUMN requested_by_identity text;
ALTER TABLE api_keys ADD COLUMN approved_by_key_id uuid REFERENCES api_keys(id);
ALTER TABLE api_keys ADD COLUMN approved_by_identity text;
ALTER TABLE api_keys ADD COLUMN approved_at timestamptz;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_pending_has_requester
  CHECK (status <> 'pending_approval' OR requested_by_identity IS NOT NULL);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_approved_by_other_party
  CHECK (approved_by_identity IS NULL OR (approved_by_identity IS DISTINCT FROM requested_by_identity
                                          AND approved_by_identity <> approver_identity));

CREATE FUNCTION api_keys_party_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.approver_identity <> OLD.approver_identity OR NEW.client_id <> OLD.client_id
     OR NEW.requested_by_identity IS DISTINCT FROM OLD.requested_by_identity THEN
    RAISE EXCEPTION 'the client and approver identity of API key % cannot change', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.status = 'active' AND NEW.status <> 'active' THEN
    RAISE EXCEPTION 'API key % is active; it cannot go back to pending approval', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.status = 'pending_approval' AND NEW.status = 'active' AND NEW.approved_by_identity IS NULL THEN
    RAISE EXCEPTION 'API key % needs an approver to become active', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER api_keys_party_final BEFORE UPDATE ON api_keys
  FOR EACH ROW EXECUTE FUNCTION api_keys_party_is_final();

-- ---------------------------------------------------------------- withdrawal approvals: parties

ALTER TABLE withdrawal_approvals ADD COLUMN approver_identity text;
-- approvals are append-only: the backfill of the new column is the one write the trigger lets through
ALTER TABLE withdrawal_approvals DISABLE TRIGGER withdrawal_approvals_append_only;
UPDATE withdrawal_approvals a SET approver_identity = k.approver_identity FROM api_keys k WHERE k.id = a.api_key_id;
ALTER TABLE withdrawal_approvals ENABLE TRIGGER withdrawal_approvals_append_only;
ALTER TABLE withdrawal_approvals ALTER COLUMN approver_identity SET NOT NULL;
-- an identity approves once, whichever of its keys it uses (rejections stay one per key: any one ends it)
CREATE UNIQUE INDEX withdrawal_approvals_one_per_identity ON withdrawal_approvals (withdrawal_id, approver_identity)
  WHERE decision = 'approve';

-- Replaces the issue-8 rule (not the requesting key) with the party rule: not the requesting key, not a
-- key of the requester's API client, not a key of the requester's identity. The identity recorded is
-- the approving key's own, whatever the writer sent.
CREATE OR REPLACE FUNCTION withdrawal_approvals_not_by_creator() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  approver api_keys%ROWTYPE;
  requester api_keys%ROWTYPE;
BEGIN
  SELECT * INTO approver FROM api_keys WHERE id = NEW.api_key_id;
  NEW.approver_identity := approver.approver_identity;
  NEW.client_id := approver.client_id;
  IF NEW.decision = 'approve' THEN
    SELECT k.* INTO requester FROM withdrawals w JOIN api_keys k ON k.id = w.created_by_key_id WHERE w.id = NEW.withdrawal_id;
    IF requester.id IS NOT NULL AND (requester.id = approver.id OR requester.client_id = approver.client_id
                                     OR requester.approver_identity = approver.approver_identity) THEN
      RAISE EXCEPTION 'withdrawal_approvals_not_by_creator: API key % is of the party (API client or approver identity) that requested withdrawal % and cannot approve it',
        NEW.api_key_id, NEW.withdrawal_id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

-- ---------------------------------------------------------------- adjustment requests (maker-checker)

-- An adjustment that needs a second party (it touches customer funds, or its amount is above
-- ADJUSTMENT_APPROVAL_THRESHOLD): held here until a party other than its requester approves it (then
-- it is booked as the ledger adjustment of the same id) or rejects it. Nothing is booked before.
CREATE TABLE adjustment_requests (
  id                     uuid PRIMARY KEY,
  chain_id               integer NOT NULL,
  asset                  text NOT NULL,
  account_id             uuid NOT NULL REFERENCES ledger_accounts(id),
  counterpart            text NOT NULL CHECK (counterpart IN ('suspense', 'equity', 'income', 'network_fee', 'customer')),
  amount                 numeric(78,0) NOT NULL CHECK (amount <> 0),
  block_number           bigint NOT NULL CHECK (block_number >= 0),
  reason                 text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  reconciliation_id      uuid NOT NULL REFERENCES reconciliations(id),
  status                 text NOT NULL DEFAULT 'pending_approval' CHECK (status IN ('pending_approval', 'posted', 'rejected')),
  requested_by_key_id    uuid REFERENCES api_keys(id),
  requested_by_client_id uuid REFERENCES api_clients(id),
  requested_by_identity  text NOT NULL,
  decided_by_key_id      uuid REFERENCES api_keys(id),
  decided_by_client_id   uuid REFERENCES api_clients(id),
  decided_by_identity    text,
  decision_comment       text CHECK (char_length(decision_comment) <= 500),
  decided_at             timestamptz,
  created_at             timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'pending_approval') = (decided_at IS NULL)),
  CHECK (status = 'pending_approval' OR (decided_by_identity IS NOT NULL AND decided_by_client_id IS NOT NULL)),
  -- booked only by another party (a requester may withdraw its own request by rejecting it)
  CHECK (status <> 'posted' OR (decided_by_identity <> requested_by_identity
                                AND decided_by_client_id IS DISTINCT FROM requested_by_client_id
                                AND decided_by_key_id IS DISTINCT FROM requested_by_key_id))
);
CREATE INDEX adjustment_requests_pending ON adjustment_requests (status, id);
CREATE INDEX adjustment_requests_item ON adjustment_requests (reconciliation_id, account_id) WHERE status = 'pending_approval';

-- A request is decided once; what was asked never changes.
CREATE FUNCTION adjustment_requests_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'pending_approval' THEN
    RAISE EXCEPTION 'adjustment request % is % already', OLD.id, OLD.status USING ERRCODE = 'restrict_violation';
  END IF;
  IF (NEW.chain_id, NEW.asset, NEW.account_id, NEW.counterpart, NEW.amount, NEW.block_number, NEW.reason, NEW.reconciliation_id,
      NEW.requested_by_key_id, NEW.requested_by_client_id, NEW.requested_by_identity, NEW.created_at)
     IS DISTINCT FROM
     (OLD.chain_id, OLD.asset, OLD.account_id, OLD.counterpart, OLD.amount, OLD.block_number, OLD.reason, OLD.reconciliation_id,
      OLD.requested_by_key_id, OLD.requested_by_client_id, OLD.requested_by_identity, OLD.created_at) THEN
    RAISE EXCEPTION 'adjustment request % cannot change; only its decision is recorded', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER adjustment_requests_decide BEFORE UPDATE ON adjustment_requests
  FOR EACH ROW EXECUTE FUNCTION adjustment_requests_decided_once();
CREATE TRIGGER adjustment_requests_no_delete BEFORE DELETE ON adjustment_requests
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER adjustment_requests_no_truncate BEFORE TRUNCATE ON adjustment_requests
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

-- A booked adjustment names who approved it (null: booked directly, under the threshold).
ALTER TABLE ledger_adjustments ADD COLUMN approved_by_key_id uuid REFERENCES api_keys(id);
ALTER TABLE ledger_adjustments ADD COLUMN approved_by_identity text;

-- The last reconciliation that matched an address's balance bounds how far back an adjustment may be dated.
CREATE INDEX reconciliation_items_matched_address ON reconciliation_items (address, asset, reconciliation_id) WHERE status = 'matched';

-- Finance: chart-of-accounts roles, running balances on postings, released holds, operator
-- adjustments, and reconciliations of the ledger against the chain at a block height.
--
-- What the database enforces here:
--  * every account has a `role` in the chart of accounts (hot, deposit, treasury, custody, customer,
--    network_fee, withdrawal_fee, other_income, equity, suspense), derived on insert when the writer
--    does not name it (custody address accounts take it from the address and its wallet);
--  * every posting carries the balance of its account right after it (the account's balance version
--    and its four counters), written by the same trigger that maintains ledger_balances, under the
--    balance row's lock: an account statement's running balance is read, never recomputed;
--  * a void entry records what it released per account (ledger_releases), with the balance after;
--  * adjustments, releases, reconciliations and their items are append-only history (reconciliations
--    only move forward through their statuses).

-- ---------------------------------------------------------------- chart of accounts: roles

ALTER TABLE ledger_accounts ADD COLUMN role text;

CREATE FUNCTION ledger_account_role() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind_ text;
  custody_ text;
BEGIN
  IF NEW.role IS NOT NULL THEN RETURN NEW; END IF;
  IF NEW.type = 'asset' AND NEW.address IS NOT NULL THEN
    SELECT a.kind, w.custody INTO kind_, custody_
      FROM addresses a JOIN wallets w ON w.id = a.wallet_id WHERE a.address = NEW.address;
    NEW.role := CASE
      WHEN kind_ = 'deposit' THEN 'deposit'
      WHEN kind_ = 'hot' AND custody_ IN ('kms-key', 'hsm-key') THEN 'treasury'
      WHEN kind_ = 'hot' THEN 'hot'
      ELSE 'custody' END;
  ELSE
    NEW.role := CASE NEW.type
      WHEN 'liability' THEN 'customer'
      WHEN 'expense' THEN 'network_fee'
      WHEN 'revenue' THEN 'other_income'
      WHEN 'equity' THEN 'equity'
      WHEN 'suspense' THEN 'suspense'
      ELSE 'custody' END;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER ledger_accounts_role BEFORE INSERT ON ledger_accounts
  FOR EACH ROW EXECUTE FUNCTION ledger_account_role();

UPDATE ledger_accounts la SET role = CASE
    WHEN la.type = 'asset' THEN coalesce((
      SELECT CASE WHEN a.kind = 'deposit' THEN 'deposit'
                  WHEN w.custody IN ('kms-key', 'hsm-key') THEN 'treasury'
                  ELSE 'hot' END
        FROM addresses a JOIN wallets w ON w.id = a.wallet_id WHERE a.address = la.address), 'custody')
    WHEN la.type = 'liability' THEN 'customer'
    WHEN la.type = 'expense' THEN 'network_fee'
    WHEN la.type = 'revenue' THEN 'other_income'
    ELSE la.type END;

ALTER TABLE ledger_accounts ALTER COLUMN role SET NOT NULL;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_role CHECK (
  (type = 'asset' AND role IN ('hot', 'deposit', 'treasury', 'custody')) OR
  (type = 'liability' AND role = 'customer') OR
  (type = 'expense' AND role = 'network_fee') OR
  (type = 'revenue' AND role IN ('withdrawal_fee', 'other_income')) OR
  (type = 'equity' AND role = 'equity') OR
  (type = 'suspense' AND role = 'suspense'));
-- A customer liability always belongs to a wallet; a custody address account always names its address.
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_owner CHECK (
  (type <> 'liability' OR wallet_id IS NOT NULL) AND (type <> 'asset' OR address IS NOT NULL));
CREATE INDEX ledger_accounts_chain_role ON ledger_accounts (chain_id, type, role);

-- ---------------------------------------------------------------- running balances on postings

ALTER TABLE postings
  ADD COLUMN after_version         bigint,
  ADD COLUMN after_posted_debits   numeric(78,0),
  ADD COLUMN after_posted_credits  numeric(78,0),
  ADD COLUMN after_pending_debits  numeric(78,0),
  ADD COLUMN after_pending_credits numeric(78,0);

-- What a void entry released, per account of its hold, with the account's balance afterwards.
CREATE TABLE ledger_releases (
  id                    bigserial PRIMARY KEY,
  entry_id              uuid NOT NULL REFERENCES journal_entries(id),
  hold_id               uuid NOT NULL REFERENCES journal_entries(id),
  account_id            uuid NOT NULL REFERENCES ledger_accounts(id),
  asset                 text NOT NULL,
  amount                numeric(78,0) NOT NULL,
  after_version         bigint NOT NULL,
  after_posted_debits   numeric(78,0) NOT NULL,
  after_posted_credits  numeric(78,0) NOT NULL,
  after_pending_debits  numeric(78,0) NOT NULL,
  after_pending_credits numeric(78,0) NOT NULL
);
CREATE INDEX ledger_releases_account ON ledger_releases (account_id, after_version);
CREATE INDEX ledger_releases_entry ON ledger_releases (entry_id);
CREATE TRIGGER ledger_releases_append_only BEFORE UPDATE OR DELETE ON ledger_releases
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER ledger_releases_no_truncate BEFORE TRUNCATE ON ledger_releases
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

-- Backfill: replay every account's history in entry order (a post or void releases its hold before
-- its own postings apply), so existing postings get the running balance they would have recorded.
ALTER TABLE postings DISABLE TRIGGER postings_append_only;
CREATE TEMP TABLE ledger_replay ON COMMIT DROP AS
WITH ev AS (
  SELECT p.account_id, e.seq, 1 AS phase, p.id AS posting_id, NULL::uuid AS entry_id, NULL::uuid AS hold_id,
         p.asset, p.amount,
         CASE WHEN e.kind = 'hold' THEN 0 ELSE greatest(p.amount, 0) END AS pd,
         CASE WHEN e.kind = 'hold' THEN 0 ELSE greatest(-p.amount, 0) END AS pc,
         CASE WHEN e.kind = 'hold' THEN greatest(p.amount, 0) ELSE 0 END AS hd,
         CASE WHEN e.kind = 'hold' THEN greatest(-p.amount, 0) ELSE 0 END AS hc,
         false AS is_void
    FROM postings p JOIN journal_entries e ON e.id = p.entry_id
  UNION ALL
  SELECT hp.account_id, r.seq, 0, hp.id, r.id, r.hold_id, hp.asset, hp.amount,
         0, 0, -greatest(hp.amount, 0), -greatest(-hp.amount, 0), r.kind = 'void'
    FROM journal_entries r JOIN postings hp ON hp.entry_id = r.hold_id
   WHERE r.kind IN ('post', 'void')
)
SELECT ev.*,
       row_number() OVER w AS v,
       sum(pd) OVER w AS apd, sum(pc) OVER w AS apc, sum(hd) OVER w AS ahd, sum(hc) OVER w AS ahc
  FROM ev
WINDOW w AS (PARTITION BY account_id ORDER BY seq, phase, posting_id ROWS UNBOUNDED PRECEDING);

UPDATE postings p
   SET after_version = r.v, after_posted_debits = r.apd, after_posted_credits = r.apc,
       after_pending_debits = r.ahd, after_pending_credits = r.ahc
  FROM ledger_replay r
 WHERE r.phase = 1 AND r.posting_id = p.id;
INSERT INTO ledger_releases (entry_id, hold_id, account_id, asset, amount, after_version, after_posted_debits,
                             after_posted_credits, after_pending_debits, after_pending_credits)
SELECT entry_id, hold_id, account_id, asset, amount, v, apd, apc, ahd, ahc
  FROM ledger_replay WHERE phase = 0 AND is_void ORDER BY seq, posting_id;
UPDATE ledger_balances b SET version = greatest(b.version, r.v)
  FROM (SELECT account_id, max(v) AS v FROM ledger_replay GROUP BY account_id) r
 WHERE r.account_id = b.account_id;
ALTER TABLE postings ENABLE TRIGGER postings_append_only;

ALTER TABLE postings
  ALTER COLUMN after_version SET NOT NULL,
  ALTER COLUMN after_posted_debits SET NOT NULL,
  ALTER COLUMN after_posted_credits SET NOT NULL,
  ALTER COLUMN after_pending_debits SET NOT NULL,
  ALTER COLUMN after_pending_credits SET NOT NULL;
CREATE INDEX postings_account_version ON postings (account_id, after_version);
CREATE INDEX journal_entries_created ON journal_entries (created_at, seq);
CREATE INDEX journal_entries_block ON journal_entries (chain_id, block_number);
CREATE INDEX journal_entries_hold ON journal_entries (hold_id) WHERE hold_id IS NOT NULL;

-- The posting trigger now runs BEFORE INSERT, so that it can write the account's balance after the
-- posting into the posting row itself (the UPDATE holds the balance row's lock until COMMIT, so the
-- versions of one account are consecutive and in the order the postings applied).
CREATE OR REPLACE FUNCTION ledger_apply_posting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind_ text;
  d numeric(78,0) := greatest(NEW.amount, 0);
  c numeric(78,0) := greatest(-NEW.amount, 0);
BEGIN
  SELECT kind INTO kind_ FROM journal_entries WHERE id = NEW.entry_id;
  IF kind_ = 'hold' THEN
    UPDATE ledger_balances SET pending_debits = pending_debits + d, pending_credits = pending_credits + c,
           version = version + 1, updated_at = now()
     WHERE account_id = NEW.account_id
    RETURNING version, posted_debits, posted_credits, pending_debits, pending_credits
         INTO NEW.after_version, NEW.after_posted_debits, NEW.after_posted_credits, NEW.after_pending_debits, NEW.after_pending_credits;
  ELSE
    UPDATE ledger_balances SET posted_debits = posted_debits + d, posted_credits = posted_credits + c,
           version = version + 1, updated_at = now()
     WHERE account_id = NEW.account_id
    RETURNING version, posted_debits, posted_credits, pending_debits, pending_credits
         INTO NEW.after_version, NEW.after_posted_debits, NEW.after_posted_credits, NEW.after_pending_debits, NEW.after_pending_credits;
  END IF;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'ledger account % has no balance row', NEW.account_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER postings_apply ON postings;
CREATE TRIGGER postings_apply BEFORE INSERT ON postings
  FOR EACH ROW EXECUTE FUNCTION ledger_apply_posting();

CREATE OR REPLACE FUNCTION ledger_release_hold() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hold_kind text;
  p record;
  v bigint; pd numeric(78,0); pc numeric(78,0); hd numeric(78,0); hc numeric(78,0);
BEGIN
  IF NEW.kind NOT IN ('post', 'void') THEN RETURN NULL; END IF;
  SELECT kind INTO hold_kind FROM journal_entries WHERE id = NEW.hold_id;
  IF hold_kind IS DISTINCT FROM 'hold' THEN
    RAISE EXCEPTION 'journal entry % resolves %, which is not a hold', NEW.id, NEW.hold_id
      USING ERRCODE = 'check_violation';
  END IF;
  FOR p IN SELECT account_id, asset, amount FROM postings WHERE entry_id = NEW.hold_id ORDER BY account_id, id LOOP
    UPDATE ledger_balances
       SET pending_debits = pending_debits - greatest(p.amount, 0),
           pending_credits = pending_credits - greatest(-p.amount, 0),
           version = version + 1, updated_at = now()
     WHERE account_id = p.account_id
    RETURNING version, posted_debits, posted_credits, pending_debits, pending_credits INTO v, pd, pc, hd, hc;
    IF NEW.kind = 'void' THEN
      INSERT INTO ledger_releases (entry_id, hold_id, account_id, asset, amount, after_version, after_posted_debits,
                                   after_posted_credits, after_pending_debits, after_pending_credits)
      VALUES (NEW.id, NEW.hold_id, p.account_id, p.asset, p.amount, v, pd, pc, hd, hc);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

-- ---------------------------------------------------------------- operator adjustments

-- An adjusting journal entry booked by an operator (e.g. ETH that reached a custody address through a
-- contract's internal call, which the block follower cannot see). Who booked it and why is kept here,
-- in the same transaction as the entry.
CREATE TABLE ledger_adjustments (
  id                 uuid PRIMARY KEY,
  entry_id           uuid NOT NULL UNIQUE REFERENCES journal_entries(id),
  chain_id           integer NOT NULL,
  asset              text NOT NULL,
  account_id         uuid NOT NULL REFERENCES ledger_accounts(id),
  counter_account_id uuid NOT NULL REFERENCES ledger_accounts(id),
  counterpart        text NOT NULL CHECK (counterpart IN ('suspense', 'equity', 'income', 'network_fee', 'customer')),
  amount             numeric(78,0) NOT NULL CHECK (amount <> 0),
  block_number       bigint NOT NULL CHECK (block_number >= 0),
  reason             text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  reconciliation_id  uuid,
  created_by_key_id  uuid REFERENCES api_keys(id),
  created_by_client_id uuid REFERENCES api_clients(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (account_id <> counter_account_id)
);
CREATE INDEX ledger_adjustments_account ON ledger_adjustments (account_id, created_at);
CREATE TRIGGER ledger_adjustments_append_only BEFORE UPDATE OR DELETE ON ledger_adjustments
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER ledger_adjustments_no_truncate BEFORE TRUNCATE ON ledger_adjustments
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

-- ---------------------------------------------------------------- reconciliations

CREATE TABLE reconciliations (
  id                  uuid PRIMARY KEY,
  chain_id            integer NOT NULL,
  -- null until the job has pinned the block (a run without an explicit block takes the block the
  -- chain follower has processed when it starts)
  block_number        bigint CHECK (block_number >= 0),
  block_hash          text,
  status              text NOT NULL CHECK (status IN ('queued', 'running', 'matched', 'mismatched', 'failed')),
  status_reason       text,
  trigger             text NOT NULL CHECK (trigger IN ('api', 'schedule')),
  requested_by_key_id uuid REFERENCES api_keys(id),
  accounts_checked    integer NOT NULL DEFAULT 0,
  matched_count       integer NOT NULL DEFAULT 0,
  mismatched_count    integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  started_at          timestamptz,
  finished_at         timestamptz,
  CHECK (status NOT IN ('matched', 'mismatched') OR (block_number IS NOT NULL AND finished_at IS NOT NULL))
);
CREATE INDEX reconciliations_chain ON reconciliations (chain_id, id);
CREATE INDEX reconciliations_open ON reconciliations (status) WHERE status IN ('queued', 'running');

-- Statuses only move forward: queued → running → matched | mismatched | failed (a retried job may
-- run `running` again), and a finished report never changes.
CREATE FUNCTION reconciliation_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('matched', 'mismatched', 'failed') THEN
    RAISE EXCEPTION 'reconciliation % is finished (%); it cannot change', OLD.id, OLD.status USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.status = 'running' AND NEW.status = 'queued' THEN
    RAISE EXCEPTION 'reconciliation % cannot go back to queued', OLD.id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER reconciliations_forward_only BEFORE UPDATE ON reconciliations
  FOR EACH ROW EXECUTE FUNCTION reconciliation_forward_only();
CREATE TRIGGER reconciliations_no_delete BEFORE DELETE ON reconciliations
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();

-- One line of a report: a custody address and asset at the reconciliation's block.
-- difference = on_chain − (ledger_posted + pending_inbound − pending_outbound).
CREATE TABLE reconciliation_items (
  reconciliation_id  uuid NOT NULL REFERENCES reconciliations(id),
  address            text NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
  asset              text NOT NULL,
  account_id         uuid REFERENCES ledger_accounts(id),
  wallet_id          uuid,
  on_chain           numeric(78,0) NOT NULL,
  ledger_posted      numeric(78,0) NOT NULL,
  pending_inbound    numeric(78,0) NOT NULL,
  pending_outbound   numeric(78,0) NOT NULL,
  difference         numeric(78,0) NOT NULL,
  status             text NOT NULL CHECK (status IN ('matched', 'mismatched')),
  likely_cause       text CHECK (likely_cause IN ('unbooked_inbound_transfer', 'unbooked_gas', 'unknown_outflow')),
  first_seen_block   bigint,
  detail             text,
  PRIMARY KEY (reconciliation_id, address, asset),
  CHECK ((status = 'matched') = (difference = 0)),
  CHECK ((status = 'mismatched') = (likely_cause IS NOT NULL))
);
CREATE INDEX reconciliation_items_mismatched ON reconciliation_items (reconciliation_id, status, address);
CREATE TRIGGER reconciliation_items_append_only BEFORE UPDATE OR DELETE ON reconciliation_items
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();

-- ---------------------------------------------------------------- one round trip per batch of entries

-- Inserts journal entries, then their postings, as two statements in one call: every `post` or
-- `void` entry releases its hold (entry trigger) before any posting applies (posting trigger), and the
-- caller pays one round trip for a whole batch. Postings are applied in the order given (the caller
-- sorts them by account id so concurrent writers lock balance rows in one order). Amounts are decimal
-- strings of base units; `p_entry` is the 1-based index of each posting's entry.
CREATE FUNCTION ledger_insert_entries(
  p_ids uuid[], p_kinds text[], p_hold_ids uuid[], p_events text[], p_ref_types text[], p_ref_ids uuid[],
  p_chain_ids integer[], p_block_numbers bigint[], p_descriptions text[],
  p_entry integer[], p_accounts uuid[], p_assets text[], p_amounts text[]
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO journal_entries (id, kind, hold_id, event, ref_type, ref_id, chain_id, block_number, description)
  SELECT id, kind, hold_id, event, ref_type, ref_id, chain_id, block_number, description
    FROM unnest(p_ids, p_kinds, p_hold_ids, p_events, p_ref_types, p_ref_ids, p_chain_ids, p_block_numbers, p_descriptions)
         WITH ORDINALITY AS t(id, kind, hold_id, event, ref_type, ref_id, chain_id, block_number, description, ord)
   ORDER BY ord;
  INSERT INTO postings (entry_id, account_id, asset, amount)
  SELECT p_ids[e], a, s, m::numeric
    FROM unnest(p_entry, p_accounts, p_assets, p_amounts) WITH ORDINALITY AS t(e, a, s, m, ord)
   ORDER BY ord;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

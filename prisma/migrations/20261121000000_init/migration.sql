-- Initial schema of the custody backend.
--
-- The database enforces the invariants the service rests on:
--  * ledger journal entries and postings are immutable (no UPDATE, DELETE or TRUNCATE);
--  * every journal entry balances to zero per asset (deferred constraint trigger, checked at COMMIT);
--  * a posting's asset is its account's asset (composite foreign key);
--  * account balances are maintained by triggers from the postings, in the same transaction, under the
--    balance row's lock, so concurrent postings never lose an update;
--  * customer liability accounts never go below zero available (CHECK on the balance row);
--  * a nonce is used by at most one transaction intent per (chain, address) (unique index).
--
-- Amounts are integers of base units (wei for ETH) in numeric(78,0), wide enough for any uint256.

CREATE FUNCTION custody_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END $$;

-- ---------------------------------------------------------------- API clients, keys, idempotency

CREATE TABLE api_clients (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES api_clients(id),
  name          text NOT NULL,
  prefix        text NOT NULL,
  key_hash      bytea NOT NULL UNIQUE,
  scopes        text[] NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  last_used_at  timestamptz,
  CHECK (octet_length(key_hash) = 32)
);

CREATE TABLE idempotency_keys (
  client_id        uuid NOT NULL REFERENCES api_clients(id),
  key              text NOT NULL,
  method           text NOT NULL,
  path             text NOT NULL,
  request_hash     text NOT NULL,
  status           text NOT NULL CHECK (status IN ('in_flight', 'completed')),
  response_status  integer,
  response_body    jsonb,
  locked_at        timestamptz NOT NULL DEFAULT now(),
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  PRIMARY KEY (client_id, key)
);
CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at);

-- ---------------------------------------------------------------- wallets, secrets, addresses

CREATE TABLE wallets (
  id                  uuid PRIMARY KEY,
  label               text NOT NULL,
  custody             text NOT NULL CHECK (custody IN ('hd', 'kms-key', 'hsm-key')),
  key_backend         text NOT NULL,
  xpub                text,
  hot_address         text NOT NULL,
  next_address_index  integer NOT NULL DEFAULT 1 CHECK (next_address_index >= 1),
  created_by          uuid REFERENCES api_clients(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (hot_address ~ '^0x[0-9a-f]{40}$'),
  CHECK (custody <> 'hd' OR xpub IS NOT NULL)
);

-- Encrypted key material. For `hd` wallets: the BIP-39 seed under AES-256-GCM with a data key that is
-- wrapped by the key backend's key-encryption key (KEK). Nothing here is ever stored in clear.
CREATE TABLE wallet_secrets (
  wallet_id         uuid PRIMARY KEY REFERENCES wallets(id),
  backend           text NOT NULL,
  kek_id            text NOT NULL,
  wrapped_data_key  bytea,
  ciphertext        bytea,
  iv                bytea,
  auth_tag          bytea,
  key_ref           text,
  public_key        bytea,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE addresses (
  id                uuid PRIMARY KEY,
  wallet_id         uuid NOT NULL REFERENCES wallets(id),
  kind              text NOT NULL CHECK (kind IN ('hot', 'deposit')),
  derivation_index  integer NOT NULL CHECK (derivation_index >= 0),
  derivation_path   text,
  address           text NOT NULL UNIQUE CHECK (address ~ '^0x[0-9a-f]{40}$'),
  label             text,
  external_id       text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (wallet_id, derivation_index),
  CHECK ((kind = 'hot') = (derivation_index = 0))
);
CREATE UNIQUE INDEX addresses_wallet_external_id ON addresses (wallet_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX addresses_wallet_created ON addresses (wallet_id, id);

-- ---------------------------------------------------------------- ledger

CREATE TABLE ledger_accounts (
  id              uuid PRIMARY KEY,
  code            text NOT NULL UNIQUE,
  type            text NOT NULL CHECK (type IN ('asset', 'liability', 'expense', 'revenue', 'equity', 'suspense')),
  normal_balance  text NOT NULL CHECK (normal_balance IN ('debit', 'credit')),
  asset           text NOT NULL,
  chain_id        integer NOT NULL,
  wallet_id       uuid REFERENCES wallets(id),
  address         text CHECK (address ~ '^0x[0-9a-f]{40}$'),
  name            text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, asset)
);
CREATE INDEX ledger_accounts_wallet ON ledger_accounts (wallet_id, asset);
CREATE INDEX ledger_accounts_address ON ledger_accounts (address, asset);

-- Balances per account, maintained only by the posting triggers below. Debit-normal balance is
-- debits - credits; credit-normal is credits - debits. `no_overdraft` accounts (customer liabilities)
-- must keep posted balance minus pending outgoing (available) >= 0.
CREATE TABLE ledger_balances (
  account_id       uuid PRIMARY KEY REFERENCES ledger_accounts(id),
  no_overdraft     boolean NOT NULL,
  posted_debits    numeric(78,0) NOT NULL DEFAULT 0 CHECK (posted_debits >= 0),
  posted_credits   numeric(78,0) NOT NULL DEFAULT 0 CHECK (posted_credits >= 0),
  pending_debits   numeric(78,0) NOT NULL DEFAULT 0 CHECK (pending_debits >= 0),
  pending_credits  numeric(78,0) NOT NULL DEFAULT 0 CHECK (pending_credits >= 0),
  version          bigint NOT NULL DEFAULT 0,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ledger_balances_no_overdraft CHECK (NOT no_overdraft OR posted_credits - posted_debits - pending_debits >= 0)
);

-- A journal entry. kind: `standard` (posted at once), `hold` (pending; its postings only move pending
-- balances), `post` (settles a hold with final postings) or `void` (releases a hold, no postings).
CREATE TABLE journal_entries (
  id            uuid PRIMARY KEY,
  seq           bigserial NOT NULL UNIQUE,
  kind          text NOT NULL CHECK (kind IN ('standard', 'hold', 'post', 'void')),
  hold_id       uuid REFERENCES journal_entries(id),
  event         text NOT NULL,
  ref_type      text NOT NULL,
  ref_id        uuid NOT NULL,
  chain_id      integer NOT NULL,
  block_number  bigint,
  description   text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind IN ('post', 'void')) = (hold_id IS NOT NULL))
);
CREATE UNIQUE INDEX journal_entries_one_resolution ON journal_entries (hold_id) WHERE hold_id IS NOT NULL;
CREATE INDEX journal_entries_ref ON journal_entries (ref_type, ref_id);

-- Postings: signed amounts, debit > 0, credit < 0, so an entry balances when they sum to zero per asset.
CREATE TABLE postings (
  id          bigserial PRIMARY KEY,
  entry_id    uuid NOT NULL REFERENCES journal_entries(id),
  account_id  uuid NOT NULL,
  asset       text NOT NULL,
  amount      numeric(78,0) NOT NULL CHECK (amount <> 0),
  FOREIGN KEY (account_id, asset) REFERENCES ledger_accounts(id, asset)
);
CREATE INDEX postings_entry ON postings (entry_id);
CREATE INDEX postings_account ON postings (account_id, id);

CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER postings_append_only BEFORE UPDATE OR DELETE ON postings
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER postings_no_truncate BEFORE TRUNCATE ON postings
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();

-- Checked at COMMIT: the entry's postings sum to zero per asset, and an entry other than `void`
-- has at least two postings.
CREATE FUNCTION ledger_check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entry_id_ uuid;
  kind_ text;
  unbalanced text;
  n integer;
BEGIN
  IF TG_TABLE_NAME = 'postings' THEN entry_id_ := NEW.entry_id; ELSE entry_id_ := NEW.id; END IF;
  SELECT kind INTO kind_ FROM journal_entries WHERE id = entry_id_;
  SELECT count(*) INTO n FROM postings WHERE entry_id = entry_id_;
  IF kind_ = 'void' THEN
    IF n <> 0 THEN
      RAISE EXCEPTION 'void journal entry % must have no postings', entry_id_ USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
  END IF;
  IF n < 2 THEN
    RAISE EXCEPTION 'journal entry % has % posting(s); at least 2 are required', entry_id_, n
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT string_agg(asset || ' off by ' || s::text, ', ') INTO unbalanced
    FROM (SELECT asset, sum(amount) AS s FROM postings WHERE entry_id = entry_id_ GROUP BY asset) t
   WHERE s <> 0;
  IF unbalanced IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % is not balanced: %', entry_id_, unbalanced USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER postings_balanced AFTER INSERT ON postings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_entry_balanced();
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_entry_balanced();

-- Balance maintenance. A posting of a `hold` entry moves pending balances; of a `standard` or `post`
-- entry, posted balances. A `post` or `void` entry releases the pending amounts of its hold.
CREATE FUNCTION ledger_apply_posting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind_ text;
  d numeric(78,0) := greatest(NEW.amount, 0);
  c numeric(78,0) := greatest(-NEW.amount, 0);
BEGIN
  SELECT kind INTO kind_ FROM journal_entries WHERE id = NEW.entry_id;
  IF kind_ = 'hold' THEN
    UPDATE ledger_balances SET pending_debits = pending_debits + d, pending_credits = pending_credits + c,
           version = version + 1, updated_at = now()
     WHERE account_id = NEW.account_id;
  ELSE
    UPDATE ledger_balances SET posted_debits = posted_debits + d, posted_credits = posted_credits + c,
           version = version + 1, updated_at = now()
     WHERE account_id = NEW.account_id;
  END IF;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'ledger account % has no balance row', NEW.account_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER postings_apply AFTER INSERT ON postings
  FOR EACH ROW EXECUTE FUNCTION ledger_apply_posting();

CREATE FUNCTION ledger_release_hold() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hold_kind text;
  p record;
BEGIN
  IF NEW.kind NOT IN ('post', 'void') THEN RETURN NULL; END IF;
  SELECT kind INTO hold_kind FROM journal_entries WHERE id = NEW.hold_id;
  IF hold_kind IS DISTINCT FROM 'hold' THEN
    RAISE EXCEPTION 'journal entry % resolves %, which is not a hold', NEW.id, NEW.hold_id
      USING ERRCODE = 'check_violation';
  END IF;
  FOR p IN SELECT account_id, amount FROM postings WHERE entry_id = NEW.hold_id ORDER BY account_id LOOP
    UPDATE ledger_balances
       SET pending_debits = pending_debits - greatest(p.amount, 0),
           pending_credits = pending_credits - greatest(-p.amount, 0),
           version = version + 1, updated_at = now()
     WHERE account_id = p.account_id;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER journal_entries_release_hold AFTER INSERT ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_release_hold();

-- ---------------------------------------------------------------- chain following

CREATE TABLE chain_cursors (
  chain_id      integer PRIMARY KEY,
  genesis_hash  text NOT NULL,
  block_number  bigint NOT NULL,
  block_hash    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Recent blocks seen by the follower, to detect reorgs by parent-hash mismatch.
CREATE TABLE chain_blocks (
  chain_id     integer NOT NULL,
  number       bigint NOT NULL,
  hash         text NOT NULL,
  parent_hash  text NOT NULL,
  timestamp    timestamptz NOT NULL,
  PRIMARY KEY (chain_id, number)
);

-- ---------------------------------------------------------------- withdrawals and attempts

CREATE TABLE nonce_cursors (
  chain_id    integer NOT NULL,
  address     text NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
  next_nonce  bigint NOT NULL CHECK (next_nonce >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (chain_id, address)
);

-- A transfer out of a custody address. kind `withdrawal` is a customer withdrawal; later kinds
-- (sweep, top-up, nonce fill) share the same nonce-safe pipeline.
CREATE TABLE withdrawals (
  id                 uuid PRIMARY KEY,
  kind               text NOT NULL DEFAULT 'withdrawal' CHECK (kind IN ('withdrawal', 'sweep', 'topup', 'nonce_fill')),
  client_id          uuid REFERENCES api_clients(id),
  external_id        text,
  wallet_id          uuid NOT NULL REFERENCES wallets(id),
  chain_id           integer NOT NULL,
  asset              text NOT NULL,
  from_address       text NOT NULL CHECK (from_address ~ '^0x[0-9a-f]{40}$'),
  to_address         text NOT NULL CHECK (to_address ~ '^0x[0-9a-f]{40}$'),
  amount             numeric(78,0) NOT NULL CHECK (amount >= 0),
  status             text NOT NULL CHECK (status IN ('pending_approval', 'queued', 'signing', 'submitted', 'mined',
                                                     'confirmed', 'failed', 'cancelled', 'rejected')),
  status_reason      text,
  nonce              bigint,
  hold_entry_id      uuid REFERENCES journal_entries(id),
  mined_attempt_id   uuid,
  tx_hash            text,
  block_number       bigint,
  block_hash         text,
  gas_used           numeric(78,0),
  fee_paid           numeric(78,0),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  submitted_at       timestamptz,
  mined_at           timestamptz,
  confirmed_at       timestamptz
);
CREATE UNIQUE INDEX withdrawals_client_external_id ON withdrawals (client_id, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX withdrawals_nonce ON withdrawals (chain_id, from_address, nonce) WHERE nonce IS NOT NULL;
CREATE INDEX withdrawals_queue ON withdrawals (chain_id, from_address, status, created_at);
CREATE INDEX withdrawals_status ON withdrawals (status, chain_id);
CREATE INDEX withdrawals_wallet ON withdrawals (wallet_id, id);

-- One signed transaction for a withdrawal's nonce. A replacement is another attempt with the same nonce.
CREATE TABLE tx_attempts (
  id                        uuid PRIMARY KEY,
  withdrawal_id             uuid NOT NULL REFERENCES withdrawals(id),
  chain_id                  integer NOT NULL,
  from_address              text NOT NULL,
  nonce                     bigint NOT NULL CHECK (nonce >= 0),
  kind                      text NOT NULL DEFAULT 'original' CHECK (kind IN ('original', 'replacement', 'cancel')),
  to_address                text NOT NULL,
  value                     numeric(78,0) NOT NULL,
  data                      text NOT NULL DEFAULT '0x',
  gas_limit                 numeric(78,0) NOT NULL,
  max_fee_per_gas           numeric(78,0) NOT NULL,
  max_priority_fee_per_gas  numeric(78,0) NOT NULL,
  raw_tx                    text NOT NULL,
  tx_hash                   text NOT NULL,
  status                    text NOT NULL CHECK (status IN ('signed', 'broadcast', 'mined', 'replaced', 'dropped')),
  broadcast_count           integer NOT NULL DEFAULT 0,
  first_broadcast_at        timestamptz,
  last_broadcast_at         timestamptz,
  last_error                text,
  block_number              bigint,
  block_hash                text,
  gas_used                  numeric(78,0),
  effective_gas_price       numeric(78,0),
  receipt_status            text CHECK (receipt_status IN ('success', 'reverted')),
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  UNIQUE (chain_id, tx_hash)
);
CREATE INDEX tx_attempts_withdrawal ON tx_attempts (withdrawal_id, created_at);
CREATE INDEX tx_attempts_open ON tx_attempts (chain_id, status) WHERE status IN ('signed', 'broadcast', 'mined');
CREATE INDEX tx_attempts_nonce ON tx_attempts (chain_id, from_address, nonce);
ALTER TABLE withdrawals ADD FOREIGN KEY (mined_attempt_id) REFERENCES tx_attempts(id);

-- ---------------------------------------------------------------- deposits

CREATE TABLE deposits (
  id               uuid PRIMARY KEY,
  chain_id         integer NOT NULL,
  asset            text NOT NULL,
  wallet_id        uuid NOT NULL REFERENCES wallets(id),
  address_id       uuid NOT NULL REFERENCES addresses(id),
  address          text NOT NULL,
  from_address     text NOT NULL,
  amount           numeric(78,0) NOT NULL CHECK (amount > 0),
  tx_hash          text NOT NULL,
  log_index        integer NOT NULL,
  block_number     bigint NOT NULL,
  block_hash       text NOT NULL,
  status           text NOT NULL CHECK (status IN ('detected', 'confirmed', 'orphaned')),
  credit_entry_id  uuid REFERENCES journal_entries(id),
  detected_at      timestamptz NOT NULL DEFAULT now(),
  confirmed_at     timestamptz,
  orphaned_at      timestamptz,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (chain_id, tx_hash, log_index)
);
CREATE INDEX deposits_pending ON deposits (chain_id, status, block_number) WHERE status = 'detected';
CREATE INDEX deposits_wallet ON deposits (wallet_id, id);
CREATE INDEX deposits_block ON deposits (chain_id, block_number);

-- ---------------------------------------------------------------- events (transactional outbox)

-- Every state change a client can observe, written in the same DB transaction as the change.
CREATE TABLE events (
  id          uuid PRIMARY KEY,
  seq         bigserial NOT NULL UNIQUE,
  type        text NOT NULL,
  data        jsonb NOT NULL,
  wallet_id   uuid,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_type_created ON events (type, created_at);

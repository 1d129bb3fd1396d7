-- Webhooks per Standard Webhooks (https://www.standardwebhooks.com/): endpoints, their sealed signing
-- secrets, the outbox relay, one delivery per event × endpoint, and every delivery attempt.

-- ---------------------------------------------------------------- outbox publication order

-- `events.seq` is taken when a row is inserted, not when its transaction commits, so a reader that pages by
-- `seq` can step over an event whose transaction commits late. The relay (one transaction at a time, under
-- the webhook_relay_state row lock) stamps each newly visible event with `relay_seq`, in the order the relay
-- saw them commit: paging by `relay_seq` never skips anything. NULL = committed but not yet relayed.
ALTER TABLE events ADD COLUMN relay_seq bigint UNIQUE;
-- Events from before webhooks existed are published as they are (no endpoint existed to deliver them to).
UPDATE events SET relay_seq = seq;
CREATE INDEX events_unrelayed ON events (seq) WHERE relay_seq IS NULL;

-- Events are facts: once written, only the relay's one-time `relay_seq` stamp may change them.
CREATE FUNCTION events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.relay_seq IS NOT NULL
     OR NEW.id IS DISTINCT FROM OLD.id OR NEW.seq IS DISTINCT FROM OLD.seq OR NEW.type IS DISTINCT FROM OLD.type
     OR NEW.data IS DISTINCT FROM OLD.data OR NEW.wallet_id IS DISTINCT FROM OLD.wallet_id
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'events are immutable (only relay_seq is set, once)' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER events_immutable BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_immutable();

-- The relay's single row: locking it (FOR UPDATE SKIP LOCKED) makes one relay transaction run at a time
-- across all worker processes; next_relay_seq is the next publication number.
CREATE TABLE webhook_relay_state (
  id              boolean PRIMARY KEY DEFAULT true CHECK (id),
  next_relay_seq  bigint NOT NULL CHECK (next_relay_seq >= 1),
  relayed_at      timestamptz
);
INSERT INTO webhook_relay_state (id, next_relay_seq) SELECT true, coalesce(max(seq), 0) + 1 FROM events;

-- ---------------------------------------------------------------- endpoints and secrets

CREATE TABLE webhook_endpoints (
  id               uuid PRIMARY KEY,
  url              text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2048),
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  -- event types (`deposit.confirmed`) or groups (`deposit.*`) to receive; empty = every event
  event_types      text[] NOT NULL DEFAULT '{}',
  status           text NOT NULL DEFAULT 'enabled' CHECK (status IN ('enabled', 'disabled')),
  -- manual (API), gone (the endpoint answered 410), failing (no success for the configured period)
  disabled_reason  text CHECK (disabled_reason IN ('manual', 'gone', 'failing')),
  disabled_at      timestamptz,
  -- first failed attempt since the last success; NULL while healthy
  failing_since    timestamptz,
  created_by       uuid REFERENCES api_clients(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'disabled') = (disabled_reason IS NOT NULL)),
  CHECK ((status = 'disabled') = (disabled_at IS NOT NULL))
);
CREATE INDEX webhook_endpoints_enabled ON webhook_endpoints (created_at) WHERE status = 'enabled';

-- Signing secrets, envelope-encrypted under the key backend like wallet seeds (AES-256-GCM, data key
-- wrapped by the KEK, encryption context = the secret id and endpoint id). The current secret has
-- expires_at NULL; a rotated-out secret keeps signing until expires_at (the rotation grace period).
CREATE TABLE webhook_secrets (
  id                uuid PRIMARY KEY,
  endpoint_id       uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  backend           text NOT NULL,
  kek_id            text NOT NULL,
  wrapped_data_key  bytea NOT NULL,
  iv                bytea NOT NULL,
  ciphertext        bytea NOT NULL,
  auth_tag          bytea NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  expires_at        timestamptz
);
CREATE UNIQUE INDEX webhook_secrets_one_current ON webhook_secrets (endpoint_id) WHERE expires_at IS NULL;
CREATE INDEX webhook_secrets_endpoint ON webhook_secrets (endpoint_id, created_at);

-- ---------------------------------------------------------------- deliveries and attempts

-- One delivery per event × endpoint. `round` counts manual redeliveries (1 = the first); attempt_count
-- counts attempts within the round and picks the next delay of the retry schedule.
CREATE TABLE webhook_deliveries (
  id                uuid PRIMARY KEY,
  event_id          uuid NOT NULL REFERENCES events(id),
  endpoint_id       uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  round             integer NOT NULL DEFAULT 1 CHECK (round >= 1),
  attempt_count     integer NOT NULL DEFAULT 0 CHECK (attempt_count >= 0),
  next_attempt_at   timestamptz DEFAULT now(),
  last_attempt_at   timestamptz,
  last_status_code  integer,
  last_error        text,
  delivered_at      timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, endpoint_id),
  CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL)),
  CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

-- Every HTTP request made for a delivery, with what came back (the response body truncated).
CREATE TABLE webhook_attempts (
  id             uuid PRIMARY KEY,
  delivery_id    uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
  round          integer NOT NULL CHECK (round >= 1),
  attempt        integer NOT NULL CHECK (attempt >= 1),
  started_at     timestamptz NOT NULL,
  duration_ms    integer NOT NULL CHECK (duration_ms >= 0),
  status_code    integer,
  success        boolean NOT NULL,
  error          text CHECK (length(error) <= 1000),
  response_body  text CHECK (length(response_body) <= 4096),
  CHECK (NOT success OR (status_code BETWEEN 200 AND 299 AND error IS NULL))
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, started_at);

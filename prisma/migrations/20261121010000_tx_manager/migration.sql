-- Transaction manager: stuck detection, tracking of attempts in the node's pool, cancels.

-- A withdrawal whose replacement would exceed the chain's fee cap is flagged `stuck` (it stays
-- `submitted`); a cancel request is remembered so a re-queued withdrawal is not signed again.
ALTER TABLE withdrawals
  ADD COLUMN stuck boolean NOT NULL DEFAULT false,
  ADD COLUMN stuck_since timestamptz,
  ADD COLUMN cancel_requested_at timestamptz;

-- The head block when an attempt was first accepted by a node (for "not mined after N blocks"), and
-- when the tracker last checked that the node still has it in its pool.
ALTER TABLE tx_attempts
  ADD COLUMN broadcast_block bigint,
  ADD COLUMN last_checked_at timestamptz;

CREATE INDEX withdrawals_in_flight ON withdrawals (chain_id, from_address, nonce) WHERE status IN ('signing', 'submitted');

-- A withdrawal names its hold entry when it is inserted; the entry is written last in the same
-- transaction, so the wallet's balance row (the contended lock) is held for as short a time as possible.
ALTER TABLE withdrawals ALTER CONSTRAINT withdrawals_hold_entry_id_fkey DEFERRABLE INITIALLY DEFERRED;

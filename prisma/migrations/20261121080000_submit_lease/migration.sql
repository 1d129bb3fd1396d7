-- One submit job at a time per (chain, from-address) plans and signs; others return at once and the
-- holder drains the address in successive batches. Purely an efficiency guard: nonce safety rests on the
-- nonce cursor's row lock. A lease of a crashed holder expires.
CREATE TABLE submit_leases (
  chain_id    integer NOT NULL,
  address     text NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
  holder      uuid NOT NULL,
  expires_at  timestamptz NOT NULL,
  PRIMARY KEY (chain_id, address)
);

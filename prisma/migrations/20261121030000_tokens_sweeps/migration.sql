-- ERC-20 tokens, sweeps of deposit addresses and gas top-ups.
--
--  * sweep_policies: per wallet and asset, sweep a deposit address once its confirmed balance reaches
--    `threshold` (base units) into the wallet's hot address or another wallet's hot address;
--  * sweeps: the sweep-specific facts of a withdrawal of kind `sweep` (the deposit address it empties,
--    the gas it was planned with, the top-up that paid for that gas);
--  * at most one sweep in flight per deposit address and one top-up in flight per deposit address
--    (partial unique indexes), so two sweep jobs racing can never plan the same move twice;
--  * a mined token transfer whose receipt has no matching Transfer log is recorded as such
--    (`no_transfer_log`): it is not counted as delivered.

CREATE TABLE sweep_policies (
  wallet_id              uuid NOT NULL REFERENCES wallets(id),
  asset                  text NOT NULL CHECK (asset ~ '^[0-9]+:(native|0x[0-9a-f]{40})$'),
  chain_id               integer NOT NULL,
  threshold              numeric(78,0) NOT NULL CHECK (threshold > 0),
  -- NULL: the wallet's own hot address
  destination_wallet_id  uuid REFERENCES wallets(id),
  enabled                boolean NOT NULL DEFAULT true,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (wallet_id, asset),
  CHECK (split_part(asset, ':', 1)::integer = chain_id)
);
CREATE INDEX sweep_policies_chain ON sweep_policies (chain_id) WHERE enabled;

CREATE TABLE sweeps (
  withdrawal_id             uuid PRIMARY KEY REFERENCES withdrawals(id),
  deposit_address_id        uuid NOT NULL REFERENCES addresses(id),
  destination_wallet_id     uuid NOT NULL REFERENCES wallets(id),
  topup_withdrawal_id       uuid REFERENCES withdrawals(id),
  gas_limit                 numeric(78,0) NOT NULL CHECK (gas_limit > 0),
  max_fee_per_gas           numeric(78,0) NOT NULL CHECK (max_fee_per_gas > 0),
  max_priority_fee_per_gas  numeric(78,0) NOT NULL CHECK (max_priority_fee_per_gas >= 0),
  created_at                timestamptz NOT NULL DEFAULT now(),
  CHECK (max_priority_fee_per_gas <= max_fee_per_gas)
);
CREATE UNIQUE INDEX sweeps_topup ON sweeps (topup_withdrawal_id) WHERE topup_withdrawal_id IS NOT NULL;

CREATE UNIQUE INDEX withdrawals_one_open_sweep ON withdrawals (chain_id, from_address)
  WHERE kind = 'sweep' AND status IN ('pending_approval', 'queued', 'signing', 'submitted', 'mined');
CREATE UNIQUE INDEX withdrawals_one_open_topup ON withdrawals (chain_id, to_address)
  WHERE kind = 'topup' AND status IN ('pending_approval', 'queued', 'signing', 'submitted', 'mined');
CREATE INDEX withdrawals_kind ON withdrawals (kind, id) WHERE kind <> 'withdrawal';

ALTER TABLE tx_attempts DROP CONSTRAINT tx_attempts_receipt_status_check;
ALTER TABLE tx_attempts ADD CONSTRAINT tx_attempts_receipt_status_check
  CHECK (receipt_status IN ('success', 'reverted', 'no_transfer_log'));

-- Key custody backends (aws-kms, pkcs11), single-key wallets and KEK rotation.

-- A wallet's key material is either a sealed seed (hd: data key wrapped by a KEK) or a reference to a
-- key inside the backend with its cached public key (kms-key, hsm-key); never both, never a mix.
ALTER TABLE wallet_secrets ALTER COLUMN kek_id DROP NOT NULL;
ALTER TABLE wallet_secrets ADD CONSTRAINT wallet_secrets_backend CHECK (backend IN ('local', 'aws-kms', 'pkcs11'));
ALTER TABLE wallet_secrets ADD CONSTRAINT wallet_secrets_material CHECK (
  (kek_id IS NOT NULL AND wrapped_data_key IS NOT NULL AND ciphertext IS NOT NULL AND iv IS NOT NULL AND auth_tag IS NOT NULL
     AND key_ref IS NULL AND public_key IS NULL)
  OR
  (key_ref IS NOT NULL AND public_key IS NOT NULL AND octet_length(public_key) = 65
     AND kek_id IS NULL AND wrapped_data_key IS NULL AND ciphertext IS NULL AND iv IS NULL AND auth_tag IS NULL)
);
-- One backend key serves one wallet.
CREATE UNIQUE INDEX wallet_secrets_key_ref ON wallet_secrets (backend, key_ref) WHERE key_ref IS NOT NULL;
-- Rotation walks the data keys not yet under the target KEK in wallet id order.
CREATE INDEX wallet_secrets_kek ON wallet_secrets (backend, kek_id, wallet_id) WHERE kek_id IS NOT NULL;

ALTER TABLE wallets ADD CONSTRAINT wallets_key_backend CHECK (key_backend IN ('local', 'aws-kms', 'pkcs11'));
-- kms-key keys live in AWS KMS, hsm-key keys in the HSM; single-key wallets have no xpub.
ALTER TABLE wallets ADD CONSTRAINT wallets_custody_backend CHECK (
  custody = 'hd'
  OR (custody = 'kms-key' AND key_backend = 'aws-kms' AND xpub IS NULL)
  OR (custody = 'hsm-key' AND key_backend = 'pkcs11' AND xpub IS NULL)
);

-- A KEK rotation: re-wraps every stored data key of `backend` under `target_kek_id`, in wallet id order.
-- `cursor` is the last wallet id done, so a stopped rotation resumes where it was.
CREATE TABLE kek_rotations (
  id             uuid PRIMARY KEY,
  backend        text NOT NULL CHECK (backend IN ('local', 'aws-kms', 'pkcs11')),
  target_kek_id  text NOT NULL,
  status         text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  total          integer NOT NULL CHECK (total >= 0),
  rewrapped      integer NOT NULL DEFAULT 0 CHECK (rewrapped >= 0),
  cursor         uuid,
  last_error     text,
  created_by     uuid REFERENCES api_clients(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  completed_at   timestamptz,
  CHECK ((status = 'completed') = (completed_at IS NOT NULL))
);
-- At most one rotation runs per backend.
CREATE UNIQUE INDEX kek_rotations_one_running ON kek_rotations (backend) WHERE status = 'running';

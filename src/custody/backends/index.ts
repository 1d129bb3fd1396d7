import type { Config } from '../../config'
import { AppError } from '../../lib/errors'
import type { KeyBackend } from '../keyBackend'
import { AwsKmsKeyBackend } from './awsKms'
import { LocalKeyBackend } from './local'
import { Pkcs11KeyBackend } from './pkcs11'

/**
 * The key backend configured by KEY_BACKEND. Nothing is contacted here: KMS calls and the PKCS#11
 * session start with the first operation, so a process starts even while the HSM is briefly away.
 * @throws AppError `config_invalid` when its settings are missing
 */
export function createKeyBackend(config: Config): KeyBackend {
  const c = config.custody
  switch (c.backend) {
    case 'local':
      if (!c.localMasterKey) throw new AppError('config_invalid', 'LOCAL_MASTER_KEY is required for KEY_BACKEND=local')
      return new LocalKeyBackend(c.localMasterKey, c.localPreviousMasterKeys)
    case 'aws-kms':
      if (!c.awsKms) throw new AppError('config_invalid', 'AWS_REGION is required for KEY_BACKEND=aws-kms')
      return new AwsKmsKeyBackend(c.awsKms)
    case 'pkcs11':
      if (!c.pkcs11) throw new AppError('config_invalid', 'PKCS11_MODULE, PKCS11_PIN and PKCS11_TOKEN_LABEL or PKCS11_SLOT are required for KEY_BACKEND=pkcs11')
      return new Pkcs11KeyBackend(c.pkcs11)
  }
}

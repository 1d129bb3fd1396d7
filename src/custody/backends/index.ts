import type { Config } from '../../config'
import { AppError } from '../../lib/errors'
import type { KeyBackend } from '../keyBackend'
import { LocalKeyBackend } from './local'

/**
 * The key backend configured by KEY_BACKEND.
 * @throws AppError `config_invalid` when its settings are missing
 */
export function createKeyBackend(config: Config): KeyBackend {
  switch (config.custody.backend) {
    case 'local':
      if (!config.custody.localMasterKey) throw new AppError('config_invalid', 'LOCAL_MASTER_KEY is required for KEY_BACKEND=local')
      return new LocalKeyBackend(config.custody.localMasterKey)
  }
}

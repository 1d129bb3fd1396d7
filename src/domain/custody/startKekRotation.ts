import { isConstraintViolation, withTx } from '../../db/client'
import { countToRewrap, findRunningKekRotation, insertKekRotation, setRotationStatus } from '../../db/kekRotations'
import { enqueueKekRotation } from '../../jobs/queues'
import { AppError } from '../../lib/errors'
import { newId } from '../../lib/ids'
import type { Deps } from '../deps'
import { kekRotationView, type KekRotationView } from '../views'

/**
 * Starts a KEK rotation: every data key of the configured backend that is not wrapped under the
 * backend's current KEK (AWS KMS: the key AWS_KMS_KEK_KEY_ID names now, e.g. after the alias was moved to a
 * new key; PKCS#11: PKCS11_KEK_LABEL; local: LOCAL_MASTER_KEY) is re-wrapped by a `kek-rotation` job, or
 * inline by the CLI. Seeds are never decrypted; data keys are re-wrapped inside the backend where it can.
 * Until it completes, data keys under earlier KEKs keep working.
 *
 * @param opts.enqueue false when the caller runs the rotation itself (CLI)
 * @returns the rotation (already `completed` when nothing needs re-wrapping)
 * @throws AppError `invalid_state` (409) when a rotation of this backend is running; `existingId` names it
 * @throws AppError `key_backend_unavailable`, `key_unusable` when the current KEK cannot be resolved
 */
export async function startKekRotation(deps: Deps, actor: { clientId: string } | null, opts: { enqueue?: boolean } = {}): Promise<KekRotationView> {
  const backend = deps.custody.backend
  const running = await findRunningKekRotation(deps.db, backend.name)
  if (running) throw runningError(running.id)
  const targetKekId = await backend.currentKekId()
  const total = await countToRewrap(deps.db, backend.name, targetKekId)
  const id = newId()
  let row
  try {
    row = await withTx(deps.db, (tx) => insertKekRotation(tx, { id, backend: backend.name, targetKekId, total, createdBy: actor?.clientId ?? null }))
  } catch (e) {
    if (isConstraintViolation(e, 'kek_rotations_one_running')) {
      const other = await findRunningKekRotation(deps.db, backend.name)
      throw runningError(other?.id ?? 'unknown', e)
    }
    throw e
  }
  if (total === 0) row = (await setRotationStatus(deps.db, id, ['running'], 'completed')) ?? row
  else if (opts.enqueue !== false) await enqueueKekRotation(deps.queues, { rotationId: id })
  deps.logger.info({ rotationId: id, backend: backend.name, targetKekId, total }, 'KEK rotation started')
  return kekRotationView(row)
}

function runningError(existingId: string, cause?: unknown): AppError {
  return new AppError('invalid_state', `KEK rotation ${existingId} is still running; follow it, or resume it if it stopped`, {
    extra: { existingId },
    ...(cause ? { cause } : {}),
  })
}

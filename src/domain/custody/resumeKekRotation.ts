import { getKekRotation, setRotationStatus } from '../../db/kekRotations'
import { isConstraintViolation } from '../../db/client'
import { enqueueKekRotation } from '../../jobs/queues'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import { kekRotationView, type KekRotationView } from '../views'

/**
 * Resumes a KEK rotation that stopped (`failed`) or whose job is gone (`running`): it continues after the
 * last re-wrapped data key.
 *
 * @param opts.enqueue false when the caller runs the rotation itself (CLI)
 * @throws AppError `kek_rotation_not_found`
 * @throws AppError `invalid_state` when it is completed, or another rotation of the backend is running
 */
export async function resumeKekRotation(deps: Deps, rotationId: string, opts: { enqueue?: boolean } = {}): Promise<KekRotationView> {
  const r = await getKekRotation(deps.db, rotationId)
  if (!r) throw new AppError('kek_rotation_not_found', `KEK rotation ${rotationId} does not exist`)
  if (r.status === 'completed') throw new AppError('invalid_state', `KEK rotation ${rotationId} is already completed`)
  let row = r
  if (r.status === 'failed') {
    try {
      row = (await setRotationStatus(deps.db, rotationId, ['failed'], 'running', { lastError: null })) ?? r
    } catch (e) {
      if (isConstraintViolation(e, 'kek_rotations_one_running')) throw new AppError('invalid_state', `another KEK rotation of ${r.backend} is running`, { cause: e })
      throw e
    }
  }
  if (opts.enqueue !== false) await enqueueKekRotation(deps.queues, { rotationId })
  return kekRotationView(row)
}

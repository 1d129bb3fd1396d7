import type { Job } from 'bullmq'
import { KekRotationPayload } from '../../src/jobs/queues'
import { runKekRotation } from '../../src/domain/custody/runKekRotation'
import type { KekRotationView } from '../../src/domain/views'
import type { Deps } from '../../src/domain/deps'

/** `kek-rotation` job: parse → run the rotation to its end; progress is stored per batch. */
export async function processKekRotation(deps: Deps, job: Job): Promise<KekRotationView> {
  const p = KekRotationPayload.parse(job.data)
  return runKekRotation(deps, p.rotationId, { onProgress: (v) => void job.updateProgress({ rewrapped: v.rewrapped, total: v.total }).catch(() => undefined) })
}

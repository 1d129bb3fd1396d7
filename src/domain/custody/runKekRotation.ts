/**
 * Runs a KEK rotation to its end (or until `maxBatches`).
 *
 * Steps per batch, in one database transaction:
 *  1. lock the rotation row (`FOR UPDATE`): concurrent runners (a worker job and the CLI) take turns;
 *  2. read the next data keys after the stored cursor that are not under the target KEK;
 *  3. re-wrap each through the key backend (KMS `ReEncrypt`, PKCS#11 unwrap+wrap inside the HSM, local
 *     AES-GCM); seeds are never touched;
 *  4. store each re-wrapped key only if the row still holds the key it came from, advance the cursor and
 *     the `rewrapped` count, commit.
 * A crash between batches loses nothing: the next run starts after the cursor. When no data key is left
 * under another KEK, the rotation is `completed`; a data key that cannot be re-wrapped (tampered, its KEK
 * gone) stops it as `failed` with the wallet named in `lastError`; resuming retries from there.
 */
import { withTx } from '../../db/client'
import { countToRewrap, getKekRotation, nextToRewrap, recordRotationProgress, setRotationStatus, storeRewrapped } from '../../db/kekRotations'
import { AppError, errorMessage } from '../../lib/errors'
import type { Deps } from '../deps'
import { kekRotationView, type KekRotationView } from '../views'

export interface RunKekRotationOptions {
  /** data keys per transaction (default 50) */
  batchSize?: number
  /** re-wraps in flight at once within a batch (default 4; PKCS#11 serializes them on its session) */
  concurrency?: number
  /** stop after this many batches (the rotation stays `running`, to be resumed) */
  maxBatches?: number
  onProgress?: (view: KekRotationView) => void
}

/**
 * @returns the rotation as it stands when this run stops
 * @throws AppError `kek_rotation_not_found`
 * @throws AppError `key_backend_unavailable` (retryable: the job retries, progress is kept)
 */
export async function runKekRotation(deps: Deps, rotationId: string, opts: RunKekRotationOptions = {}): Promise<KekRotationView> {
  const batchSize = opts.batchSize ?? 50
  const concurrency = opts.concurrency ?? 4
  const backend = deps.custody.backend
  const rotation = await getKekRotation(deps.db, rotationId)
  if (!rotation) throw new AppError('kek_rotation_not_found', `KEK rotation ${rotationId} does not exist`)
  if (rotation.status !== 'running') return kekRotationView(rotation)
  if (rotation.backend !== backend.name) {
    throw new AppError('invalid_state', `KEK rotation ${rotationId} is for key backend ${rotation.backend}; this process runs ${backend.name}`, { retryable: false })
  }
  const current = await backend.currentKekId()
  if (current !== rotation.targetKekId) {
    const failed = await setRotationStatus(deps.db, rotationId, ['running'], 'failed', {
      lastError: `the current KEK is now ${current}, not the rotation's target ${rotation.targetKekId}; start a new rotation`,
    })
    return kekRotationView(failed ?? rotation)
  }

  let repassed = false
  for (let batch = 0; opts.maxBatches === undefined || batch < opts.maxBatches; batch++) {
    const step = await withTx(
      deps.db,
      async (tx) => {
        const locked = await tx.$queryRaw<{ status: string; cursor: string | null }[]>`
          SELECT status, cursor::text AS cursor FROM kek_rotations WHERE id = ${rotationId}::uuid FOR UPDATE`
        const r = locked[0]
        if (!r || r.status !== 'running') return { done: true as const }
        const rows = await nextToRewrap(tx, backend.name, rotation.targetKekId, r.cursor, batchSize)
        if (!rows.length) return { done: true as const, finished: true as const, cursor: r.cursor }
        let stored = 0
        for (let i = 0; i < rows.length; i += concurrency) {
          const chunk = rows.slice(i, i + concurrency)
          const results = await Promise.allSettled(
            chunk.map((row) => backend.rewrapDataKey(row.wrappedDataKey, row.kekId, { walletId: row.walletId }, rotation.targetKekId)),
          )
          for (let j = 0; j < chunk.length; j++) {
            const row = chunk[j]!
            const res = results[j]!
            if (res.status === 'rejected') {
              // Keep what this batch already re-wrapped; stop at the first key that cannot be.
              if (stored) await recordRotationProgress(tx, rotationId, stored, rows[i + j - 1]!.walletId)
              return { done: true as const, error: res.reason as unknown, walletId: row.walletId }
            }
            if (await storeRewrapped(tx, row.walletId, { kekId: row.kekId, wrapped: row.wrappedDataKey }, res.value)) stored++
          }
        }
        await recordRotationProgress(tx, rotationId, stored, rows[rows.length - 1]!.walletId)
        return { done: false as const }
      },
      { timeoutMs: 120_000 },
    )
    if ('error' in step && step.error !== undefined) {
      const e = step.error
      if (e instanceof AppError && e.retryable) throw e
      await setRotationStatus(deps.db, rotationId, ['running'], 'failed', { lastError: `wallet ${step.walletId}: ${errorMessage(e)}` })
      deps.logger.error({ rotationId, walletId: step.walletId, err: errorMessage(e) }, 'KEK rotation stopped: a data key cannot be re-wrapped')
      break
    }
    if ('finished' in step) {
      // Anything left behind the cursor (e.g. restored from a backup) is picked up by another pass.
      if (!repassed && step.cursor !== null && (await countToRewrap(deps.db, backend.name, rotation.targetKekId)) > 0) {
        repassed = true
        await setRotationStatus(deps.db, rotationId, ['running'], 'running', { cursor: null })
        continue
      }
      await setRotationStatus(deps.db, rotationId, ['running'], 'completed')
      deps.logger.info({ rotationId, targetKekId: rotation.targetKekId }, 'KEK rotation completed')
      break
    }
    if (step.done) break
    const now = await getKekRotation(deps.db, rotationId)
    if (now && opts.onProgress) opts.onProgress(kekRotationView(now))
  }
  return kekRotationView((await getKekRotation(deps.db, rotationId))!)
}

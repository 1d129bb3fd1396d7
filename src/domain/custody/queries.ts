/**
 * Read-side use cases of key custody: KEK rotations.
 */
import { getKekRotation, listKekRotations } from '../../db/kekRotations'
import { AppError } from '../../lib/errors'
import type { Deps } from '../deps'
import type { Page } from '../pagination'
import { kekRotationView, type KekRotationView } from '../views'

/** @throws AppError `kek_rotation_not_found` */
export async function getKekRotationView(deps: Deps, id: string): Promise<KekRotationView> {
  const r = await getKekRotation(deps.db, id)
  if (!r) throw new AppError('kek_rotation_not_found', `KEK rotation ${id} does not exist`)
  return kekRotationView(r)
}

export async function listKekRotationViews(deps: Deps, page: Page): Promise<KekRotationView[]> {
  return (await listKekRotations(deps.db, { limit: page.limit, ...(page.cursor ? { before: page.cursor } : {}) })).map(kekRotationView)
}

import { revokeApiKey as revokeRow } from '../../db/apiKeys'
import type { DbOrTx } from '../../db/client'
import { AppError } from '../../lib/errors'
import { apiKeyView, type ApiKeyView } from './queries'

/**
 * Revokes an API key: from the next request on it is refused with 401 `unauthorized`. Revocation is
 * final (the database refuses to undo it) and idempotent (revoking twice keeps the first time).
 *
 * @throws AppError `api_key_not_found`
 */
export async function revokeApiKey(db: DbOrTx, id: string): Promise<ApiKeyView> {
  const k = await revokeRow(db, id)
  if (!k) throw new AppError('api_key_not_found', `API key ${id} does not exist`)
  return apiKeyView(k)
}

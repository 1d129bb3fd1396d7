/**
 * The scheduled reconciliation: every configured chain is reconciled on `RECONCILIATION_CRON` (a
 * BullMQ job scheduler, so that one run happens per tick however many workers run), and runs that
 * Redis lost (still `queued` or `running` in Postgres) are enqueued again. Called at worker start.
 */
import { listOpenReconciliations } from '../../db/reconciliations'
import { enqueueReconcile, scheduleDailyReconciliation } from '../../jobs/queues'
import { errorMessage } from '../../lib/errors'
import type { Deps } from '../deps'

export async function scheduleReconciliations(deps: Deps): Promise<void> {
  const { cron, timezone } = deps.config.reconciliation
  for (const c of deps.config.chains) {
    try {
      await scheduleDailyReconciliation(deps.queues, { chainId: c.chainId }, cron, timezone)
    } catch (e) {
      deps.logger.error({ chainId: c.chainId, cron, timezone, err: errorMessage(e) }, 'could not schedule the reconciliation (check RECONCILIATION_CRON / RECONCILIATION_TZ)')
    }
  }
  const open = await listOpenReconciliations(deps.db)
  for (const r of open) await enqueueReconcile(deps.queues, { reconciliationId: r.id })
  deps.logger.info({ cron, timezone, requeued: open.length }, 'reconciliations scheduled')
}

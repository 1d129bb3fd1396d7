/**
 * The ledger invariants, checked at the end of every integration and e2e suite (in `afterAll`, before
 * the stack stops): a suite that leaves the ledger unbalanced, drifted or with a withdrawal or deposit
 * lacking its exact entries fails, whatever its own tests asserted.
 */
import { createDb, withTx, type Db } from '../../src/db/client'
import { getWallet } from '../../src/db/wallets'
import { creditDeposit } from '../../src/domain/ledger/entries'
import { newId } from '../../src/lib/ids'
import { checkLedger } from '../../src/domain/ledger/checkLedger'
import type { Stack } from './stack'

/**
 * @param target a running stack, a Prisma client, or a database URL
 * @throws Error listing the failed checks with their samples
 */
export async function expectLedgerInvariants(target: Stack | Db | string): Promise<void> {
  const own = typeof target === 'string' ? createDb({ url: target, poolSize: 2 }) : null
  const db: Db = own ?? (typeof target !== 'string' && 'rt' in target ? target.rt.db : (target as Db))
  try {
    const report = await checkLedger({ db })
    const failed = report.checks.filter((c) => c.violations > 0)
    if (failed.length) throw new Error(`ledger invariants violated:\n${JSON.stringify(failed, null, 2)}`)
  } finally {
    await own?.$disconnect()
  }
}

/**
 * Credits a wallet in the ledger directly (a deposit credit entry without an on-chain deposit), for
 * tests and benchmarks that need an available balance but no chain.
 */

export async function creditWallet(db: Db, walletId: string, amount: bigint, chainId = 31337): Promise<void> {
  const w = await getWallet(db, walletId)
  if (!w) throw new Error(`no wallet ${walletId}`)
  await withTx(db, (tx) => creditDeposit(tx, { id: newId(), walletId, chainId, asset: `${chainId}:native`, address: w.hotAddress, amount, blockNumber: 0n }))
}

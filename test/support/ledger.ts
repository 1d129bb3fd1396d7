/**
 * Credits a wallet in the ledger directly (a deposit credit entry without an on-chain deposit), for
 * tests and benchmarks that need an available balance but no chain.
 */
import { withTx, type Db } from '../../src/db/client'
import { getWallet } from '../../src/db/wallets'
import { creditDeposit } from '../../src/domain/ledger/entries'
import { newId } from '../../src/lib/ids'

export async function creditWallet(db: Db, walletId: string, amount: bigint, chainId = 31337): Promise<void> {
  const w = await getWallet(db, walletId)
  if (!w) throw new Error(`no wallet ${walletId}`)
  await withTx(db, (tx) => creditDeposit(tx, { id: newId(), walletId, chainId, asset: `${chainId}:native`, address: w.hotAddress, amount, blockNumber: 0n }))
}

/**
 * Helpers for token tests: deploy the test tokens on an anvil node, send token transfers from anvil's
 * unlocked accounts, read balances, and compare the ledger with the chain.
 */
import { encodeFunctionData, erc20Abi, getAddress, type Abi, type Address, type Hex } from 'viem'
import { deployToken } from './contracts'
import { FUNDER, type Stack, type TestChainClient } from './stack'
import { sql } from './db'

export interface DeployedToken {
  address: Address
  abi: Abi
  symbol: string
  decimals: number
}

/** Deploys a token from anvil's funded account (which holds its whole supply). */
export async function deployTestToken(chain: TestChainClient, kind: 'standard' | 'no-return', symbol: string, decimals = 6): Promise<DeployedToken> {
  const t = await deployToken(chain as never, FUNDER, { kind, symbol, decimals })
  return { ...t, symbol: kind === 'no-return' ? 'NRUSD' : symbol, decimals: kind === 'no-return' ? 6 : decimals }
}

/** `transfer(to, amount)` of a token, sent from an unlocked anvil account. @returns the tx hash */
export async function sendToken(chain: TestChainClient, token: string, to: string, amount: bigint, from: Address = FUNDER): Promise<Hex> {
  return chain.sendTransaction({ account: from, to: getAddress(token), data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [getAddress(to), amount] }), chain: chain.chain })
}

export async function tokenBalanceOf(chain: TestChainClient, token: string, owner: string): Promise<bigint> {
  return chain.readContract({ address: getAddress(token), abi: erc20Abi, functionName: 'balanceOf', args: [getAddress(owner)] })
}

/**
 * Every asset account of the ledger (per custody address and asset) next to the chain's balance at the
 * latest block: native `eth_getBalance` or the token's `balanceOf`.
 */
export async function ledgerVersusChain(s: Stack, chain: TestChainClient, chainId: number): Promise<{ code: string; ledger: bigint; chain: bigint }[]> {
  const rows = await sql<{ code: string; asset: string; address: string; posted: string }>(
    s.db.url,
    `SELECT a.code, a.asset, a.address, (b.posted_debits - b.posted_credits)::text AS posted
       FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id
      WHERE a.type = 'asset' AND a.chain_id = $1 ORDER BY a.code`,
    [chainId],
  )
  const out: { code: string; ledger: bigint; chain: bigint }[] = []
  for (const r of rows) {
    const token = r.asset.split(':')[1]!
    const onChain = token === 'native' ? await chain.getBalance({ address: getAddress(r.address) }) : await tokenBalanceOf(chain, token, r.address)
    out.push({ code: r.code, ledger: BigInt(r.posted), chain: onChain })
  }
  return out
}

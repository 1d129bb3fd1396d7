/**
 * The test tokens, compiled from test/contracts/*.sol with solc-js (the npm `solc` package: the
 * Solidity compiler as WebAssembly, no native binary) and deployed on anvil with viem.
 *
 * - `TestToken`: a plain ERC-20 whose `transfer` returns true, with a `mode` switch to make transfers
 *   revert (1) or return true without moving anything or emitting `Transfer` (2);
 * - `NoReturnToken`: a USDT-style token whose `transfer` returns nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Abi, Address, Hex } from 'viem'

export interface Artifact {
  abi: Abi
  bytecode: Hex
}

let compiled: Record<string, Artifact> | undefined

/** Compiles test/contracts/TestToken.sol once per process. @throws Error with solc's messages */
export function artifacts(): Record<'TestToken' | 'NoReturnToken', Artifact> {
  if (compiled) return compiled as Record<'TestToken' | 'NoReturnToken', Artifact>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const solc = require('solc') as { compile(input: string): string }
  const source = readFileSync(join(__dirname, '../contracts/TestToken.sol'), 'utf8')
  const input = {
    language: 'Solidity',
    sources: { 'TestToken.sol': { content: source } },
    settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'cancun', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  }
  const out = JSON.parse(solc.compile(JSON.stringify(input))) as {
    errors?: { severity: string; formattedMessage: string }[]
    contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>
  }
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))
  const c = out.contracts['TestToken.sol']!
  compiled = Object.fromEntries(Object.entries(c).map(([name, v]) => [name, { abi: v.abi, bytecode: `0x${v.evm.bytecode.object}` as Hex }]))
  return compiled as Record<'TestToken' | 'NoReturnToken', Artifact>
}

/** What deployToken needs of a viem client (a test client with wallet and public actions). */
export interface DeployClient {
  deployContract(args: { abi: Abi; bytecode: Hex; args: readonly unknown[]; account: Address; chain: unknown }): Promise<Hex>
  waitForTransactionReceipt(args: { hash: Hex }): Promise<{ contractAddress?: Address | null | undefined }>
  chain: unknown
}

/**
 * Deploys a test token from `account` (an unlocked anvil account) holding the whole supply.
 *
 * @param kind   `standard` (TestToken) or `no-return` (USDT-style NoReturnToken)
 * @param supply base units minted to `account`
 * @returns the token address (lowercase) and its ABI
 */
export async function deployToken(
  client: DeployClient,
  account: Address,
  opts: { kind?: 'standard' | 'no-return'; symbol?: string; decimals?: number; supply?: bigint } = {},
): Promise<{ address: Address; abi: Abi }> {
  const a = artifacts()
  const supply = opts.supply ?? 10n ** 30n
  const { abi, bytecode } = opts.kind === 'no-return' ? a.NoReturnToken : a.TestToken
  const args = opts.kind === 'no-return' ? [supply] : [opts.symbol ?? 'Test USD', opts.symbol ?? 'TUSD', opts.decimals ?? 6, supply]
  const hash = await client.deployContract({ abi, bytecode, args, account, chain: client.chain })
  const receipt = await client.waitForTransactionReceipt({ hash })
  if (!receipt.contractAddress) throw new Error('token deployment failed')
  return { address: receipt.contractAddress.toLowerCase() as Address, abi }
}

/**
 * The per-asset balance readers that reconciliation uses, against a real anvil node: native balances
 * (`eth_getBalance`) and ERC-20 balances (`balanceOf` by `eth_call`), both at a given block height.
 */
import { createTestClient, http, parseEther, publicActions, walletActions, type Address, type Hex } from 'viem'
import { balanceReaderFor } from '../../src/chain/balances'
import { createChainClients, type ChainPublicClient } from '../../src/chain/clients'
import { startAnvil, type AnvilNode } from '../../src/dev/anvil'
import { FUNDER } from '../support/stack'

let anvil: AnvilNode
let client: ChainPublicClient
let test_: ReturnType<typeof makeTestClient>

function makeTestClient(url: string) {
  return createTestClient({ mode: 'anvil', transport: http(url) }).extend(publicActions).extend(walletActions)
}

beforeAll(async () => {
  anvil = await startAnvil()
  client = createChainClients([{ chainId: 31337, name: 'anvil', rpcUrls: [anvil.url], confirmations: 1, nativeSymbol: 'ETH', nativeDecimals: 18 } as never]).get(31337)!.client
  test_ = makeTestClient(anvil.url)
})
afterAll(async () => {
  await anvil?.stop()
})

const A: Address = '0x00000000000000000000000000000000000000a1'
const B: Address = '0x00000000000000000000000000000000000000b2'

test('native balances are read at the block asked for, for many addresses in order', async () => {
  const before = await client.getBlockNumber()
  await test_.sendTransaction({ account: FUNDER, to: A, value: parseEther('1.5'), chain: null })
  const hB = await test_.sendTransaction({ account: FUNDER, to: B, value: 7n, chain: null })
  // the block that holds the second transfer (and, automining in order, the first)
  const after = (await test_.waitForTransactionReceipt({ hash: hB })).blockNumber
  const reader = balanceReaderFor({ kind: 'native' })
  expect(await reader.read(client, [A, B], before)).toEqual([0n, 0n])
  expect(await reader.read(client, [A, B], after)).toEqual([parseEther('1.5'), 7n])
  const many = Array.from({ length: 1500 }, (_, i) => ('0x' + (i + 1).toString(16).padStart(40, '0')) as Address)
  const balances = await reader.read(client, [A, ...many, B], after)
  expect(balances).toHaveLength(1502)
  expect([balances[0], balances[1501]]).toEqual([parseEther('1.5'), 7n])
})

test('token balances are read with balanceOf at the block asked for', async () => {
  // A stand-in token whose balanceOf(anyone) returns 12345: PUSH32 12345, MSTORE at 0, RETURN 32 bytes.
  const token: Address = '0x0000000000000000000000000000000000070c3e'
  const code = ('0x7f' + (12345).toString(16).padStart(64, '0') + '600052' + '60206000f3') as Hex
  await test_.setCode({ address: token, bytecode: code })
  await test_.mine({ blocks: 1 })
  const at = await client.getBlockNumber()
  expect(await balanceReaderFor({ kind: 'erc20', address: token }).read(client, [A, B], at)).toEqual([12345n, 12345n])
})

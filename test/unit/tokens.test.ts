/**
 * Token configuration and assets, and the ERC-20 wire helpers: calldata, Transfer logs, and when a
 * mined token transfer counts as delivered.
 */
import { encodeAbiParameters, pad, type Hex } from 'viem'
import { loadConfig } from '../../src/config'
import { decodeTransferCalldata, decodeTransferLog, receiptDelivers, TRANSFER_TOPIC, transferCalldata } from '../../src/chain/erc20'
import { listAssets, resolveAsset } from '../../src/domain/assets'

const KEY = 'ab'.repeat(32)
const USDT = '0xdAC17F958D2ee523a2206206994597C13D831ec7'
const HOT = '0x1111111111111111111111111111111111111111'
const ALICE = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'

const config = (chains: unknown[]) => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, CHAINS: JSON.stringify(chains) })

describe('token configuration and assets', () => {
  const c = config([
    { chainId: 1, name: 'mainnet', rpcUrls: ['https://rpc.example'], finality: 'finalized', tokens: [{ address: USDT, symbol: 'USDT', decimals: 6 }] },
    { chainId: 137, name: 'polygon', rpcUrls: ['https://p.example'] },
  ])

  test('tokens are kept lowercase; assets are {chainId}:{address} per chain; finality defaults to confirmations', () => {
    expect(c.chains[0]!.tokens).toEqual([{ address: USDT.toLowerCase(), symbol: 'USDT', decimals: 6 }])
    expect(c.chains.map((x) => x.finality)).toEqual(['finalized', 'confirmations'])
    expect(listAssets(c).map((a) => a.id)).toEqual(['1:native', `1:${USDT.toLowerCase()}`, '137:native'])
    expect(resolveAsset(c, `1:${USDT}`)).toMatchObject({ id: `1:${USDT.toLowerCase()}`, kind: 'erc20', symbol: 'USDT', decimals: 6, address: USDT.toLowerCase() })
  })

  test('a token not configured on that chain is an unknown asset', () => {
    expect(() => resolveAsset(c, `137:${USDT}`)).toThrow(/not configured on chain 137/)
  })

  test('a bad checksum, a duplicate token or a negative decimals are refused at boot', () => {
    const bad = (t: unknown[]) => () => config([{ chainId: 1, name: 'm', rpcUrls: ['https://r.example'], tokens: t }])
    expect(bad([{ address: USDT.replace('d', 'D'), symbol: 'X', decimals: 6 }])).toThrow(/tokens.0.address/)
    expect(bad([{ address: USDT, symbol: 'A', decimals: 6 }, { address: USDT.toLowerCase(), symbol: 'B', decimals: 6 }])).toThrow(/listed twice/)
    expect(bad([{ address: USDT, symbol: 'A', decimals: -1 }])).toThrow(/decimals/)
  })
})

describe('ERC-20 wire helpers', () => {
  const log = (over: Partial<{ address: Hex; topics: Hex[]; data: Hex; removed: boolean }> = {}) => ({
    address: USDT.toLowerCase() as Hex,
    topics: [TRANSFER_TOPIC, pad(HOT as Hex), pad(ALICE as Hex)] as Hex[],
    data: encodeAbiParameters([{ type: 'uint256' }], [5_000_000n]),
    transactionHash: ('0x' + 'aa'.repeat(32)) as Hex,
    logIndex: 3,
    blockNumber: 10n,
    blockHash: ('0x' + 'bb'.repeat(32)) as Hex,
    removed: false,
    ...over,
  })
  const attempt = { fromAddress: HOT, toAddress: USDT.toLowerCase(), data: transferCalldata(ALICE, 5_000_000n) }

  test('transfer calldata round-trips', () => {
    expect(transferCalldata(ALICE, 5n).slice(0, 10)).toBe('0xa9059cbb')
    expect(decodeTransferCalldata(transferCalldata(ALICE, 5n))).toEqual({ to: ALICE, amount: 5n })
    expect(decodeTransferCalldata('0x')).toBeNull()
  })

  test('an ERC-20 Transfer log decodes; ERC-721 (4 topics) and removed logs do not', () => {
    expect(decodeTransferLog(log())).toMatchObject({ token: USDT.toLowerCase(), from: HOT, to: ALICE, value: 5_000_000n, logIndex: 3 })
    expect(decodeTransferLog(log({ topics: [...log().topics, pad('0x01')] }))).toBeNull()
    expect(decodeTransferLog(log({ removed: true }))).toBeNull()
  })

  test('a token transfer is delivered only with a successful receipt holding the matching Transfer log', () => {
    expect(receiptDelivers(attempt, { status: 'success', logs: [log()] })).toBe('success')
    expect(receiptDelivers(attempt, { status: 'reverted', logs: [] })).toBe('reverted')
    expect(receiptDelivers(attempt, { status: 'success', logs: [] })).toBe('no_transfer_log')
    // a log of another token, another amount or another recipient does not count
    expect(receiptDelivers(attempt, { status: 'success', logs: [log({ address: HOT as Hex })] })).toBe('no_transfer_log')
    expect(receiptDelivers(attempt, { status: 'success', logs: [log({ data: encodeAbiParameters([{ type: 'uint256' }], [4_999_999n]) })] })).toBe('no_transfer_log')
    // a native transfer needs only a successful receipt
    expect(receiptDelivers({ fromAddress: HOT, toAddress: ALICE, data: '0x' }, { status: 'success', logs: [] })).toBe('success')
  })
})

import { loadConfig } from '../../src/config'
import { AppError } from '../../src/lib/errors'

const KEY = 'ab'.repeat(32)

describe('configuration', () => {
  test('embedded defaults: one local anvil chain with 1 confirmation, Postgres and Redis on localhost', () => {
    const c = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY })
    expect(c.chains).toHaveLength(1)
    expect(c.chains[0]).toMatchObject({ chainId: 31337, rpcUrls: ['http://127.0.0.1:8545'], confirmations: 1 })
    expect(c.chainsAreDefault).toBe(true)
    expect(c.database.url).toBe('postgresql://postgres@127.0.0.1:5432/custody')
    expect(c.redis.url).toBe('redis://127.0.0.1:6379')
    expect(c.http.port).toBe(3000)
    expect(c.custody.localMasterKey).toEqual(Buffer.from(KEY, 'hex'))
  })

  test('confirmation depth defaults to 12 on chain 1 and can be set per chain', () => {
    const c = loadConfig({
      NODE_ENV: 'test',
      LOCAL_MASTER_KEY: KEY,
      CHAINS: JSON.stringify([
        { chainId: 1, name: 'mainnet', rpcUrls: ['https://rpc.example'] },
        { chainId: 8453, name: 'base', rpcUrls: ['https://a.example', 'https://b.example'], confirmations: 3 },
      ]),
    })
    expect(c.chains.map((x) => x.confirmations)).toEqual([12, 3])
    expect(c.chains[0]!.fees.bumpPercent).toBe(12.5)
    expect(c.chains[0]!.fees.maxFeePerGasCap).toBe(500_000_000_000n)
  })

  test('the local key backend is refused in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', LOCAL_MASTER_KEY: KEY })).toThrow(/development only/)
  })

  test('bad values are reported with their names', () => {
    const err = (() => {
      try {
        loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, PORT: 'eighty', CHAINS: '[{"chainId": -1}]' })
      } catch (e) {
        return e
      }
    })() as AppError
    expect(err).toBeInstanceOf(AppError)
    expect(err.code).toBe('config_invalid')
    expect(err.message).toMatch(/PORT/)
    expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, CHAINS: 'not json' })).toThrow(/CHAINS/)
    expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, CHAINS: '[{"chainId":1,"name":"a","rpcUrls":["ftp://x"]}]' })).toThrow(/CHAINS/)
    expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: 'short' })).toThrow(/32 bytes/)
    expect(() => loadConfig({ NODE_ENV: 'test' })).toThrow(/LOCAL_MASTER_KEY/)
  })
})

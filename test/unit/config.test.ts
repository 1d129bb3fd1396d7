import { loadConfig, policyConfig } from '../../src/config'
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

describe('key backend configuration', () => {
  test('aws-kms needs a region; credentials come as a pair; the endpoint and KEK are read', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', KEY_BACKEND: 'aws-kms' })).toThrow(/AWS_REGION/)
    expect(() => loadConfig({ NODE_ENV: 'production', KEY_BACKEND: 'aws-kms', AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIA' })).toThrow(/together/)
    const c = loadConfig({
      NODE_ENV: 'production',
      REDIS_URL: 'redis://:secret@127.0.0.1:6379',
      KEY_BACKEND: 'aws-kms',
      AWS_REGION: 'eu-west-1',
      AWS_KMS_ENDPOINT: 'https://vpce-1.kms.eu-west-1.vpce.amazonaws.com',
      AWS_KMS_KEK_KEY_ID: 'alias/custody-kek',
    })
    expect(c.custody).toMatchObject({
      backend: 'aws-kms',
      awsKms: { region: 'eu-west-1', endpoint: 'https://vpce-1.kms.eu-west-1.vpce.amazonaws.com', kekKeyId: 'alias/custody-kek', aliasPrefix: 'alias/custody/', timeoutMs: 5000, maxAttempts: 4 },
    })
    expect(c.custody.awsKms!.credentials).toBeUndefined()
    expect(c.custody.localMasterKey).toBeUndefined()
  })

  test('pkcs11 needs a module, a PIN and a token label or slot', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', KEY_BACKEND: 'pkcs11', PKCS11_PIN: '1' })).toThrow(/PKCS11_MODULE/)
    expect(() => loadConfig({ NODE_ENV: 'production', KEY_BACKEND: 'pkcs11', PKCS11_MODULE: '/x.so', PKCS11_TOKEN_LABEL: 't' })).toThrow(/PKCS11_PIN/)
    expect(() => loadConfig({ NODE_ENV: 'production', KEY_BACKEND: 'pkcs11', PKCS11_MODULE: '/x.so', PKCS11_PIN: '1' })).toThrow(/PKCS11_TOKEN_LABEL or PKCS11_SLOT/)
    const c = loadConfig({ NODE_ENV: 'production', REDIS_URL: 'redis://:secret@127.0.0.1:6379', KEY_BACKEND: 'pkcs11', PKCS11_MODULE: '/x.so', PKCS11_PIN: '1', PKCS11_SLOT: '3' })
    expect(c.custody.pkcs11).toEqual({ module: '/x.so', pin: '1', slot: 3, kekLabel: 'custody-kek' })
  })

  test('earlier local master keys are read for rotation', () => {
    const c = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, LOCAL_PREVIOUS_MASTER_KEYS: `${'cd'.repeat(32)}, ${'ef'.repeat(32)}` })
    expect(c.custody.localPreviousMasterKeys.map((k) => k.toString('hex'))).toEqual(['cd'.repeat(32), 'ef'.repeat(32)])
  })
})

describe('production refusals (issue 13, L4 and M2) and the ALLOW_INSECURE opt-in', () => {
  // a production configuration that passes every check; each test breaks one thing
  const SAFE = {
    NODE_ENV: 'production',
    KEY_BACKEND: 'pkcs11',
    PKCS11_MODULE: '/x.so',
    PKCS11_PIN: '1',
    PKCS11_SLOT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: 'postgresql://custody:pw@db.internal:5432/custody?sslmode=verify-full',
    REDIS_URL: 'rediss://default:pw@redis.internal:6380',
  }

  test('the safe baseline starts and lifts nothing', () => {
    expect(loadConfig(SAFE).insecureAllowed).toEqual([])
  })

  test.each([
    ['trust_proxy_all', { TRUST_PROXY: 'true' }, /TRUST_PROXY=true/],
    ['metrics_without_token', { HOST: '0.0.0.0' }, /METRICS_TOKEN is unset/],
    ['metrics_without_token', { HOST: '10.1.2.3' }, /METRICS_TOKEN is unset/],
    ['metrics_without_token', { METRICS_HOST: '0.0.0.0' }, /METRICS_TOKEN is unset/],
    ['database_without_tls', { DATABASE_URL: 'postgresql://custody:pw@db.internal:5432/custody?sslmode=disable' }, /sslmode=disable/],
    ['database_without_tls', { DATABASE_REPLICA_URL: 'postgresql://custody:pw@replica:5432/custody?sslmode=disable' }, /sslmode=disable/],
    ['redis_without_password', { REDIS_URL: 'redis://redis.internal:6379' }, /no password/],
    ['redis_without_password', { REDIS_URL: 'redis://default@redis.internal:6379' }, /no password/],
    ['local_master_key', { LOCAL_MASTER_KEY: KEY }, /LOCAL_MASTER_KEY is set with KEY_BACKEND=pkcs11/],
    ['fee_cap_absurd', { CHAINS: JSON.stringify([{ chainId: 1, name: 'mainnet', rpcUrls: ['https://rpc.example'], fees: { maxFeePerGasCap: '10000000000001', cancelMaxFeePerGasCap: '10000000000001' } }]) }, /fees.maxFeePerGasCap/],
  ] as const)('%s is refused (%j) unless ALLOW_INSECURE names it', (name, change, message) => {
    const env = { ...SAFE, ...change }
    expect(() => loadConfig(env)).toThrow(message)
    expect(() => loadConfig(env)).toThrow(new RegExp(`ALLOW_INSECURE=${name}`))
    // naming another refusal does not help
    const other = name === 'fee_cap_absurd' ? 'trust_proxy_all' : 'fee_cap_absurd'
    expect(() => loadConfig({ ...env, ALLOW_INSECURE: other })).toThrow(message)
    expect(loadConfig({ ...env, ALLOW_INSECURE: `${other}, ${name}` }).insecureAllowed).toEqual([name])
  })

  test('a fee cap of exactly 10,000 gwei, a metrics token with a public HOST, and a hop count are accepted', () => {
    const c = loadConfig({
      ...SAFE,
      HOST: '0.0.0.0',
      METRICS_TOKEN: 'm'.repeat(32),
      TRUST_PROXY: '1',
      CHAINS: JSON.stringify([{ chainId: 1, name: 'mainnet', rpcUrls: ['https://rpc.example'], fees: { maxFeePerGasCap: '10000000000000', cancelMaxFeePerGasCap: '10000000000000' } }]),
    })
    expect(c.insecureAllowed).toEqual([])
    expect(c.http.trustProxy).toBe(1)
  })

  test('ALLOW_INSECURE with an unknown name is refused in every environment', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, ALLOW_INSECURE: 'everything' })).toThrow(/unknown name "everything"/)
  })

  test('outside production nothing is refused (development keeps TRUST_PROXY=true, plain Redis, 0.0.0.0)', () => {
    const c = loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, TRUST_PROXY: 'true', HOST: '0.0.0.0' })
    expect(c.http.trustProxy).toBe(true)
    expect(c.insecureAllowed).toEqual([])
  })

  test('TRUST_PROXY takes a hop count or the proxies\' addresses/CIDRs, and nothing else', () => {
    const t = (v: string) => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, TRUST_PROXY: v }).http.trustProxy
    expect(t('false')).toBe(false)
    expect(t('2')).toBe(2)
    expect(t('10.0.0.0/8, 192.168.1.7,fd00::/8,loopback')).toBe('10.0.0.0/8,192.168.1.7,fd00::/8,loopback')
    for (const bad of ['yes-please', '10.0.0.0/33', '::/129', '10.0.0.1/8/1', 'nginx', '-1']) expect(() => t(bad)).toThrow(/TRUST_PROXY/)
  })

  test('IDEMPOTENCY_LOCK_SECONDS cannot be shorter than the transaction timeout plus its wait (50 s)', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, IDEMPOTENCY_LOCK_SECONDS: '3' })).toThrow(/IDEMPOTENCY_LOCK_SECONDS must be at least 50/)
    expect(loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, IDEMPOTENCY_LOCK_SECONDS: '50' }).idempotency.lockSeconds).toBe(50)
  })
})

describe('withdrawal policy governance (issue 13 M5/H2)', () => {
  test('default-deny and a 1 h cooling-off floor in production, off elsewhere; both switchable', () => {
    expect(policyConfig({}, 'production')).toEqual({ defaultDeny: true, minCoolingOffSeconds: 3600 })
    expect(policyConfig({}, 'development')).toEqual({ defaultDeny: false, minCoolingOffSeconds: 0 })
    expect(policyConfig({ POLICY_DEFAULT_DENY: false, POLICY_MIN_COOLING_OFF_SECONDS: 7200 }, 'production')).toEqual({ defaultDeny: false, minCoolingOffSeconds: 7200 })
    expect(loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, POLICY_DEFAULT_DENY: 'true', POLICY_MIN_COOLING_OFF_SECONDS: '60' }).policies).toEqual({ defaultDeny: true, minCoolingOffSeconds: 60 })
    expect(() => loadConfig({ NODE_ENV: 'test', LOCAL_MASTER_KEY: KEY, POLICY_MIN_COOLING_OFF_SECONDS: '-1' })).toThrow(/POLICY_MIN_COOLING_OFF_SECONDS/)
  })
})

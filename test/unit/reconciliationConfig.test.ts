import { loadConfig } from '../../src/config'

const base = { NODE_ENV: 'test', LOCAL_MASTER_KEY: 'ab'.repeat(32) }

test('the scheduled reconciliation runs daily at 03:00 UTC by default, can be moved, and turned off', () => {
  expect(loadConfig(base).reconciliation).toEqual({ cron: '0 3 * * *', timezone: 'UTC', followerWaitSeconds: 120 })
  expect(loadConfig({ ...base, RECONCILIATION_CRON: '30 1 * * 1-5', RECONCILIATION_TZ: 'Europe/Zurich', RECONCILIATION_FOLLOWER_WAIT_SECONDS: '30' }).reconciliation).toEqual({
    cron: '30 1 * * 1-5',
    timezone: 'Europe/Zurich',
    followerWaitSeconds: 30,
  })
  expect(loadConfig({ ...base, RECONCILIATION_CRON: 'off' }).reconciliation.cron).toBeNull()
  expect(() => loadConfig({ ...base, RECONCILIATION_FOLLOWER_WAIT_SECONDS: '-1' })).toThrow(/RECONCILIATION_FOLLOWER_WAIT_SECONDS/)
})

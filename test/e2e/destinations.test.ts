/**
 * Withdrawal destinations that would burn, lock or circle the funds are refused through the API
 * (issue 13, L1): the zero address, precompiles, system contracts, a configured token contract (the
 * token being sent, or another one of the chain), and a hot or deposit address of this service. Each
 * answer is 422 `destination_refused` with a `reason`, and nothing is written: no withdrawal, no hold,
 * no event. An ordinary address still goes through. Real Postgres, Redis and anvil.
 */
import { getAddress, parseEther, type Address } from 'viem'
import { sql } from '../support/db'
import { fundedWallet, type TestWallet } from '../support/pipeline'
import { tableCounts } from '../support/routeSamples'
import { startStack, type Stack } from '../support/stack'

const CHAIN = 31337
// Configured token contracts: the check needs only the configuration, no deployed code.
const USD = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const EUR = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512'
const ALICE: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

let s: Stack
let wallet: TestWallet
let other: TestWallet
let deposit: string
let otherDeposit: string

beforeAll(async () => {
  const tokens = [
    { address: USD, symbol: 'TUSD', decimals: 6 },
    { address: EUR, symbol: 'TEUR', decimals: 6 },
  ]
  s = await startStack({ chain: { tokens } })
  wallet = await fundedWallet(s, '10')
  other = (await s.call('POST', '/v1/wallets', { label: 'other' })).body
  deposit = (await s.call('POST', `/v1/wallets/${wallet.id}/addresses`, { label: 'customer 1' })).body.address
  otherDeposit = (await s.call('POST', `/v1/wallets/${other.id}/addresses`, {})).body.address
})
afterAll(async () => {
  await s?.stop()
})

let seq = 0
async function request(asset: string, to: string, amount = '1000') {
  return s.call('POST', '/v1/withdrawals', { walletId: wallet.id, asset, to, amount }, { 'Idempotency-Key': `dest-${seq++}` })
}

const pad = (n: number) => getAddress('0x' + n.toString(16).padStart(40, '0'))

test.each([
  ['the zero address', 'native', (): string => pad(0), 'zero_address'],
  ['ecrecover (0x01)', 'native', (): string => pad(1), 'precompile'],
  ['point evaluation (0x0a)', 'native', (): string => pad(0x0a), 'precompile'],
  ['a BLS12-381 precompile (0x11)', 'native', (): string => pad(0x11), 'precompile'],
  ['P256VERIFY (0x100)', 'native', (): string => pad(0x100), 'precompile'],
  ['the EIP-4788 beacon roots contract', 'native', (): string => getAddress('0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02'), 'system_contract'],
  ['the EIP-7002 withdrawal request contract', 'native', (): string => getAddress('0x00000961Ef480Eb55e80D19ad83579A64c007002'), 'system_contract'],
  ['the token contract of the token sent', 'usd', (): string => USD, 'token_contract'],
  ['the token contract, lowercase', 'usd', (): string => USD.toLowerCase(), 'token_contract'],
  ['another configured token contract', 'usd', (): string => EUR, 'token_contract'],
  ['a configured token contract, for ETH', 'native', (): string => USD, 'token_contract'],
  ["the wallet's own hot address", 'native', (): string => wallet.hotAddress, 'custody_address'],
  ["the wallet's own hot address, lowercase", 'native', (): string => wallet.hotAddress.toLowerCase(), 'custody_address'],
  ["a deposit address of the wallet", 'native', (): string => deposit, 'custody_address'],
  ["a deposit address of the wallet, for a token", 'usd', (): string => deposit, 'custody_address'],
  ["another wallet's hot address", 'native', (): string => other.hotAddress, 'custody_address'],
  ["another wallet's deposit address", 'native', (): string => otherDeposit, 'custody_address'],
] as const)('%s (asset %s) is refused: 422 destination_refused with its reason; nothing written', async (_what, kind, to, reason) => {
  const asset = kind === 'native' ? `${CHAIN}:native` : `${CHAIN}:${USD}`
  const before = await tableCounts(s.db.url)
  const r = await request(asset, to())
  expect(r.status).toBe(422)
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(r.body).toMatchObject({ code: 'destination_refused', reason, type: 'urn:custody:problem:destination_refused' })
  expect(await tableCounts(s.db.url)).toEqual(before)
})

test('an ordinary address passes the destination check (ETH: queued; a token: only the balance is missing)', async () => {
  const ok = await request(`${CHAIN}:native`, ALICE, parseEther('0.01').toString())
  expect(ok.status).toBe(201)
  expect(ok.body.status).toBe('queued')
  const token = await request(`${CHAIN}:${USD}`, ALICE)
  expect(token.body.code).toBe('insufficient_balance')
  const [n] = await sql<{ n: number }>(s.db.url, "SELECT count(*)::int AS n FROM withdrawals WHERE kind = 'withdrawal'")
  expect(n!.n).toBe(1)
})

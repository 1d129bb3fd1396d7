/**
 * `npm run demo -- --key <API key>`: walks through the custody story against the live API started by
 * `npm run dev`, printing each step: create a wallet, fund its hot address from an anvil dev account,
 * deposit to a derived address, withdraw, follow confirmations, show balances and ledger entries.
 *
 * Options: --key (or CUSTODY_API_KEY), --api (default http://127.0.0.1:3000), --rpc (default
 * http://127.0.0.1:8545, anvil with its unlocked dev accounts).
 */
import { formatEther, parseEther } from 'viem'

const args = process.argv.slice(2)
const opt = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const API = opt('api', 'http://127.0.0.1:3000')!
const RPC = opt('rpc', 'http://127.0.0.1:8545')!
// eslint-disable-next-line no-restricted-properties -- a stand-alone script, not the service
const KEY = opt('key', process.env.CUSTODY_API_KEY)
const DEV_ACCOUNTS = ['0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC']

const step = (n: number, text: string) => console.log(`\n\x1b[1m${n}. ${text}\x1b[0m`)
const show = (label: string, value: unknown) => console.log(`   ${label.padEnd(18)} ${typeof value === 'string' ? value : JSON.stringify(value)}`)

async function api<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(API + path, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const json = (await res.json()) as any
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${json.code}: ${json.detail}`)
  return json as T
}

async function rpc(method: string, params: unknown[]): Promise<any> {
  const res = await fetch(RPC, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  const json = (await res.json()) as { result?: unknown; error?: { message: string } }
  if (json.error) throw new Error(`${method}: ${json.error.message}`)
  return json.result
}

async function until<T>(what: string, f: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await f()
    if (v) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

async function depositConfirmed(walletId: string, txHash: string) {
  let seen = ''
  return until(`deposit ${txHash}`, async () => {
    const list = await api<{ data: any[] }>('GET', `/v1/deposits?walletId=${walletId}`)
    const d = list.data.find((x) => x.txHash === txHash)
    if (d && d.status !== seen) {
      seen = d.status
      show('deposit', `${d.status} in block ${d.blockNumber}`)
    }
    return d?.status === 'confirmed' ? d : null
  })
}

async function main() {
  if (!KEY) throw new Error('pass the API key printed by `npm run dev`: npm run demo -- --key csk_…')
  step(1, 'Check the service')
  show('ready', await (await fetch(`${API}/readyz`)).json())

  step(2, 'Create an HD wallet (24-word BIP-39 seed, sealed under the key backend; never returned)')
  const wallet = await api('POST', '/v1/wallets', { label: `demo ${new Date().toISOString()}`, custody: 'hd' })
  show('wallet id', wallet.id)
  show('hot address', `${wallet.hotAddress}  (m/44'/60'/0'/0/0)`)
  show('account xpub', wallet.xpub)

  step(3, 'Fund the hot address from anvil dev account #0 (an outside transfer is a deposit too)')
  const fundTx = await rpc('eth_sendTransaction', [{ from: DEV_ACCOUNTS[0], to: wallet.hotAddress, value: '0x' + parseEther('5').toString(16) }])
  show('tx', fundTx)
  await depositConfirmed(wallet.id, fundTx)

  step(4, 'Derive a deposit address for a customer and deposit to it from dev account #1')
  const addr = await api('POST', `/v1/wallets/${wallet.id}/addresses`, { label: 'customer 42', externalId: `cust-42-${Date.now()}` })
  show('deposit address', `${addr.address}  (${addr.path})`)
  const depTx = await rpc('eth_sendTransaction', [{ from: DEV_ACCOUNTS[1], to: addr.address, value: '0x' + parseEther('1').toString(16) }])
  show('tx', depTx)
  await depositConfirmed(wallet.id, depTx)

  step(5, 'Balances from the ledger (strings of wei)')
  for (const b of (await api('GET', `/v1/wallets/${wallet.id}/balances`)).data) show(b.asset, `available ${formatEther(BigInt(b.available))} ETH · pending ${b.pending} · total ${formatEther(BigInt(b.total))} ETH`)

  step(6, 'Withdraw 0.5 ETH to dev account #2 (Idempotency-Key makes retries safe)')
  const idem = crypto.randomUUID()
  const body = { walletId: wallet.id, asset: '31337:native', to: DEV_ACCOUNTS[2], amount: parseEther('0.5').toString() }
  const w = await api('POST', '/v1/withdrawals', body, { 'Idempotency-Key': idem })
  const replay = await api('POST', '/v1/withdrawals', body, { 'Idempotency-Key': idem })
  show('withdrawal id', w.id)
  show('retried request', replay.id === w.id ? 'replayed the same withdrawal (no second one)' : 'DIFFERENT (bug)')
  let status = ''
  const done = await until('withdrawal confirmed', async () => {
    const cur = await api('GET', `/v1/withdrawals/${w.id}`)
    if (cur.status !== status) {
      status = cur.status
      show('status', `${cur.status}${cur.nonce !== null ? `  nonce ${cur.nonce}` : ''}${cur.txHash ? `  tx ${cur.txHash}` : ''}`)
    }
    return ['confirmed', 'failed'].includes(cur.status) ? cur : null
  })

  step(7, 'Confirmations')
  const head = BigInt(await rpc('eth_blockNumber', []))
  show('mined in block', done.blockNumber)
  show('chain head', head.toString())
  show('confirmations', (head - BigInt(done.blockNumber) + 1n).toString())
  show('network fee', `${done.networkFee} wei (booked to the network-fee expense account)`)

  step(8, 'Balances after the withdrawal')
  for (const b of (await api('GET', `/v1/wallets/${wallet.id}/balances`)).data) show(b.asset, `available ${formatEther(BigInt(b.available))} ETH · total ${formatEther(BigInt(b.total))} ETH`)

  step(9, "Ledger: the wallet's accounts and the customer account's journal entries")
  const accounts = (await api('GET', `/v1/ledger/accounts?walletId=${wallet.id}`)).data
  for (const a of accounts) show(a.type, `${a.code}  posted ${a.balances.posted}`)
  const liability = accounts.find((a: any) => a.type === 'liability')
  for (const e of (await api('GET', `/v1/ledger/accounts/${liability.id}/entries`)).data) show(e.event, `${e.kind.padEnd(8)} ${e.amount} (Dr +, Cr −)`)
  const hot = accounts.find((a: any) => a.type === 'asset' && a.address === wallet.hotAddress)
  const onChain = BigInt(await rpc('eth_getBalance', [wallet.hotAddress, 'latest']))
  show('hot on chain', `${onChain} wei; ledger says ${hot.balances.posted}: ${onChain === BigInt(hot.balances.posted) ? 'equal' : 'DIFFERENT'}`)
  console.log('\nDone.')
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`)
  process.exit(1)
})

/**
 * `npm run demo -- --key <API key>`: walks through the custody story against the live API started by
 * `npm run dev`, printing each step: create a wallet, fund its hot address from an anvil dev account,
 * deposit to a derived address, withdraw, follow confirmations, show balances and ledger entries, then
 * put a withdrawal policy on the wallet and take a large withdrawal through two approvals.
 * Every API call goes through the typed client generated from the OpenAPI document (src/client).
 *
 * Options: --key (or CUSTODY_API_KEY), --api (default http://127.0.0.1:3000), --rpc (default
 * http://127.0.0.1:8545, anvil with its unlocked dev accounts).
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { formatEther, parseEther } from 'viem'
import { createCustodyClient, unwrap, type Withdrawal, type WithdrawalPolicy } from '../src/client'

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

const custody = createCustodyClient({ baseUrl: API, apiKey: KEY ?? '' })

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
    const list = await unwrap(custody.GET('/v1/deposits', { params: { query: { walletId } } }))
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
  show('ready', (await custody.GET('/readyz')).data)

  step(2, 'Create an HD wallet (24-word BIP-39 seed, sealed under the key backend; never returned)')
  const wallet = await unwrap(custody.POST('/v1/wallets', { body: { label: `demo ${new Date().toISOString()}`, custody: 'hd' } }))
  show('wallet id', wallet.id)
  show('hot address', `${wallet.hotAddress}  (m/44'/60'/0'/0/0)`)
  show('account xpub', wallet.xpub ?? '')
  const walletId = wallet.id

  step(3, 'Fund the hot address from anvil dev account #0 (an outside transfer is a deposit too)')
  const fundTx = await rpc('eth_sendTransaction', [{ from: DEV_ACCOUNTS[0], to: wallet.hotAddress, value: '0x' + parseEther('5').toString(16) }])
  show('tx', fundTx)
  await depositConfirmed(walletId, fundTx)

  step(4, 'Derive a deposit address for a customer and deposit to it from dev account #1')
  const addr = await unwrap(custody.POST('/v1/wallets/{walletId}/addresses', { params: { path: { walletId } }, body: { label: 'customer 42', externalId: `cust-42-${Date.now()}` } }))
  show('deposit address', `${addr.address}  (${addr.path})`)
  const depTx = await rpc('eth_sendTransaction', [{ from: DEV_ACCOUNTS[1], to: addr.address, value: '0x' + parseEther('1').toString(16) }])
  show('tx', depTx)
  await depositConfirmed(walletId, depTx)

  const balances = async () => (await unwrap(custody.GET('/v1/wallets/{walletId}/balances', { params: { path: { walletId } } }))).data
  step(5, 'Balances from the ledger (strings of wei)')
  for (const b of await balances()) show(b.asset, `available ${formatEther(BigInt(b.available))} ETH · pending ${b.pending} · total ${formatEther(BigInt(b.total))} ETH`)

  step(6, 'Withdraw 0.5 ETH to dev account #2 (Idempotency-Key makes retries safe)')
  const idem = crypto.randomUUID()
  const body = { walletId, asset: '31337:native', to: DEV_ACCOUNTS[2]!, amount: parseEther('0.5').toString() }
  const w = await unwrap(custody.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': idem } }, body }))
  const replay = await custody.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': idem } }, body })
  show('withdrawal id', w.id)
  show('retried request', replay.data?.id === w.id && replay.response.headers.get('idempotent-replayed') === 'true' ? 'replayed the same withdrawal (no second one)' : 'DIFFERENT (bug)')
  const done = await follow(w.id)

  step(7, 'Confirmations')
  const head = BigInt(await rpc('eth_blockNumber', []))
  show('mined in block', done.blockNumber ?? '')
  show('chain head', head.toString())
  show('confirmations', (head - BigInt(done.blockNumber ?? '0') + 1n).toString())
  show('network fee', `${done.networkFee} wei (booked to the network-fee expense account)`)

  step(8, 'Balances after the withdrawal')
  for (const b of await balances()) show(b.asset, `available ${formatEther(BigInt(b.available))} ETH · total ${formatEther(BigInt(b.total))} ETH`)

  step(9, "Ledger: the wallet's accounts and the customer account's journal entries")
  const accounts = (await unwrap(custody.GET('/v1/ledger/accounts', { params: { query: { walletId } } }))).data
  for (const a of accounts) show(a.type, `${a.code}  posted ${a.balances.posted}`)
  const liability = accounts.find((a) => a.type === 'liability')!
  for (const e of (await unwrap(custody.GET('/v1/ledger/accounts/{accountId}/entries', { params: { path: { accountId: liability.id } } }))).data) show(e.event, `${e.kind.padEnd(8)} ${e.amount} (Dr +, Cr −)`)
  const hot = accounts.find((a) => a.type === 'asset' && a.address === wallet.hotAddress)!
  const onChain = BigInt(await rpc('eth_getBalance', [wallet.hotAddress, 'latest']))
  show('hot on chain', `${onChain} wei; ledger says ${hot.balances.posted}: ${onChain === BigInt(hot.balances.posted) ? 'equal' : 'DIFFERENT'}`)

  step(10, 'A withdrawal policy: at most 2 ETH per withdrawal, and above 1 ETH two approvers must agree')
  // A first policy only tightens (outside production, no policy means allowed): it applies at once (200).
  const policy = (await unwrap(
    custody.PUT('/v1/wallets/{walletId}/policies/{asset}', {
      params: { path: { walletId, asset: '31337:native' } },
      body: { maxPerTransaction: parseEther('2').toString(), approvalThreshold: parseEther('1').toString(), approvalsRequired: 2 },
    }),
  )) as WithdrawalPolicy
  show('policy', `version ${policy.version}: max ${formatEther(BigInt(policy.maxPerTransaction!))} ETH, approvals above ${formatEther(BigInt(policy.approvalThreshold!))} ETH: ${policy.approvalsRequired}`)
  const tooBig = await custody.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': crypto.randomUUID() } }, body: { ...body, amount: parseEther('3').toString() } })
  show('3 ETH', `${tooBig.response.status} ${tooBig.error?.code}: ${tooBig.error?.detail}`)
  const big = await unwrap(custody.POST('/v1/withdrawals', { params: { header: { 'idempotency-key': crypto.randomUUID() } }, body: { ...body, amount: parseEther('1.5').toString() } }))
  show('1.5 ETH', `${big.status} (${big.policyDecision?.rules.find((r) => r.rule === 'approval')?.detail})`)

  step(11, 'Two approver keys (scope `approver`, each approved by a second admin identity) approve it; the requesting key could not')
  const own = await custody.POST('/v1/withdrawals/{withdrawalId}/approve', { params: { path: { withdrawalId: big.id } }, body: {} })
  show('own approval', `${own.response.status} ${own.error?.code}`)
  // A key with `approver` minted through the API waits for an admin of another identity: the operator
  // CLI (database access) creates that second admin, as a deployment sets up its first admins.
  const cli = spawnSync(resolve(__dirname, '../node_modules/.bin/tsx'), [resolve(__dirname, '../src/cli/index.ts'), 'api-keys', 'create', '--name', 'demo second admin', '--scopes', 'admin', '--identity', `demo-admin-${Date.now()}`], { encoding: 'utf8' })
  if (cli.status !== 0) throw new Error(`npm run cli -- api-keys create failed: ${cli.stderr}`)
  const secondAdmin = JSON.parse(cli.stdout) as { id: string; key: string }
  const checker = createCustodyClient({ baseUrl: API, apiKey: secondAdmin.key })
  for (const name of ['approver 1', 'approver 2']) {
    const k = await unwrap(custody.POST('/v1/admin/api-keys', { params: { header: {} }, body: { name: `demo ${name}`, scopes: ['approver'], approverIdentity: `demo ${name} ${Date.now()}` } }))
    const approver = createCustodyClient({ baseUrl: API, apiKey: k.key })
    const early = await approver.POST('/v1/withdrawals/{withdrawalId}/approve', { params: { path: { withdrawalId: big.id } }, body: {} })
    show(`${name} minted`, `${k.status}; before approval: ${early.response.status} ${early.error?.code}`)
    await unwrap(checker.POST('/v1/admin/api-keys/{keyId}/approve', { params: { path: { keyId: k.id } } }))
    const after = await unwrap(approver.POST('/v1/withdrawals/{withdrawalId}/approve', { params: { path: { withdrawalId: big.id } }, body: { comment: `checked by ${name}` } }))
    show(name, `approved → ${after.status} (${after.approvals?.length}/${after.approvalsRequired})`)
    await unwrap(custody.POST('/v1/admin/api-keys/{keyId}/revoke', { params: { path: { keyId: k.id } } }))
  }
  await unwrap(custody.POST('/v1/admin/api-keys/{keyId}/revoke', { params: { path: { keyId: secondAdmin.id } } }))
  await follow(big.id)

  step(12, 'The audit log: who did what, from where, with what result')
  for (const e of (await unwrap(custody.GET('/v1/audit-events', { params: { query: { limit: 8 } } }))).data.reverse()) {
    show(e.operation, `${e.result.status}${e.result.code ? ' ' + e.result.code : ''}  key ${e.actor.apiKeyId?.slice(0, 8)}…  from ${e.ip}`)
  }
  console.log('\nDone.')
}

async function follow(id: string): Promise<Withdrawal> {
  let status = ''
  return until('withdrawal confirmed', async () => {
    const cur = await unwrap(custody.GET('/v1/withdrawals/{withdrawalId}', { params: { path: { withdrawalId: id } } }))
    if (cur.status !== status) {
      status = cur.status
      show('status', `${cur.status}${cur.nonce !== null ? `  nonce ${cur.nonce}` : ''}${cur.txHash ? `  tx ${cur.txHash}` : ''}`)
    }
    return ['confirmed', 'failed'].includes(cur.status) ? cur : null
  })
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`)
  process.exit(1)
})

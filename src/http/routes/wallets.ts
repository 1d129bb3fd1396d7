import { z } from 'zod'
import { createDepositAddress } from '../../domain/wallets/createDepositAddress'
import { createWallet } from '../../domain/wallets/createWallet'
import { getWalletBalances, getWalletView, listAddressViews, listWalletViews } from '../../domain/wallets/queries'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { Balance, DepositAddress, ExternalId, listOf, PageQuery, Text, Uuid, Wallet } from '../schemas'

const WalletParams = z.strictObject({ walletId: Uuid.meta({ description: 'Wallet id' }) })

const CreateWalletBody = z
  .strictObject({
    label: Text(200).meta({ description: 'Name of the wallet', example: 'Exchange hot wallet' }),
    custody: z.enum(['hd', 'kms-key', 'hsm-key']).default('hd').meta({
      description:
        '`hd`: BIP-39 seed sealed under the key backend, with deposit addresses; `kms-key` (KEY_BACKEND=aws-kms) / `hsm-key` (KEY_BACKEND=pkcs11): one secp256k1 key inside AWS KMS or the HSM, one address',
      example: 'hd',
    }),
    keyRef: z.string().min(1).max(2048).optional().meta({
      description: 'Adopt an existing key instead of creating one: a KMS key id, ARN or alias (`kms-key`), or the CKA_LABEL of a non-extractable secp256k1 key pair in the token (`hsm-key`)',
      example: 'alias/treasury-signer',
    }),
  })
  .meta({ id: 'CreateWalletRequest', description: 'A new wallet' })

const CreateAddressBody = z
  .strictObject({
    label: Text(200).optional().meta({ description: 'Your label for the address', example: 'customer 42' }),
    externalId: ExternalId.optional().meta({ description: 'Your id for this address; unique within the wallet', example: 'cust-42' }),
  })
  .meta({ id: 'CreateAddressRequest', description: 'A new deposit address; the body may be empty' })

export const walletRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/wallets',
    operationId: 'createWallet',
    summary: 'Create a wallet',
    description:
      'Creates a wallet. For `hd` custody a 24-word BIP-39 seed is generated and sealed (never returned or stored in clear); the response shows the hot address and the account xpub. For `kms-key` / `hsm-key` a secp256k1 key is created inside AWS KMS or the HSM (or adopted with `keyRef`) and its address returned. The key backend is recorded with the wallet.',
    tags: ['Wallets'],
    scope: 'wallets:write',
    idempotency: 'optional',
    body: CreateWalletBody,
    responses: { 201: { description: 'The wallet', schema: Wallet } },
    errors: ['custody_not_supported', 'invalid_state', 'key_backend_failed', 'key_backend_unavailable', 'key_unusable'],
    async handler({ deps, body, principal }) {
      return { status: 201, body: await createWallet(deps, body, principal) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets',
    operationId: 'listWallets',
    summary: 'List wallets',
    tags: ['Wallets'],
    scope: 'wallets:read',
    query: PageQuery,
    responses: { 200: { description: 'A page of wallets, newest first', schema: listOf(Wallet, 'WalletList') } },
    async handler({ deps, query }) {
      const items = await listWalletViews(deps, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (w) => w.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}',
    operationId: 'getWallet',
    summary: 'Get a wallet',
    tags: ['Wallets'],
    scope: 'wallets:read',
    params: WalletParams,
    responses: { 200: { description: 'The wallet', schema: Wallet } },
    errors: ['wallet_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getWalletView(deps, params.walletId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/wallets/{walletId}/addresses',
    operationId: 'createDepositAddress',
    summary: 'Derive the next deposit address',
    description: "Derives m/44'/60'/0'/0/i (i = 1, 2, …) from the wallet's account xpub. No secret is used.",
    tags: ['Wallets'],
    scope: 'wallets:write',
    idempotency: 'optional',
    params: WalletParams,
    body: CreateAddressBody,
    responses: { 201: { description: 'The new deposit address', schema: DepositAddress } },
    errors: ['wallet_not_found', 'external_id_conflict', 'invalid_state'],
    async handler({ deps, params, body }) {
      return { status: 201, body: await createDepositAddress(deps, params.walletId, body) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}/addresses',
    operationId: 'listWalletAddresses',
    summary: "List a wallet's addresses",
    tags: ['Wallets'],
    scope: 'wallets:read',
    params: WalletParams,
    query: PageQuery,
    responses: { 200: { description: 'A page of addresses, newest first', schema: listOf(DepositAddress, 'WalletAddressList') } },
    errors: ['wallet_not_found'],
    async handler({ deps, params, query }) {
      const items = await listAddressViews(deps, params.walletId, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (a) => a.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/wallets/{walletId}/balances',
    operationId: 'getWalletBalances',
    summary: "Get a wallet's balances",
    description: 'Per configured asset, from the ledger: `total` credited, `pending` on hold for withdrawals in flight, `available` = total − pending. Strings of base units.',
    tags: ['Wallets'],
    scope: 'wallets:read',
    params: WalletParams,
    responses: { 200: { description: 'Balances per asset', schema: z.object({ data: z.array(Balance).meta({ description: 'One balance per configured asset' }) }).meta({ id: 'BalanceList', description: "A wallet's balances" }) } },
    errors: ['wallet_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: { data: await getWalletBalances(deps, params.walletId) } }
    },
  }),
]

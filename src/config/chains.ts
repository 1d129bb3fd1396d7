import { isAddress } from 'viem'
import { z } from 'zod'

/**
 * Chain configuration: one entry per EVM chain the service follows and sends on.
 *
 * Amounts (fee caps) are strings of wei so that values above 2^53 survive JSON.
 */

const weiString = z
  .union([z.string().regex(/^\d+$/, 'must be an integer string of wei'), z.number().int().nonnegative()])
  .transform((v) => BigInt(v))

export const FeePolicySchema = z.object({
  /** Minimum increase of both fee fields on a replacement, in percent. Nodes require >= 10. */
  bumpPercent: z.number().min(10).max(1000).default(12.5),
  /** An attempt not mined after this many blocks is replaced with bumped fees. */
  bumpAfterBlocks: z.number().int().min(1).default(3),
  /** ... or after this many seconds, whichever comes first. */
  bumpAfterSeconds: z.number().int().min(1).default(60),
  /** Highest `maxFeePerGas` (wei) of first attempts, speed-ups and automatic bumps (cancels: see below). */
  maxFeePerGasCap: weiString.default(500_000_000_000n),
  /**
   * A broadcast attempt not seen for this many seconds is checked against the node's pool
   * (`eth_getTransactionByHash`) and re-sent as is when the node no longer has it.
   */
  rebroadcastAfterSeconds: z.number().int().min(1).default(15),
  /** Multiplier (percent) applied to the node's `maxFeePerGas` estimate for first attempts. */
  feeMultiplierPercent: z.number().int().min(100).max(1000).default(100),
  // --- replacement bounds (issue 13, C1/H1): every signed fee and gas limit is bounded by these ---
  /**
   * A cancel (and any automatic bump after a cancel was requested, and a nonce fill) pays at most
   * max(`maxFeePerGasCap`, this percent × the current market `maxFeePerGas`), and never more than
   * `cancelMaxFeePerGasCap`.
   */
  cancelFeeCeilingPercent: z.number().int().min(100).max(1000).default(300),
  /** Absolute hard cap (wei per gas) of a cancel's `maxFeePerGas`, whatever the market says. */
  cancelMaxFeePerGasCap: weiString.default(2_000_000_000_000n),
  /**
   * At most one new replacement (cancel, speed-up or automatic bump) per nonce per this many seconds,
   * measured from the newest attempt of the nonce (database clock). Replacements after a node refused
   * an attempt (fee too low, intrinsic gas too low) are exempt.
   */
  minReplacementIntervalSeconds: z.number().int().min(0).max(3600).default(15),
  /** Highest gas limit of a native transfer (to a contract: estimate + 20 %); above it the withdrawal fails `gas_limit_exceeded`. */
  maxGasLimitNative: z.number().int().min(21_000).max(30_000_000).default(150_000),
  /** Highest gas limit of an ERC-20 `transfer`; above it the withdrawal fails `gas_limit_exceeded`. */
  maxGasLimitToken: z.number().int().min(21_000).max(30_000_000).default(250_000),
  /**
   * Optional highest network fee (wei) one withdrawal may commit to: gas limit × `maxFeePerGas` of its
   * transaction. Above it at signing the withdrawal waits `queued` (reason `network_fee_exceeded`);
   * replacements are clamped to it. Unset: bounded by the gas-limit ceilings × the fee caps.
   */
  maxNetworkFeeWei: weiString.optional(),
})
  .superRefine((f, ctx) => {
    if (f.cancelMaxFeePerGasCap < f.maxFeePerGasCap) {
      ctx.addIssue({ code: 'custom', path: ['cancelMaxFeePerGasCap'], message: 'must be at least maxFeePerGasCap (a cancel must be able to outbid the transfer it replaces)' })
    }
  })
export type FeePolicy = z.infer<typeof FeePolicySchema>

/** An ERC-20 token (EIP-20) the service accepts deposits of and sends, on one chain. */
export const TokenConfigSchema = z.object({
  /** token contract; checksummed (EIP-55) or all lowercase; kept lowercase */
  address: z
    .string()
    .refine((a) => isAddress(a, { strict: true }), 'must be a 20-byte address (EIP-55 checksum or all lowercase)')
    .transform((a) => a.toLowerCase() as `0x${string}`),
  symbol: z.string().min(1).max(32),
  /** base units per whole token = 10^decimals (6 for USDT/USDC, 18 for most) */
  decimals: z.number().int().min(0).max(36),
})
export type TokenConfig = z.infer<typeof TokenConfigSchema>

export const ChainConfigSchema = z
  .object({
    chainId: z.number().int().positive(),
    name: z.string().min(1),
    /** JSON-RPC URLs, tried in order with failover. */
    rpcUrls: z.array(z.url({ protocol: /^(https?|wss?)$/ })).min(1),
    /**
     * Blocks a transaction needs on top of it (counting its own block) before it is final:
     * a tx in the head block has 1 confirmation. Defaults: 1 for the local chain 31337, 12 otherwise.
     */
    confirmations: z.number().int().min(1).max(1000).optional(),
    /**
     * What makes a block final: `confirmations` (the depth above) or `finalized` (the node's
     * `finalized` block tag, for proof-of-stake chains with finality; a block is final once the
     * node's finalized block is at or above it).
     */
    finality: z.enum(['confirmations', 'finalized']).default('confirmations'),
    /** ERC-20 tokens of this chain (assets `{chainId}:{address}`). */
    tokens: z.array(TokenConfigSchema).default([]),
    nativeSymbol: z.string().min(1).default('ETH'),
    nativeDecimals: z.number().int().min(0).max(36).default(18),
    /** How often (ms) the chain follower polls for new blocks. */
    pollIntervalMs: z.number().int().min(50).default(1000),
    /** Most blocks the follower scans in one job run when catching up. */
    maxBlocksPerRun: z.number().int().min(1).default(100),
    /** Blocks fetched, matched and committed together (one database transaction) while catching up. */
    scanBatchBlocks: z.number().int().min(1).max(1000).default(20),
    /**
     * Widest block range of one `eth_getLogs` call. Nodes limit ranges (and results); a refused
     * range is split in halves and retried, and the narrower size is kept for the next calls.
     */
    logsMaxRange: z.number().int().min(1).default(1000),
    /** How often (ms) the sweep job of this chain looks for deposit addresses to sweep. */
    sweepIntervalMs: z.number().int().min(100).default(60_000),
    /** Where the follower starts the first time: `latest` (the head at first start) or a block number. */
    startBlock: z.union([z.literal('latest'), z.number().int().nonnegative()]).default('latest'),
    fees: FeePolicySchema.default(FeePolicySchema.parse({})),
  })
  .transform((c) => ({ ...c, confirmations: c.confirmations ?? (c.chainId === 31337 ? 1 : 12) }))
  .superRefine((c, ctx) => {
    const seen = new Set<string>()
    for (const [i, t] of c.tokens.entries()) {
      if (seen.has(t.address)) ctx.addIssue({ code: 'custom', path: ['tokens', i, 'address'], message: `token ${t.address} is listed twice` })
      seen.add(t.address)
    }
  })

export type ChainConfig = z.infer<typeof ChainConfigSchema>

/** The embedded default: a local anvil chain, which `npm run dev` starts. */
export const DEFAULT_LOCAL_CHAIN = {
  chainId: 31337,
  name: 'anvil',
  rpcUrls: ['http://127.0.0.1:8545'],
  confirmations: 1,
}

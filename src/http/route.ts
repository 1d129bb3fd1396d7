/**
 * Route definitions: one declaration per operation drives both express and the OpenAPI document.
 */
import type { Request } from 'express'
import type { z } from 'zod'
import type { DbTx } from '../db/client'
import type { Deps } from '../domain/deps'
import type { Principal, Scope } from '../domain/apiKeys/apiKeys'
import type { ErrorCode } from '../lib/errors'
import type { Logger } from '../lib/logger'

export type HttpMethod = 'get' | 'post' | 'delete' | 'patch' | 'put'

export interface IdempotencyContext {
  key: string
  clientId: string
  /**
   * Returns a callback that stores `status` and the response body in the caller's database
   * transaction: the response is committed atomically with the request's effects.
   */
  within(status: number): (tx: DbTx, body: unknown) => Promise<void>
}

export interface RouteContext<P, Q, B> {
  deps: Deps
  params: P
  query: Q
  body: B
  principal: Principal | null
  requestId: string
  log: Logger
  idempotency: IdempotencyContext | null
  req: Request
}

export interface RouteResult {
  status: number
  /** JSON body */
  body?: unknown
  /** non-JSON body (HTML, JS), sent as is */
  raw?: { contentType: string; data: string | Buffer }
  /** a body produced piece by piece (exports): sent with backpressure, never held whole in memory */
  stream?: { contentType: string; filename?: string; body: AsyncIterable<string | Buffer> }
  headers?: Record<string, string>
}

export interface ResponseDef {
  description: string
  schema?: z.ZodType
  /** the body is one of these non-JSON media types (a streamed export), documented as text */
  mediaTypes?: string[]
}

export interface RouteDef<
  PS extends z.ZodType = z.ZodType,
  QS extends z.ZodType = z.ZodType,
  BS extends z.ZodType = z.ZodType,
> {
  method: HttpMethod
  /** OpenAPI path template, e.g. `/v1/wallets/{walletId}` */
  path: string
  operationId: string
  summary: string
  description?: string
  tags: string[]
  /** scope required; null for public routes (health checks, the spec) */
  scope: Scope | null
  /** `required`: money-moving POST (400 without the header); `optional`: honoured when sent */
  idempotency?: 'required' | 'optional'
  params?: PS
  query?: QS
  body?: BS
  responses: Record<number, ResponseDef>
  /**
   * Reporting read that may be served by the read replica (DATABASE_REPLICA_URL) when one is configured:
   * its handler's `deps.db` is then the replica's client. Only for reads whose callers accept replication
   * lag; authentication, rate limits and every money-moving or read-your-writes route stay on the primary.
   */
  readReplica?: true
  /**
   * members of the response that are secrets shown once (e.g. a new API key): the response is sent with
   * `Cache-Control: no-store`, an idempotency record stores it without them, and a replay is refused with
   * 409 `idempotency_response_withheld` instead of returning the response again
   */
  secretFields?: readonly string[]
  /** error codes this operation may return (documented in the spec) */
  errors?: ErrorCode[]
  handler(ctx: RouteContext<z.output<PS>, z.output<QS>, z.output<BS>>): Promise<RouteResult>
}

/** Declares a route with types inferred from its schemas. */
export function defineRoute<PS extends z.ZodType = z.ZodType, QS extends z.ZodType = z.ZodType, BS extends z.ZodType = z.ZodType>(
  def: RouteDef<PS, QS, BS>,
): RouteDef {
  return def as unknown as RouteDef
}

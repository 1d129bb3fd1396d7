/**
 * The HTTP client of webhook deliveries.
 *
 * Steps of one POST:
 *  1. vet the URL again (scheme, DNS, every address allowed: see urlPolicy.ts);
 *  2. connect to a vetted address only (the socket's DNS lookup is answered from step 1, so a name that
 *     rebinds to a private address between the check and the connection cannot be reached);
 *  3. send the body with the Standard Webhooks headers, no redirects followed (3xx is a failure);
 *  4. keep the status and a few selected headers (RESPONSE_HEADERS) of the answer for the delivery log;
 *     the body is read and thrown away, and only an endpoint that opted in (`storeResponseBody`, set by
 *     an admin key) keeps an excerpt of at most RESPONSE_BODY_LIMIT characters: the log must not be a
 *     way to read what an address inside WEBHOOK_ALLOWED_NETWORKS answers (SSRF read channel);
 *  5. give up after the timeout (15 s by default) for the whole exchange.
 * It never throws: every outcome is a {@link PostResult}. Keep-alive connections are pooled per origin.
 */
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { AppError, errorMessage } from '../../lib/errors'
import { parseRetryAfter } from './retrySchedule'
import type { ResolvedAddress, UrlGuard } from './urlPolicy'

/** Characters of a response body kept in the delivery log, for an endpoint that opted in. */
export const RESPONSE_BODY_LIMIT = 1024
/** Response headers kept in the delivery log (lowercase), each value cut to RESPONSE_HEADER_VALUE_LIMIT characters. */
export const RESPONSE_HEADERS = ['content-type', 'content-length', 'retry-after', 'x-request-id'] as const
const RESPONSE_HEADER_VALUE_LIMIT = 200
/** Bytes of a response read before the connection is dropped. */
const RESPONSE_READ_LIMIT = 64 * 1024

export interface PostResult {
  /** HTTP status, null when no response came (refused URL, network error, timeout) */
  statusCode: number | null
  /** why the attempt failed without a response, or null */
  error: string | null
  /** wall time of the attempt, ms */
  durationMs: number
  /** the start of the response body (≤ RESPONSE_BODY_LIMIT characters), only when asked for (`keepBody`) */
  responseBody: string | null
  /** the RESPONSE_HEADERS the answer had; null when no response came */
  responseHeaders: Record<string, string> | null
  /** the receiver's Retry-After, ms */
  retryAfterMs?: number
}

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })))
    else callback(null, addresses[0]!.address, addresses[0]!.family)
  }) as unknown as LookupFunction
}

/** The RESPONSE_HEADERS of an answer, values cut to a bounded length. */
function selectedHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of RESPONSE_HEADERS) {
    const v = headers[name]
    if (v !== undefined) out[name] = (Array.isArray(v) ? v.join(', ') : v).slice(0, RESPONSE_HEADER_VALUE_LIMIT)
  }
  return out
}

function describeError(e: unknown): string {
  const code = (e as { code?: string }).code
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed while sending',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
  }
  return (code && known[code]) ?? errorMessage(e).slice(0, 300)
}

export class WebhookHttpClient {
  private readonly httpAgent: http.Agent
  private readonly httpsAgent: https.Agent

  /**
   * @param guard               URL policy (with its resolver)
   * @param maxSocketsPerOrigin most open connections to one origin
   */
  constructor(
    private readonly guard: UrlGuard,
    maxSocketsPerOrigin: number,
  ) {
    const opts = { keepAlive: true, maxSockets: maxSocketsPerOrigin, maxFreeSockets: maxSocketsPerOrigin, timeout: 60_000 }
    this.httpAgent = new http.Agent(opts)
    this.httpsAgent = new https.Agent(opts)
  }

  /**
   * POSTs `body` to `rawUrl`.
   *
   * @param headers   extra headers (webhook-id, webhook-timestamp, webhook-signature)
   * @param timeoutMs limit for the whole exchange
   * @param opts.keepBody keep an excerpt of the response body (the endpoint opted in); default false
   */
  async post(rawUrl: string, headers: Record<string, string>, body: string, timeoutMs: number, opts: { keepBody?: boolean } = {}): Promise<PostResult> {
    const keepBody = opts.keepBody === true
    const started = performance.now()
    const elapsed = () => Math.max(0, Math.round(performance.now() - started))
    let vetted
    try {
      vetted = await this.guard.vet(rawUrl)
    } catch (e) {
      const msg = e instanceof AppError ? e.message : describeError(e)
      return { statusCode: null, error: `refused: ${msg}`, durationMs: elapsed(), responseBody: null, responseHeaders: null }
    }
    const { url, addresses } = vetted
    const secure = url.protocol === 'https:'
    const payload = Buffer.from(body, 'utf8')
    return new Promise<PostResult>((resolve) => {
      let settled = false
      const finish = (r: Omit<PostResult, 'durationMs'>) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve({ ...r, durationMs: elapsed() })
      }
      const req = (secure ? https : http).request({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port || (secure ? 443 : 80),
        path: url.pathname + url.search,
        agent: secure ? this.httpsAgent : this.httpAgent,
        lookup: pinnedLookup(addresses),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(payload.length),
          'user-agent': 'custody-backend-webhooks/1',
        },
      })
      // The deadline covers the DNS check above as well.
      const timer = setTimeout(() => {
        req.destroy()
        finish({ statusCode: null, error: `timed out after ${timeoutMs / 1000} s`, responseBody: null, responseHeaders: null })
      }, Math.max(1, timeoutMs - elapsed()))
      req.on('error', (e) => finish({ statusCode: null, error: describeError(e), responseBody: null, responseHeaders: null }))
      req.on('response', (res) => {
        const chunks: Buffer[] = []
        let size = 0
        const done = () => {
          const text = keepBody ? Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_BODY_LIMIT) : null
          const retryAfterMs = parseRetryAfter(res.headers['retry-after'])
          finish({ statusCode: res.statusCode ?? null, error: null, responseBody: text, responseHeaders: selectedHeaders(res.headers), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) })
        }
        res.on('data', (c: Buffer) => {
          // (a UTF-8 character is at most 4 bytes: 4 × the limit in bytes always holds the limit in characters)
          if (keepBody && size < RESPONSE_BODY_LIMIT * 4) chunks.push(c)
          size += c.length
          if (size > RESPONSE_READ_LIMIT) {
            // Enough: drop the connection rather than read an endless answer.
            done()
            res.destroy()
          }
        })
        res.on('end', done)
        res.on('error', done)
      })
      req.end(payload)
    })
  }

  /** Closes pooled connections. */
  close(): void {
    this.httpAgent.destroy()
    this.httpsAgent.destroy()
  }
}

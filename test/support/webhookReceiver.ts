/**
 * A real HTTP webhook receiver for tests. Every request is verified with the independent
 * `standardwebhooks` library against each secret in `mustVerifyWith` (a failure is recorded in
 * `verifyErrors`, answered 401, and the test asserts there is none); `respond` decides each answer
 * (status, headers, or `hang` to let the request time out).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

export interface ReceivedWebhook {
  id: string
  timestamp: string
  signature: string
  body: string
  json: { type: string; timestamp: string; data: Record<string, any> }
  receivedAt: number
  /** what the receiver answered (0 = hung up without answering) */
  answered: number
}

export interface Answer {
  status?: number
  headers?: Record<string, string>
  /** never answer (the sender times out) */
  hang?: boolean
  body?: string
}

export interface WebhookReceiver {
  url: string
  received: ReceivedWebhook[]
  verifyErrors: string[]
  /** secrets every request must verify with */
  mustVerifyWith: string[]
  respond: (w: ReceivedWebhook) => Answer
  /** requests answered 2xx */
  delivered(): ReceivedWebhook[]
  close(): Promise<void>
}

export async function startReceiver(opts: { mustVerifyWith?: string[]; path?: string } = {}): Promise<WebhookReceiver> {
  const hung: ServerResponse[] = []
  const r: WebhookReceiver = {
    url: '',
    received: [],
    verifyErrors: [],
    mustVerifyWith: opts.mustVerifyWith ?? [],
    respond: () => ({ status: 204 }),
    delivered: () => r.received.filter((w) => w.answered >= 200 && w.answered < 300),
    close: async () => {
      for (const res of hung) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      }
      let json: ReceivedWebhook['json']
      try {
        json = JSON.parse(body)
      } catch {
        json = { type: '(not json)', timestamp: '', data: {} }
      }
      const w: ReceivedWebhook = { id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], body, json, receivedAt: Date.now(), answered: 0 }
      r.received.push(w)
      let verified = true
      for (const secret of r.mustVerifyWith) {
        try {
          new Webhook(secret).verify(body, headers)
        } catch (e) {
          verified = false
          r.verifyErrors.push(`${w.id} ${json.type}: ${(e as Error).message} (secret ${r.mustVerifyWith.indexOf(secret)})`)
        }
      }
      if (!verified) {
        w.answered = 401
        res.writeHead(401).end('signature')
        return
      }
      const a = r.respond(w)
      if (a.hang) {
        hung.push(res)
        return
      }
      w.answered = a.status ?? 204
      res.writeHead(w.answered, a.headers ?? {}).end(a.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${opts.path ?? '/hooks'}`
  return r
}

/**
 * The example ticket server (examples/ticket-server) for the browser tests, behind a gateway
 * like the proxy a real one sits behind. The gateway forwards every request, and can be told to
 * fail the next POSTs the way a proxy does:
 *
 * - `before`: 503 without reaching the server (the server is down or restarting)
 * - `after`: the server answered, but the page gets a 502 (the answer was lost on the way back)
 *
 * Control, on the gateway's own paths (the browser tests call them with fetch):
 *
 * - `POST /__gateway/fail` `{ failures: Failure[] }`: how the next POSTs fail, in order
 * - `GET /__gateway/state`: {@link GatewayState}, the POSTs seen and the tickets on disk
 * - `POST /__gateway/reset`: forgets the POSTs and failures, and empties the ticket store
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createTicketServer } from '../../examples/ticket-server/server.mjs'

export type Failure = 'before' | 'after'

/** A POST the gateway forwarded (or failed), with the status the page got. */
export interface GatewayPost {
  path: string
  idempotencyKey: string | undefined
  status: number
}

/** One ticket as the example server stored it: its `ticket.json`, and its files (base64). */
export interface StoredTicket {
  reference: string
  ticket: {
    reference: string
    form: 'ticket' | 'refund'
    fields: Record<string, unknown>
    files: { name: string; type: string; size: number; path: string }[]
  }
  files: Record<string, string>
}

export interface GatewayState {
  posts: GatewayPost[]
  tickets: StoredTicket[]
}

export interface TicketServerGateway {
  url: string
  close(): Promise<void>
}

/** Starts the example server storing in `dir`, and the gateway in front of it. */
export async function startTicketServerGateway(dir: string): Promise<TicketServerGateway> {
  const server = createTicketServer({ dir, log: () => undefined })
  const upstream = await listen(server)
  let failures: Failure[] = []
  let posts: GatewayPost[] = []

  async function control(req: IncomingMessage, res: ServerResponse, path: string) {
    const body = await readAll(req)
    if (path === '/__gateway/fail' && req.method === 'POST') {
      failures = (JSON.parse(body.toString('utf8')) as { failures: Failure[] }).failures
      answer(res, 204)
    } else if (path === '/__gateway/reset' && req.method === 'POST') {
      failures = []
      posts = []
      for (const entry of await readdir(dir)) await rm(join(dir, entry), { recursive: true })
      answer(res, 204)
    } else if (path === '/__gateway/state' && req.method === 'GET') {
      answer(res, 200, { posts, tickets: await readStore(dir) } satisfies GatewayState)
    } else answer(res, 404)
  }

  function forward(req: IncomingMessage, res: ServerResponse, path: string) {
    const failure = req.method === 'POST' ? failures.shift() : undefined
    const record = (status: number) => {
      if (req.method !== 'POST') return
      const key = req.headers['idempotency-key']
      posts.push({ path, idempotencyKey: Array.isArray(key) ? key.join() : key, status })
    }
    if (failure === 'before') {
      req.resume()
      req.on('end', () => {
        record(503)
        answer(res, 503, { error: 'The service is unavailable.' })
      })
      return
    }
    const upstreamRequest = request(
      `${upstream}${req.url ?? '/'}`,
      { method: req.method, headers: req.headers },
      (upstreamResponse) => {
        if (failure === 'after') {
          upstreamResponse.resume()
          upstreamResponse.on('end', () => {
            record(502)
            answer(res, 502, { error: 'Bad gateway.' })
          })
          return
        }
        record(upstreamResponse.statusCode ?? 0)
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
        upstreamResponse.pipe(res)
      },
    )
    upstreamRequest.on('error', () => answer(res, 502, { error: 'Bad gateway.' }))
    req.pipe(upstreamRequest)
  }

  const gateway = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path.startsWith('/__gateway/')) {
      control(req, res, path).catch((error: unknown) => answer(res, 500, { error: String(error) }))
    } else forward(req, res, path)
  })
  const url = await listen(gateway)

  return {
    url,
    close: async () => {
      await Promise.all([close(gateway), close(server)])
    },
  }
}

/** Every stored ticket: the folders of `dir` (the server keeps its own records in dot folders). */
async function readStore(dir: string): Promise<StoredTicket[]> {
  const tickets: StoredTicket[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const folder = join(dir, entry.name)
    const ticket = JSON.parse(
      await readFile(join(folder, 'ticket.json'), 'utf8'),
    ) as StoredTicket['ticket']
    const files: Record<string, string> = {}
    for (const name of await readdir(join(folder, 'files'))) {
      files[`files/${name}`] = (await readFile(join(folder, 'files', name))).toString('base64')
    }
    tickets.push({ reference: entry.name, ticket, files })
  }
  return tickets
}

/** The gateway's own answers, readable by the test page (another origin). */
function answer(res: ServerResponse, status: number, body?: unknown) {
  if (res.headersSent) return
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'Access-Control-Allow-Origin': '*',
    ...(text ? { 'Content-Type': 'application/json' } : {}),
  })
  res.end(text)
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

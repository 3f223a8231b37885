/**
 * A real HTTP server for the submit tests, on 127.0.0.1 and a random port. It stores every
 * request it receives and answers `/api/*` from a script each test sets:
 *
 * - `POST /script` `{ responses: ScriptedResponse[] }`: the next answers, in order (then 200s)
 * - `GET /received`: `{ requests, tickets }`, bodies base64 and multipart parts parsed
 * - `POST /reset`: forgets requests, tickets and script
 *
 * Like a real ticket API it is idempotent: a success for an `Idempotency-Key` it has seen
 * answers with the same reference and stores no second ticket.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ScriptedResponse {
  /** @default 200 */
  status?: number
  headers?: Record<string, string>
  /** A JSON body; for a 2xx without one, `{ reference }` from the ticket store. */
  body?: unknown
  /** Waits this long before answering (a slow server, a timeout). */
  delayMs?: number
  /** Drops the connection without an answer (a network error in the client). */
  destroy?: boolean
}

export interface MultipartPart {
  name: string
  filename?: string
  contentType?: string
  /** The part's bytes, base64. */
  data: string
  /** The part's bytes read as UTF-8, for fields without a filename. */
  text?: string
}

export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  /** Server clock (ms since the epoch) when the request arrived. */
  receivedAt: number
  /** The raw body, base64. */
  body: string
  parts?: MultipartPart[]
}

export interface Received {
  requests: ReceivedRequest[]
  tickets: { key: string; reference: string }[]
}

export interface SubmitServer {
  url: string
  close(): Promise<void>
}

/** Bigger bodies are refused: the server is for tests, not a sink. */
const MAX_BODY_BYTES = 20 * 1024 * 1024

export async function startSubmitServer(): Promise<SubmitServer> {
  let script: ScriptedResponse[] = []
  let requests: ReceivedRequest[] = []
  let tickets = new Map<string, string>()
  // A delayed answer from before a reset must not write into the next test's store.
  let generation = 0
  const timers = new Set<NodeJS.Timeout>()

  /** What to answer, or `destroy` to drop the connection. */
  async function handle(
    req: IncomingMessage,
    receivedAt: number,
  ): Promise<ScriptedResponse | 'destroy'> {
    const body = await readBody(req)
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (body === undefined) return { status: 413, body: { error: 'body too large' } }
    if (req.method === 'OPTIONS' && !path.startsWith('/api/')) return { status: 204 }

    if (path === '/script' && req.method === 'POST') {
      const { responses } = JSON.parse(body.toString('utf8')) as { responses: ScriptedResponse[] }
      script = [...responses]
      return { status: 204 }
    }
    if (path === '/reset' && req.method === 'POST') {
      generation++
      script = []
      requests = []
      tickets = new Map()
      return { status: 204 }
    }
    if (path === '/received' && req.method === 'GET') {
      const stored = [...tickets].map(([key, reference]) => ({ key, reference }))
      return { body: { requests, tickets: stored } satisfies Received }
    }
    if (!path.startsWith('/api/')) return { status: 404, body: { error: 'not found' } }

    requests.push(await record(req, path, receivedAt, body))
    // CORS preflights are recorded but never use up the script.
    if (req.method === 'OPTIONS') return { status: 204 }
    const next = script.shift() ?? {}
    const current = generation
    if (next.delayMs) await delay(next.delayMs, timers)
    if (next.destroy || current !== generation) return 'destroy'
    const status = next.status ?? 200
    if (status < 200 || status >= 300) return next
    const key = header(req, 'idempotency-key') ?? `anonymous-${requests.length}`
    const reference = tickets.get(key) ?? readReference(next.body) ?? `T-${tickets.size + 1}`
    tickets.set(key, reference)
    return { ...next, body: next.body ?? { reference } }
  }

  const server = createServer((req, res) => {
    const receivedAt = Date.now()
    cors(req, res)
    handle(req, receivedAt)
      .then((answer) => {
        if (answer === 'destroy') req.socket.destroy()
        else send(res, answer.status ?? 200, answer.body, answer.headers)
      })
      .catch((error: unknown) => {
        send(res, 500, { error: String(error) })
      })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Lets the Vitest page (another origin) call the server, custom headers and all. */
function cors(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
  const requested = header(req, 'access-control-request-headers')
  res.setHeader(
    'Access-Control-Allow-Headers',
    ['Idempotency-Key', 'Content-Type', ...(requested ? [requested] : [])].join(', '),
  )
  // Without this the page cannot read Retry-After: it is not a CORS-safelisted response header.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After')
  if (header(req, 'access-control-request-private-network') === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true')
  }
}

function send(res: ServerResponse, status: number, body?: unknown, headers = {}) {
  if (res.destroyed || res.writableEnded) return
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    // No keep-alive: Chromium silently re-sends a request whose reused connection drops, which
    // would hide the `destroy` network errors from the client under test.
    Connection: 'close',
    ...(text ? { 'Content-Type': 'application/json' } : {}),
    ...headers,
  })
  res.end(text)
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

function readReference(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('reference' in body)) return undefined
  return typeof body.reference === 'string' ? body.reference : undefined
}

/** The body, or `undefined` past the size limit. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Waits, unless the server closes first (teardown must not hang on a scripted delay). */
function delay(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      resolve()
    }, ms)
    timers.add(timer)
  })
}

async function record(
  req: IncomingMessage,
  path: string,
  receivedAt: number,
  body: Buffer,
): Promise<ReceivedRequest> {
  const type = header(req, 'content-type') ?? ''
  return {
    method: req.method ?? '',
    path,
    headers: { ...req.headers },
    receivedAt,
    body: body.toString('base64'),
    ...(/^multipart\/form-data;/i.test(type) ? { parts: await readParts(body, type) } : {}),
  }
}

/**
 * The parts of a multipart/form-data body, read by the Web `Request` (as
 * examples/ticket-server/server.mjs reads them), in the order the browser sent them.
 */
async function readParts(body: Buffer, type: string): Promise<MultipartPart[]> {
  const form = await new Request('http://localhost/', {
    method: 'POST',
    headers: { 'content-type': type },
    // A copy: BodyInit takes a Uint8Array over an ArrayBuffer, which a Buffer need not be.
    body: new Uint8Array(body),
  }).formData()
  return Promise.all(
    [...form].map(async ([name, value]): Promise<MultipartPart> => {
      if (typeof value === 'string')
        return { name, text: value, data: Buffer.from(value).toString('base64') }
      return {
        name,
        filename: value.name,
        ...(value.type ? { contentType: value.type } : {}),
        data: Buffer.from(await value.arrayBuffer()).toString('base64'),
      }
    }),
  )
}

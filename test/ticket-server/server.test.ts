// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTicketServer } from '../../examples/ticket-server/server.mjs'

// The example server of examples/ticket-server over real HTTP, as any backend client sees it.

const serverScript = fileURLToPath(
  new URL('../../examples/ticket-server/server.mjs', import.meta.url),
)

let dir: string
let server: Server
let url: string
const log: string[] = []

async function start(options: { maxBytes?: number; origins?: string[] } = {}) {
  server = createTicketServer({ dir, log: (line) => log.push(line), ...options })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rsh-ticket-server-'))
  log.length = 0
  await start()
})

afterEach(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
  await rm(dir, { recursive: true, force: true })
})

/** The body the forms send: the values as JSON in `fields`, a `files` part per attachment. */
function formBody(fields: unknown, files: File[] = []): FormData {
  const body = new FormData()
  body.append('fields', typeof fields === 'string' ? fields : JSON.stringify(fields))
  for (const file of files) body.append('files', file, file.name)
  return body
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, { method: 'POST', body, headers })
}

const ticket = { name: 'Ada', email: 'ada@example.com', subject: 'Login fails', message: 'Hi' }
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])

/** The folders of stored tickets (the server keeps its own records in dot folders). */
async function storedReferences(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.')).sort()
}

describe('the example ticket server', () => {
  it('stores a ticket (fields as JSON, files as they came) and answers 201 with its reference', async () => {
    const shot = new File([png], 'login error.png', { type: 'image/png' })
    const response = await post('/tickets', formBody(ticket, [shot]), { 'Idempotency-Key': 'k1' })

    expect(response.status).toBe(201)
    const { reference } = (await response.json()) as { reference: string }
    expect(reference).toMatch(/^T-[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(await storedReferences()).toEqual([reference])
    const stored = JSON.parse(await readFile(join(dir, reference, 'ticket.json'), 'utf8')) as {
      files: { path: string }[]
    }
    expect(stored).toMatchObject({
      reference,
      form: 'ticket',
      fields: ticket,
      files: [{ name: 'login error.png', type: 'image/png', size: png.length }],
    })
    expect(stored.files[0]!.path).toBe('files/1-login_error.png')
    expect([...(await readFile(join(dir, reference, stored.files[0]!.path)))]).toEqual([...png])
  })

  it('stores a refund request under an R- reference', async () => {
    const refund = {
      'account-email': 'eleni@example.com',
      'order-number': 'ORD-77',
      'purchase-date': '2026-01-05',
      reason: 'duplicate-charge',
    }
    const response = await post('/refunds', formBody(refund), { 'Idempotency-Key': 'r1' })
    expect(response.status).toBe(201)
    const { reference } = (await response.json()) as { reference: string }
    expect(reference).toMatch(/^R-/)
    const stored = JSON.parse(
      await readFile(join(dir, reference, 'ticket.json'), 'utf8'),
    ) as unknown
    expect(stored).toMatchObject({ form: 'refund', fields: refund, files: [] })
  })

  it('stores one ticket per idempotency key: a retry gets 200 and the same reference', async () => {
    const send = () =>
      post('/tickets', formBody(ticket, [new File([png], 'a.png')]), { 'Idempotency-Key': 'k2' })
    const first = await send()
    const again = await send()

    expect([first.status, again.status]).toEqual([201, 200])
    const { reference } = (await first.json()) as { reference: string }
    expect(await again.json()).toEqual({ reference })
    expect(await storedReferences()).toEqual([reference])
    // Another key is another ticket.
    const other = await post('/tickets', formBody(ticket), { 'Idempotency-Key': 'k3' })
    expect(other.status).toBe(201)
    expect(await storedReferences()).toHaveLength(2)
  })

  it('stores one ticket when two requests with one key arrive together', async () => {
    const send = () => post('/tickets', formBody(ticket), { 'Idempotency-Key': 'k4' })
    const answers = await Promise.all([send(), send(), send()])

    const references = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { reference: string }).reference),
    )
    expect(new Set(references).size).toBe(1)
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201])
    expect(await storedReferences()).toEqual([references[0]])
  })

  it('refuses a key used again for different content (422), and keeps the first ticket', async () => {
    await post('/tickets', formBody(ticket), { 'Idempotency-Key': 'k5' })
    const changed = await post('/tickets', formBody({ ...ticket, subject: 'Something else' }), {
      'Idempotency-Key': 'k5',
    })
    expect(changed.status).toBe(422)
    expect(await changed.json()).toEqual({
      error: 'This Idempotency-Key was used for a different submission.',
    })
    // The same key on the other form is a different submission too.
    const elsewhere = await post('/refunds', formBody(ticket), { 'Idempotency-Key': 'k5' })
    expect(elsewhere.status).toBe(422)
    expect(await storedReferences()).toHaveLength(1)
  })

  it('answers what is wrong with a request as a 4xx and { error }, storing nothing', async () => {
    const key = { 'Idempotency-Key': 'k6' }
    const cases: [Promise<Response>, number, string][] = [
      [post('/tickets', formBody(ticket)), 400, 'Send an Idempotency-Key header'],
      [post('/tickets', JSON.stringify({ fields: ticket }), key), 415, 'multipart/form-data'],
      [post('/tickets', new FormData(), key), 400, 'part named "fields"'],
      [post('/tickets', formBody('{not json'), key), 400, 'not JSON'],
      [post('/tickets', formBody(['a list']), key), 400, 'JSON object'],
      [post('/tickets', formBody({ ...ticket, email: '' }), key), 422, 'Missing: email.'],
      [post('/refunds', formBody({ reason: 'other' }), key), 422, 'account-email'],
      [fetch(`${url}/tickets`), 405, 'Use POST.'],
      [post('/tickets/../admin', formBody(ticket), key), 404, '/tickets'],
    ]
    for (const [answer, status, error] of cases) {
      const response = await answer
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(((await response.json()) as { error: string }).error).toContain(error)
    }
    expect(await storedReferences()).toEqual([])
  })

  it('refuses a body over the size limit with 413 before storing anything', async () => {
    server.close()
    server.closeAllConnections()
    await start({ maxBytes: 1000 })
    const big = new File([new Uint8Array(5000)], 'big.png', { type: 'image/png' })
    const response = await post('/tickets', formBody(ticket, [big]), { 'Idempotency-Key': 'k7' })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'The request is larger than 1000 bytes.' })
    expect(await storedReferences()).toEqual([])
  })

  it('keeps a file named to escape its folder inside the ticket', async () => {
    const evil = new File([png], '../../../.bashrc', { type: 'text/plain' })
    const response = await post('/tickets', formBody(ticket, [evil]), { 'Idempotency-Key': 'k8' })
    const { reference } = (await response.json()) as { reference: string }
    expect(await readdir(join(dir, reference, 'files'))).toEqual(['1-bashrc'])
    const stored = JSON.parse(await readFile(join(dir, reference, 'ticket.json'), 'utf8')) as {
      files: { name: string }[]
    }
    expect(stored.files[0]!.name).toBe('../../../.bashrc')
  })

  it('answers a CORS preflight for a page on another origin', async () => {
    const preflight = await fetch(`${url}/tickets`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://support.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Idempotency-Key')
    const answer = await post('/tickets', formBody(ticket), {
      Origin: 'https://support.example.com',
      'Idempotency-Key': 'k9',
    })
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    expect(answer.headers.get('access-control-expose-headers')).toBe('Retry-After')
  })

  it('with a list of origins, allows those and no other', async () => {
    server.close()
    server.closeAllConnections()
    await start({ origins: ['https://support.example.com'] })
    const from = async (origin: string) =>
      (
        await fetch(`${url}/tickets`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        })
      ).headers
    const allowed = await from('https://support.example.com')
    expect(allowed.get('access-control-allow-origin')).toBe('https://support.example.com')
    expect(allowed.get('vary')).toBe('Origin')
    expect((await from('https://evil.example')).get('access-control-allow-origin')).toBeNull()
  })

  it('runs from the command line with --port and --dir', async () => {
    const child = spawn(process.execPath, [serverScript, '--port', '0', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const lines = createInterface({ input: child.stdout })
      let cliUrl = ''
      for await (const line of lines) {
        const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)
        if (match) {
          cliUrl = match[1]!
          break
        }
      }
      const response = await fetch(`${cliUrl}/tickets`, {
        method: 'POST',
        body: formBody(ticket),
        headers: { 'Idempotency-Key': 'cli' },
      })
      expect(response.status).toBe(201)
      const { reference } = (await response.json()) as { reference: string }
      expect(await storedReferences()).toEqual([reference])
    } finally {
      child.kill()
    }
  })
})

#!/usr/bin/env node
/**
 * An example backend for the ticket and refund forms of react-support-hub, on Node's standard
 * library alone. It is documentation: read it to see what a backend must do, then do the same in
 * your own stack (docs/forms-and-backends.md).
 *
 *   node examples/ticket-server/server.mjs [--port 8787] [--dir ./tickets]
 *
 * - `POST /tickets` and `POST /refunds` take the forms' `multipart/form-data` body: a `fields` part
 *   (the values as JSON) and a `files` part per attachment.
 * - Each submission is stored once per `Idempotency-Key`: `<dir>/<reference>/ticket.json` and its
 *   files under `<dir>/<reference>/files/`. A retry with the same key gets the same reference.
 * - Success is `201 { "reference": "T-…" }` (`200` for a retry of a stored one); problems are a
 *   4xx with `{ "error": "…" }`; CORS lets a page on another origin post.
 */
import { createHash, randomInt } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

/** The two forms: where each posts, its reference prefix, and the fields it must carry. */
const ROUTES = {
  '/tickets': { form: 'ticket', prefix: 'T', required: ['email'] },
  '/refunds': {
    form: 'refund',
    prefix: 'R',
    required: ['account-email', 'order-number', 'purchase-date', 'reason'],
  },
}

/** A request this server refuses, with the status and message it answers. */
class HttpError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/**
 * The server (not yet listening).
 *
 * @param {object} options
 * @param {string} options.dir Where tickets are stored (created when needed).
 * @param {number} [options.maxBytes] The largest request body, attachments included (25 MB).
 * @param {number} [options.maxFiles] The most attachments in one request (10).
 * @param {string[]} [options.origins] The page origins allowed to post (`['*']`: any).
 * @param {(line: string) => void} [options.log] Where a line per request goes (`console.log`).
 */
export function createTicketServer({
  dir,
  maxBytes = 25 * 1024 * 1024,
  maxFiles = 10,
  origins = ['*'],
  log = console.log,
}) {
  const options = { dir: resolve(dir), maxBytes, maxFiles, origins, log }
  return createServer((req, res) => {
    handle(req, res, options).catch((error) => {
      if (!(error instanceof HttpError)) console.error(error)
      const status = error instanceof HttpError ? error.status : 500
      const message = error instanceof HttpError ? error.message : 'The ticket was not stored.'
      log(`${req.method} ${req.url} -> ${status} ${message}`)
      // An answer before the whole body was read: close the connection rather than read on.
      if (!req.complete) res.setHeader('Connection', 'close')
      send(res, status, { error: message })
    })
  })
}

async function handle(req, res, options) {
  allowCors(req, res, options.origins)
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined
  if (!route) throw new HttpError(404, 'Post tickets to /tickets and refund requests to /refunds.')
  if (req.method === 'OPTIONS') return send(res, 204)
  if (req.method !== 'POST') throw new HttpError(405, 'Use POST.')

  const key = req.headers['idempotency-key']
  if (typeof key !== 'string' || key === '' || key.length > 255) {
    throw new HttpError(400, 'Send an Idempotency-Key header (1 to 255 characters).')
  }
  const body = await readForm(req, options.maxBytes)
  const fieldsText = body.get('fields')
  const fields = parseFields(fieldsText, route.required)
  const files = body.getAll('files')
  if (files.some((file) => typeof file === 'string')) {
    throw new HttpError(400, 'Each "files" part must be a file.')
  }
  if (files.length > options.maxFiles) {
    throw new HttpError(422, `At most ${options.maxFiles} files.`)
  }
  const contents = await Promise.all(
    files.map(async (file) => Buffer.from(await file.arrayBuffer())),
  )

  // What was sent, to tell a retry (same key, same content) from a mistake (same key, new content).
  const hash = createHash('sha256').update(`${route.form}\0${fieldsText}`)
  files.forEach((file, i) => hash.update(`\0${file.name}\0${file.type}\0`).update(contents[i]))
  const fingerprint = hash.digest('hex')

  const claim = await claimKey(options.dir, key, route.prefix, fingerprint)
  const stored = await storeOnce(options.dir, claim.reference, {
    reference: claim.reference,
    form: route.form,
    receivedAt: new Date().toISOString(),
    fields,
    files: files.map((file, i) => ({
      name: file.name,
      type: file.type,
      size: file.size,
      path: `files/${i + 1}-${safeFileName(file.name)}`,
    })),
    contents,
  })
  options.log(`${stored ? 'stored' : 'already stored'} ${claim.reference} (${route.form})`)
  send(res, stored ? 201 : 200, { reference: claim.reference })
}

/** CORS: the page posts from another origin, with an Idempotency-Key header (so a preflight). */
function allowCors(req, res, origins) {
  const origin = req.headers.origin
  if (origins.includes('*')) res.setHeader('Access-Control-Allow-Origin', '*')
  else {
    res.setHeader('Vary', 'Origin')
    if (origin && origins.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin)
  }
  // The form reads Retry-After to time its retries; the page may only read it when exposed.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After')
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'POST')
    // Add any header your config's `submit.headers` sends (an API key, say).
    res.setHeader('Access-Control-Allow-Headers', 'Idempotency-Key')
    res.setHeader('Access-Control-Max-Age', '600')
    // Chromium asks before a public page calls a server on this machine or network.
    if (req.headers['access-control-request-private-network'] === 'true') {
      res.setHeader('Access-Control-Allow-Private-Network', 'true')
    }
  }
}

/** The multipart body, read up to `maxBytes` and parsed by the Web `Request` (no parser of ours). */
async function readForm(req, maxBytes) {
  const type = req.headers['content-type'] ?? ''
  if (!/^multipart\/form-data;/i.test(type)) {
    throw new HttpError(415, 'Send multipart/form-data.')
  }
  const tooLarge = new HttpError(413, `The request is larger than ${maxBytes} bytes.`)
  if (Number(req.headers['content-length']) > maxBytes) throw tooLarge
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > maxBytes) throw tooLarge
    chunks.push(chunk)
  }
  const request = new Request('http://localhost/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: Buffer.concat(chunks),
  })
  try {
    return await request.formData()
  } catch {
    throw new HttpError(400, 'The multipart body could not be read.')
  }
}

/** The `fields` part: a JSON object, with the form's required values filled in. */
function parseFields(text, required) {
  if (typeof text !== 'string') {
    throw new HttpError(400, 'Send the values as JSON in a part named "fields".')
  }
  let fields
  try {
    fields = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'The "fields" part is not JSON.')
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new HttpError(400, 'The "fields" part must be a JSON object.')
  }
  const missing = required.filter((id) => typeof fields[id] !== 'string' || fields[id] === '')
  if (missing.length > 0) throw new HttpError(422, `Missing: ${missing.join(', ')}.`)
  return fields
}

/**
 * The reference for this idempotency key: a new one, written down before anything is stored, or
 * the one a first request with the key got. Creating the key's file fails when it exists, so of
 * two requests with one key, however close together, only one picks the reference.
 */
async function claimKey(dir, key, prefix, fingerprint) {
  const keys = join(dir, '.keys')
  await mkdir(keys, { recursive: true })
  const file = join(keys, `${createHash('sha256').update(key).digest('hex')}.json`)
  const claim = { reference: newReference(prefix), fingerprint }
  try {
    await writeFile(file, JSON.stringify(claim), { flag: 'wx' })
    return claim
  } catch (error) {
    if (error.code !== 'EEXIST') throw error
  }
  const earlier = JSON.parse(await readFile(file, 'utf8'))
  if (earlier.fingerprint !== fingerprint) {
    throw new HttpError(422, 'This Idempotency-Key was used for a different submission.')
  }
  return earlier
}

/**
 * Writes the ticket into a folder of its own, then moves it to `<dir>/<reference>` in one step,
 * so a ticket is there whole or not at all. False when it was stored already (a retry).
 */
async function storeOnce(dir, reference, { contents, ...ticket }) {
  const target = join(dir, reference)
  if (await exists(target)) return false
  const incoming = join(dir, '.incoming', `${reference}-${process.pid}-${randomInt(1e9)}`)
  await mkdir(join(incoming, 'files'), { recursive: true })
  await writeFile(join(incoming, 'ticket.json'), `${JSON.stringify(ticket, null, 2)}\n`)
  await Promise.all(
    ticket.files.map((file, i) => writeFile(join(incoming, file.path), contents[i])),
  )
  try {
    await rename(incoming, target)
    return true
  } catch (error) {
    await rm(incoming, { recursive: true, force: true })
    // The same retry, a moment earlier, got there first.
    if (error.code === 'EEXIST' || error.code === 'ENOTEMPTY') return false
    throw error
  }
}

/** `T-` and 8 letters and digits (40 random bits); a real backend numbers them in its database. */
function newReference(prefix) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ' // no I, L, O, U: easy to read out
  let id = ''
  for (let i = 0; i < 8; i++) id += alphabet[randomInt(alphabet.length)]
  return `${prefix}-${id}`
}

/** A name that stays inside the ticket's folder: letters, digits, `.`, `-`, `_`; no leading dot. */
function safeFileName(name) {
  const safe = name
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .slice(-100)
  return safe === '' ? 'file' : safe
}

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  )
}

function send(res, status, body) {
  if (res.headersSent) return
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(status === 405 ? { Allow: 'POST, OPTIONS' } : {}),
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
  })
  res.end(text)
}

// Run from the command line (not when imported).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const usage =
    'Usage: node server.mjs [--port 8787] [--host 127.0.0.1] [--dir ./tickets] [--origin *] [--max-mb 25]'
  const options = {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: './tickets' },
    origin: { type: 'string', default: '*' },
    'max-mb': { type: 'string', default: '25' },
    help: { type: 'boolean', default: false },
  }
  let values
  try {
    values = parseArgs({ options }).values
  } catch (error) {
    console.error(`${error.message}\n${usage}`)
    process.exit(2)
  }
  const port = Number(values.port)
  const maxMb = Number(values['max-mb'])
  if (values.help || !Number.isInteger(port) || port < 0 || port > 65535 || !(maxMb > 0)) {
    console.error(usage)
    process.exit(values.help ? 0 : 2)
  }
  const server = createTicketServer({
    dir: values.dir,
    maxBytes: Math.round(maxMb * 1024 * 1024),
    origins: values.origin.split(',').map((origin) => origin.trim()),
  })
  server.listen(port, values.host, () => {
    console.log(
      `Ticket server on http://${values.host}:${server.address().port}: POST /tickets and /refunds`,
    )
    console.log(`Storing in ${resolve(values.dir)}`)
  })
}

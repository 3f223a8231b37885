import { beforeEach, describe, expect, it } from 'vitest'
import { createSubmission, SubmitError, type SubmitOptions } from '../../src/submit/submit'
import { posts, received, resetServer, script, server } from '../server/client'
import { bytesOf } from '../helpers'

// A real node:http server (test/server), started by the browser project's globalSetup.
const endpoint = `${server}/api/tickets`
/** Fast retries, so the tests wait on the server and not on the backoff. */
const quick: SubmitOptions = { backoffMs: 20 }

async function failure(promise: Promise<unknown>): Promise<SubmitError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(SubmitError)
    return error as SubmitError
  }
  throw new Error('expected the send to fail')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(async () => {
  await resetServer()
})

describe('sending to a real server', () => {
  it('stores one ticket after a 500 then a success, both attempts with the same key', async () => {
    await script({ status: 500 }, { status: 200, body: { reference: 'T-1' } })
    const submission = createSubmission({ endpoint })

    await expect(submission.send({ subject: 'Login fails' }, [], quick)).resolves.toEqual({
      reference: 'T-1',
    })

    const requests = await posts()
    expect(requests).toHaveLength(2)
    expect(requests.map((request) => request.headers['idempotency-key'])).toEqual([
      submission.key,
      submission.key,
    ])
    expect((await received()).tickets).toEqual([{ key: submission.key, reference: 'T-1' }])
  })

  it('sends one request for two rapid sends (a double click)', async () => {
    await script({ delayMs: 200 })
    const submission = createSubmission({ endpoint })

    const first = submission.send({ subject: 'Twice' }, [], quick)
    const second = submission.send({ subject: 'Twice' }, [], quick)

    expect(second).toBe(first)
    await expect(first).resolves.toEqual({ reference: 'T-1' })
    expect(await posts()).toHaveLength(1)
  })

  it('retries after a timeout and succeeds with the same key', async () => {
    await script({ delayMs: 3000 })
    const submission = createSubmission({ endpoint })
    const attempts: number[] = []

    const result = await submission.send({ subject: 'Slow' }, [], {
      ...quick,
      timeoutMs: 500,
      onAttempt: (attempt) => attempts.push(attempt),
    })

    expect(result).toEqual({ reference: 'T-1' })
    expect(attempts).toEqual([1, 2])
    const requests = await posts()
    expect(requests).toHaveLength(2)
    expect(requests[1]!.headers['idempotency-key']).toBe(submission.key)
    expect(requests[0]!.headers['idempotency-key']).toBe(submission.key)
  })

  it('fails with kind "timeout" when every attempt times out', async () => {
    await script({ delayMs: 2000 }, { delayMs: 2000 })
    const error = await failure(
      createSubmission({ endpoint }).send({}, [], { ...quick, retries: 1, timeoutMs: 200 }),
    )
    expect(error.kind).toBe('timeout')
    expect(error.attempts).toBe(2)
    expect(await posts()).toHaveLength(2)
  })

  it('waits for Retry-After (1 s) after a 429', async () => {
    await script({ status: 429, headers: { 'Retry-After': '1' } })
    const submission = createSubmission({ endpoint })

    await expect(submission.send({ subject: 'Busy' }, [], quick)).resolves.toEqual({
      reference: 'T-1',
    })

    const [first, second] = await posts()
    const gap = second!.receivedAt - first!.receivedAt
    // The backoff alone would retry after 10 to 20 ms.
    expect(gap).toBeGreaterThanOrEqual(950)
    expect(gap).toBeLessThan(3000)
  })

  it('fails at once on a 400, with one request', async () => {
    await script({ status: 400, body: { error: 'bad' } })
    const error = await failure(createSubmission({ endpoint }).send({}, [], quick))
    expect(error.kind).toBe('http')
    expect(error.status).toBe(400)
    expect(error.attempts).toBe(1)
    expect(await posts()).toHaveLength(1)
  })

  it('sends again with the same key after a final failure', async () => {
    await script({ status: 422 })
    const submission = createSubmission({ endpoint })
    await failure(submission.send({ subject: 'Again' }, [], quick))

    await expect(submission.send({ subject: 'Again' }, [], quick)).resolves.toEqual({
      reference: 'T-1',
    })

    const keys = (await posts()).map((request) => request.headers['idempotency-key'])
    expect(keys).toEqual([submission.key, submission.key])
  })

  it('retries after the connection drops', async () => {
    await script({ destroy: true })
    const attempts: number[] = []
    const sending = createSubmission({ endpoint }).send({}, [], {
      ...quick,
      onAttempt: (attempt) => attempts.push(attempt),
    })
    await expect(sending).resolves.toEqual({ reference: 'T-1' })
    expect(attempts).toEqual([1, 2])
    expect(await posts()).toHaveLength(2)
  })

  it('fails with kind "network" when the server cannot be reached', async () => {
    await script({ destroy: true }, { destroy: true })
    const error = await failure(
      createSubmission({ endpoint }).send({}, [], { ...quick, retries: 1 }),
    )
    expect(error.kind).toBe('network')
    expect(error.attempts).toBe(2)
    expect(await posts()).toHaveLength(2)
  })

  it('fails with kind "invalid-response" when a success has no reference', async () => {
    await script({ status: 200, body: { id: 7 } })
    const error = await failure(createSubmission({ endpoint }).send({}, [], quick))
    expect(error.kind).toBe('invalid-response')
    expect(await posts()).toHaveLength(1)
  })

  it('sends the fields as JSON and the files byte for byte, with the configured headers', async () => {
    const binary = new Uint8Array(256).map((_, index) => index)
    const name = 'στιγμιότυπο "οθόνης" 화면 ü.bin'
    const file = new File([binary], name, { type: 'application/octet-stream' })
    const note = new File(['Καλημέρα\n'], 'note.txt', { type: 'text/plain' })
    const values = { subject: 'Δεν μπορώ να συνδεθώ', side: 'viewer', count: 3, consent: true }
    const submission = createSubmission({ endpoint, headers: { 'X-Client': 'react-support-hub' } })

    await submission.send(values, [file, note], quick)

    const [request] = await posts()
    expect(request!.headers['idempotency-key']).toBe(submission.key)
    expect(request!.headers['x-client']).toBe('react-support-hub')
    expect(request!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    const parts = request!.parts!
    expect(parts.map((part) => [part.name, part.filename])).toEqual([
      ['fields', undefined],
      ['files', name],
      ['files', 'note.txt'],
    ])
    expect(JSON.parse(parts[0]!.text!)).toEqual(values)
    expect(parts[1]!.contentType).toBe('application/octet-stream')
    expect(bytesOf(parts[1]!.data)).toEqual(Array.from(binary))
    expect(bytesOf(parts[2]!.data)).toEqual(Array.from(new TextEncoder().encode('Καλημέρα\n')))
  })

  it('stops retrying when aborted during the backoff (kind "aborted")', async () => {
    await script({ status: 503 }, { status: 503 }, { status: 503 })
    const controller = new AbortController()
    const sending = createSubmission({ endpoint }).send({}, [], {
      backoffMs: 2000,
      signal: controller.signal,
      onAttempt: () => setTimeout(() => controller.abort(), 300),
    })

    const error = await failure(sending)
    expect(error.kind).toBe('aborted')
    expect(error.attempts).toBe(1)
    await sleep(300)
    expect(await posts()).toHaveLength(1)
  })

  it('aborts the request in flight (kind "aborted", no retry)', async () => {
    await script({ delayMs: 2000 })
    const controller = new AbortController()
    const sending = createSubmission({ endpoint }).send({}, [], {
      ...quick,
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 200)

    const error = await failure(sending)
    expect(error.kind).toBe('aborted')
    await sleep(200)
    expect(await posts()).toHaveLength(1)
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createIdempotencyKey,
  createSubmission,
  endpointUrlAllowed,
  SubmitError,
  type SubmitContext,
  type SubmitResult,
} from './submit'
import { backoffDelay, parseRetryAfter } from './retry'

// What goes over the wire (multipart body, headers, timeouts against a server) is tested against
// a real server in Chromium: test/browser/submit.test.ts. Here: the timing math and the callback.

describe('backoffDelay', () => {
  it('doubles each retry, jittered within the upper half of the step', () => {
    expect([1, 2, 3].map((retry) => backoffDelay(retry, 500, () => 0))).toEqual([250, 500, 1000])
    expect([1, 2, 3].map((retry) => backoffDelay(retry, 500, () => 1))).toEqual([500, 1000, 2000])
    expect(backoffDelay(2, 500, () => 0.5)).toBe(750)
  })

  it('never waits longer than 30 s', () => {
    expect(backoffDelay(20, 500, () => 1)).toBe(30_000)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-10-21T07:28:00Z')

  it('reads whole seconds', () => {
    expect(parseRetryAfter('1', now)).toBe(1000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
  })

  it('reads an HTTP-date, and a date in the past as no wait', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:12 GMT', now)).toBe(12_000)
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0)
  })

  it('caps the wait at 30 s', () => {
    expect(parseRetryAfter('120', now)).toBe(30_000)
    expect(parseRetryAfter('Thu, 22 Oct 2026 07:28:00 GMT', now)).toBe(30_000)
  })

  it.each([null, undefined, '', 'soon', '1.5', '-1', '2026-10-21'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})

describe('retry timing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-10-21T07:28:00Z') })
    // The lowest jitter: backoff waits of 250, 500, 1000 ms for the default 500 ms base.
    vi.spyOn(Math, 'random').mockReturnValue(0)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  /** A fetch answering with `statuses` in turn; it never reads the request. */
  function fetchAnswering(...answers: (number | [number, Record<string, string>])[]) {
    return vi.fn<typeof fetch>(() => {
      const answer = answers.shift() ?? 200
      const [status, headers] = typeof answer === 'number' ? [answer, {}] : answer
      const body = status === 200 ? JSON.stringify({ reference: 'T-9' }) : null
      return Promise.resolve(new Response(body, { status, headers }))
    })
  }

  /** Sends, and records when (ms after the start) each attempt began. */
  async function sendTimed(fetchStub: typeof fetch, retries?: number) {
    const start = Date.now()
    const startedAt: number[] = []
    const sending = createSubmission({ endpoint: '/api/tickets' }).send({}, [], {
      fetch: fetchStub,
      onAttempt: () => startedAt.push(Date.now() - start),
      ...(retries === undefined ? {} : { retries }),
    })
    const settled = sending.then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error: error as SubmitError }),
    )
    await vi.runAllTimersAsync()
    return { ...(await settled), startedAt }
  }

  it('backs off exponentially between retries', async () => {
    const { result, startedAt } = await sendTimed(fetchAnswering(503, 502, 500))
    expect(result).toEqual({ reference: 'T-9' })
    expect(startedAt).toEqual([0, 250, 750, 1750])
  })

  it('waits as long as a 429 Retry-After says, in seconds or as a date', async () => {
    const { startedAt } = await sendTimed(
      fetchAnswering(
        [429, { 'Retry-After': '2' }],
        [503, { 'Retry-After': 'Wed, 21 Oct 2026 07:28:07 GMT' }],
      ),
    )
    expect(startedAt).toEqual([0, 2000, 7000])
  })

  it('waits no more than 30 s whatever Retry-After says', async () => {
    const { startedAt } = await sendTimed(fetchAnswering([429, { 'Retry-After': '3600' }]))
    expect(startedAt).toEqual([0, 30_000])
  })

  it('gives up after 3 retries with the last status', async () => {
    const { error, startedAt } = await sendTimed(fetchAnswering(503, 503, 503, 503, 200))
    expect(startedAt).toHaveLength(4)
    expect(error).toMatchObject({ kind: 'http', status: 503, attempts: 4 })
  })

  it('makes one attempt when retries is 0', async () => {
    const { error, startedAt } = await sendTimed(fetchAnswering(500), 0)
    expect(startedAt).toEqual([0])
    expect(error).toMatchObject({ kind: 'http', status: 500, attempts: 1 })
  })

  it('does not retry a 4xx other than 429', async () => {
    const { error, startedAt } = await sendTimed(fetchAnswering(404))
    expect(startedAt).toEqual([0])
    expect(error).toMatchObject({ kind: 'http', status: 404, attempts: 1 })
  })
})

describe('createSubmission with onSubmit', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  type OnSubmit = (values: Record<string, unknown>, ctx: SubmitContext) => Promise<SubmitResult>

  /** Runs the send to the end on fake timers; resolves with its result or its error. */
  async function settle(sending: Promise<SubmitResult>) {
    const settled = sending.then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error: error as SubmitError }),
    )
    await vi.runAllTimersAsync()
    return settled
  }

  it('calls onSubmit with the values, the key and a signal, and returns its reference', async () => {
    const onSubmit = vi.fn<OnSubmit>(() => Promise.resolve({ reference: 'R-1' }))
    const submission = createSubmission({ onSubmit })

    const { result } = await settle(submission.send({ subject: 'Hi' }))

    expect(result).toEqual({ reference: 'R-1' })
    expect(onSubmit).toHaveBeenCalledWith(
      { subject: 'Hi' },
      {
        idempotencyKey: submission.key,
        signal: expect.any(AbortSignal) as AbortSignal,
        files: [],
      },
    )
  })

  it('hands the attached files to onSubmit in its context, on every attempt', async () => {
    const onSubmit = vi
      .fn<OnSubmit>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue({ reference: 'R-2' })
    const shot = new File(['png'], 'shot.png', { type: 'image/png' })
    const { result } = await settle(
      createSubmission({ onSubmit }).send({ subject: 'Hi' }, [shot], { retries: 1 }),
    )
    expect(result).toEqual({ reference: 'R-2' })
    expect(onSubmit.mock.calls.map(([, ctx]) => ctx.files)).toEqual([[shot], [shot]])
  })

  it('retries a failing callback with the same key, then reports a network error', async () => {
    const cause = new TypeError('Failed to fetch')
    const onSubmit = vi.fn<OnSubmit>(() => Promise.reject(cause))
    const submission = createSubmission({ onSubmit })

    const { error } = await settle(submission.send({}))

    expect(onSubmit).toHaveBeenCalledTimes(4)
    const keys = onSubmit.mock.calls.map(([, ctx]) => ctx.idempotencyKey)
    expect(new Set(keys)).toEqual(new Set([submission.key]))
    expect(error).toMatchObject({ kind: 'network', attempts: 4, cause })
  })

  it('fails at once when the callback throws a SubmitError that is not retryable', async () => {
    const onSubmit = vi.fn<OnSubmit>(() =>
      Promise.reject(new SubmitError('http', 'Email already used', { status: 422 })),
    )
    const { error } = await settle(createSubmission({ onSubmit }).send({}))
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(error).toMatchObject({ kind: 'http', status: 422, attempts: 1 })
  })

  it('honours retryAfterMs on a retryable SubmitError from the callback', async () => {
    const onSubmit = vi
      .fn<OnSubmit>()
      .mockRejectedValueOnce(new SubmitError('http', 'Busy', { status: 429, retryAfterMs: 4000 }))
      .mockResolvedValueOnce({ reference: 'R-2' })
    const start = Date.now()
    const startedAt: number[] = []
    const sending = createSubmission({ onSubmit }).send({}, [], {
      onAttempt: () => startedAt.push(Date.now() - start),
    })
    expect((await settle(sending)).result).toEqual({ reference: 'R-2' })
    expect(startedAt).toEqual([0, 4000])
  })

  it('times out a callback that never answers, aborting its signal', async () => {
    const signals: AbortSignal[] = []
    const onSubmit = vi.fn<OnSubmit>((_, { signal }) => {
      signals.push(signal)
      return new Promise<never>(() => undefined)
    })

    const { error } = await settle(
      createSubmission({ onSubmit }).send({}, [], { timeoutMs: 1000, retries: 1 }),
    )

    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 })
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true])
  })

  it('stops at once when the caller aborts, without retrying', async () => {
    const controller = new AbortController()
    const onSubmit = vi.fn<OnSubmit>(
      (_, { signal }) =>
        new Promise<never>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new Error('aborted')))
        }),
    )
    const sending = createSubmission({ onSubmit }).send({}, [], { signal: controller.signal })
    setTimeout(() => controller.abort(), 100)

    const { error } = await settle(sending)

    expect(error).toMatchObject({ kind: 'aborted', attempts: 1 })
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('does not call onSubmit when the signal is already aborted', async () => {
    const onSubmit = vi.fn<OnSubmit>()
    const { error } = await settle(
      createSubmission({ onSubmit }).send({}, [], { signal: AbortSignal.abort() }),
    )
    expect(error).toMatchObject({ kind: 'aborted', attempts: 0 })
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('reports a result without a reference as an invalid response', async () => {
    const onSubmit = vi.fn<OnSubmit>(() => Promise.resolve({} as SubmitResult))
    const { error } = await settle(createSubmission({ onSubmit }).send({}))
    expect(error).toMatchObject({ kind: 'invalid-response', attempts: 1 })
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('returns the same promise while a send is in flight, and re-sends with the same key after', async () => {
    const onSubmit = vi
      .fn<OnSubmit>()
      .mockRejectedValueOnce(new SubmitError('http', 'Refused', { status: 400 }))
      .mockResolvedValueOnce({ reference: 'R-3' })
    const submission = createSubmission({ onSubmit })

    const first = submission.send({})
    expect(submission.send({})).toBe(first)
    expect((await settle(first)).error).toMatchObject({ kind: 'http', status: 400 })
    expect(onSubmit).toHaveBeenCalledTimes(1)

    const again = submission.send({})
    expect(again).not.toBe(first)
    expect((await settle(again)).result).toEqual({ reference: 'R-3' })
    expect(onSubmit.mock.calls.map(([, ctx]) => ctx.idempotencyKey)).toEqual([
      submission.key,
      submission.key,
    ])
  })
})

describe('endpointUrlAllowed', () => {
  it.each([
    'https://api.example.com/tickets',
    'http://localhost:3000/api/tickets',
    '/api/tickets',
    'api/tickets',
    '?form=ticket',
  ])('allows %s', (endpoint) => {
    expect(endpointUrlAllowed(endpoint)).toBe(true)
  })

  it.each([
    '',
    'mailto:help@example.com',
    'tel:+302100000000',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/plain,x',
    'ftp://example.com/upload',
    '//evil.example/api',
    '/\\evil.example/api',
    '/\t/evil.example/api',
  ])('refuses %j', (endpoint) => {
    expect(endpointUrlAllowed(endpoint)).toBe(false)
  })

  it('makes createSubmission refuse the endpoint, naming it', () => {
    expect(() => createSubmission({ endpoint: 'javascript:alert(1)' })).toThrow(
      /createSubmission: refused endpoint "javascript:alert\(1\)"/,
    )
  })
})

describe('createIdempotencyKey', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('makes a fresh v4 UUID each time, one per submission', () => {
    const keys = Array.from({ length: 50 }, createIdempotencyKey)
    for (const key of keys) expect(key).toMatch(uuid)
    expect(new Set(keys).size).toBe(50)
    expect(createSubmission({ endpoint: '/a' }).key).not.toBe(
      createSubmission({ endpoint: '/a' }).key,
    )
  })

  it('makes a v4 UUID where crypto.randomUUID is missing (http pages)', () => {
    const real = globalThis.crypto
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) })
    expect(createIdempotencyKey()).toMatch(uuid)
    vi.stubGlobal('crypto', undefined)
    expect(createIdempotencyKey()).toMatch(uuid)
  })
})

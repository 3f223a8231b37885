import { endpointUrlAllowed } from '../core/url'
import { backoffDelay, MAX_RETRY_DELAY_MS, parseRetryAfter } from './retry'

/** What a successful send returns: the reference the server gave the ticket or request. */
export interface SubmitResult {
  reference: string
}

/** Context handed to an `onSubmit` callback on every attempt. */
export interface SubmitContext {
  /** The same on every attempt and every re-send of one submission: pass it on to your server. */
  idempotencyKey: string
  /** Aborted when this attempt times out or the caller gives up. */
  signal: AbortSignal
  /** The files attached to the form (the endpoint gets them in its multipart body). */
  files: File[]
}

/**
 * Where a form goes: an endpoint (POST `multipart/form-data`, from the config) or a callback.
 * A callback's rejection is retried like a network error, unless it is a {@link SubmitError}
 * that is not retryable (`new SubmitError('http', 'Email already used', { status: 422 })`).
 */
export type SubmitTarget =
  | {
      /** An https or http URL, or a same-origin path (`/api/tickets`). */
      endpoint: string
      /** Extra request headers (an API key, say); `Content-Type` is always the browser's own. */
      headers?: Record<string, string>
    }
  | {
      onSubmit: (values: Record<string, unknown>, ctx: SubmitContext) => Promise<SubmitResult>
    }

export interface SubmitOptions {
  /**
   * Retries after the first attempt, on network errors, timeouts, 5xx and 429.
   * @default 3
   */
  retries?: number
  /**
   * Time allowed for one attempt (the response included).
   * @default 15000
   */
  timeoutMs?: number
  /**
   * The first backoff step; each retry doubles it, with jitter.
   * @default 500
   */
  backoffMs?: number
  /** Aborts the attempt in flight and every retry (unmount, a cancel button). */
  signal?: AbortSignal
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch
  /** Called as each attempt starts, with its number (1 for the first). */
  onAttempt?: (attempt: number) => void
}

/** What went wrong, for the message the form shows. */
export type SubmitErrorKind = 'network' | 'timeout' | 'http' | 'aborted' | 'invalid-response'

/** The reason a send failed for good, after any retries. */
export class SubmitError extends Error {
  override name = 'SubmitError'
  readonly kind: SubmitErrorKind
  /** The HTTP status, for kind `http`. */
  readonly status: number | undefined
  /** Attempts made before giving up (0 when aborted before the first). */
  attempts: number
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined

  constructor(
    kind: SubmitErrorKind,
    message: string,
    init: { status?: number; attempts?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    this.kind = kind
    this.status = init.status
    this.attempts = init.attempts ?? 0
    this.retryAfterMs = init.retryAfterMs
  }
}

/** One submission of one form: a stable idempotency key and a `send` that never sends twice at once. */
export interface Submission {
  /** The idempotency key, the same on every attempt and every call of `send`. */
  readonly key: string
  /**
   * Sends `values` and `files` (in the multipart body, or in the callback's context) with retries. While a send is in flight,
   * calling it again returns the same promise (a double click is one request); after a final
   * failure, calling it again sends again with the same key.
   */
  send(
    values: Record<string, unknown>,
    files?: readonly File[],
    options?: SubmitOptions,
  ): Promise<SubmitResult>
}

/** A random idempotency key: a v4 UUID. */
export function createIdempotencyKey(): string {
  const cryptoApi = typeof crypto === 'undefined' ? undefined : crypto
  // randomUUID exists only in secure contexts (https, localhost).
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID()
  const bytes = new Uint8Array(16)
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export { endpointUrlAllowed }

const DEFAULTS = { retries: 3, timeoutMs: 15_000, backoffMs: 500 }
/** setTimeout fires at once for anything longer (it is a signed 32-bit number of ms). */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * A submission for one form fill. Throws a `TypeError` for an endpoint that
 * {@link endpointUrlAllowed} refuses (the config parser reports those first).
 */
export function createSubmission(target: SubmitTarget): Submission {
  if ('endpoint' in target && !endpointUrlAllowed(target.endpoint)) {
    throw new TypeError(
      `createSubmission: refused endpoint ${JSON.stringify(target.endpoint)}; use an https or http URL or a path on this site`,
    )
  }
  const key = createIdempotencyKey()
  let inFlight: Promise<SubmitResult> | undefined

  return {
    key,
    send(values, files = [], options = {}) {
      if (inFlight) return inFlight
      const sending = sendWithRetries(target, key, values, files, options).finally(() => {
        inFlight = undefined
      })
      inFlight = sending
      return sending
    },
  }
}

/** The outcome of one failed attempt: the error, and whether to try again. */
interface Failure {
  error: SubmitError
  retryable: boolean
}

async function sendWithRetries(
  target: SubmitTarget,
  key: string,
  values: Record<string, unknown>,
  files: readonly File[],
  options: SubmitOptions,
): Promise<SubmitResult> {
  const retries = Math.max(0, Math.floor(finiteOr(options.retries, DEFAULTS.retries)))
  const backoffMs = finiteOr(options.backoffMs, DEFAULTS.backoffMs)
  const { signal } = options

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortedError(signal, attempt - 1)
    options.onAttempt?.(attempt)
    const outcome = await attemptOnce(target, key, values, files, options, attempt)
    if (!('error' in outcome)) return outcome
    const { error, retryable } = outcome
    error.attempts = attempt
    if (!retryable || attempt > retries) throw error
    const delay = error.retryAfterMs ?? backoffDelay(attempt, backoffMs)
    await wait(Math.min(Math.max(delay, 0), MAX_RETRY_DELAY_MS), signal, attempt)
  }
}

/** A number option, or its default when missing or not a finite number (NaN would retry forever). */
function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback
}

/** One attempt with its own timeout; resolves with the result or a classified failure. */
async function attemptOnce(
  target: SubmitTarget,
  key: string,
  values: Record<string, unknown>,
  files: readonly File[],
  options: SubmitOptions,
  attempt: number,
): Promise<SubmitResult | Failure> {
  const { signal } = options
  const controller = new AbortController()
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(
          () => controller.abort(new SubmitError('timeout', `No response within ${timeoutMs} ms`)),
          Math.min(timeoutMs, MAX_TIMER_MS),
        )
      : undefined
  const onAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })

  try {
    return 'endpoint' in target
      ? await postToEndpoint(target, key, values, files, options, controller.signal, attempt)
      : await callOnSubmit(target.onSubmit, key, values, files, controller.signal, attempt)
  } catch (cause) {
    if (signal?.aborted) return { error: abortedError(signal, attempt), retryable: false }
    // Aborted, and not by the caller: the timeout.
    if (controller.signal.aborted) {
      const message = `No response within ${timeoutMs} ms`
      return { error: new SubmitError('timeout', message, { attempts: attempt }), retryable: true }
    }
    if (cause instanceof SubmitError) return { error: cause, retryable: isRetryable(cause) }
    const message = cause instanceof Error ? cause.message : 'The request failed'
    return {
      error: new SubmitError('network', message, { attempts: attempt, cause }),
      retryable: true,
    }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

function isRetryable(error: SubmitError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.kind === 'http' && error.status !== undefined && isRetryableStatus(error.status)
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500
}

async function postToEndpoint(
  target: { endpoint: string; headers?: Record<string, string> },
  key: string,
  values: Record<string, unknown>,
  files: readonly File[],
  options: SubmitOptions,
  signal: AbortSignal,
  attempt: number,
): Promise<SubmitResult | Failure> {
  const body = new FormData()
  body.append('fields', JSON.stringify(values))
  for (const file of files) body.append('files', file, file.name)

  const headers = new Headers(target.headers)
  // The browser writes the multipart boundary into Content-Type; a configured one would break it.
  headers.delete('content-type')
  headers.set('Idempotency-Key', key)
  if (!headers.has('accept')) headers.set('Accept', 'application/json')

  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const response = await fetchImpl(target.endpoint, { method: 'POST', headers, body, signal })

  if (!response.ok) {
    const retryable = isRetryableStatus(response.status)
    const retryAfterMs = retryable
      ? parseRetryAfter(response.headers.get('retry-after'))
      : undefined
    // Free the connection; the body of an error response is not used.
    response.body?.cancel().catch(() => undefined)
    const message = `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    const error = new SubmitError('http', message, {
      status: response.status,
      attempts: attempt,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    })
    return { error, retryable }
  }

  let data: unknown
  try {
    data = await response.json()
  } catch (cause) {
    // Still reading the body when the timeout or the caller aborted: let attemptOnce classify it.
    if (signal.aborted) throw cause
    return invalidResponse('The server did not answer with JSON', attempt, response.status, cause)
  }
  return (
    readResult(data) ??
    invalidResponse('The server answer has no "reference"', attempt, response.status)
  )
}

async function callOnSubmit(
  onSubmit: (values: Record<string, unknown>, ctx: SubmitContext) => Promise<SubmitResult>,
  key: string,
  values: Record<string, unknown>,
  files: readonly File[],
  signal: AbortSignal,
  attempt: number,
): Promise<SubmitResult | Failure> {
  // A callback that ignores its signal must not hold the form past the timeout or an abort.
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
  })
  const called = (async () =>
    onSubmit(values, { idempotencyKey: key, signal, files: [...files] }))()
  const data: unknown = await Promise.race([called, aborted])
  return readResult(data) ?? invalidResponse('onSubmit did not return a "reference"', attempt)
}

function readResult(data: unknown): SubmitResult | undefined {
  if (typeof data !== 'object' || data === null || !('reference' in data)) return undefined
  const { reference } = data
  return typeof reference === 'string' && reference !== '' ? { reference } : undefined
}

function invalidResponse(
  message: string,
  attempt: number,
  status?: number,
  cause?: unknown,
): Failure {
  const init = { attempts: attempt, cause, ...(status === undefined ? {} : { status }) }
  return { error: new SubmitError('invalid-response', message, init), retryable: false }
}

function abortedError(signal: AbortSignal, attempts: number): SubmitError {
  return new SubmitError('aborted', 'The send was cancelled', { attempts, cause: signal.reason })
}

/** Waits `ms`, or rejects with an `aborted` SubmitError as soon as `signal` aborts. */
function wait(ms: number, signal: AbortSignal | undefined, attempts: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal, attempts))
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      if (signal) reject(abortedError(signal, attempts))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** The longest wait between two attempts, whatever a server's `Retry-After` or the backoff says. */
export const MAX_RETRY_DELAY_MS = 30_000

/**
 * The wait before retry number `retry` (1 for the first retry): exponential from `baseMs`
 * (base, 2 x base, 4 x base, ...) with "equal jitter", a random point in the upper half of that
 * step, so that many clients failing together do not come back together. Capped at 30 s.
 */
export function backoffDelay(retry: number, baseMs: number, random: () => number = Math.random) {
  const step = Math.min(Math.max(baseMs, 0) * 2 ** Math.max(retry - 1, 0), MAX_RETRY_DELAY_MS)
  return Math.round(step / 2 + (random() * step) / 2)
}

/**
 * A `Retry-After` header in milliseconds from `now`, capped at 30 s: either whole seconds
 * (`"120"`) or an HTTP-date (`"Wed, 21 Oct 2026 07:28:00 GMT"`); a date in the past is 0.
 * `undefined` when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()) {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_DELAY_MS)
  // Only a date that names its day and time zone, not any string Date.parse happens to accept.
  if (!/[a-z]{3}.*\d{1,2}:\d{2}:\d{2}\s+gmt$/i.test(text)) return undefined
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.min(Math.max(at - now, 0), MAX_RETRY_DELAY_MS)
}

/** URL schemes that config and answer links may use. Anything else (javascript:, data:, vbscript:, file:) is refused. */
export const SAFE_URL_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'] as const

/**
 * The scheme of `value` when it is an absolute URL whose scheme is allowed, else `null`.
 * Browsers ignore tabs, newlines and leading control characters in a URL, so they are stripped
 * before the scheme is read (`java\tscript:` is still javascript:).
 */
function safeProtocol(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, '')
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)
  if (!match?.[1]) return null
  const protocol = `${match[1].toLowerCase()}:`
  return (SAFE_URL_PROTOCOLS as readonly string[]).includes(protocol) ? protocol : null
}

/** True for an absolute https, http, mailto or tel URL. */
export function isSafeAbsoluteUrl(value: string): boolean {
  return safeProtocol(value) !== null
}

/**
 * True when a link may be rendered as a link: an absolute URL with an allowed scheme, or a
 * relative reference (`/pricing`, `#faq-refunds`, `help/billing`) that carries no scheme.
 */
export function isSafeLinkHref(value: string): boolean {
  if (value.trim() === '') return false
  return urlScheme(value) === undefined || safeProtocol(value) !== null
}

/** The scheme a URL starts with, for error messages (`javascript:`), or `undefined`. */
export function urlScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- same stripping as safeProtocol
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f]/g, ''))
  return match?.[1] ? `${match[1].toLowerCase()}:` : undefined
}

/**
 * True when a form may be posted to `endpoint`: an absolute https or http URL, or a relative
 * reference on the page's own origin. Refuses other schemes (mailto:, tel:, javascript:) and
 * scheme-relative `//host/...`, which leaves the origin.
 */
export function endpointUrlAllowed(endpoint: string): boolean {
  if (!isSafeLinkHref(endpoint)) return false
  const scheme = urlScheme(endpoint)
  if (scheme === undefined) {
    // Browsers drop tabs and newlines and read "\" as "/", so "/\t/evil.example" is "//evil.example".
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    return !/^[/\\]{2}/.test(endpoint.replace(/[\u0000-\u0020\u007f]/g, ''))
  }
  if (scheme !== 'https:' && scheme !== 'http:') return false
  try {
    new URL(endpoint)
    return true
  } catch {
    return false
  }
}

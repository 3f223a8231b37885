import { describe, expect, it } from 'vitest'
import { isSafeAbsoluteUrl, isSafeLinkHref, urlScheme } from '.'

describe('URL safety', () => {
  it.each([
    'https://example.com',
    'http://example.com/a?b#c',
    'mailto:help@example.com',
    'tel:+302100000000',
    'HTTPS://EXAMPLE.COM',
  ])('accepts %s', (url) => {
    expect(isSafeAbsoluteUrl(url)).toBe(true)
    expect(isSafeLinkHref(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    expect(isSafeAbsoluteUrl(url)).toBe(false)
    expect(isSafeLinkHref(url)).toBe(false)
  })

  it('allows relative links in answers but not as absolute config URLs', () => {
    for (const href of ['/pricing', '#faq-refunds', 'help/billing', '?q=card']) {
      expect(isSafeLinkHref(href)).toBe(true)
      expect(isSafeAbsoluteUrl(href)).toBe(false)
    }
    expect(isSafeLinkHref('')).toBe(false)
  })

  it('names the scheme for error messages', () => {
    expect(urlScheme(' JavaScript:alert(1)')).toBe('javascript:')
    expect(urlScheme('/relative')).toBeUndefined()
  })
})

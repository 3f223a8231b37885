import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it, vi } from 'vitest'
import * as locales from '../locales'
import {
  compileMessage,
  formatCompiled,
  MessageSyntaxError,
  type MessageFormatters,
} from './format'
import { createSupportIntl } from './intl'

const formattersFor = (locale: string): MessageFormatters => ({
  plural: new Intl.PluralRules(locale),
  number: new Intl.NumberFormat(locale),
  date: new Intl.DateTimeFormat(locale),
})

const format = (message: string, values?: Record<string, string | number | Date>, locale = 'en') =>
  formatCompiled(compileMessage(message), values, formattersFor(locale))

/** Every argument name in a message, and whether it is a plural's. */
function argumentsOf(message: string): Map<string, 'plural' | 'text'> {
  const found = new Map<string, 'plural' | 'text'>()
  for (const match of message.matchAll(/\{\s*([^\s{},]+)\s*(,\s*(plural|select))?/g)) {
    found.set(match[1]!, match[3] === 'plural' ? 'plural' : 'text')
  }
  return found
}

const catalogs = [
  locales.en,
  locales.de,
  locales.el,
  locales.es,
  locales.ko,
  locales.fr,
  locales.ar,
]

describe('the message formatter', () => {
  // The oracle: intl-messageformat (FormatJS), which the catalogs were written and checked for.
  for (const { locale, messages } of catalogs) {
    it(`${locale}: formats every catalog message exactly as intl-messageformat does`, () => {
      let checked = 0
      for (const [id, message] of Object.entries(messages)) {
        const args = argumentsOf(message)
        for (const count of [0, 1, 2, 3, 5, 11, 21, 1000, 1.5]) {
          const values = Object.fromEntries(
            [...args].map(([name, kind]) => [name, kind === 'plural' ? count : `«${name}»`]),
          )
          const expected = new IntlMessageFormat(message, locale).format(values)
          expect(format(message, values, locale), `${locale} ${id} (${count})`).toBe(expected)
          checked++
          if (![...args.values()].includes('plural')) break
        }
      }
      expect(checked).toBeGreaterThan(Object.keys(messages).length)
    })
  }

  it('quotes with apostrophes as ICU does', () => {
    for (const message of [
      "card's code",
      "It''s",
      "'{literal}' and {x}",
      "{n, plural, one {# item '#'} other {# items}}",
      "a '' b",
      "don't {x} won't",
    ]) {
      const values = { x: 'X', n: 2 }
      expect(format(message, values)).toBe(new IntlMessageFormat(message, 'en').format(values))
    }
  })

  it('formats numbers in plain arguments and # in the locale, and picks =N before categories', () => {
    expect(
      format('{n} · {n, plural, =0 {none} one {# one} other {# many}}', { n: 1234 }, 'de'),
    ).toBe('1.234 · 1.234 many')
    expect(format('{n, plural, =0 {none} one {# one} other {# many}}', { n: 0 })).toBe('none')
    expect(format('{n, plural, =1 {exactly one} one {# one} other {#}}', { n: 1 })).toBe(
      'exactly one',
    )
    expect(format('{k, select, a {A} other {O}}', { k: 'a' })).toBe('A')
    expect(format('{k, select, a {A} other {O}}', { k: 'constructor' })).toBe('O')
  })

  it('shows a missing value as its placeholder', () => {
    expect(format('Hello {name}')).toBe('Hello {name}')
  })

  it('refuses syntax it does not support, naming where', () => {
    for (const bad of [
      '{n, number, ::currency/EUR}',
      '{d, date, short}',
      '{n, selectordinal, one {#st} other {#th}}',
      '{n, plural, one {x}}',
      'unclosed {x',
      'stray }',
    ]) {
      expect(() => compileMessage(bad), bad).toThrow(MessageSyntaxError)
    }
  })
})

describe('createSupportIntl', () => {
  it('uses the built-in text for a host override that does not parse, and says which', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const intl = createSupportIntl('en', { 'faq.empty': '{broken' })
    expect(intl.formatMessage({ id: 'faq.empty' })).toBe('There are no questions here yet.')
    expect(String(error.mock.calls[0]?.[0])).toContain('faq.empty')
    error.mockRestore()
  })

  it('formats numbers, dates and lists in the locale', () => {
    const intl = createSupportIntl('de')
    expect(intl.formatNumber(1234.5)).toBe('1.234,5')
    expect(intl.formatList(['a', 'b', 'c'], { type: 'conjunction' })).toBe('a, b und c')
    expect(intl.formatDate(new Date(Date.UTC(2025, 3, 23)), { timeZone: 'UTC' })).toBe('23.4.2025')
  })

  it('survives a locale tag Intl refuses', () => {
    expect(createSupportIntl('not a locale!').formatNumber(1000)).toBe('1,000')
  })
})

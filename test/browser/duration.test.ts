import { describe, expect, it } from 'vitest'
import { formatDuration } from '../../src/core/duration'

type IntlWithDuration = typeof Intl & { DurationFormat?: unknown }

/** Runs `fn` as a browser without Intl.DurationFormat would. */
function withoutDurationFormat<T>(fn: () => T): T {
  const intl = Intl as IntlWithDuration
  const native = intl.DurationFormat
  delete intl.DurationFormat
  try {
    return fn()
  } finally {
    intl.DurationFormat = native
  }
}

describe('reply times in Chromium', () => {
  it('read the same with Intl.DurationFormat (Chromium has it) as with the fallback', () => {
    expect(typeof (Intl as IntlWithDuration).DurationFormat).toBe('function')
    for (const locale of ['en', 'de', 'el', 'es', 'ko', 'fr', 'ar']) {
      for (const text of ['PT24H', 'PT1H30M', 'P2D', 'PT15M', 'P1W']) {
        for (const style of ['long', 'short'] as const) {
          const native = formatDuration(text, { locale, style })
          expect(native, `${locale} ${text} ${style}`).toBe(
            withoutDurationFormat(() => formatDuration(text, { locale, style })),
          )
        }
      }
    }
  })
})

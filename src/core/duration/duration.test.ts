import { describe, expect, it } from 'vitest'
import { durationToMilliseconds, formatDuration, parseDuration } from '.'

/** Runs `run` as if the engine had (or had not) `Intl.DurationFormat`. */
function withDurationFormat<T>(value: unknown, run: () => T): T {
  const intl = Intl as unknown as Record<string, unknown>
  const had = Object.prototype.hasOwnProperty.call(intl, 'DurationFormat')
  const original = intl.DurationFormat
  intl.DurationFormat = value
  try {
    return run()
  } finally {
    if (had) intl.DurationFormat = original
    else delete intl.DurationFormat
  }
}

const withoutDurationFormat = <T>(run: () => T): T => withDurationFormat(undefined, run)

describe('parseDuration', () => {
  it('reads the ISO 8601 durations the config allows', () => {
    expect(parseDuration('PT15M')).toEqual({ weeks: 0, days: 0, hours: 0, minutes: 15, seconds: 0 })
    expect(parseDuration('P1W2DT3H4M5S')).toEqual({
      weeks: 1,
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    })
    expect(parseDuration('immediate')).toBe('immediate')
  })

  it.each(['', 'P', 'PT', 'P1Y', 'P1M', 'PT1.5H', 'pt15m', 'PT15M ', '15 minutes', 'P1DT'])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined()
    },
  )
})

describe('durationToMilliseconds', () => {
  it('counts a day as 24 hours and a week as 7 days', () => {
    expect(durationToMilliseconds(parseDuration('PT15M') as never)).toBe(15 * 60_000)
    expect(durationToMilliseconds(parseDuration('P1W') as never)).toBe(7 * 86_400_000)
    expect(durationToMilliseconds(parseDuration('P1DT1H1M1S') as never)).toBe(90_061_000)
  })
})

describe('formatDuration', () => {
  const cases: [string, string, string | undefined, string][] = [
    ['en', 'PT24H', 'long', '24 hours'],
    ['en', 'PT24H', 'short', '24 hr'],
    ['en', 'PT24H', 'narrow', '24h'],
    ['en', 'PT1H30M', undefined, '1 hour, 30 minutes'],
    ['en', 'PT1H30M', 'short', '1 hr, 30 min'],
    ['en', 'P2D', 'long', '2 days'],
    ['en', 'P1W', 'long', '1 week'],
    ['en', 'PT15M', 'short', '15 min'],
    ['de', 'PT24H', 'long', '24 Stunden'],
    ['de', 'PT1H30M', 'long', '1 Stunde, 30 Minuten'],
    ['de', 'PT15M', 'short', '15 Min.'],
    ['el', 'PT24H', 'long', '24 ώρες'],
    ['el', 'PT1H30M', 'long', '1 ώρα, 30 λεπτά'],
    ['el', 'P2D', 'long', '2 ημέρες'],
    ['es', 'PT24H', 'long', '24 horas'],
    ['es', 'PT1H30M', 'long', '1 hora y 30 minutos'],
    ['es', 'PT15M', 'short', '15 min'],
    ['ko', 'PT24H', 'long', '24시간'],
    ['ko', 'PT1H30M', 'long', '1시간 30분'],
    ['ko', 'P1W', 'long', '1주'],
  ]

  it.each(cases)('in %s writes %s (%s) as %j', (locale, text, style, expected) => {
    const options = style === undefined ? { locale } : { locale, style: style as 'long' }
    expect(withoutDurationFormat(() => formatDuration(text, options))).toBe(expected)
  })

  it('writes hours in Arabic', () => {
    const text = withoutDurationFormat(() => formatDuration('PT24H', { locale: 'ar' }))
    expect(text).toMatch(/^(24|٢٤) ساعة$/)
    expect(withoutDurationFormat(() => formatDuration('PT1H30M', { locale: 'ar' }))).toContain(
      'دقيقة',
    )
  })

  it('leaves out zero units and keeps the smallest written one for a zero duration', () => {
    expect(withoutDurationFormat(() => formatDuration('P0DT2H0M', { locale: 'en' }))).toBe(
      '2 hours',
    )
    expect(withoutDurationFormat(() => formatDuration('PT0M', { locale: 'en' }))).toBe('0 minutes')
  })

  it('gives nothing for immediate (a catalog message says it) or for text that is no duration', () => {
    expect(formatDuration('immediate', { locale: 'en' })).toBeUndefined()
    expect(formatDuration('soon', { locale: 'en' })).toBeUndefined()
  })

  it('uses Intl.DurationFormat when the engine has it, with the style and the units', () => {
    const calls: { locale: string; options: Record<string, string>; value: unknown }[] = []
    class FakeDurationFormat {
      constructor(
        private readonly locale: string,
        private readonly options: Record<string, string>,
      ) {}
      format(value: unknown): string {
        calls.push({ locale: this.locale, options: this.options, value })
        return 'native'
      }
    }
    withDurationFormat(FakeDurationFormat, () => {
      expect(formatDuration('PT1H30M', { locale: 'de', style: 'short' })).toBe('native')
      expect(formatDuration('PT0S', { locale: 'en' })).toBe('native')
    })
    expect(calls).toEqual([
      { locale: 'de', options: { style: 'short' }, value: { hours: 1, minutes: 30 } },
      { locale: 'en', options: { style: 'long', secondsDisplay: 'always' }, value: { seconds: 0 } },
    ])
  })

  it('builds one Intl.DurationFormat per locale and options, however often it formats', () => {
    let built = 0
    class CountingDurationFormat {
      constructor() {
        built += 1
      }
      format(): string {
        return 'native'
      }
    }
    withDurationFormat(CountingDurationFormat, () => {
      for (let i = 0; i < 3; i += 1) formatDuration('PT1H', { locale: 'en' })
      formatDuration('PT2H', { locale: 'en' })
      formatDuration('PT1H', { locale: 'de' })
    })
    expect(built).toBe(2)
  })
})

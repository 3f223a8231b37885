import type { DurationText } from '../../config/schema'
import { cached } from '../../internal/cached'

/** The fields of an ISO 8601 duration this library reads (no years or months: their length varies). */
export interface DurationParts {
  weeks: number
  days: number
  hours: number
  minutes: number
  seconds: number
}

type Unit = keyof DurationParts

const UNITS: readonly Unit[] = ['weeks', 'days', 'hours', 'minutes', 'seconds']

/** The singular unit names of `Intl.NumberFormat`'s `unit` style. */
const NUMBER_FORMAT_UNIT = {
  weeks: 'week',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
} as const

/** The same pattern the config schema checks: `P[n]W[n]DT[n]H[n]M[n]S`, at least one field. */
const DURATION_PATTERN =
  /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/

/** The parts of a duration and the units it writes (`PT0M` writes minutes). */
function parse(text: string): { parts: DurationParts; written: Unit[] } | undefined {
  const match = DURATION_PATTERN.exec(text)
  if (match === null) return undefined
  const parts: DurationParts = { weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 }
  const written: Unit[] = []
  UNITS.forEach((unit, i) => {
    const value = match[i + 1]
    if (value === undefined) return
    parts[unit] = Number(value)
    written.push(unit)
  })
  return { parts, written }
}

/**
 * Reads an ISO 8601 duration (`PT15M`, `PT1H30M`, `P2D`, `P1W`) or `immediate`; `undefined` when
 * it is neither (including years, months and fractions, which the config does not allow).
 */
export function parseDuration(text: string): DurationParts | 'immediate' | undefined {
  if (text === 'immediate') return 'immediate'
  return parse(text)?.parts
}

/** The length in milliseconds, with a day as 24 hours and a week as 7 days. */
export function durationToMilliseconds(parts: DurationParts): number {
  const days = parts.weeks * 7 + parts.days
  return (((days * 24 + parts.hours) * 60 + parts.minutes) * 60 + parts.seconds) * 1000
}

type DurationStyle = 'long' | 'short' | 'narrow'

interface DurationFormatLike {
  format(duration: Partial<DurationParts>): string
}

type DurationFormatConstructor = new (
  locale: string,
  options: Record<string, string>,
) => DurationFormatLike

// Formatters cost far more to build than to use, and a table formats durations in every cell.
const numberFormats = new Map<string, Intl.NumberFormat>()
const listFormats = new Map<string, Intl.ListFormat>()
/** By constructor: the engine's, or (in tests) a stand-in for it. */
const durationFormats = new WeakMap<DurationFormatConstructor, Map<string, DurationFormatLike>>()

/** `Intl.DurationFormat` where the engine has it (not in Node 20), read on each call. */
function nativeDurationFormat(): DurationFormatConstructor | undefined {
  return (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat
}

/**
 * What `Intl.DurationFormat` does for these units and styles: each non-zero unit with
 * `Intl.NumberFormat` (`unit` style, the same display), joined by a `unit` list of that style.
 */
function formatWithNumberFormat(
  fields: Partial<DurationParts>,
  locale: string,
  style: DurationStyle,
): string {
  const pieces = UNITS.flatMap((unit) => {
    const value = fields[unit]
    if (value === undefined) return []
    const number = cached(
      numberFormats,
      `${locale}|${unit}|${style}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: NUMBER_FORMAT_UNIT[unit],
          unitDisplay: style,
        }),
    )
    return [number.format(value)]
  })
  const list = cached(
    listFormats,
    `${locale}|${style}`,
    () => new Intl.ListFormat(locale, { type: 'unit', style }),
  )
  return list.format(pieces)
}

/**
 * A duration in words: `PT24H` -> `24 hours` (en), `24 Stunden` (de), `24 ώρες` (el); `PT1H30M`
 * -> `1 hour, 30 minutes`; `short` -> `24 hr`. Zero units are left out; a zero duration shows its
 * smallest written unit (`PT0M` -> `0 minutes`). `Intl.DurationFormat` where the engine has it,
 * else `Intl.NumberFormat` and `Intl.ListFormat`, which give the same text. `undefined` for
 * `immediate` (callers use a catalog message) and for text that is not a duration.
 */
export function formatDuration(
  text: DurationText,
  options: { locale: string; style?: DurationStyle },
): string | undefined {
  const parsed = parse(text)
  if (parsed === undefined) return undefined
  const style = options.style ?? 'long'
  const fields: Partial<DurationParts> = {}
  for (const unit of UNITS) if (parsed.parts[unit] > 0) fields[unit] = parsed.parts[unit]
  const zeroUnit = Object.keys(fields).length === 0 ? parsed.written.at(-1) : undefined
  if (zeroUnit !== undefined) fields[zeroUnit] = 0
  const DurationFormat = nativeDurationFormat()
  if (DurationFormat === undefined) return formatWithNumberFormat(fields, options.locale, style)
  const formatOptions: Record<string, string> = { style }
  // DurationFormat hides zero units unless told to show one.
  if (zeroUnit !== undefined) formatOptions[`${zeroUnit}Display`] = 'always'
  let byOptions = durationFormats.get(DurationFormat)
  if (byOptions === undefined) {
    byOptions = new Map()
    durationFormats.set(DurationFormat, byOptions)
  }
  const key = `${options.locale}|${JSON.stringify(formatOptions)}`
  return cached(byOptions, key, () => new DurationFormat(options.locale, formatOptions)).format(
    fields,
  )
}

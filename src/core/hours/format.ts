import type { OpeningHours, Weekday } from '../../config/schema'
import { cached } from '../../internal/cached'
import type { HoursSpec } from './status'
import { DAY_MS, MINUTE_MS, minutesOfTime, offsetAt } from './zone'

/** Consecutive days that share the same ranges. */
export interface OpeningHoursGroup {
  days: Weekday[]
  ranges: { open: string; close: string }[]
}

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** 2024-01-01 was a Monday: the base for day names and for wall-clock times formatted in UTC. */
const MONDAY = Date.UTC(2024, 0, 1)

/**
 * The weekly hours as groups of consecutive days (the week starting on Monday) with identical
 * ranges, each day's ranges in opening order. Days without hours are left out, so a gap in the
 * days is a closed day. Closed dates and special days are not part of the week.
 */
export function groupWeeklyHours(hours: OpeningHours): OpeningHoursGroup[] {
  const groups: OpeningHoursGroup[] = []
  let previousKey = ''
  for (const day of WEEK) {
    const ranges: OpeningHoursGroup['ranges'] = []
    for (const entry of hours.weekly) {
      const duplicate = ranges.some((r) => r.open === entry.open && r.close === entry.close)
      if (entry.days.includes(day) && !duplicate) {
        ranges.push({ open: entry.open, close: entry.close })
      }
    }
    ranges.sort(
      (a, b) =>
        (minutesOfTime(a.open) ?? 0) - (minutesOfTime(b.open) ?? 0) ||
        (minutesOfTime(a.close) ?? 0) - (minutesOfTime(b.close) ?? 0),
    )
    const key = ranges.map((r) => `${r.open}-${r.close}`).join(' ')
    const last = groups.at(-1)
    if (ranges.length === 0) previousKey = ''
    else if (last !== undefined && key === previousKey) last.days.push(day)
    else {
      groups.push({ days: [day], ranges })
      previousKey = key
    }
  }
  return groups
}

interface TimeStyle {
  hour: 'numeric' | '2-digit'
  hourCycle?: 'h11' | 'h12' | 'h23' | 'h24'
}

const timeStyles = new Map<string, TimeStyle>()

/**
 * The locale's own short time style (`09:00` in de, `9:00 AM` in en), read from `timeStyle:
 * 'short'`, so that it can be combined with a weekday or a date, which `timeStyle` cannot.
 */
function timeStyleOf(locale: string): TimeStyle {
  return cached(timeStyles, locale, () => {
    const formatter = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' })
    const hour = formatter.formatToParts(MONDAY + 65 * MINUTE_MS).find((p) => p.type === 'hour')
    const style: TimeStyle = { hour: hour?.value.length === 2 ? '2-digit' : 'numeric' }
    const { hourCycle } = formatter.resolvedOptions()
    if (hourCycle !== undefined) style.hourCycle = hourCycle
    return style
  })
}

const formatters = new Map<string, Intl.DateTimeFormat>()

type FormatterKind = 'time' | 'midnight-end'

/** Cached formatters: each kind in the locale's time style, in one zone. */
function formatter(kind: FormatterKind, locale: string, timeZone: string): Intl.DateTimeFormat {
  return cached(formatters, `${kind}|${locale}|${timeZone}`, () => {
    const style = timeStyleOf(locale)
    const time: Intl.DateTimeFormatOptions = { timeZone, hour: style.hour, minute: '2-digit' }
    if (style.hourCycle !== undefined) time.hourCycle = style.hourCycle
    // A 24-hour locale writes the end of the day as 24:00; a 12-hour one keeps 12:00 AM.
    if (kind === 'midnight-end' && (style.hourCycle === 'h23' || style.hourCycle === 'h24')) {
      time.hourCycle = 'h24'
    }
    return new Intl.DateTimeFormat(locale, time)
  })
}

/** A wall-clock `HH:MM` in the locale's time style; `end` writes midnight as the day's end. */
function formatWallTime(text: string, locale: string, end: boolean): string {
  const minutes = minutesOfTime(text)
  if (minutes === undefined) return text
  const kind = end && minutes % 1440 === 0 ? 'midnight-end' : 'time'
  return formatter(kind, locale, 'UTC').format(MONDAY + minutes * MINUTE_MS)
}

function weekdayName(day: Weekday, locale: string): string {
  const key = `weekday|${locale}`
  let names = formatters.get(key)
  if (names === undefined) {
    names = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
    formatters.set(key, names)
  }
  return names.format(MONDAY + WEEK.indexOf(day) * DAY_MS)
}

/**
 * A compact, localized summary of the weekly hours: `Mon–Fri 09:00–18:00, Sat 10:00–14:00` in
 * 24-hour locales, `Mon–Fri 9:00 AM–6:00 PM, …` in 12-hour ones; day names and the time style
 * come from `Intl` in the locale. Groups and a day's ranges are joined with the locale's
 * conjunction list (`Intl.ListFormat`, narrow): a `unit` list joins with bare spaces in en, el,
 * es and ko (and with nothing in zh), which would run the ranges together. `'always'` gives
 * `alwaysLabel` (default `24/7`), hours without any weekly range give `closedLabel` (default
 * empty). Closed dates and special days are not summarized.
 */
export function formatOpeningHours(
  hours: HoursSpec,
  options: { locale: string; alwaysLabel?: string; closedLabel?: string },
): string {
  if (hours === 'always') return options.alwaysLabel ?? '24/7'
  const groups = groupWeeklyHours(hours)
  if (groups.length === 0) return options.closedLabel ?? ''
  const { locale } = options
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })
  const parts = groups.map((group) => {
    const first = group.days[0] ?? 'mon'
    const last = group.days.at(-1) ?? first
    const days =
      first === last
        ? weekdayName(first, locale)
        : `${weekdayName(first, locale)}–${weekdayName(last, locale)}`
    const ranges = group.ranges.map(
      (range) =>
        `${formatWallTime(range.open, locale, false)}–${formatWallTime(range.close, locale, true)}`,
    )
    return `${days} ${list.format(ranges)}`
  })
  return list.format(parts)
}

/** The time of `at` on the clock of `timeZone`, in the locale's style: `18:00`, `6:00 PM`. */
export function formatTime(at: Date, options: { locale: string; timeZone: string }): string {
  return formatter('time', options.locale, options.timeZone).format(at)
}

/**
 * A short name for a zone, for "09:00 Athens time": the city of an IANA name (its last segment,
 * underscores as spaces: `America/New_York` -> `New York`). `Intl` has no localized city names
 * (`exemplarCity` is not an option), so the city stays in English; a zone without a city
 * (`UTC`, `Etc/GMT-3`) gets `Intl`'s short zone name in the locale (`UTC`, `GMT+3`).
 */
export function timeZoneCity(timeZone: string, locale: string): string {
  const slash = timeZone.lastIndexOf('/')
  if (slash !== -1 && !timeZone.startsWith('Etc/')) {
    return timeZone.slice(slash + 1).replaceAll('_', ' ')
  }
  const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(MONDAY)
    .find((part) => part.type === 'timeZoneName')
  return name?.value ?? timeZone
}

/** Whether two zones show the same wall clock at `at` (if not, show the company's time too). */
export function sameOffset(a: string, b: string, at: Date): boolean {
  return a === b || offsetAt(at.getTime(), a) === offsetAt(at.getTime(), b)
}

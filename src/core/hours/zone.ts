/**
 * Wall-clock arithmetic in IANA time zones with `Intl.DateTimeFormat` only. A "local" value is a
 * wall-clock reading written as milliseconds since 1970-01-01T00:00 as if the zone were UTC; a
 * "day" is a calendar day number (days since 1970-01-01), the same in every zone.
 */
import { cached } from '../../internal/cached'

export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000

/** One formatter per zone: building an `Intl.DateTimeFormat` costs far more than using one. */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>()

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  return cached(
    wallClockFormatters,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  )
}

/** The wall clock of `timeZone` at `instant` (whole seconds), as a local value. */
export function wallClockAt(instant: number, timeZone: string): number {
  const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value)
  }
  // Some engines write midnight as 24:00 even with h23.
  const hour = fields.hour === 24 ? 0 : fields.hour
  const date = new Date(0)
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day)
  date.setUTCHours(hour, fields.minute, fields.second, 0)
  return date.getTime()
}

/** The zone's offset from UTC at `instant`, in milliseconds (Athens in summer: +3 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000
  return wallClockAt(whole, timeZone) - whole
}

/** The calendar day that `instant` falls on in `timeZone`. */
export function localDayAt(instant: number, timeZone: string): number {
  return Math.floor(wallClockAt(instant, timeZone) / DAY_MS)
}

/**
 * The wall-clock date `YYYY-MM-DD` of `at` in `timeZone` (by default the runtime's zone): the
 * key for "today" that agrees with the zone the hours are computed in.
 */
export function localDate(at: Date, timeZone?: string): string {
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone
  return new Date(localDayAt(at.getTime(), zone) * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The instant at which `timeZone` shows the wall clock `local`. A reading the clock skips (the
 * spring-forward gap) gives the first instant after it, the moment the clock jumps; a reading
 * it shows twice (the fall-back overlap) gives the earlier instant.
 */
export function instantOfWallClock(local: number, timeZone: string): number {
  // The offsets a day and a half either side cover any single transition near `local`.
  const before = offsetAt(local - 1.5 * DAY_MS, timeZone)
  const after = offsetAt(local + 1.5 * DAY_MS, timeZone)
  const first = local - before
  const second = local - after
  const firstFits = wallClockAt(first, timeZone) === local
  const secondFits = wallClockAt(second, timeZone) === local
  if (firstFits && secondFits) return Math.min(first, second)
  if (firstFits) return first
  if (secondFits) return second
  if (before <= after) {
    // In the gap: search (in seconds) for the first instant whose wall clock reaches `local`.
    let low = Math.floor(second / 1000)
    let high = Math.ceil(first / 1000)
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      if (wallClockAt(middle * 1000, timeZone) >= local) high = middle
      else low = middle
    }
    return high * 1000
  }
  return first
}

/** The day number of an ISO date `YYYY-MM-DD`, or `undefined` when it is not one. */
export function dayOfIsoDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return undefined
  const date = new Date(0)
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return Math.floor(date.getTime() / DAY_MS)
}

/** Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday). */
export function weekdayIndexOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

/** Minutes since midnight of `HH:MM` (`24:00` is 1440), or `undefined` when it is not a time. */
export function minutesOfTime(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text)
  if (match === null) return undefined
  const minutes = Number(match[1]) * 60 + Number(match[2])
  return minutes <= 1440 ? minutes : undefined
}

import type { LocalizedText, OpeningHours } from '../../config/schema'
import {
  DAY_MS,
  MINUTE_MS,
  dayOfIsoDate,
  instantOfWallClock,
  localDayAt,
  minutesOfTime,
  weekdayIndexOfDay,
} from './zone'

/** Opening hours, or `'always'` for a channel that is open 24/7. */
export type HoursSpec = OpeningHours | 'always'

/** Whether something is open at one instant, why, and when that changes. */
export interface OpeningStatus {
  open: boolean
  /**
   * Why: `always` (24/7), `regular` (weekly hours), `special` (a special day), `holiday` (a closed
   * day or date range), `closed` (outside hours). When closed, it describes the local day of `at`.
   */
  reason: 'always' | 'regular' | 'special' | 'holiday' | 'closed'
  /** The label of the holiday or special day in effect, if any. */
  label?: LocalizedText
  /** When open: the instant it closes (undefined for `always`, or when open for 400 days on). */
  closesAt?: Date
  /** When closed: the instant it next opens (undefined if it never opens within 400 days). */
  opensAt?: Date
  /** `closesAt ?? opensAt` */
  nextChange?: Date
  /** The hours' time zone that was used. */
  timeZone: string
}

/** How far ahead the next opening or closing is looked for. */
const HORIZON_DAYS = 400

/** The widest UTC offset of any zone (+14:00), so that a day never starts before this bound. */
const MAX_OFFSET_MS = 15 * 60 * MINUTE_MS

/** A range in minutes from the day's midnight; `end` is after `start`, up to 2880 (next day). */
interface MinuteRange {
  start: number
  end: number
}

interface DayPlan {
  ranges: MinuteRange[]
  reason: 'regular' | 'special' | 'holiday'
  label?: LocalizedText
}

interface CompiledHours {
  weekly: MinuteRange[][]
  closed: { from: number; to: number; label?: LocalizedText }[]
  special: Map<number, { ranges: MinuteRange[]; label?: LocalizedText }>
}

/** A range as instants, and its end on the wall clock (a local value). */
interface Interval {
  start: number
  end: number
  localEnd: number
  plan: DayPlan
}

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const

/** A close at or before the open runs past midnight; a malformed time drops the range. */
function minuteRange(open: string, close: string): MinuteRange | undefined {
  const start = minutesOfTime(open)
  const closeMinutes = minutesOfTime(close)
  if (start === undefined || closeMinutes === undefined) return undefined
  return { start, end: closeMinutes > start ? closeMinutes : closeMinutes + 1440 }
}

function byStart(a: MinuteRange, b: MinuteRange): number {
  return a.start - b.start
}

/**
 * Compiled hours by the hours object: a page asks for the status of the same config hours on every
 * render and at every clock tick. Config objects are not mutated once parsed.
 */
const compiledByHours = new WeakMap<OpeningHours, CompiledHours>()

function compiledOf(hours: OpeningHours): CompiledHours {
  let result = compiledByHours.get(hours)
  if (result === undefined) {
    result = compile(hours)
    compiledByHours.set(hours, result)
  }
  return result
}

function compile(hours: OpeningHours): CompiledHours {
  const weekly: MinuteRange[][] = [[], [], [], [], [], [], []]
  for (const entry of hours.weekly) {
    const range = minuteRange(entry.open, entry.close)
    if (range === undefined) continue
    for (const day of entry.days) weekly[WEEKDAY_INDEX[day]]?.push(range)
  }
  for (const ranges of weekly) ranges.sort(byStart)
  const closed: CompiledHours['closed'] = []
  for (const entry of hours.closed ?? []) {
    const from = dayOfIsoDate(entry.date)
    if (from === undefined) continue
    const until = entry.until === undefined ? from : dayOfIsoDate(entry.until)
    closed.push({ from, to: Math.max(from, until ?? from), label: entry.label })
  }
  const special: CompiledHours['special'] = new Map()
  for (const entry of hours.special ?? []) {
    const day = dayOfIsoDate(entry.date)
    if (day === undefined) continue
    const ranges = entry.ranges.flatMap((r) => minuteRange(r.open, r.close) ?? []).sort(byStart)
    special.set(day, { ranges, label: entry.label })
  }
  return { weekly, closed, special }
}

/**
 * A day's hours. A special day is the most specific statement about a date, so it wins over a
 * closed range that covers it (an extra opening inside a holiday week); otherwise a closed day
 * has no hours, and any other day has its weekly ones.
 */
function planOf(hours: CompiledHours, day: number): DayPlan {
  const special = hours.special.get(day)
  if (special !== undefined)
    return { ranges: special.ranges, reason: 'special', label: special.label }
  const closed = hours.closed.find((entry) => entry.from <= day && day <= entry.to)
  if (closed !== undefined) return { ranges: [], reason: 'holiday', label: closed.label }
  return { ranges: hours.weekly[weekdayIndexOfDay(day)] ?? [], reason: 'regular' }
}

/**
 * The instants a day's ranges run, in start order. A range belongs to the day it starts on, so a
 * closed day closes the ranges that start on it, while the overnight range of the day before
 * still runs into its early hours.
 */
function intervalsOf(hours: CompiledHours, day: number, timeZone: string): Interval[] {
  const plan = planOf(hours, day)
  const midnight = day * DAY_MS
  return plan.ranges
    .map((range) => ({
      start: instantOfWallClock(midnight + range.start * MINUTE_MS, timeZone),
      end: instantOfWallClock(midnight + range.end * MINUTE_MS, timeZone),
      localEnd: midnight + range.end * MINUTE_MS,
      plan,
    }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start)
}

/** No range of `day` starts before this instant, whatever the zone. */
function earliestStartOf(day: number): number {
  return day * DAY_MS - MAX_OFFSET_MS
}

function withLabel(status: OpeningStatus, label: LocalizedText | undefined): OpeningStatus {
  return label === undefined ? status : { ...status, label }
}

/**
 * Whether `hours` are open at `options.at`, why, and the exact instant that changes. Times in the
 * hours are wall-clock times in `hours.timeZone ?? options.timeZone`, correct across DST: an
 * opening inside the skipped hour happens when the clock jumps, one inside the repeated hour the
 * first time the clock shows it.
 */
export function getOpeningStatus(
  hours: HoursSpec,
  options: { at: Date; timeZone: string },
): OpeningStatus {
  if (hours === 'always') return { open: true, reason: 'always', timeZone: options.timeZone }
  const timeZone = hours.timeZone ?? options.timeZone
  const compiled = compiledOf(hours)
  const at = options.at.getTime()
  const today = localDayAt(at, timeZone)
  const lastDay = today + HORIZON_DAYS
  const days = new Map<number, Interval[]>()
  const intervals = (day: number): Interval[] => {
    let list = days.get(day)
    if (list === undefined) {
      list = intervalsOf(compiled, day, timeZone)
      days.set(day, list)
    }
    return list
  }

  // A range is at most 24 hours long and starts on its own day, so only yesterday's and
  // today's can be running now; the latest-started one says why it is open.
  const running = [...intervals(today - 1), ...intervals(today)].filter(
    (interval) => interval.start <= at && at < interval.end,
  )
  const current = running.at(-1)
  if (current !== undefined) {
    // Ranges that touch or overlap keep it open: it closes at the end of the whole chain. The
    // chain is followed on the wall clock (one conversion at the end, not one per day), which
    // matters for hours such as 00:00–24:00 every day.
    let end = Math.max(...running.map((interval) => interval.localEnd))
    let closesAt: number | undefined
    for (let day = today - 1; day <= lastDay; day++) {
      for (const range of planOf(compiled, day).ranges) {
        const start = day * DAY_MS + range.start * MINUTE_MS
        const rangeEnd = day * DAY_MS + range.end * MINUTE_MS
        if (start <= end && rangeEnd > end) end = rangeEnd
      }
      if ((day + 1) * DAY_MS > end) {
        closesAt = instantOfWallClock(end, timeZone)
        break
      }
    }
    const status: OpeningStatus = { open: true, reason: current.plan.reason, timeZone }
    if (closesAt !== undefined) {
      status.closesAt = new Date(closesAt)
      status.nextChange = status.closesAt
    }
    return withLabel(status, current.plan.reason === 'special' ? current.plan.label : undefined)
  }

  let opensAt: number | undefined
  for (let day = today - 1; day <= lastDay; day++) {
    if (opensAt !== undefined && earliestStartOf(day) > opensAt) break
    const next = intervals(day).find((interval) => interval.start > at)
    if (next !== undefined && (opensAt === undefined || next.start < opensAt)) opensAt = next.start
  }
  const todayPlan = planOf(compiled, today)
  const reason = todayPlan.reason === 'regular' ? 'closed' : todayPlan.reason
  const status: OpeningStatus = { open: false, reason, timeZone }
  if (opensAt !== undefined) {
    status.opensAt = new Date(opensAt)
    status.nextChange = status.opensAt
  }
  return withLabel(status, todayPlan.label)
}

/**
 * The hours a channel keeps: its own, `'always'`, or (for `'inherit'` and when it says nothing)
 * the company's, which are `'always'` when the company has none.
 */
export function resolveChannelHours(
  channelHours: 'inherit' | 'always' | OpeningHours | undefined,
  companyHours: OpeningHours | undefined,
): HoursSpec {
  if (channelHours === undefined || channelHours === 'inherit') return companyHours ?? 'always'
  return channelHours
}

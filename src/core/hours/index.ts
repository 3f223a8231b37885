/**
 * Opening hours: whether a company or channel is open at an instant, why (weekly hours, a
 * special day, a holiday, 24/7), the exact instant that changes in any IANA time zone across
 * DST, and localized summaries. Framework-free, `Intl` only; nothing runs at import time.
 */
export { getOpeningStatus, resolveChannelHours } from './status'
export type { HoursSpec, OpeningStatus } from './status'
export {
  formatOpeningHours,
  formatTime,
  groupWeeklyHours,
  sameOffset,
  timeZoneCity,
} from './format'
export type { OpeningHoursGroup } from './format'

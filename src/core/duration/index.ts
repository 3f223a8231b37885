/**
 * ISO 8601 durations (`PT15M`, `PT24H`, `P2D`) for reply times and SLA targets: parsing and
 * localized text through `Intl`. Framework-free; nothing runs at import time.
 */
export { durationToMilliseconds, formatDuration, parseDuration } from './duration'
export type { DurationParts } from './duration'
export { promiseMilliseconds, slowestPromise } from './sla'

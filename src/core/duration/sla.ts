import type { DurationText } from '../../config/schema'
import { durationToMilliseconds, parseDuration } from './duration'

/** How long a promise allows, in milliseconds: `immediate` is 0; unparsable is Infinity. */
export function promiseMilliseconds(text: DurationText): number {
  const parts = parseDuration(text)
  if (parts === 'immediate') return 0
  return parts ? durationToMilliseconds(parts) : Number.POSITIVE_INFINITY
}

/**
 * The promise that holds for every plan that includes it: the slowest of the targets (`null`,
 * "not included", is skipped). `undefined` when no plan includes it.
 */
export function slowestPromise(targets: Readonly<Record<string, DurationText | null>>) {
  const given = Object.values(targets).filter((t): t is DurationText => t !== null)
  return given.sort((a, b) => promiseMilliseconds(b) - promiseMilliseconds(a))[0]
}

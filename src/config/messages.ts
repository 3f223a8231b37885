/**
 * The plain-English pieces that config error messages are built from. Shared by the schema (rules
 * that know their own message) and by `parseSupportConfig` (messages written from zod issue codes).
 * Internal: not part of the public API.
 */

/** The config version this release reads. */
export const SUPPORTED_CONFIG_VERSION = 1

/** The longest value quoted in a message; longer values are cut with an ellipsis. */
const MAX_QUOTED_LENGTH = 60

/** A value quoted for a message (`"Mars/Olympus"`), cut short when it is long. */
export function quote(value: string): string {
  const short =
    value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH - 1)}…` : value
  return JSON.stringify(short)
}

/** True for `{…}` written as an object literal or parsed from JSON (not arrays, dates, maps). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** How a value reads after "but got": `a string`, `a number`, `null`, `an array`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing (undefined)'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return 'a string'
    case 'number':
      return Number.isNaN(value) ? 'NaN' : 'a number'
    case 'boolean':
      return 'a boolean'
    case 'bigint':
      return 'a bigint'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    default:
      break
  }
  if (isPlainObject(value)) return 'an object'
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name
  return typeof name === 'string' && name !== '' ? `a ${name} object` : 'an object'
}

/** The message for a config written for a version this release does not read. */
export function unsupportedVersionMessage(version: number): string {
  return `Config version ${version} is not supported by this release of react-support-hub (supported: ${SUPPORTED_CONFIG_VERSION}).`
}

/** The message for a LocalizedText field given something that is neither a string nor a map. */
export function expectedTextMessage(value: unknown): string {
  return `Expected text (a string or a map of locale to string), but got ${describeValue(value)}.`
}

/**
 * `parseSupportConfig()`: checks a config and returns either the typed config or every problem,
 * each with a JSON path and a plain-English message. It never throws, so a broken config cannot
 * blank the host page.
 */
import type * as z from 'zod/mini'
import {
  SUPPORTED_CONFIG_VERSION,
  describeValue,
  isPlainObject,
  quote,
  unsupportedVersionMessage,
} from './messages'
import { supportConfigSchema, type SupportConfig } from './schema'

/** One problem in a config. */
export interface ConfigError {
  /**
   * Where the problem is, as a JSON path: dots for keys and `[n]` for list positions
   * (`faq.categories[0].items[2].question`). The empty string means the config itself.
   */
  path: string
  /** What is wrong, in plain English, written to be shown to the person editing the config. */
  message: string
}

/** The outcome of `parseSupportConfig()`: the typed config, or every problem found. */
export type ParseResult = { ok: true; config: SupportConfig } | { ok: false; errors: ConfigError[] }

/**
 * Checks `input` (usually the result of `JSON.parse`) against the config schema.
 *
 * Never throws. On success the config has its defaults applied (`locale: "en"`,
 * `timeZone: "UTC"`); on failure every problem is reported at once, not just the first.
 */
export function parseSupportConfig(input: unknown): ParseResult {
  const result = checkSupportConfig(input)
  return result.ok ? result : { ok: false, errors: result.errors.map((located) => located.error) }
}

/** A problem with its path as segments (keys, and list positions as digits), not re-parsed. */
export interface LocatedConfigError {
  error: ConfigError
  segments: readonly string[]
}

/**
 * `parseSupportConfig()` with each problem's path also as segments, for `parseSectionedConfig()`,
 * which decides from them what a problem takes out. @internal
 */
export function checkSupportConfig(
  input: unknown,
): { ok: true; config: SupportConfig } | { ok: false; errors: LocatedConfigError[] } {
  try {
    if (!isPlainObject(input)) {
      return failure('', `The config must be a JSON object, but got ${describeValue(input)}.`)
    }
    // A config written for another version is checked against the wrong rules, so any other
    // message would mislead: report the version alone.
    const version = input.version
    if (typeof version === 'number' && version !== SUPPORTED_CONFIG_VERSION) {
      return failure('version', unsupportedVersionMessage(version))
    }

    const allowedKeys = new WeakMap<object, readonly string[]>()
    const result = supportConfigSchema.safeParse(input, {
      reportInput: true,
      error: (issue) => messageFor(issue, allowedKeys),
    })
    if (result.success) return { ok: true, config: result.data }

    const errors: LocatedConfigError[] = []
    collectErrors(result.error.issues, [], allowedKeys, errors)
    return { ok: false, errors }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return failure('', `The config could not be checked: ${reason}`)
  }
}

function failure(path: string, message: string): { ok: false; errors: LocatedConfigError[] } {
  return { ok: false, errors: [{ error: { path, message }, segments: path === '' ? [] : [path] }] }
}

/** A path's segments as strings: keys as they are, list positions as digits. */
function segmentsOf(path: readonly PropertyKey[]): string[] {
  return path.map((segment) =>
    typeof segment === 'symbol' ? (segment.description ?? '') : String(segment),
  )
}

/** A config error at `path`, with its segments. */
function located(path: readonly PropertyKey[], message: string): LocatedConfigError {
  return { error: { path: formatPath(path), message }, segments: segmentsOf(path) }
}

/** Formats a path as `faq.categories[0].items[2].question`; odd keys are quoted (`["a b"]`). */
function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`
      continue
    }
    const key = typeof segment === 'symbol' ? (segment.description ?? '') : segment
    if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out
}

/**
 * Turns final zod issues into config errors: one error per unknown key, and a union issue
 * replaced by the issues of the one branch the value was clearly meant for.
 */
function collectErrors(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PropertyKey[],
  allowedKeys: WeakMap<object, readonly string[]>,
  out: LocatedConfigError[],
): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      const allowed = (issue.input && allowedKeys.get(issue.input)) ?? []
      for (const key of issue.keys) {
        out.push(located([...path, key], unknownKeyMessage(key, allowed)))
      }
      continue
    }
    if (issue.code === 'invalid_union') {
      const branch = intendedBranch(issue.errors)
      if (branch) {
        collectErrors(branch, path, allowedKeys, out)
        continue
      }
    }
    out.push(located(path, issue.message))
  }
}

/**
 * The one union branch whose type matched the value (its issues are deeper than the value
 * itself), if there is exactly one. `{ "en": 5 }` for a text is a map with a bad entry, so
 * the map's problem is reported, not "expected a string or a map".
 */
function intendedBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  const plausible = branches.filter(
    (branch) =>
      branch.length > 0 &&
      !branch.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0),
  )
  return plausible.length === 1 ? plausible[0] : undefined
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
}

/** A value as it appears in a message: the value itself when short and simple, else its kind. */
function showValue(value: unknown): string {
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return describeValue(value)
}

function listOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join('')
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`
}

/**
 * The message for an issue zod raised without one of ours, written from its code. Unknown keys
 * also record which keys that object allows, for the "Did you mean" suggestion.
 */
function messageFor(
  issue: z.core.$ZodRawIssue,
  allowedKeys: WeakMap<object, readonly string[]>,
): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required field is missing.'
      return `Expected ${EXPECTED[issue.expected] ?? issue.expected}, but got ${describeValue(issue.input)}.`
    case 'invalid_union': {
      if (issue.input === undefined) return 'Required field is missing.'
      // A tagged union ("type": "email" | "phone" …) names the tag and the values it takes.
      const tagged = issue as { discriminator?: unknown; options?: unknown }
      if (typeof tagged.discriminator === 'string' && Array.isArray(tagged.options)) {
        const allowed = tagged.options.map((value) => showValue(value))
        const value = isPlainObject(issue.input) ? issue.input[tagged.discriminator] : undefined
        return value === undefined
          ? `Required field is missing: "${tagged.discriminator}" must be one of ${listOr(allowed)}.`
          : `Must be one of ${listOr(allowed)}, but got ${showValue(value)}.`
      }
      return `${showValue(issue.input)} does not match any of the allowed forms.`
    }
    case 'invalid_value': {
      if (issue.input === undefined) return 'Required field is missing.'
      const allowed = issue.values.map((value) =>
        typeof value === 'string' ? quote(value) : String(value),
      )
      const expected =
        allowed.length === 1 ? `Must be ${allowed.join('')}` : `Must be one of ${listOr(allowed)}`
      return `${expected}, but got ${showValue(issue.input)}.`
    }
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `Must contain at least ${minimum} item${minimum === 1 ? '' : 's'}.`
      }
      if (issue.origin === 'string') {
        return minimum === 1 ? 'Must not be empty.' : `Must be at least ${minimum} characters long.`
      }
      return issue.inclusive === false
        ? `Must be greater than ${minimum}.`
        : `Must be at least ${minimum}.`
    }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `Must contain at most ${maximum} item${maximum === 1 ? '' : 's'}.`
      }
      if (issue.origin === 'string') return `Must be at most ${maximum} characters long.`
      return issue.inclusive === false
        ? `Must be less than ${maximum}.`
        : `Must be at most ${maximum}.`
    }
    case 'invalid_format':
      return `${showValue(issue.input)} does not have the expected format.`
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}.`
    case 'unrecognized_keys': {
      const shape = objectShapeKeys(issue.inst)
      if (shape && isObjectLike(issue.input)) allowedKeys.set(issue.input, shape)
      return `Unknown key${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.map(quote).join(', ')}.`
    }
    case 'invalid_key':
      return `${showValue(issue.input)} is not an allowed key.`
    case 'invalid_element':
      return 'Contains an invalid entry.'
    case 'custom':
      return 'Invalid value.'
    default:
      return 'Invalid value.'
  }
}

function isObjectLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

/** The keys an object schema declares, read from the schema that raised the issue. */
function objectShapeKeys(inst: unknown): readonly string[] | undefined {
  const shape = (inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape
  return isObjectLike(shape) ? Object.keys(shape) : undefined
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = closestKey(key, allowed)
  if (suggestion !== undefined)
    return `Unknown key ${quote(key)}. Did you mean ${quote(suggestion)}?`
  if (allowed.length > 0) {
    return `Unknown key ${quote(key)}. Allowed keys here: ${allowed.map(quote).join(', ')}.`
  }
  return `Unknown key ${quote(key)}.`
}

/** The allowed key a typo most likely meant: a few edits away, ignoring case. */
function closestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    const limit = Math.max(1, Math.floor(Math.max(key.length, candidate.length) / 3))
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const previous = rows[i - 1] ?? []
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      }
      row.push(value)
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? 0
}

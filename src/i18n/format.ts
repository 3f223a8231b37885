/**
 * ICU MessageFormat, the part of it UI catalogs use: text, `{arg}`, `{arg, plural, …}` (with
 * `=N` cases, the locale's plural categories and `#`), `{arg, select, …}`, and ICU's apostrophe
 * quoting. Formatting goes through `Intl` (PluralRules, NumberFormat, DateTimeFormat).
 *
 * Why not intl-messageformat: its parser and number-skeleton parser are 27 kB minified of a
 * 40 kB page, for syntax no catalog uses. A test formats every message of every catalog both
 * ways and requires the same text. Other ICU syntax (`selectordinal`, `{n, number, …}` styles,
 * `{d, date}`, rich-text tags) is refused with a clear error naming the message.
 */

/** A value a message argument takes. */
export type MessageValue = string | number | Date

type Part =
  | string
  | { type: 'argument'; name: string }
  | { type: 'pound' }
  | { type: 'plural'; name: string; cases: Record<string, Part[]> }
  | { type: 'select'; name: string; cases: Record<string, Part[]> }

/** A compiled message. */
export type CompiledMessage = readonly Part[]

/** A message that does not parse, with where and why. */
export class MessageSyntaxError extends Error {
  constructor(message: string, source: string, offset: number) {
    super(`${message} at offset ${offset} of ${JSON.stringify(source)}`)
    this.name = 'MessageSyntaxError'
  }
}

const IDENTIFIER = /[^\s{}#,'=]+/y
const PLURAL_KEY = /=\d+|zero|one|two|few|many|other/y

/** Parses an ICU message (the subset above) into parts; throws `MessageSyntaxError`. */
export function compileMessage(source: string): CompiledMessage {
  let at = 0

  const fail = (why: string): never => {
    throw new MessageSyntaxError(why, source, at)
  }
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source.charAt(at))) at++
  }
  const expect = (char: string) => {
    skipSpace()
    if (source[at] !== char) fail(`Expected "${char}"`)
    at++
  }
  const token = (pattern: RegExp, what: string): string => {
    skipSpace()
    pattern.lastIndex = at
    const match = pattern.exec(source)
    if (!match) return fail(`Expected ${what}`)
    at += match[0].length
    return match[0]
  }

  /** Text and placeholders until `}` (inside a case) or the end. */
  const parts = (inPlural: boolean, nested: boolean): Part[] => {
    const out: Part[] = []
    let text = ''
    const flush = () => {
      if (text !== '') out.push(text)
      text = ''
    }
    while (at < source.length) {
      const char = source.charAt(at)
      if (char === '}') {
        if (!nested) fail('Unmatched "}"')
        break
      }
      if (char === '{') {
        flush()
        out.push(placeholder())
        continue
      }
      if (char === '#' && inPlural) {
        flush()
        out.push({ type: 'pound' })
        at++
        continue
      }
      if (char === "'") {
        const next = source[at + 1]
        if (next === "'") {
          text += "'"
          at += 2
          continue
        }
        if (next === '{' || next === '}' || (next === '#' && inPlural)) {
          // Quoted literal text, up to the next lone apostrophe.
          at++
          while (at < source.length) {
            if (source[at] === "'") {
              if (source[at + 1] === "'") {
                text += "'"
                at += 2
                continue
              }
              at++
              break
            }
            text += source.charAt(at)
            at++
          }
          continue
        }
      }
      text += char
      at++
    }
    flush()
    return out
  }

  const cases = (inPlural: boolean, key: RegExp, what: string): Record<string, Part[]> => {
    const out: Record<string, Part[]> = {}
    skipSpace()
    while (source[at] !== '}') {
      if (at >= source.length) fail('Unclosed "{"')
      const name = token(key, what)
      expect('{')
      out[name] = parts(inPlural, true)
      expect('}')
      skipSpace()
    }
    if (!('other' in out)) fail('A plural or select needs an "other" case')
    return out
  }

  const placeholder = (): Part => {
    at++ // "{"
    const name = token(IDENTIFIER, 'an argument name')
    skipSpace()
    if (source[at] === '}') {
      at++
      return { type: 'argument', name }
    }
    expect(',')
    const kind = token(IDENTIFIER, 'plural or select')
    if (kind !== 'plural' && kind !== 'select') {
      fail(`Unsupported argument type "${kind}" (use plural or select, and format values first)`)
    }
    expect(',')
    const result: Part =
      kind === 'plural'
        ? { type: 'plural', name, cases: cases(true, PLURAL_KEY, 'a plural case') }
        : { type: 'select', name, cases: cases(false, IDENTIFIER, 'a select case') }
    expect('}')
    return result
  }

  const out = parts(false, false)
  if (at < source.length) fail('Unexpected text')
  return out
}

/** The `Intl` formatters a locale formats messages with. */
export interface MessageFormatters {
  plural: Intl.PluralRules
  number: Intl.NumberFormat
  date: Intl.DateTimeFormat
}

function formatValue(value: MessageValue, formatters: MessageFormatters): string {
  if (typeof value === 'number') return formatters.number.format(value)
  if (value instanceof Date) return formatters.date.format(value)
  return value
}

/**
 * Formats a compiled message. A missing value shows as `{name}`, so the gap is visible instead
 * of the sentence silently losing a word.
 */
export function formatCompiled(
  message: CompiledMessage,
  values: Readonly<Record<string, MessageValue>> | undefined,
  formatters: MessageFormatters,
  pound?: number,
): string {
  let out = ''
  for (const part of message) {
    if (typeof part === 'string') {
      out += part
      continue
    }
    if (part.type === 'pound') {
      out += pound === undefined ? '#' : formatters.number.format(pound)
      continue
    }
    const value = values && Object.hasOwn(values, part.name) ? values[part.name] : undefined
    if (value === undefined) {
      out += `{${part.name}}`
      continue
    }
    if (part.type === 'argument') {
      out += formatValue(value, formatters)
      continue
    }
    if (part.type === 'select') {
      const key = String(value)
      const chosen = Object.hasOwn(part.cases, key) ? part.cases[key] : part.cases.other
      out += formatCompiled(chosen ?? [], values, formatters, pound)
      continue
    }
    const count = Number(value)
    const exact = `=${count}`
    const category = formatters.plural.select(count)
    const chosen = Object.hasOwn(part.cases, exact)
      ? part.cases[exact]
      : Object.hasOwn(part.cases, category)
        ? part.cases[category]
        : part.cases.other
    out += formatCompiled(chosen ?? [], values, formatters, count)
  }
  return out
}

import { cached } from '../internal/cached'
import { loadedCatalog, type MessageId, type Messages } from './catalogs'
import {
  compileMessage,
  formatCompiled,
  type CompiledMessage,
  type MessageFormatters,
  type MessageValue,
} from './format'
import { localeChain } from './locale'

/**
 * The UI messages for a locale: English underneath (so a message missing from a catalog still
 * shows), the loaded catalogs of its chain over it, and the host's overrides on top.
 */
export function messagesFor(locale: string, overrides?: Partial<Messages>): Messages {
  const catalogs: Partial<Messages>[] = []
  // English underneath, then the chain from the widest tag to the closest (`de`, then `de-AT`).
  for (const tag of localeChain(locale).reverse()) {
    const catalog = loadedCatalog(tag)
    if (catalog) catalogs.push(catalog)
  }
  if (overrides) catalogs.push(overrides)
  return Object.assign({}, ...catalogs) as Messages
}

/**
 * Formats UI messages, numbers, dates and lists for one locale: what every component reads from
 * the provider as `intl`.
 */
export interface SupportIntl {
  /** The locale, as given to the provider. */
  locale: string
  /** A UI message by id, with its ICU arguments filled in. */
  formatMessage(descriptor: { id: MessageId }, values?: Record<string, MessageValue>): string
  /** A number in the locale's style (`Intl.NumberFormat` options). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string
  /** A date in the locale's style (`Intl.DateTimeFormat` options). */
  formatDate(value: Date | number, options?: Intl.DateTimeFormatOptions): string
  /** A list ("a, b and c") in the locale's style (`Intl.ListFormat` options). */
  formatList(items: readonly string[], options?: Intl.ListFormatOptions): string
}

/** The locale itself when `Intl` knows it, else English (a config may name any tag). */
export function usableLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0 ? locale : 'en'
  } catch {
    return 'en'
  }
}

/**
 * The formatter for a locale, with the loaded catalogs and host overrides. A message that does
 * not parse (a host override with unsupported syntax) is reported once on the console and the
 * built-in text is used instead; nothing throws while rendering.
 */
export function createSupportIntl(locale: string, overrides?: Partial<Messages>): SupportIntl {
  const tag = usableLocale(locale)
  const messages = messagesFor(locale, overrides)
  const fallback = overrides ? messagesFor(locale) : messages
  const formatters: MessageFormatters = {
    plural: new Intl.PluralRules(tag),
    number: new Intl.NumberFormat(tag),
    date: new Intl.DateTimeFormat(tag),
  }
  // Intl formatters are costly to create: one per set of options, reused on every render.
  const numberFormats = new Map<string, Intl.NumberFormat>()
  const dateFormats = new Map<string, Intl.DateTimeFormat>()
  const listFormats = new Map<string, Intl.ListFormat>()
  const compiled = new Map<MessageId, CompiledMessage>()
  const compile = (id: MessageId): CompiledMessage => {
    let message = compiled.get(id)
    if (!message) {
      try {
        message = compileMessage(messages[id])
      } catch (error) {
        console.error(`react-support-hub: the UI message "${id}" cannot be used:`, error)
        message = compileMessage(fallback[id])
      }
      compiled.set(id, message)
    }
    return message
  }
  return {
    locale,
    formatMessage: ({ id }, values) => formatCompiled(compile(id), values, formatters),
    formatNumber: (value, options) =>
      cached(numberFormats, options, () => new Intl.NumberFormat(tag, options)).format(value),
    formatDate: (value, options) =>
      cached(dateFormats, options, () => new Intl.DateTimeFormat(tag, options)).format(value),
    formatList: (items, options) =>
      cached(listFormats, options, () => new Intl.ListFormat(tag, options)).format(items),
  }
}

export type { MessageId, Messages }

import { createIntl, createIntlCache, IntlErrorCode, type IntlShape } from '@formatjs/intl'
import { loadedCatalog, type MessageId, type Messages } from './catalogs'
import { localeChain } from './locale'

const cache = createIntlCache()

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

export type SupportIntl = IntlShape

/** An `@formatjs/intl` instance for a locale, with the built-in catalogs and host overrides. */
export function createSupportIntl(locale: string, overrides?: Partial<Messages>): SupportIntl {
  return createIntl(
    {
      locale,
      defaultLocale: 'en',
      messages: messagesFor(locale, overrides),
      onError: (error) => {
        // A missing locale-data warning is noise on runtimes with full ICU; real errors surface.
        if (error.code !== IntlErrorCode.MISSING_DATA) console.error(error)
      },
    },
    cache,
  )
}

export type { MessageId, Messages }

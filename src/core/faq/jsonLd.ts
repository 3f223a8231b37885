import type { FaqConfig } from '../../config/schema'
import { localeChain, resolveText } from '../../i18n/locale'
import { markdownToPlainText } from '../markdown/plainText'

/** A schema.org `FAQPage`, as search engines read it. */
export interface FaqPageJsonLd {
  '@context': 'https://schema.org'
  '@type': 'FAQPage'
  inLanguage: string
  dateModified?: string
  mainEntity: {
    '@type': 'Question'
    name: string
    acceptedAnswer: { '@type': 'Answer'; text: string }
  }[]
}

/** The FAQ as schema.org `FAQPage` structured data, in `locale`, answers as plain text. */
export function toFaqPageJsonLd(faq: FaqConfig, options: { locale: string }): FaqPageJsonLd {
  const chain = localeChain(options.locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: options.locale,
    ...(faq.updated ? { dateModified: faq.updated } : {}),
    mainEntity: faq.categories.flatMap((category) =>
      category.items.map((item) => ({
        '@type': 'Question' as const,
        name: resolveText(item.question, chain),
        acceptedAnswer: {
          '@type': 'Answer' as const,
          text: markdownToPlainText(resolveText(item.answer, chain)),
        },
      })),
    ),
  }
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * `\u003c`, `\u003e` and `\u0026` (the same JSON to a parser), so no content can close the
 * element (`</script>`) or open a comment (`<!--`); U+2028/U+2029 are escaped as well.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

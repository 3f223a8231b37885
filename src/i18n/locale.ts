import type { LocalizedText } from '../config/schema'

/** Languages written right to left (by primary language subtag). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
])

/** `'de-AT'` -> `'de'`; tags that cannot be parsed stay as they are. */
export function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? locale
}

/** Text direction of a locale: `'rtl'` for Arabic, Hebrew, Persian, Urdu and the like. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(baseLanguage(locale)) ? 'rtl' : 'ltr'
}

/**
 * The order in which a locale's text is looked for: the tag itself, its parents, then the
 * fallback (English unless told otherwise). `'de-AT'` -> `['de-AT', 'de', 'en']`.
 */
export function localeChain(locale: string, fallback = 'en'): string[] {
  const chain: string[] = []
  const parts = locale.split(/[-_]/)
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'))
  if (!chain.includes(fallback)) chain.push(fallback)
  return chain
}

/** Config text picked for a reader: the string, and the locale tag it was written in, if known. */
export interface ResolvedText {
  text: string
  /** The map key the text came from; `undefined` for a plain string. */
  locale: string | undefined
}

/**
 * Picks the text for a locale from config text: a plain string is used as it is; a map of
 * locale to string is searched along the locale chain (case-insensitive), then its first entry.
 */
export function resolveLocalizedText(text: LocalizedText, chain: readonly string[]): ResolvedText {
  if (typeof text === 'string') return { text, locale: undefined }
  const entries = Object.entries(text)
  for (const tag of chain) {
    const found = entries.find(([key]) => key.toLowerCase() === tag.toLowerCase())
    if (found) return { text: found[1], locale: found[0] }
  }
  const [first] = entries
  return first ? { text: first[1], locale: first[0] } : { text: '', locale: undefined }
}

/** {@link resolveLocalizedText}, the string only. */
export function resolveText(text: LocalizedText, chain: readonly string[]): string {
  return resolveLocalizedText(text, chain).text
}

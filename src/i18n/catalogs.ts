import { createLazyRegistry, suspendOn } from '../internal/lazyRegistry'
import { localeChain } from './locale'
import en from './messages/en.json'

/** Every UI message id. English is the source catalog; every other catalog has the same ids. */
export type MessageId = keyof typeof en

/** A catalog of ICU messages, by message id. */
export type Messages = Record<MessageId, string>

/** A UI catalog with its language: what `react-support-hub/locales` exports (`el`, `de`, …). */
export interface LocaleCatalog {
  /** The language, a BCP 47 tag (`el`). */
  locale: string
  /** Its messages. */
  messages: Messages
}

/** The languages that have a built-in UI catalog. */
export const builtInLocales = ['en', 'de', 'el', 'es', 'ko', 'fr', 'ar'] as const

/** A language with a built-in UI catalog. */
export type BuiltInLocale = (typeof builtInLocales)[number]

/**
 * The other catalogs load on demand, each in its own chunk: a page in Greek never downloads the
 * Korean messages. English, the fallback, is always there.
 */
const loaders: Record<Exclude<BuiltInLocale, 'en'>, () => Promise<{ default: Messages }>> = {
  de: () => import('./messages/de.json'),
  el: () => import('./messages/el.json'),
  es: () => import('./messages/es.json'),
  ko: () => import('./messages/ko.json'),
  fr: () => import('./messages/fr.json'),
  ar: () => import('./messages/ar.json'),
}

type LoadableLocale = Exclude<BuiltInLocale, 'en'>

function isLoadable(tag: string): tag is LoadableLocale {
  return Object.hasOwn(loaders, tag)
}

/** Catalogs by lowercase tag. Only built-in tags are ever loaded (see `missingCatalogs`). */
const catalogs = createLazyRegistry<string, Messages>(
  (tag) => loaders[tag as LoadableLocale]().then((module) => module.default),
  (tag) => {
    // Never a blank page: without its catalog the UI shows the fallback (English).
    console.warn(
      `react-support-hub: the "${tag}" UI catalog could not be loaded; the UI falls back to English.`,
    )
  },
)
catalogs.register('en', en)

/**
 * Makes UI catalogs available at once, without loading them: for server rendering, or to ship
 * them in the page's main bundle. `registerLocales(el, de)` with catalogs from
 * `react-support-hub/locales`; a host's own catalog for another language works too.
 */
export function registerLocales(...all: LocaleCatalog[]): void {
  for (const catalog of all) catalogs.register(catalog.locale.toLowerCase(), catalog.messages)
}

/** The catalog of one language tag (`el`, `pt-br`), if it is loaded or registered. */
export function loadedCatalog(tag: string): Messages | undefined {
  return catalogs.peek(tag.toLowerCase()) ?? undefined
}

/**
 * The built-in catalogs a locale needs (`de-AT` needs `de`) that are not loaded yet (a catalog
 * that failed to load is not missing: the UI stays in the fallback language for it).
 */
export function missingCatalogs(locale: string): LoadableLocale[] {
  return localeChain(locale)
    .map((tag) => tag.toLowerCase())
    .filter((tag): tag is LoadableLocale => isLoadable(tag) && catalogs.peek(tag) === undefined)
}

/**
 * Loads the built-in catalogs a locale needs (`de-AT` needs `de`); resolves at once when they are
 * there. Await it before server rendering a page in that locale, or register the catalog with
 * `registerLocales`. In the browser the provider calls it by itself, and shows its content once
 * the catalog is there (it suspends meanwhile). Never rejects: a catalog that fails to load
 * leaves the UI in English.
 */
export function loadLocale(locale: string): Promise<void> {
  return Promise.all(missingCatalogs(locale).map((tag) => catalogs.load(tag))).then(() => undefined)
}

/**
 * For a render: suspends while the built-in catalogs `locale` needs are loading (the provider
 * shows its content once they are there, or in English if one fails to load).
 */
export function suspendUntilLocaleLoaded(locale: string): void {
  if (missingCatalogs(locale).length > 0) suspendOn(loadLocale(locale))
}

/** Forgets a loaded catalog (English stays). For tests of the loading itself. @internal */
export function unloadLocaleForTests(tag: string): void {
  const key = tag.toLowerCase()
  if (key !== 'en') catalogs.reset(key)
}

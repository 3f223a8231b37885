/**
 * The built-in UI catalogs, one export per language, for registering them up front:
 *
 * ```ts
 * import { el, registerLocales } from 'react-support-hub/locales'
 * registerLocales(el) // before rendering, e.g. on the server
 * ```
 *
 * Without this, the provider loads the catalog it needs on demand (its own chunk). Import only
 * the languages you register: the others stay out of the bundle.
 */
import ar_ from '../i18n/messages/ar.json'
import de_ from '../i18n/messages/de.json'
import el_ from '../i18n/messages/el.json'
import en_ from '../i18n/messages/en.json'
import es_ from '../i18n/messages/es.json'
import fr_ from '../i18n/messages/fr.json'
import ko_ from '../i18n/messages/ko.json'
import type { LocaleCatalog } from '../i18n/catalogs'

/** English, the source catalog and the fallback of every other. */
export const en: LocaleCatalog = { locale: 'en', messages: en_ }
/** German. */
export const de: LocaleCatalog = { locale: 'de', messages: de_ }
/** Greek. */
export const el: LocaleCatalog = { locale: 'el', messages: el_ }
/** Spanish. */
export const es: LocaleCatalog = { locale: 'es', messages: es_ }
/** Korean. */
export const ko: LocaleCatalog = { locale: 'ko', messages: ko_ }
/** French. */
export const fr: LocaleCatalog = { locale: 'fr', messages: fr_ }
/** Arabic (right to left). */
export const ar: LocaleCatalog = { locale: 'ar', messages: ar_ }

/**
 * Every built-in catalog, for a server or a test that renders any language at once:
 * `registerLocales(...allLocales)`. A browser bundle that imports this carries them all.
 */
export const allLocales: readonly LocaleCatalog[] = [en, de, el, es, ko, fr, ar]

export { registerLocales, loadLocale, type LocaleCatalog } from '../i18n/catalogs'

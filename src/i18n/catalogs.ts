import ar from './messages/ar.json'
import de from './messages/de.json'
import el from './messages/el.json'
import en from './messages/en.json'
import es from './messages/es.json'
import fr from './messages/fr.json'
import ko from './messages/ko.json'

/** Every UI message id. English is the source catalog; every other catalog has the same ids. */
export type MessageId = keyof typeof en

/** A catalog of ICU messages, by message id. */
export type Messages = Record<MessageId, string>

/** The UI catalogs shipped with the library, by language. */
export const builtInCatalogs = { en, de, el, es, ko, fr, ar } satisfies Record<string, Messages>

/** The languages that have a built-in UI catalog. */
export const builtInLocales = Object.keys(builtInCatalogs) as (keyof typeof builtInCatalogs)[]

export {
  builtInLocales,
  loadLocale,
  missingCatalogs,
  registerLocales,
  suspendUntilLocaleLoaded,
  type BuiltInLocale,
  type LocaleCatalog,
  type MessageId,
  type Messages,
} from './catalogs'
export { createSupportIntl, messagesFor, type SupportIntl } from './intl'
export {
  baseLanguage,
  localeChain,
  resolveLocalizedText,
  resolveText,
  textDirection,
  type ResolvedText,
} from './locale'

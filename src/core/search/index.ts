/**
 * FAQ search: a multilingual, accent-insensitive, ranked index of a FAQ, with prefix, typo
 * and compound-part matching. Framework-free (no React); nothing runs until an index is built.
 */
export { createFaqIndex } from './faqIndex'
export type {
  FaqIndex,
  FaqIndexOptions,
  FaqSearchField,
  FaqSearchMatch,
  FaqSearchOptions,
  FaqSearchResult,
} from './faqIndex'

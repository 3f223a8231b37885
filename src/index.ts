// The public API of react-support-hub, and nothing else.
export {
  parseSupportConfig,
  supportConfigSchema,
  type ConfigError,
  type ParseResult,
  type SupportConfig,
  type SupportConfigInput,
  type LocalizedText,
  type BrandConfig,
  type ThemeConfig,
  type FaqConfig,
  type FaqCategory,
  type FaqItem,
} from './config'
export {
  SupportHubProvider,
  useSupportHub,
  type SupportHubProviderProps,
  type SupportHubContextValue,
} from './components/SupportHubProvider'
export {
  FaqAccordion,
  faqAnchor,
  type FaqAccordionProps,
  type HeadingLevel,
} from './components/FaqAccordion'
export type { SupportHubEvent, SupportHubEventHandler, FaqOpenedEvent } from './events'
export { builtInLocales, type MessageId, type Messages } from './i18n'

// The public API of react-support-hub, and nothing else.
export {
  parseSupportConfig,
  parseSectionedConfig,
  type ConfigErrorScope,
  type SectionedConfig,
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
  type Audience,
  type ContactChannel,
  type OpeningHours,
  type Weekday,
  type DurationText,
  type SlaConfig,
  type PlanComparisonConfig,
  type PaymentsConfig,
  type SectionName,
  SECTIONS,
} from './config'
export {
  SupportHub,
  type SupportHubProps,
  type SupportHubSubmitHandler,
} from './components/SupportHub'
/**
 * What a form's `onSubmit` (or `onTicketSubmit`/`onRefundSubmit`) rejects with to say how it
 * failed: `new SubmitError('http', 'Email already used', { status: 422 })` is final (no retry);
 * any other rejection is retried like a network error.
 */
export { SubmitError, type SubmitErrorKind } from './submit'
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
export { Faq, type FaqProps } from './components/Faq'
export {
  FaqSearch,
  FaqSearchBox,
  type FaqSearchProps,
  type FaqSearchBoxProps,
} from './components/FaqSearch'
export { ALL_CATEGORIES, FaqCategories, type FaqCategoriesProps } from './components/FaqCategories'
export {
  ALL_AUDIENCES,
  AudienceSwitcher,
  type AudienceSwitcherProps,
} from './components/AudienceSwitcher'
export { FaqJsonLd, type FaqJsonLdProps } from './components/FaqJsonLd'
export { ContactChannels, type ContactChannelsProps } from './components/ContactChannels'
export { ContactJsonLd, type ContactJsonLdProps } from './components/ContactJsonLd'
export { SlaTable, type SlaTableProps } from './components/SlaTable'
export { PlanComparison, type PlanComparisonProps } from './components/PlanComparison'
export { PaymentMethods, type PaymentMethodsProps } from './components/PaymentMethods'
export { FileAttachments, type FileAttachmentsProps } from './components/FileAttachments'
export { TicketForm, type TicketFormProps } from './components/TicketForm'
export { RefundForm, type RefundFormProps } from './components/RefundForm'
export { LazyRefundForm, LazyTicketForm } from './components/lazy'
export {
  toContactPointJsonLd,
  toOpeningHoursSpecification,
  type ContactPointJsonLd,
  type OrganizationContactJsonLd,
} from './core/channels'
export {
  formatOpeningHours,
  getOpeningStatus,
  resolveChannelHours,
  type HoursSpec,
  type OpeningStatus,
} from './core/hours'
export { formatDuration, parseDuration, slowestPromise, type DurationParts } from './core/duration'
export {
  checkRefundEligibility,
  type RefundEligibility,
  type RefundPolicy,
  type RefundReason,
  type RefundRule,
} from './core/refund'
export { toFaqPageJsonLd, serializeJsonLd, type FaqPageJsonLd } from './core/faq'
export { filterFaqByAudience } from './core/faq'
export { createFaqIndex, type FaqIndex, type FaqSearchResult } from './core/search'
export type {
  SupportHubEvent,
  SupportHubEventHandler,
  FaqOpenedEvent,
  FaqFeedbackEvent,
  FaqSearchedEvent,
  ChannelClickedEvent,
  FormSubmittedEvent,
  FormFailedEvent,
  FormValidationFailedEvent,
  TicketDeflectionShownEvent,
  TicketDeflectedEvent,
} from './events'
export {
  builtInLocales,
  loadLocale,
  registerLocales,
  type BuiltInLocale,
  type LocaleCatalog,
  type MessageId,
  type Messages,
} from './i18n'

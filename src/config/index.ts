/**
 * The config layer: the schema of a react-support-hub config and the parser that checks one.
 * Framework-free (no React), so it also runs on a server or in a build step.
 */
export { supportConfigSchema, SECTIONS } from './schema'
export type {
  Audience,
  ContactChannel,
  DurationText,
  AttachmentsConfig,
  FormField,
  OpeningHours,
  RefundFormConfig,
  TicketFormConfig,
  PaymentsConfig,
  PlanComparisonConfig,
  SlaConfig,
  Weekday,
  BrandConfig,
  FaqCategory,
  FaqConfig,
  FaqItem,
  LocalizedText,
  SupportConfig,
  SupportConfigInput,
  ThemeConfig,
  SectionName,
} from './schema'
export { parseSupportConfig } from './parse'
export type { ConfigError, ParseResult } from './parse'
export { parseSectionedConfig } from './sections'
export type { ConfigErrorScope, SectionedConfig } from './sections'

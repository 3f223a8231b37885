/**
 * The sections of a support page and where each one's content lives in a config. No zod here:
 * `<SupportHub>` reads these without bringing the config schema into the page.
 */
import { isPlainObject } from './messages'
import type { SectionedConfig } from './sections'

/** The sections a support page can show, in their default order. */
export const SECTIONS = ['faq', 'channels', 'sla', 'plans', 'payments', 'ticket', 'refund'] as const

/** Where each section's content lives in the config. */
const SECTION_SOURCES: Record<(typeof SECTIONS)[number], readonly string[]> = {
  faq: ['faq'],
  channels: ['channels'],
  sla: ['sla'],
  plans: ['plans'],
  payments: ['payments'],
  ticket: ['forms', 'ticket'],
  refund: ['forms', 'refund'],
}

/** Where a section's content is in the config, as a JSON path (`forms.ticket`). */
export function sectionPath(section: (typeof SECTIONS)[number]): string {
  return SECTION_SOURCES[section].join('.')
}

/** True when the config has content for `section` (read defensively: other fields may be broken). */
export function hasSectionContent(config: unknown, section: (typeof SECTIONS)[number]): boolean {
  let value: unknown = config
  for (const key of SECTION_SOURCES[section]) {
    if (!isPlainObject(value)) return false
    value = value[key]
  }
  return value !== undefined
}

/**
 * True for the result of `parseSectionedConfig()`, also after a trip through JSON (from a server
 * to the browser): a config itself can never have these keys (unknown keys are errors).
 */
export function isSectionedConfig(value: unknown): value is SectionedConfig {
  return (
    isPlainObject(value) &&
    Array.isArray(value.order) &&
    Array.isArray(value.errors) &&
    isPlainObject(value.byScope) &&
    (value.config === undefined || isPlainObject(value.config))
  )
}

/**
 * `parseSectionedConfig()`: checks a config the way `<SupportHub>` needs it. A problem in one
 * section takes that section out, not the page: the sections that are fine are returned as a
 * valid config, and each broken section gets its own list of problems.
 */
import { isPlainObject } from './messages'
import { checkSupportConfig, type ConfigError } from './parse'
import { SECTIONS, hasSectionContent, type SectionName, type SupportConfig } from './schema'

/** Where a problem belongs: a section, the page header (`brand`) or the page settings. */
export type ConfigErrorScope = SectionName | 'header' | 'page'

/** The outcome of `parseSectionedConfig()`. */
export interface SectionedConfig {
  /**
   * The config with every broken part taken out, or `undefined` when nothing can be shown (the
   * config is not an object, or is written for another version).
   */
  config: SupportConfig | undefined
  /** The sections in page order, broken ones included (they are shown as error panels). */
  order: SectionName[]
  /** Every problem found, in the order found; empty when the config is valid. */
  errors: ConfigError[]
  /** The problems by where they belong. Only scopes with problems have an entry. */
  byScope: Partial<Record<ConfigErrorScope, ConfigError[]>>
  /**
   * The locale the config itself names (its `locale` field, when written and valid); `config`
   * has `'en'` by default, which `<SupportHub>` does not let outrank the browser's language.
   */
  configLocale: string | undefined
}

/** What a problem at a path (its segments) takes out of the config, and where it is reported. */
function ownerOf(segments: readonly string[]): {
  scope: ConfigErrorScope
  remove: SectionName[]
  keys: string[]
} {
  const [top, second] = segments
  switch (top) {
    case 'faq':
      return { scope: 'faq', remove: ['faq'], keys: [] }
    case 'audiences':
      // The switcher and the FAQ's filters read the audiences; channels naming one are
      // reported by the second pass.
      return { scope: 'faq', remove: ['faq'], keys: ['audiences'] }
    case 'channels':
      return { scope: 'channels', remove: ['channels'], keys: [] }
    // Channels read the company's hours and clock: without them they would show wrong times.
    case 'hours':
      return { scope: 'channels', remove: ['channels'], keys: ['hours'] }
    case 'timeZone':
      return { scope: 'channels', remove: ['channels'], keys: ['timeZone'] }
    case 'sla':
      return { scope: 'sla', remove: ['sla'], keys: [] }
    case 'plans':
      return { scope: 'plans', remove: ['plans'], keys: [] }
    case 'payments':
      return { scope: 'payments', remove: ['payments'], keys: [] }
    case 'forms':
      if (second === 'ticket') return { scope: 'ticket', remove: ['ticket'], keys: [] }
      if (second === 'refund') return { scope: 'refund', remove: ['refund'], keys: [] }
      if (second !== undefined) return { scope: 'page', remove: [], keys: [`forms.${second}`] }
      return { scope: 'page', remove: ['ticket', 'refund'], keys: [] }
    case 'brand':
      return { scope: 'header', remove: [], keys: ['brand'] }
    default:
      // `sections`, `locale`, `theme`, `$schema` and unknown top-level keys: the page falls
      // back to its defaults for them.
      return { scope: 'page', remove: [], keys: top === undefined ? [] : [top] }
  }
}

/** `object` without `key`. */
function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key))
}

/** `draft` with a section's content taken out, and the section out of `sections`. */
function removeSection(
  draft: Record<string, unknown>,
  section: SectionName,
): Record<string, unknown> {
  let next =
    section === 'ticket' || section === 'refund'
      ? isPlainObject(draft.forms)
        ? { ...draft, forms: without(draft.forms, section) }
        : draft
      : without(draft, section)
  if (Array.isArray(next.sections)) {
    const listed = (next.sections as unknown[]).filter((name) => name !== section)
    next = listed.length > 0 ? { ...next, sections: listed } : without(next, 'sections')
  }
  return next
}

/** `draft` without a key (`theme`) or a nested key (`forms.extra`). */
function removeKey(draft: Record<string, unknown>, key: string): Record<string, unknown> {
  const [first, second] = key.split('.') as [string, string | undefined]
  if (second === undefined) return without(draft, first)
  const parent = draft[first]
  return isPlainObject(parent) ? { ...draft, [first]: without(parent, second) } : draft
}

/** The sections in page order: `sections` as written (known names, once each), else defaults. */
function sectionOrder(input: Record<string, unknown>): SectionName[] {
  const known = SECTIONS as readonly string[]
  if (Array.isArray(input.sections)) {
    const listed = (input.sections as unknown[]).filter(
      (name, i, all): name is SectionName =>
        typeof name === 'string' && known.includes(name) && all.indexOf(name) === i,
    )
    if (listed.length > 0) return listed
  }
  return SECTIONS.filter((section) => hasSectionContent(input, section))
}

/** How many times a broken config is narrowed before giving up (each pass removes parts). */
const MAX_PASSES = 8

/**
 * Checks `input` like `parseSupportConfig()`, and when it has problems, takes the broken parts
 * out and checks again, until what is left is valid. A problem in `faq` takes out the FAQ; in
 * `hours` or `timeZone`, the channels (they would show wrong times); in `brand`, the brand name;
 * in `theme`, `locale` or `sections`, only that setting (defaults apply). Parts that depended on
 * something taken out (an SLA row naming a removed channel) are taken out in the next pass and
 * reported too. Never throws.
 */
export function parseSectionedConfig(input: unknown): SectionedConfig {
  const first = checkSupportConfig(input)
  // Written in the input and still there after the checks (a broken locale is taken out).
  const configLocale = (config: SupportConfig | undefined) =>
    isPlainObject(input) && typeof input.locale === 'string' ? config?.locale : undefined
  if (first.ok) {
    return {
      config: first.config,
      order: sectionOrder(first.config),
      errors: [],
      byScope: {},
      configLocale: configLocale(first.config),
    }
  }
  const firstErrors = first.errors.map((located) => located.error)
  const fatal = (): SectionedConfig => ({
    config: undefined,
    order: [],
    errors: firstErrors,
    byScope: { page: firstErrors },
    configLocale: undefined,
  })
  if (!isPlainObject(input)) return fatal()
  if (first.errors.some((e) => e.error.path === '' || e.segments[0] === 'version')) {
    return fatal()
  }

  const order = sectionOrder(input)
  let draft: Record<string, unknown> = { ...input }
  const errors: ConfigError[] = []
  const byScope: SectionedConfig['byScope'] = {}
  const seen = new Set<string>()
  let brandBroken = false
  let pending = first.errors
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    for (const { error, segments } of pending) {
      const key = `${error.path}\u0000${error.message}`
      if (seen.has(key)) continue
      seen.add(key)
      const owner = ownerOf(segments)
      errors.push(error)
      ;(byScope[owner.scope] ??= []).push(error)
      for (const section of owner.remove) draft = removeSection(draft, section)
      for (const removed of owner.keys) {
        if (removed === 'brand') brandBroken = true
        else draft = removeKey(draft, removed)
      }
    }
    // The brand is required: a stand-in keeps the rest checkable, and the header leaves the
    // name out (`byScope.header` says why).
    if (brandBroken) draft = { ...draft, brand: { name: 'brand' } }
    const next = checkSupportConfig(draft)
    if (next.ok) {
      const config = brandBroken
        ? { ...next.config, brand: { ...next.config.brand, name: '' } }
        : next.config
      return { config, order, errors, byScope, configLocale: configLocale(config) }
    }
    pending = next.errors
  }
  return fatal()
}

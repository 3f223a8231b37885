'use client'
import type { ConfigError } from '../../config/parse'
import type { SupportHubEventHandler } from '../../events'
import type { Messages } from '../../i18n'
import type { SupportFormSendContext } from '../forms'
import type { SubmitResult } from '../../submit'

/** A form's send handler, as `<TicketForm onSubmit>` and `<RefundForm onSubmit>` take it. */
export type SupportHubSubmitHandler = (
  values: Record<string, unknown>,
  context: SupportFormSendContext,
) => Promise<SubmitResult>

export interface SupportHubProps {
  /**
   * The whole config: raw JSON (`unknown`, checked with `parseSupportConfig`) or an already
   * parsed `SupportConfig`. A broken section is replaced by an error panel (development) or left
   * out (production); the rest of the page still renders.
   */
  config: unknown
  /**
   * The UI and content locale. Left out: the config's `locale`, else the browser's language
   * (after hydration), else English. Built-in UI text falls back along the chain (`de-AT` → `de`
   * → `en`), and so does config text given as a locale map.
   */
  locale?: string
  /** The reader's plan id (from `sla.plans` / `plans.plans`): marked "Your plan" in the tables, and channels limited to other plans are shown as such. */
  plan?: string
  /** The chosen audience id or `'all'` (controlled). Left out: the reader picks, and the choice is remembered. */
  audience?: string
  /** Called when the reader picks another audience. */
  onAudienceChange?: (audience: string) => void
  /** Receives typed analytics events from every section. */
  onEvent?: SupportHubEventHandler
  /**
   * Called with the config's problems (each with its JSON path) when the config, or a section,
   * is broken: log them. Called again only when the config changes.
   */
  onConfigError?: (errors: ConfigError[]) => void
  /**
   * Show broken sections as a panel listing their errors. Left out: shown when
   * `process.env.NODE_ENV !== 'production'`, left out of the page in production.
   */
  showErrors?: boolean
  /** UI message overrides by id (ICU MessageFormat), merged over the built-in catalog. */
  messages?: Partial<Messages>
  /** Forces the text direction; left out, it follows the locale (`ar` → `rtl`). */
  dir?: 'ltr' | 'rtl'
  /** Forces the colour scheme over the config's `theme.colorScheme`. */
  colorScheme?: 'light' | 'dark' | 'auto'
  /**
   * The heading level of the page title (the brand's support page); sections use the next level.
   * @default 1
   */
  headingLevel?: 1 | 2 | 3
  /**
   * Show the table of contents with in-page links to the sections.
   * @default true
   */
  toc?: boolean
  /** Sends the ticket form (overrides `forms.ticket.submit`). */
  onTicketSubmit?: SupportHubSubmitHandler
  /** Sends the refund form (overrides `forms.refund.submit`). */
  onRefundSubmit?: SupportHubSubmitHandler
  /** The current time, for opening hours (tests and stories). Left out: the clock. */
  now?: Date
  /** Ship no visual styles (see `SupportHubProvider`). */
  unstyled?: boolean
  /** Extra class names for the root element. */
  className?: string
}

/** The whole support page from one config. */
export function SupportHub(_props: SupportHubProps) {
  return null
}

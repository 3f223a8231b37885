'use client'
import {
  memo,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { ConfigError } from '../../config/parse'
import type { SectionName, SupportConfig } from '../../config/schema'
import { hasSectionContent, isSectionedConfig, sectionPath } from '../../config/sectionNames'
import { isSafeLinkHref } from '../../core/url'
import type { SectionedConfig } from '../../config/sections'
import type { SupportHubEventHandler } from '../../events'
import { baseLanguage, type Messages, type MessageId } from '../../i18n'
import type { SupportFormSendContext } from '../forms'
import type { SubmitResult } from '../../submit'
import { useControllableState } from '../../internal/useControllableState'
import { useLatestRef } from '../../internal/useLatestRef'
import { ALL_AUDIENCES } from '../AudienceSwitcher'
import { ContactChannels } from '../ContactChannels'
import { Faq } from '../Faq'
import { FaqSearchBox } from '../FaqSearch'
import { loadRefundForm, loadTicketForm } from '../lazy'
import { PaymentMethods } from '../PaymentMethods'
import { PlanComparison } from '../PlanComparison'
import { SlaTable } from '../SlaTable'
import { SupportHubProvider } from '../SupportHubProvider'
import { useSupportHub, type SupportHubContextValue } from '../SupportHubProvider/context'
import { readConfigParser } from './configParser'
import { Localized } from '../Localized'
import { FormSection } from './FormSection'
import { SectionBoundary } from './SectionBoundary'

/** A form's send handler, as `<TicketForm onSubmit>` and `<RefundForm onSubmit>` take it. */
export type SupportHubSubmitHandler = (
  values: Record<string, unknown>,
  context: SupportFormSendContext,
) => Promise<SubmitResult>

export interface SupportHubProps {
  /**
   * The whole config: raw JSON (`unknown`; the page loads the config checker on demand to check
   * it), or a config checked ahead with `parseSectionedConfig()` from `react-support-hub/config`,
   * as it is or through JSON (the page renders at once, and the checker never reaches the
   * browser). A broken section is replaced by an error panel (development) or left out
   * (production); the rest of the page still renders.
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

/** The element id of each section: also the in-page link (`#contact`, `#ticket`). */
const SECTION_IDS: Record<SectionName, string> = {
  faq: 'faq',
  channels: 'contact',
  sla: 'sla',
  plans: 'plans',
  payments: 'payments',
  ticket: 'ticket',
  refund: 'refund',
}

/** A section that threw while rendering, reported like a config problem at its config path. */
function renderFailure(section: SectionName, error: unknown): ConfigError {
  const reason = error instanceof Error ? error.message : String(error)
  return { path: sectionPath(section), message: `The section could not be shown: ${reason}` }
}

/** True in a production build: hosts' bundlers replace `process.env.NODE_ENV`. */
function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production'
  } catch {
    // No bundler and no `process`: treat it as development, where problems are shown.
    return false
  }
}

function subscribeToLanguage(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange)
  return () => window.removeEventListener('languagechange', onChange)
}

/** The browser's language after hydration; `undefined` on the server and while hydrating. */
function useBrowserLanguage(): string | undefined {
  return useSyncExternalStore(
    subscribeToLanguage,
    () => (typeof navigator === 'undefined' ? undefined : navigator.language),
    () => undefined,
  )
}

/**
 * The whole support page from one config: a header with the brand and a search over the FAQ, a
 * table of contents, and the sections in the order of `sections` (FAQ with its audience switch
 * and a "Still need help?" block, contact channels, SLA table, plan comparison, payment methods,
 * and the ticket and refund forms, which load only when opened).
 *
 * A broken part of the config takes out only its own section: in development the section shows
 * its problems with their JSON paths, in production it is left out, and `onConfigError` gets
 * them either way. A section that throws while rendering is handled the same way.
 *
 * Given raw JSON, the page loads the config checker first (its own chunk; on a server it is
 * there at once). Given the result of `parseSectionedConfig()` (from `react-support-hub/config`,
 * on the server or at build time), it renders at once and the checker never reaches the browser.
 */
export function SupportHub(props: SupportHubProps) {
  // Its own boundary: while the checker loads, nothing shows (on hydration, the server's HTML).
  return (
    <Suspense fallback={null}>
      <SupportHubPage {...props} />
    </Suspense>
  )
}

/** A config already checked, or the checker's verdict on raw JSON (suspends while it loads). */
function useSectionedConfig(input: unknown): SectionedConfig {
  const checked = isSectionedConfig(input)
  // Suspends while the checker loads; `null` if it could not be loaded.
  const parse = checked ? undefined : readConfigParser()
  return useMemo(() => {
    if (checked) return input
    if (parse) return parse(input)
    // The checker's chunk failed to load (offline, a bad deploy): the page says it is unavailable.
    const error = { path: '', message: 'The config checker could not be loaded.' }
    return {
      config: undefined,
      order: [],
      errors: [error],
      byScope: { page: [error] },
      configLocale: undefined,
    }
  }, [checked, parse, input])
}

function SupportHubPage({
  config: input,
  locale: localeProp,
  plan,
  audience,
  onAudienceChange,
  onEvent,
  onConfigError,
  showErrors = !isProduction(),
  messages,
  dir,
  colorScheme,
  headingLevel = 1,
  toc = true,
  onTicketSubmit,
  onRefundSubmit,
  now,
  unstyled,
  className,
}: SupportHubProps) {
  const parsed = useSectionedConfig(input)
  const browserLanguage = useBrowserLanguage()
  // The config's own locale counts only when it was written; the parser's default does not.
  const configLocale = parsed.configLocale
  const locale = localeProp ?? configLocale ?? browserLanguage ?? parsed.config?.locale ?? 'en'

  const onConfigErrorRef = useLatestRef(onConfigError)
  // Stable, so the page below does not re-render for a new inline `onConfigError`.
  const reportErrors = useCallback(
    (errors: ConfigError[]) => onConfigErrorRef.current?.(errors),
    [onConfigErrorRef],
  )
  // Once per config: StrictMode's second run of this effect (development) reports nothing new.
  const reported = useRef<SectionedConfig | null>(null)
  useEffect(() => {
    if (reported.current === parsed) return
    reported.current = parsed
    if (parsed.errors.length > 0) reportErrors(parsed.errors)
  }, [parsed, reportErrors])

  const theme = useMemo(() => {
    const own = parsed.config?.theme
    return colorScheme === undefined ? own : { ...own, colorScheme }
  }, [parsed.config?.theme, colorScheme])

  return (
    <SupportHubProvider
      locale={locale}
      // The config's plain text is in the language it names (when it names one).
      {...(configLocale ? { contentLocale: configLocale } : {})}
      {...(messages ? { messages } : {})}
      {...(dir ? { dir } : {})}
      {...(theme ? { theme } : {})}
      {...(onEvent ? { onEvent } : {})}
      {...(unstyled === undefined ? {} : { unstyled })}
      className={className ? `rsh-hub ${className}` : 'rsh-hub'}
    >
      <HubPage
        parsed={parsed}
        plan={plan}
        audience={audience}
        onAudienceChange={onAudienceChange}
        showErrors={showErrors}
        headingLevel={headingLevel}
        toc={toc}
        onTicketSubmit={onTicketSubmit}
        onRefundSubmit={onRefundSubmit}
        now={now}
        reportErrors={reportErrors}
      />
    </SupportHubProvider>
  )
}

interface HubPageProps {
  parsed: SectionedConfig
  plan: string | undefined
  audience: string | undefined
  onAudienceChange: ((audience: string) => void) | undefined
  showErrors: boolean
  headingLevel: 1 | 2 | 3
  toc: boolean
  onTicketSubmit: SupportHubSubmitHandler | undefined
  onRefundSubmit: SupportHubSubmitHandler | undefined
  now: Date | undefined
  reportErrors: (errors: ConfigError[]) => void
}

/** A form section's own title from the config, if it has one. */
function formTitle(section: SectionName, config: SupportConfig | undefined) {
  return section === 'ticket' || section === 'refund' ? config?.forms?.[section]?.title : undefined
}

/**
 * The title of a section as shown (its heading, the table of contents): a form's own title is
 * config text, marked with its language when that is not the page's.
 */
function sectionTitleNode(
  section: SectionName,
  config: SupportConfig | undefined,
  hub: SupportHubContextValue,
): ReactNode {
  const own = formTitle(section, config)
  return own ? <Localized value={own} /> : sectionTitle(section, config, hub)
}

/** The title of a section as a string (inside UI messages). */
function sectionTitle(
  section: SectionName,
  config: SupportConfig | undefined,
  hub: SupportHubContextValue,
): string {
  const own = formTitle(section, config)
  if (own) return hub.text(own)
  switch (section) {
    case 'ticket':
      return hub.t('ticket.title')
    case 'refund':
      return hub.t('refund.title')
    default:
      return hub.t(`hub.section.${section}` as MessageId)
  }
}

function HubPage({
  parsed,
  plan,
  audience,
  onAudienceChange,
  showErrors,
  headingLevel,
  toc,
  onTicketSubmit,
  onRefundSubmit,
  now,
  reportErrors,
}: HubPageProps) {
  const hub = useSupportHub('SupportHub')
  const { t, text } = hub
  const { config, byScope } = parsed
  const [chosenAudience, setChosenAudience] = useControllableState({
    value: audience,
    defaultValue: ALL_AUDIENCES,
    onChange: onAudienceChange,
  })
  const [query, setQuery] = useState('')
  // Sections that threw while rendering, so the table of contents leaves them out in production.
  const [crashed, setCrashed] = useState<ReadonlySet<SectionName>>(new Set())
  const markCrashed = useCallback((section: SectionName) => {
    setCrashed((current) => (current.has(section) ? current : new Set(current).add(section)))
  }, [])

  const Title = `h${headingLevel}` as const
  const sectionLevel = (headingLevel + 1) as 2 | 3 | 4
  const SectionHeading = `h${sectionLevel}` as const
  const innerLevel = Math.min(sectionLevel + 1, 4) as 3 | 4
  // Stable props for what sits below: a keystroke in the header search re-renders this page, and
  // only the FAQ's search follows the query; the rest must see the same props and bail out.
  const accordionProps = useMemo(() => ({ headingLevel: innerLevel }), [innerLevel])
  const planNames = useMemo(() => {
    const names: Record<string, string> = {}
    for (const entry of [...(config?.plans?.plans ?? []), ...(config?.sla?.plans ?? [])]) {
      names[entry.id] = text(entry.name)
    }
    return names
  }, [config, text])

  if (!config) {
    return (
      <div className="rsh-hub__page" data-part="hub">
        {showErrors ? (
          <ErrorPanel
            heading={Title}
            title={t('hub.error.page')}
            errors={parsed.errors}
            locale={hub.locale}
          />
        ) : (
          <p className="rsh-hub__unavailable" data-part="hub-unavailable">
            {t('hub.unavailable')}
          </p>
        )}
      </div>
    )
  }

  const hasContent = (section: SectionName) => hasSectionContent(config, section)
  // A broken section stays in the page (as its error panel) only while problems are shown.
  const shown = parsed.order.filter((section) =>
    hasContent(section)
      ? showErrors || !crashed.has(section)
      : showErrors && byScope[section] !== undefined,
  )
  const visible = (section: SectionName) => shown.includes(section) && hasContent(section)

  const brandBroken = byScope.header !== undefined
  const brandName = brandBroken ? '' : text(config.brand.name)
  const pageErrors = [...(byScope.header ?? []), ...(byScope.page ?? [])]
  const searchInHeader = visible('faq')
  const contactHref = visible('channels') ? '#contact' : visible('ticket') ? '#ticket' : undefined

  const audienceFilter = chosenAudience === ALL_AUDIENCES ? undefined : chosenAudience

  const content = (section: SectionName): ReactNode =>
    section === 'faq' ? (
      config.faq ? (
        <>
          <Faq
            faq={config.faq}
            audiences={config.audiences}
            audience={chosenAudience}
            onAudienceChange={setChosenAudience}
            query={query}
            onQueryChange={setQuery}
            searchBox={!searchInHeader}
            {...(contactHref ? { contactHref } : {})}
            accordionProps={accordionProps}
          />
          <StillNeedHelp
            heading={`h${innerLevel}`}
            contact={visible('channels')}
            ticket={visible('ticket')}
            refund={visible('refund')}
          />
        </>
      ) : null
    ) : (
      // Props that a keystroke leaves alone, so a search never re-renders these sections.
      <SectionContent
        section={section}
        config={config}
        plan={plan}
        planNames={planNames}
        audience={audienceFilter}
        headingLevel={innerLevel}
        now={now}
        onTicketSubmit={onTicketSubmit}
        onRefundSubmit={onRefundSubmit}
      />
    )

  return (
    <div className="rsh-hub__page" data-part="hub">
      <header className="rsh-hub__header" data-part="hub-header">
        <div className="rsh-hub__brand">
          {/* Checked by the parser, and again here: a config checked elsewhere is taken on trust. */}
          {config.brand.logo && !brandBroken && isSafeLinkHref(config.brand.logo) && (
            <img
              className="rsh-hub__logo"
              src={config.brand.logo}
              alt=""
              // A logo that does not load leaves no broken-image box or gap.
              onError={(event) => {
                event.currentTarget.hidden = true
              }}
            />
          )}
          <Title className="rsh-hub__title">
            {brandName ? t('hub.title', { brand: brandName }) : t('hub.title.noBrand')}
          </Title>
          {config.brand.url && !brandBroken && isSafeLinkHref(config.brand.url) && (
            <a className="rsh-hub__home" href={config.brand.url}>
              {t('hub.home', { brand: brandName })}
            </a>
          )}
        </div>
        {searchInHeader && (
          <FaqSearchBox
            className="rsh-hub__search"
            value={query}
            onValueChange={setQuery}
            onSubmit={() => document.getElementById(SECTION_IDS.faq)?.scrollIntoView()}
          />
        )}
      </header>
      {toc && shown.length > 1 && (
        <nav className="rsh-hub__toc" aria-label={t('hub.toc.label')} data-part="hub-toc">
          <ul>
            {shown.map((section) => (
              <li key={section}>
                <a href={`#${SECTION_IDS[section]}`}>{sectionTitleNode(section, config, hub)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {showErrors && pageErrors.length > 0 && (
        <ErrorPanel
          heading={SectionHeading}
          title={t('hub.error.page')}
          errors={pageErrors}
          locale={hub.locale}
        />
      )}
      {shown.map((section) => {
        const title = sectionTitle(section, config, hub)
        const headingId = `${SECTION_IDS[section]}-heading`
        const errors = byScope[section]
        return (
          <section
            key={section}
            id={SECTION_IDS[section]}
            className="rsh-hub__section"
            data-part="hub-section"
            data-section={section}
            aria-labelledby={headingId}
          >
            <SectionHeading id={headingId} className="rsh-hub__section-title">
              {sectionTitleNode(section, config, hub)}
            </SectionHeading>
            {errors && !hasContent(section) ? (
              <ErrorPanel
                heading={`h${innerLevel}`}
                title={t('hub.error.section', { section: title })}
                errors={errors}
                locale={hub.locale}
              />
            ) : (
              <SectionBoundary
                resetKey={parsed}
                onError={(error) => {
                  markCrashed(section)
                  reportErrors([renderFailure(section, error)])
                }}
                fallback={(error) =>
                  showErrors ? (
                    <ErrorPanel
                      heading={`h${innerLevel}`}
                      title={t('hub.error.section', { section: title })}
                      errors={[renderFailure(section, error)]}
                      locale={hub.locale}
                    />
                  ) : null
                }
              >
                {/* On the server, where boundaries do not catch, a section that throws is left to
                    the client (which then shows the panel) instead of failing the host's render. */}
                <Suspense fallback={null}>{content(section)}</Suspense>
              </SectionBoundary>
            )}
          </section>
        )
      })}
    </div>
  )
}

/**
 * A section other than the FAQ. Memoised: its props come from the config and the page's props,
 * which a keystroke in the header search leaves as they were, so typing never re-renders it.
 */
const SectionContent = memo(function SectionContent({
  section,
  config,
  plan,
  planNames,
  audience,
  headingLevel,
  now,
  onTicketSubmit,
  onRefundSubmit,
}: {
  section: Exclude<SectionName, 'faq'>
  config: SupportConfig
  plan: string | undefined
  planNames: Record<string, string>
  audience: string | undefined
  headingLevel: 3 | 4
  now: Date | undefined
  onTicketSubmit: SupportHubSubmitHandler | undefined
  onRefundSubmit: SupportHubSubmitHandler | undefined
}) {
  const { t } = useSupportHub('SupportHub')
  switch (section) {
    case 'channels':
      return config.channels ? (
        <ContactChannels
          channels={config.channels}
          hours={config.hours}
          timeZone={config.timeZone}
          plan={plan}
          sla={config.sla}
          planNames={planNames}
          audience={audience}
          headingLevel={headingLevel}
          {...(now ? { now } : {})}
        />
      ) : null
    case 'sla':
      return config.sla ? <SlaTable sla={config.sla} plan={plan} /> : null
    case 'plans':
      return config.plans ? <PlanComparison plans={config.plans} plan={plan} /> : null
    case 'payments':
      return config.payments ? (
        <PaymentMethods payments={config.payments} headingLevel={headingLevel} />
      ) : null
    case 'ticket': {
      const form = config.forms?.ticket
      return form ? (
        <FormSection
          id={SECTION_IDS.ticket}
          load={loadTicketForm}
          draftKey={form.drafts === false ? false : 'ticket'}
          openLabel={t('channels.action.ticket')}
          intro={
            form.description ? (
              <p>
                <Localized value={form.description} />
              </p>
            ) : undefined
          }
          props={{
            form,
            faq: config.faq,
            headingLevel,
            showTitle: false,
            ...(onTicketSubmit ? { onSubmit: onTicketSubmit } : {}),
          }}
        />
      ) : null
    }
    case 'refund': {
      const form = config.forms?.refund
      return form ? (
        <FormSection
          id={SECTION_IDS.refund}
          load={loadRefundForm}
          draftKey={form.drafts === false ? false : 'refund'}
          openLabel={t('channels.action.refund')}
          intro={
            form.description ? (
              <p>
                <Localized value={form.description} />
              </p>
            ) : undefined
          }
          props={{
            form,
            timeZone: config.timeZone,
            headingLevel,
            showTitle: false,
            ...(onRefundSubmit ? { onSubmit: onRefundSubmit } : {}),
          }}
        />
      ) : null
    }
  }
})

/** "Still need help?": from the FAQ to the channels and the forms (memoised like the sections). */
const StillNeedHelp = memo(function StillNeedHelp({
  heading: Heading,
  contact,
  ticket,
  refund,
}: {
  heading: 'h3' | 'h4'
  contact: boolean
  ticket: boolean
  refund: boolean
}) {
  const { t } = useSupportHub('SupportHub')
  if (!contact && !ticket && !refund) return null
  return (
    <div className="rsh-hub__help" data-part="still-need-help">
      <Heading className="rsh-hub__help-title">{t('hub.help.title')}</Heading>
      <p>{t('hub.help.body')}</p>
      <ul className="rsh-hub__help-links">
        {contact && (
          <li>
            <a href="#contact">{t('hub.help.contact')}</a>
          </li>
        )}
        {ticket && (
          <li>
            <a href="#ticket">{t('channels.action.ticket')}</a>
          </li>
        )}
        {refund && (
          <li>
            <a href="#refund">{t('channels.action.refund')}</a>
          </li>
        )}
      </ul>
    </div>
  )
})

/**
 * A broken part of the config, for the person setting the page up: each problem with its JSON
 * path. Config messages are English, so the list says so with `lang`.
 */
function ErrorPanel({
  heading: Heading,
  title,
  errors,
  locale,
}: {
  heading: 'h1' | 'h2' | 'h3' | 'h4'
  title: string
  errors: readonly ConfigError[]
  locale: string
}) {
  const { t } = useSupportHub('SupportHub')
  const english = baseLanguage(locale) === 'en'
  return (
    <div className="rsh-hub__error" data-part="config-error">
      <Heading className="rsh-hub__error-title">{title}</Heading>
      <p>{t('hub.error.intro')}</p>
      <ul className="rsh-hub__error-list" lang={english ? undefined : 'en'} dir="ltr">
        {errors.map((error, i) => (
          <li key={`${error.path}-${i}`}>
            <code>{error.path === '' ? '(root)' : error.path}</code>: {error.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

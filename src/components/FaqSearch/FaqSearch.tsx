'use client'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import type { FaqConfig } from '../../config/schema'
import { createFaqIndex, type FaqSearchResult } from '../../core/search'
import { useControllableState } from '../../internal/useControllableState'
import { useIsomorphicLayoutEffect } from '../../internal/useIsomorphicLayoutEffect'
import { FaqAccordion, type FaqAccordionProps } from '../FaqAccordion'
import { useSupportHub } from '../SupportHubProvider/context'
import { FaqSearchBox } from './FaqSearchBox'

export interface FaqSearchProps {
  /** The `faq` block of a parsed config; the search spans every category in it. */
  faq: FaqConfig
  /** The query (controlled). Use with `onValueChange`. */
  value?: string
  /**
   * The query at first (uncontrolled).
   * @default ''
   */
  defaultValue?: string
  /** Called with the query on every keystroke. */
  onValueChange?: (value: string) => void
  /**
   * Where "Contact support" in the empty state leads: a link (an in-page `#contact` or a URL).
   * @default '#contact'
   */
  contactHref?: string
  /**
   * How long typing must pause before the result count is announced and `faq_searched` is sent.
   * @default 600
   */
  debounceMs?: number
  /**
   * The most results shown.
   * @default 20
   */
  limit?: number
  /** Props for the result accordion (heading level, feedback, copy link). */
  accordionProps?: Pick<FaqAccordionProps, 'headingLevel' | 'feedback' | 'copyLink' | 'type'>
  /**
   * Render the search box. Turn it off when the query comes from a box placed elsewhere
   * (`<FaqSearchBox>`, as `<SupportHub>` puts it in the page header); pass the query as `value`.
   * @default true
   */
  showInput?: boolean
  /** What to show while the query is empty: usually the FAQ itself (`<FaqCategories>`). */
  children?: ReactNode
  /** Extra class names for the root element. */
  className?: string
}

/**
 * A search box over the whole FAQ (a `search` landmark). As the reader types, matching
 * questions replace `children`, best first, matched words highlighted and each result's category
 * named; the count is announced politely once typing pauses, and a search with no result offers
 * a way to contact support. Sends `faq_searched` with the query and the result count.
 */
export function FaqSearch({
  faq,
  value,
  defaultValue = '',
  onValueChange,
  contactHref = '#contact',
  debounceMs = 600,
  limit = 20,
  accordionProps,
  showInput = true,
  children,
  className,
}: FaqSearchProps) {
  const { t, locale, emit } = useSupportHub('FaqSearch')
  const [query, setQuery] = useControllableState({ value, defaultValue, onChange: onValueChange })
  const statusId = useId()
  // One level above the result questions, so the page outline stays whole.
  const ResultsHeading =
    `h${Math.max(2, (accordionProps?.headingLevel ?? 3) - 1) as 2 | 3 | 4 | 5}` as const

  const trimmed = query.trim()
  const searching = trimmed !== ''
  // Built when the reader first focuses the search (before the first keystroke), not on load:
  // a reader who never searches never pays for it.
  const [warm, setWarm] = useState(false)
  // Once wanted, kept: the index built on focus is the one the first keystroke uses, and
  // clearing the box keeps it for the next search (a query set from outside warms it too).
  if (searching && !warm) setWarm(true)
  const wanted = searching || warm
  const index = useMemo(
    () => (wanted ? createFaqIndex(faq, { locale }) : null),
    [faq, locale, wanted],
  )
  const results = useMemo<FaqSearchResult[]>(
    () => (index ? index.search(trimmed, { limit }) : []),
    [index, trimmed, limit],
  )

  // What the live region says, and the analytics event: once typing pauses.
  // The announcement belongs to the query it counted, so a new search never hears an old count.
  const [announced, setAnnounced] = useState({ query: '', text: '' })
  useEffect(() => {
    if (!searching) return
    const timer = setTimeout(() => {
      setAnnounced({ query: trimmed, text: t('faq.search.results', { count: results.length }) })
      emit({ type: 'faq_searched', query: trimmed, resultCount: results.length })
    }, debounceMs)
    return () => clearTimeout(timer)
  }, [searching, trimmed, results.length, debounceMs, emit, t])

  // Set on the element: React 18 has no `inert` prop, React 19 has a boolean one.
  const browseRef = useRef<HTMLDivElement>(null)
  useIsomorphicLayoutEffect(() => {
    if (browseRef.current) browseRef.current.inert = searching
  }, [searching])

  return (
    <div
      className={className ? `rsh-faq-search ${className}` : 'rsh-faq-search'}
      data-part="faq-search"
    >
      {showInput && (
        <FaqSearchBox
          value={query}
          onValueChange={setQuery}
          onFocus={() => setWarm(true)}
          {...(searching ? { describedBy: statusId } : {})}
        />
      )}
      {/* The results' heading shows the count at once; screen readers also hear it once typing pauses. */}
      {searching && (
        <ResultsHeading className="rsh-faq-search__status" data-part="faq-search-count">
          {t('faq.search.results', { count: results.length })}
        </ResultsHeading>
      )}
      <p id={statusId} role="status" className="rsh-visually-hidden" data-part="faq-search-status">
        {searching && announced.query === trimmed ? announced.text : ''}
      </p>
      {/* The FAQ stays mounted, hidden, while a search shows: a keystroke or clearing the box
          never tears down and rebuilds thousands of questions. The stylesheet skips it rather
          than removing it from the layout (see .rsh-faq-search in styles.css); `inert` keeps it
          out of the tab order and the accessibility tree either way. */}
      <div ref={browseRef} hidden={searching} data-part="faq-search-browse">
        {children}
      </div>
      {!searching ? null : results.length > 0 ? (
        <FaqAccordion faq={faq} results={results} showUpdated={false} {...accordionProps} />
      ) : (
        <div className="rsh-faq-search__empty" data-part="faq-search-empty">
          <p className="rsh-faq-search__empty-title">
            {t('faq.search.empty.title', { query: trimmed })}
          </p>
          <p>{t('faq.search.empty.body')}</p>
          <a className="rsh-faq-search__contact" href={contactHref}>
            {t('faq.search.empty.contact')}
          </a>
        </div>
      )}
    </div>
  )
}

'use client'
import { useMemo, useState } from 'react'
import type { Audience, FaqConfig } from '../../config/schema'
import { filterFaqByAudience } from '../../core/faq/audience'
import { useControllableState } from '../../internal/useControllableState'
import { ALL_AUDIENCES, AudienceSwitcher } from '../AudienceSwitcher'
import type { FaqAccordionProps } from '../FaqAccordion'
import { ALL_CATEGORIES, FaqCategories } from '../FaqCategories'
import { FaqJsonLd } from '../FaqJsonLd'
import { FaqSearch } from '../FaqSearch'

export interface FaqProps {
  /** The `faq` block of a parsed config. */
  faq: FaqConfig
  /** The config's `audiences`: when given, a switcher filters the questions by audience. */
  audiences?: readonly Audience[] | undefined
  /** The chosen audience id or `'all'` (controlled). Use with `onAudienceChange`. */
  audience?: string
  /**
   * The audience chosen at first (uncontrolled; a remembered choice wins).
   * @default 'all'
   */
  defaultAudience?: string
  /** Called when the reader picks another audience. */
  onAudienceChange?: (audience: string) => void
  /**
   * Where the "Contact support" link of an empty search leads.
   * @default '#contact'
   */
  contactHref?: string
  /**
   * Add schema.org `FAQPage` structured data for search engines.
   * @default true
   */
  jsonLd?: boolean
  /** The search query (controlled), for example from a `<FaqSearchBox>` placed elsewhere. */
  query?: string
  /** Called with the query on every keystroke in the FAQ's own search box. */
  onQueryChange?: (query: string) => void
  /**
   * Render the search box inside the FAQ. Turn it off when the box is elsewhere on the page and
   * pass its value as `query`.
   * @default true
   */
  searchBox?: boolean
  /** Props for every accordion (type, heading level, feedback, copy link). */
  accordionProps?: Omit<FaqAccordionProps, 'faq' | 'category' | 'results' | 'className'>
  /** Extra class names for the root element. */
  className?: string
}

/**
 * The complete FAQ: an audience switcher (when the config has audiences), a search over every
 * category, category tabs with counts, the accordion, and FAQPage structured data.
 */
export function Faq({
  faq,
  audiences,
  audience,
  defaultAudience = ALL_AUDIENCES,
  onAudienceChange,
  contactHref,
  jsonLd = true,
  query,
  onQueryChange,
  searchBox = true,
  accordionProps,
  className,
}: FaqProps) {
  const [chosen, setChosen] = useControllableState({
    value: audience,
    defaultValue: defaultAudience,
    onChange: onAudienceChange,
  })
  // Kept here, not in the tabs: a search replaces them for a while, and clearing it comes back
  // to the tab the reader was on.
  const [tab, setTab] = useState(ALL_CATEGORIES)
  const hasAudiences = audiences !== undefined && audiences.length > 0
  const shown = useMemo(
    () => filterFaqByAudience(faq, hasAudiences && chosen !== ALL_AUDIENCES ? chosen : undefined),
    [faq, hasAudiences, chosen],
  )
  // The same elements while only the query changes: FaqSearch re-renders on every keystroke, and
  // a new element here would re-render the (hidden) accordion and every question in it.
  const browse = useMemo(
    () => (
      <FaqCategories
        faq={shown}
        value={tab}
        onValueChange={setTab}
        {...(accordionProps ? { accordionProps } : {})}
      />
    ),
    [shown, tab, accordionProps],
  )
  const structuredData = useMemo(() => (jsonLd ? <FaqJsonLd faq={faq} /> : null), [jsonLd, faq])
  return (
    <div className={className ? `rsh-faq-page ${className}` : 'rsh-faq-page'} data-part="faq-page">
      {hasAudiences && (
        <AudienceSwitcher audiences={audiences} value={chosen} onValueChange={setChosen} />
      )}
      <FaqSearch
        faq={shown}
        showInput={searchBox}
        {...(query === undefined ? {} : { value: query })}
        {...(onQueryChange ? { onValueChange: onQueryChange } : {})}
        {...(contactHref === undefined ? {} : { contactHref })}
        {...(accordionProps ? { accordionProps } : {})}
      >
        {browse}
      </FaqSearch>
      {structuredData}
    </div>
  )
}

'use client'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import type { FaqConfig } from '../../config/schema'
import { useControllableState } from '../../internal/useControllableState'
import { useLatestRef } from '../../internal/useLatestRef'
import { FaqAccordion, type FaqAccordionProps } from '../FaqAccordion'
import { itemIdFromHash } from '../FaqAccordion/anchors'
import { useSupportHub } from '../SupportHubProvider/context'

/** The tab value of the "All" view. */
export const ALL_CATEGORIES = 'all'

export interface FaqCategoriesProps {
  /** The `faq` block of a parsed config. */
  faq: FaqConfig
  /** The selected tab (controlled): a category id, or `'all'`. Use with `onValueChange`. */
  value?: string
  /**
   * The tab selected at first (uncontrolled).
   * @default 'all'
   */
  defaultValue?: string
  /** Called with the newly selected tab. */
  onValueChange?: (value: string) => void
  /** Props for the accordion in each panel (type, heading level, feedback, copy link). */
  accordionProps?: Omit<FaqAccordionProps, 'faq' | 'category' | 'results' | 'className'>
  /** Extra class names for the root element. */
  className?: string
}

/**
 * FAQ categories as tabs (WAI-ARIA APG tabs, automatic activation): an "All" tab and one per
 * category, each with its question count. Arrow keys move to and select the next tab (wrapping,
 * mirrored right to left), Home/End jump to the ends, only the selected tab is a tab stop, and
 * each panel is labelled by its tab. Only the selected panel's questions are rendered. The tab
 * list wraps on narrow screens.
 */
export function FaqCategories({
  faq,
  value,
  defaultValue = ALL_CATEGORIES,
  onValueChange,
  accordionProps,
  className,
}: FaqCategoriesProps) {
  const { t, localize, dir } = useSupportHub('FaqCategories')
  const [selected, setSelected] = useControllableState({
    value,
    defaultValue,
    onChange: onValueChange,
  })
  const total = faq.categories.reduce((sum, c) => sum + c.items.length, 0)
  const current =
    selected === ALL_CATEGORIES || faq.categories.some((c) => c.id === selected)
      ? selected
      : ALL_CATEGORIES

  // A deep link to a question in another category shows "All", where the accordion opens it.
  const stateRef = useLatestRef({ current, faq, setSelected })
  useEffect(() => {
    const onHash = () => {
      const { current: tab, faq: data, setSelected: select } = stateRef.current
      const itemId = itemIdFromHash(window.location.hash)
      if (itemId === null || tab === ALL_CATEGORIES) return
      const inTab = data.categories.find((c) => c.id === tab)?.items.some((i) => i.id === itemId)
      if (!inTab) select(ALL_CATEGORIES)
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [stateRef])

  const tabs = [
    { id: ALL_CATEGORIES, title: { text: t('faq.categories.all'), lang: undefined }, count: total },
    ...faq.categories.map((c) => ({ id: c.id, title: localize(c.title), count: c.items.length })),
  ]

  const baseId = useId()
  const tabId = (id: string) => `${baseId}-tab-${id}`
  const panelId = (id: string) => `${baseId}-panel-${id}`
  const listRef = useRef<HTMLDivElement>(null)

  /** Arrow keys, Home and End: focus and select another tab. */
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.id === current)
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
    const next =
      event.key === forward
        ? (index + 1) % tabs.length
        : event.key === back
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1
    const target = tabs[next]
    if (!target || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    setSelected(target.id)
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus()
  }

  return (
    <div
      dir={dir}
      className={className ? `rsh-tabs ${className}` : 'rsh-tabs'}
      data-part="faq-categories"
    >
      <div
        ref={listRef}
        role="tablist"
        aria-label={t('faq.categories.label')}
        aria-orientation="horizontal"
        className="rsh-tabs__list"
        data-part="faq-tab-list"
      >
        {tabs.map((tab) => {
          const active = tab.id === current
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={active}
              aria-controls={panelId(tab.id)}
              tabIndex={active ? 0 : -1}
              data-state={active ? 'active' : 'inactive'}
              className="rsh-tabs__tab"
              data-part="faq-tab"
              onClick={() => setSelected(tab.id)}
              onKeyDown={onKeyDown}
            >
              <span lang={tab.title.lang}>{tab.title.text}</span>
              <span className="rsh-tabs__count" aria-hidden="true">
                {tab.count}
              </span>
              <span className="rsh-visually-hidden">
                , {t('faq.categories.count', { count: tab.count })}
              </span>
            </button>
          )
        })}
      </div>
      {tabs.map((tab) => {
        const active = tab.id === current
        return (
          <div
            key={tab.id}
            role="tabpanel"
            id={panelId(tab.id)}
            aria-labelledby={tabId(tab.id)}
            // APG tabs: Tab moves from the tab list into the panel, even before its first link.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            hidden={!active}
            data-state={active ? 'active' : 'inactive'}
            className="rsh-tabs__panel"
            data-part="faq-tab-panel"
          >
            {active ? (
              <FaqAccordion
                faq={faq}
                // A category's panel keeps its title as the heading above the questions.
                {...(tab.id === ALL_CATEGORIES
                  ? {}
                  : { category: tab.id, showCategoryTitles: true })}
                {...accordionProps}
              />
            ) : null}
          </div>
        )
      })}
    </div>
  )
}

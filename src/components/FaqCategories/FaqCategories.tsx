'use client'
import * as Tabs from '@radix-ui/react-tabs'
import { useEffect, useRef } from 'react'
import type { FaqConfig } from '../../config/schema'
import { useControllableState } from '../../internal/useControllableState'
import { useIsomorphicLayoutEffect } from '../../internal/useIsomorphicLayoutEffect'
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
 * FAQ categories as tabs (WAI-ARIA APG tabs, on Radix): an "All" tab and one per category, each
 * with its question count. Arrow keys move between tabs (mirrored right to left), Home/End jump
 * to the ends, and each panel is labelled by its tab. The tab list wraps on narrow screens.
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
  const stateRef = useRef({ current, faq, setSelected })
  useIsomorphicLayoutEffect(() => {
    stateRef.current = { current, faq, setSelected }
  })
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
  }, [])

  const tabs = [
    { id: ALL_CATEGORIES, title: { text: t('faq.categories.all'), lang: undefined }, count: total },
    ...faq.categories.map((c) => ({ id: c.id, title: localize(c.title), count: c.items.length })),
  ]

  return (
    <Tabs.Root
      value={current}
      onValueChange={setSelected}
      dir={dir}
      activationMode="automatic"
      className={className ? `rsh-tabs ${className}` : 'rsh-tabs'}
      data-part="faq-categories"
    >
      <Tabs.List
        aria-label={t('faq.categories.label')}
        className="rsh-tabs__list"
        data-part="faq-tab-list"
      >
        {tabs.map((tab) => (
          <Tabs.Trigger key={tab.id} value={tab.id} className="rsh-tabs__tab" data-part="faq-tab">
            <span lang={tab.title.lang}>{tab.title.text}</span>
            <span className="rsh-tabs__count" aria-hidden="true">
              {tab.count}
            </span>
            <span className="rsh-visually-hidden">
              , {t('faq.categories.count', { count: tab.count })}
            </span>
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Content
          key={tab.id}
          value={tab.id}
          className="rsh-tabs__panel"
          data-part="faq-tab-panel"
        >
          <FaqAccordion
            faq={faq}
            // A category's panel keeps its title as the heading above the questions.
            {...(tab.id === ALL_CATEGORIES ? {} : { category: tab.id, showCategoryTitles: true })}
            {...accordionProps}
          />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  )
}

'use client'
import { useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react'
import type { FaqCategory, FaqConfig, FaqItem } from '../../config/schema'
import { useControllableState } from '../../internal/useControllableState'
import { useLatestRef } from '../../internal/useLatestRef'
import { useSupportHub } from '../SupportHubProvider/context'
import { FaqAccordionItem, type FaqAccordionItemProps } from './FaqAccordionItem'
import { faqAnchor, itemIdFromHash } from './anchors'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export interface FaqAccordionProps {
  /** The `faq` block of a parsed config (`config.faq`). */
  faq: FaqConfig
  /** Show only the category with this `id`. By default every category is shown, each under its title. */
  category?: string
  /**
   * `'multiple'` lets several answers be open at once; `'single'` closes the open one when
   * another opens.
   * @default 'multiple'
   */
  type?: 'single' | 'multiple'
  /** The ids of the open items (controlled). Use with `onValueChange`. */
  value?: string[]
  /**
   * The ids of the items open at first (uncontrolled).
   * @default []
   */
  defaultValue?: string[]
  /** Called with the ids of the open items whenever an item opens or closes. */
  onValueChange?: (value: string[]) => void
  /**
   * The heading level of each question, to fit the host page's outline.
   * @default 3
   */
  headingLevel?: HeadingLevel
  /**
   * Show each category's title as a heading one level above the questions. Defaults to `true`
   * when more than one category is shown.
   */
  showCategoryTitles?: boolean
  /**
   * Show the "Last updated" line when `faq.updated` is set.
   * @default true
   */
  showUpdated?: boolean
  /**
   * Show "Was this helpful?" under each answer (one vote per question, remembered).
   * @default true
   */
  feedback?: boolean
  /**
   * Show a "Copy link" button under each answer, copying the `#faq-<id>` address.
   * @default true
   */
  copyLink?: boolean
  /**
   * Search results to show instead of the categories: the listed questions in this order, each
   * with its matched words highlighted and its category named. `FaqSearch` passes these.
   */
  results?: readonly FaqAccordionResult[]
  /** Extra class names for the root element. */
  className?: string
}

/** One search result for {@link FaqAccordionProps.results}. */
export interface FaqAccordionResult {
  itemId: string
  /** `[start, end)` character ranges of the question to highlight. */
  highlights?: readonly (readonly [number, number])[]
}

const EMPTY: string[] = []

/** `'2025-04-23'` as a date at noon UTC, so no time zone moves it to another day. */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`)
}

/**
 * Arrow keys, Home and End move focus between the questions of the list (read from the DOM, so
 * one function serves every item of every list and never changes).
 */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  const target = event.currentTarget
  const list = target.closest('[data-part="faq-list"]')
  if (!list) return
  const triggers = [...list.querySelectorAll<HTMLElement>('[data-part="faq-trigger"]')]
  const count = triggers.length
  const at = triggers.indexOf(target)
  const index =
    event.key === 'ArrowDown'
      ? (at + 1) % count
      : event.key === 'ArrowUp'
        ? (at - 1 + count) % count
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? count - 1
            : -1
  if (index === -1 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  event.preventDefault()
  triggers[index]?.focus()
}

/**
 * The FAQ as an accessible accordion (WAI-ARIA APG): every question is a button inside a
 * heading; Enter and Space toggle it, ArrowDown/ArrowUp move between questions (wrapping),
 * Home/End jump to the first and last. Answers are safe Markdown, always in the DOM, and
 * reachable by find-in-page and by deep link (`#faq-<id>`).
 */
export function FaqAccordion({
  faq,
  category,
  type = 'multiple',
  value,
  defaultValue = EMPTY,
  onValueChange,
  headingLevel = 3,
  showCategoryTitles,
  showUpdated = true,
  feedback = true,
  copyLink = true,
  results,
  className,
}: FaqAccordionProps) {
  const { t, localize, intl, emit } = useSupportHub('FaqAccordion')
  const baseId = useId()

  const categories = useMemo<FaqCategory[]>(
    () =>
      category === undefined ? faq.categories : faq.categories.filter((c) => c.id === category),
    [faq.categories, category],
  )
  const itemsById = useMemo(() => {
    const map = new Map<string, { item: FaqItem; category: FaqCategory }>()
    for (const c of categories) for (const item of c.items) map.set(item.id, { item, category: c })
    return map
  }, [categories])

  const [requested, setOpen] = useControllableState({
    value,
    defaultValue,
    onChange: onValueChange,
  })
  // In single mode at most one item is open, whatever the host passed.
  const open = useMemo(
    () => (type === 'single' ? requested.slice(0, 1) : requested),
    [requested, type],
  )
  const openRef = useLatestRef(open)

  /** Sets the open items, emitting `faq_opened` for each that was closed. */
  const change = useCallback(
    (next: string[], source: 'user' | 'deep-link') => {
      const before = openRef.current
      for (const itemId of next) {
        const categoryId = itemsById.get(itemId)?.category.id
        if (!before.includes(itemId) && categoryId)
          emit({ type: 'faq_opened', itemId, categoryId, source })
      }
      setOpen(next)
    },
    [itemsById, emit, setOpen, openRef],
  )
  const openItem = useCallback(
    (itemId: string, source: 'user' | 'deep-link') => {
      const current = openRef.current
      if (current.includes(itemId)) return
      change(type === 'single' ? [itemId] : [...current, itemId], source)
    },
    [change, type, openRef],
  )
  // The handlers every item gets: stable across opens (they read the open items from the ref),
  // so opening one question re-renders that question, not the whole list (items are memoised).
  const toggle = useCallback(
    (itemId: string) => {
      const current = openRef.current
      const next = current.includes(itemId)
        ? current.filter((id) => id !== itemId)
        : type === 'single'
          ? [itemId]
          : [...current, itemId]
      change(next, 'user')
    },
    [change, type, openRef],
  )
  const onBeforeMatch = useCallback((itemId: string) => openItem(itemId, 'user'), [openItem])

  // Deep links: `#faq-<id>` opens that item and brings it into view, when the page loads with it
  // and whenever the hash changes; never again on a mere re-render.
  const pending = useRef<{ itemId: string; at: number } | null>(null)
  /** Scrolls to and focuses the item a deep link asked for, once it is open. */
  const revealPending = useCallback(() => {
    const request = pending.current
    if (request === null) return
    // A controlled host may refuse to open it; a stale request must not fire on a later open.
    if (Date.now() - request.at > 1000) {
      pending.current = null
      return
    }
    if (!openRef.current.includes(request.itemId)) return
    pending.current = null
    const element = document.getElementById(faqAnchor(request.itemId))
    element?.scrollIntoView({ block: 'start' })
    element?.querySelector<HTMLElement>('[data-part="faq-trigger"]')?.focus({ preventScroll: true })
  }, [openRef])
  const onHashRef = useLatestRef(() => {
    const itemId = itemIdFromHash(window.location.hash)
    if (itemId === null || !itemsById.has(itemId)) return
    pending.current = { itemId, at: Date.now() }
    if (openRef.current.includes(itemId)) revealPending()
    else openItem(itemId, 'deep-link')
  })
  const loadHandled = useRef(false)
  useEffect(() => {
    const onHash = () => onHashRef.current()
    // Refs survive StrictMode's second effect run, so the address is read once per mount.
    if (!loadHandled.current) {
      loadHandled.current = true
      onHash()
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [onHashRef])
  useEffect(() => {
    revealPending()
  }, [open, revealPending])

  const updated =
    showUpdated && faq.updated
      ? t('faq.updated', {
          date: intl.formatDate(calendarDate(faq.updated), {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            timeZone: 'UTC',
          }),
        })
      : null

  const withTitles = showCategoryTitles ?? categories.length > 1
  const CategoryHeading = `h${Math.max(2, headingLevel - 1) as 2 | 3 | 4 | 5}` as const

  const row = (
    item: FaqItem,
    extra?: Pick<FaqAccordionItemProps, 'highlights' | 'categoryTitle'>,
  ) => (
    <FaqAccordionItem
      key={item.id}
      item={item}
      baseId={baseId}
      anchored={results === undefined}
      open={open.includes(item.id)}
      headingLevel={headingLevel}
      feedback={feedback}
      copyLink={copyLink}
      onBeforeMatch={onBeforeMatch}
      onToggle={toggle}
      onTriggerKeyDown={moveFocus}
      {...extra}
    />
  )

  const items = results
    ? results.flatMap((result) => {
        const found = itemsById.get(result.itemId)
        if (!found) return []
        return [
          row(found.item, {
            highlights: result.highlights,
            categoryTitle: found.category.title,
          }),
        ]
      })
    : categories.map((c) => {
        const title = localize(c.title)
        const description = c.description === undefined ? undefined : localize(c.description)
        return (
          <div
            key={c.id}
            className="rsh-faq__category"
            data-part="faq-category"
            data-category-id={c.id}
          >
            {withTitles && (
              <CategoryHeading
                className="rsh-faq__category-title"
                data-part="faq-category-title"
                lang={title.lang}
              >
                {title.text}
              </CategoryHeading>
            )}
            {description && (
              <p
                className="rsh-faq__category-description"
                data-part="faq-category-description"
                lang={description.lang}
              >
                {description.text}
              </p>
            )}
            {c.items.map((item) => row(item))}
          </div>
        )
      })

  return (
    <div className={className ? `rsh-faq ${className}` : 'rsh-faq'} data-part="faq">
      {updated && (
        <p className="rsh-faq__updated" data-part="faq-updated">
          {updated}
        </p>
      )}
      {items.length === 0 ? (
        <p className="rsh-faq__empty" data-part="faq-empty">
          {t('faq.empty')}
        </p>
      ) : (
        // The APG accordion: each question a button in a heading; Up, Down, Home and End move
        // between the questions (wrapping), Enter and Space toggle (native buttons).
        <div className="rsh-faq__list" data-part="faq-list" data-results={results ? '' : undefined}>
          {items}
        </div>
      )}
    </div>
  )
}

'use client'
import { memo, type KeyboardEvent } from 'react'
import type { FaqItem, LocalizedText } from '../../config/schema'
import { Markdown } from '../Markdown'
import { useSupportHub } from '../SupportHubProvider/context'
import { CopyLinkButton } from './CopyLinkButton'
import { FaqAnswer } from './FaqAnswer'
import { FaqFeedback } from './FaqFeedback'
import { Highlight } from './Highlight'
import { faqAnchor } from './anchors'

function Chevron() {
  return (
    <svg
      className="rsh-faq__icon"
      data-part="faq-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M6 9l6 6 6-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

export interface FaqAccordionItemProps {
  item: FaqItem
  /** Prefix for the trigger and answer ids (unique per accordion). */
  baseId: string
  /**
   * Carry the item's `#faq-<id>` anchor. Search results do not: they repeat questions the
   * (hidden) FAQ below holds, which keeps the anchor.
   */
  anchored: boolean
  open: boolean
  headingLevel: 2 | 3 | 4 | 5 | 6
  /** Character ranges of the question to highlight (search matches). */
  highlights?: readonly (readonly [number, number])[] | undefined
  /** The category's title (from the config), shown under the question in search results. */
  categoryTitle?: LocalizedText | undefined
  feedback: boolean
  copyLink: boolean
  /** Find-in-page reached the collapsed answer of the item with this id: open it. */
  onBeforeMatch: (itemId: string) => void
  /** The reader pressed the question of the item with this id: open or close its answer. */
  onToggle: (itemId: string) => void
  /** Keys on the question: moving between the questions of the list. */
  onTriggerKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
}

/**
 * One question (a button in a heading) and its answer region, with feedback and a copy-link button.
 * Memoised, with props that stay the same while another question opens or closes: one click
 * renders one item, not the whole list.
 */
export const FaqAccordionItem = memo(function FaqAccordionItem({
  item,
  baseId,
  anchored,
  open,
  headingLevel,
  highlights,
  categoryTitle,
  feedback,
  copyLink,
  onBeforeMatch,
  onToggle,
  onTriggerKeyDown,
}: FaqAccordionItemProps) {
  const { t, localize } = useSupportHub('FaqAccordion')
  const question = localize(item.question)
  const answer = localize(item.answer)
  const triggerId = `${baseId}-q-${item.id}`
  const answerId = `${baseId}-a-${item.id}`
  const Heading = `h${headingLevel}` as const
  const categoryLabel = categoryTitle === undefined ? undefined : localize(categoryTitle)
  return (
    <div
      id={anchored ? faqAnchor(item.id) : undefined}
      className="rsh-faq__item"
      data-part="faq-item"
      data-state={open ? 'open' : 'closed'}
    >
      <Heading className="rsh-faq__question" data-part="faq-question">
        <button
          type="button"
          id={triggerId}
          aria-expanded={open}
          aria-controls={answerId}
          className="rsh-faq__trigger"
          data-part="faq-trigger"
          data-state={open ? 'open' : 'closed'}
          onClick={() => onToggle(item.id)}
          onKeyDown={onTriggerKeyDown}
        >
          <span className="rsh-faq__question-text" lang={question.lang}>
            <Highlight text={question.text} ranges={highlights} />
          </span>
          <Chevron />
        </button>
      </Heading>
      {categoryLabel && (
        <p className="rsh-faq__result-category" data-part="faq-result-category">
          {t('faq.search.category', { category: categoryLabel.text })}
        </p>
      )}
      <FaqAnswer
        id={answerId}
        labelledBy={triggerId}
        open={open}
        onBeforeMatch={() => onBeforeMatch(item.id)}
      >
        <div className="rsh-faq__answer-text" data-part="faq-answer-text" lang={answer.lang}>
          <Markdown source={answer.text} />
        </div>
        {(feedback || copyLink) && (
          <div className="rsh-faq__answer-footer" data-part="faq-answer-footer">
            {feedback && <FaqFeedback itemId={item.id} />}
            {copyLink && <CopyLinkButton itemId={item.id} questionId={triggerId} />}
          </div>
        )}
      </FaqAnswer>
    </div>
  )
})

'use client'
import { useEffect, useId, useRef, useState } from 'react'
import { readStored, writeStored } from '../../internal/storage'
import { useStored } from '../../internal/useStored'
import { useSupportHub } from '../SupportHubProvider/context'

const STORAGE_KEY = 'faq-feedback'
type Votes = Record<string, 'yes' | 'no'>
const isVotes = (value: unknown): value is Votes =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Step = 'ask' | 'comment' | 'thanks'

/**
 * "Was this helpful?" under an answer: Yes, or No and an optional comment, then a thank-you.
 * One vote per question, remembered in localStorage; sends one `faq_feedback` event.
 */
export function FaqFeedback({ itemId }: { itemId: string }) {
  const { t, emit } = useSupportHub('FaqFeedback')
  const [ownStep, setStep] = useState<Step>('ask')
  // A vote from an earlier visit (or another tab) shows the thanks straight away.
  const voted = useStored(STORAGE_KEY, isVotes)?.[itemId] !== undefined
  const step: Step = voted ? 'thanks' : ownStep
  const [comment, setComment] = useState('')
  const promptId = useId()
  const commentId = useId()
  const thanksRef = useRef<HTMLParagraphElement>(null)
  const commentRef = useRef<HTMLTextAreaElement>(null)
  const moveFocus = useRef(false)

  useEffect(() => {
    if (!moveFocus.current) return
    moveFocus.current = false
    if (step === 'thanks') thanksRef.current?.focus()
    if (step === 'comment') commentRef.current?.focus()
  }, [step])

  function finish(helpful: boolean, text?: string) {
    const trimmed = text?.trim()
    writeStored(STORAGE_KEY, {
      ...readStored(STORAGE_KEY, isVotes),
      [itemId]: helpful ? 'yes' : 'no',
    })
    emit({ type: 'faq_feedback', itemId, helpful, ...(trimmed ? { comment: trimmed } : {}) })
    moveFocus.current = true
    setStep('thanks')
  }

  if (step === 'thanks') {
    return (
      <p
        ref={thanksRef}
        tabIndex={-1}
        role="status"
        className="rsh-feedback rsh-feedback__thanks"
        data-part="faq-feedback"
        data-state="thanks"
      >
        {t('faq.feedback.thanks')}
      </p>
    )
  }

  if (step === 'comment') {
    return (
      <form
        className="rsh-feedback"
        data-part="faq-feedback"
        data-state="comment"
        onSubmit={(event) => {
          event.preventDefault()
          finish(false, comment)
        }}
      >
        <label htmlFor={commentId} className="rsh-feedback__label">
          {t('faq.feedback.commentLabel')}
        </label>
        <textarea
          ref={commentRef}
          id={commentId}
          className="rsh-feedback__comment"
          rows={3}
          maxLength={1000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <div className="rsh-feedback__actions">
          <button type="submit" className="rsh-button" data-variant="primary">
            {t('faq.feedback.send')}
          </button>
          <button type="button" className="rsh-button" onClick={() => finish(false)}>
            {t('faq.feedback.skip')}
          </button>
        </div>
      </form>
    )
  }

  return (
    <div
      role="group"
      aria-labelledby={promptId}
      className="rsh-feedback"
      data-part="faq-feedback"
      data-state="ask"
    >
      <p id={promptId} className="rsh-feedback__prompt">
        {t('faq.feedback.question')}
      </p>
      <div className="rsh-feedback__actions">
        <button type="button" className="rsh-button" onClick={() => finish(true)}>
          {t('faq.feedback.yes')}
        </button>
        <button
          type="button"
          className="rsh-button"
          onClick={() => {
            moveFocus.current = true
            setStep('comment')
          }}
        >
          {t('faq.feedback.no')}
        </button>
      </div>
    </div>
  )
}

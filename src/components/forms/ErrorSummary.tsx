'use client'
import { useEffect, useId, useRef, type MouseEvent } from 'react'
import { useSupportHub } from '../SupportHubProvider/context'

export interface ErrorSummaryItem {
  /** The id of the control to move to (the input, or a group's first input). */
  fieldId: string
  message: string
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[]
  /** @default 2 */
  headingLevel?: 2 | 3 | 4
  /**
   * Changes on every failed submit (a counter): the summary then takes focus, so the reader
   * hears the problems first. Fixing a field re-renders the summary without moving focus.
   */
  focusKey?: number
}

/**
 * The GOV.UK error summary: "There is a problem" and a link per problem, at the top of a form.
 * It takes focus after a failed submit (and is the one `role="alert"` of the form); each link
 * moves focus to its field and brings the field's label into view.
 */
export function ErrorSummary({ errors, headingLevel = 2, focusKey }: ErrorSummaryProps) {
  const { t } = useSupportHub('ErrorSummary')
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const shown = errors.length > 0
  // Only a failed submit moves focus here (GOV.UK), once, as soon as the summary shows (it may
  // show a render after the submit); never for a field emptied while fixing others.
  const focusedFor = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (!shown || !focusKey || focusedFor.current === focusKey) return
    focusedFor.current = focusKey
    ref.current?.focus()
  }, [focusKey, shown])
  if (!shown) return null
  const Heading = `h${headingLevel}` as const

  function moveTo(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId)
    if (!field) return
    event.preventDefault()
    // The label (or the group's legend) is the reader's landmark: show it, focus the control.
    const anchor =
      field.closest('fieldset')?.querySelector('legend') ??
      document.querySelector(`label[for="${CSS.escape(fieldId)}"]`) ??
      field
    anchor.scrollIntoView({ block: 'start' })
    field.focus({ preventScroll: true })
  }

  return (
    <div
      ref={ref}
      className="rsh-error-summary"
      data-part="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <Heading id={titleId} className="rsh-error-summary__title">
        {t('forms.errorSummary.title')}
      </Heading>
      <ul className="rsh-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => moveTo(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

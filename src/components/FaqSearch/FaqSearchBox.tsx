'use client'
import { useId, useRef } from 'react'
import { useSupportHub } from '../SupportHubProvider/context'

export interface FaqSearchBoxProps {
  /** The query (controlled). */
  value: string
  /** Called with the query on every keystroke, and with `''` on Escape or "Clear search". */
  onValueChange: (value: string) => void
  /** Called when the reader presses Enter (results already follow the typing). */
  onSubmit?: () => void
  /** Called when the box gets focus (the FAQ builds its search index then, before any key). */
  onFocus?: () => void
  /** The id of an element describing the box, such as the result count. */
  describedBy?: string
  /** Extra class names for the `search` landmark. */
  className?: string
}

/**
 * The FAQ's search box on its own (a `search` landmark with a label, a clear button and Escape
 * to clear), for placing the box apart from the results: pass its value to
 * `<FaqSearch value showInput={false}>`.
 */
export function FaqSearchBox({
  value,
  onValueChange,
  onSubmit,
  onFocus,
  describedBy,
  className,
}: FaqSearchBoxProps) {
  const { t } = useSupportHub('FaqSearchBox')
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  return (
    <form
      role="search"
      aria-label={t('faq.search.label')}
      className={className ? `rsh-faq-search__form ${className}` : 'rsh-faq-search__form'}
      data-part="faq-search-form"
      onSubmit={(event) => {
        // Results follow the typing; Enter only keeps the page where it is.
        event.preventDefault()
        onSubmit?.()
      }}
    >
      <label htmlFor={inputId} className="rsh-faq-search__label">
        {t('faq.search.label')}
      </label>
      <div className="rsh-faq-search__field">
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          className="rsh-faq-search__input"
          data-part="faq-search-input"
          value={value}
          placeholder={t('faq.search.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={describedBy}
          onFocus={onFocus}
          onChange={(event) => onValueChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && value !== '') {
              event.preventDefault()
              // Clearing the box is all Escape does here (not also closing a dialog around it).
              event.stopPropagation()
              onValueChange('')
            }
          }}
        />
        {value !== '' && (
          <button
            type="button"
            className="rsh-button"
            onClick={() => {
              onValueChange('')
              inputRef.current?.focus()
            }}
          >
            {t('faq.search.clear')}
          </button>
        )}
      </div>
    </form>
  )
}

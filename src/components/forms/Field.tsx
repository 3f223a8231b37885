'use client'
import type { ReactNode } from 'react'
import type { FormField } from '../../config/schema'
import type { FormValue } from '../../core/forms'
import { useSupportHub } from '../SupportHubProvider/context'

export interface FieldProps {
  field: FormField
  value: FormValue
  onChange: (value: FormValue) => void
  onBlur?: () => void
  /** The inline error, shown after a failed submit. */
  error?: string | undefined
  /** A soft recommendation ("We recommend 5 to 7 words"), never blocking. */
  recommendation?: string | undefined
  /**
   * The control for `file` fields (attachments), rendered by the form. It brings its own label,
   * hint and error, so the field adds none of its own.
   */
  fileControl?: ReactNode
  disabled?: boolean
}

/** `id`s that are really rendered, for aria-describedby (never a dangling reference). */
function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string')
  return present.length > 0 ? present.join(' ') : undefined
}

/**
 * One form field the GOV.UK way: a label (with "(optional)" when not required), its hint, a
 * soft recommendation, and after a failed submit an inline error with a visually hidden
 * "Error:" prefix. `aria-invalid` and `aria-describedby` point only at what is rendered; no
 * inline error has `role="alert"` (the error summary speaks for the form). Radios and
 * checkboxes sit in a fieldset whose legend is the label.
 */
export function Field({
  field,
  value,
  onChange,
  onBlur,
  error,
  recommendation,
  fileControl,
  disabled,
}: FieldProps) {
  const { t, localize } = useSupportHub('Field')
  const id = field.id
  const label = localize(field.label)
  const hint = field.hint ? localize(field.hint) : undefined
  const hintId = hint ? `${id}-hint` : undefined
  const recommendId = recommendation ? `${id}-recommend` : undefined
  const errorId = error ? `${id}-error` : undefined
  const described = describedBy(hintId, recommendId, errorId)
  const optional = field.required ? null : (
    <>
      {' '}
      <span className="rsh-field__optional">{t('forms.optional')}</span>
    </>
  )
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : ''

  const parts = (
    <>
      {hint && (
        <p id={hintId} className="rsh-field__hint" lang={hint.lang}>
          {hint.text}
        </p>
      )}
      {recommendation && (
        <p id={recommendId} className="rsh-field__recommend" data-part="field-recommendation">
          {recommendation}
        </p>
      )}
      {error && (
        <p id={errorId} className="rsh-field__error" data-part="field-error">
          <span className="rsh-visually-hidden">{t('forms.errorPrefix')}</span> {error}
        </p>
      )}
    </>
  )

  const common = {
    id,
    name: id,
    disabled,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  } as const

  if (field.type === 'file') return <>{fileControl}</>

  if (field.type === 'checkbox') {
    // A single tick box: its label sits beside it; hint and error above, as GOV.UK does.
    return (
      <div className="rsh-field" data-part="field" data-invalid={error ? '' : undefined}>
        {parts}
        <label className="rsh-field__choice" htmlFor={id}>
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(event) => onChange(event.target.checked)}
          />
          <span lang={label.lang}>
            {label.text}
            {optional}
          </span>
        </label>
      </div>
    )
  }

  if (field.type === 'radio') {
    return (
      <fieldset
        className="rsh-field"
        data-part="field"
        data-invalid={error ? '' : undefined}
        aria-describedby={described}
      >
        <legend className="rsh-field__label" lang={label.lang}>
          {label.text}
          {optional}
        </legend>
        {parts}
        {(field.options ?? []).map((option, i) => {
          const optionLabel = localize(option.label)
          return (
            <label key={option.value} className="rsh-field__choice">
              <input
                {...common}
                aria-describedby={undefined}
                // The first radio carries the field id: the error summary links to it.
                id={i === 0 ? id : `${id}-${i}`}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span lang={optionLabel.lang}>{optionLabel.text}</span>
            </label>
          )
        })}
      </fieldset>
    )
  }

  return (
    <div className="rsh-field" data-part="field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className="rsh-field__label" lang={label.lang}>
        {label.text}
        {optional}
      </label>
      {parts}
      {field.type === 'textarea' ? (
        <textarea
          {...common}
          className="rsh-field__input"
          rows={6}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : field.type === 'select' ? (
        <select
          {...common}
          className="rsh-field__input"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('forms.select.placeholder')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {localize(option.label).text}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          className="rsh-field__input"
          type={field.type === 'number' ? 'text' : field.type}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          autoComplete={field.autocomplete ?? (field.type === 'email' ? 'email' : undefined)}
          spellCheck={field.type === 'email' ? false : undefined}
          value={text}
          max={
            field.type === 'date' && typeof field.max === 'string' && field.max !== 'today'
              ? field.max
              : undefined
          }
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  )
}

'use client'
import type { AttachmentsConfig, FormField } from '../../config/schema'
import { recommendationFor, type FormValue } from '../../core/forms'
import { FileAttachments } from '../FileAttachments'
import { useSupportHub } from '../SupportHubProvider/context'
import { Field } from './Field'
import type { FormControl } from './useSupportForm'

export interface FieldControlProps {
  field: FormField
  control: FormControl
  /** The inline error, once a submit has failed. */
  error: string | undefined
  /** Every change, after the form has it (the forms save drafts here). */
  onValue: (fieldId: string, value: FormValue) => void
  disabled: boolean
  /** The form's attachment limits, for `file` fields. */
  attachments: AttachmentsConfig | undefined
}

/**
 * One config field wired to its form: the GOV.UK `Field`, its soft recommendation, and
 * for `file` fields the attachments control (which brings its own label, hint and error).
 */
export function FieldControl({
  field,
  control,
  error,
  onValue,
  disabled,
  attachments,
}: FieldControlProps) {
  const { t, text, locale } = useSupportHub('FieldControl')
  const value = control.value(field.id)
  const onChange = (next: FormValue) => {
    control.setValue(field.id, next)
    onValue(field.id, next)
  }
  const recommendation = recommendationFor(field, value, locale)
  return (
    <Field
      field={field}
      value={value}
      onChange={onChange}
      onBlur={() => control.blur(field.id)}
      error={error}
      recommendation={recommendation ? t('forms.recommend.words', recommendation) : undefined}
      disabled={disabled}
      fileControl={
        field.type === 'file' && attachments ? (
          <FileAttachments
            id={field.id}
            label={text(field.label)}
            {...(field.hint ? { hint: text(field.hint) } : {})}
            optional={!field.required}
            limits={{
              maxFiles: attachments.maxFiles,
              maxBytes: attachments.maxBytes,
              accept: attachments.accept ?? [],
            }}
            value={(value as File[] | undefined) ?? []}
            onChange={onChange}
            error={error}
            disabled={disabled}
          />
        ) : undefined
      }
    />
  )
}

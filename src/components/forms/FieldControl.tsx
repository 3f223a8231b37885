'use client'
import { Controller, type Control } from 'react-hook-form'
import type { AttachmentsConfig, FormField } from '../../config/schema'
import { recommendationFor, type FormValue, type FormValues } from '../../core/forms'
import { FileAttachments } from '../FileAttachments'
import { useSupportHub } from '../SupportHubProvider/context'
import { Field } from './Field'

export interface FieldControlProps {
  field: FormField
  control: Control<FormValues>
  /** The inline error, once a submit has failed. */
  error: string | undefined
  /** Every change, after react-hook-form has it (the forms save drafts here). */
  onValue: (fieldId: string, value: FormValue) => void
  disabled: boolean
  /** The form's attachment limits, for `file` fields. */
  attachments: AttachmentsConfig | undefined
}

/**
 * One config field wired to react-hook-form: the GOV.UK `Field`, its soft recommendation, and
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
  return (
    <Controller
      name={field.id}
      control={control}
      render={({ field: input }) => {
        const onChange = (value: FormValue) => {
          input.onChange(value)
          onValue(field.id, value)
        }
        const recommendation = recommendationFor(field, input.value, locale)
        return (
          <Field
            field={field}
            value={input.value}
            onChange={onChange}
            onBlur={input.onBlur}
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
                  value={(input.value as File[] | undefined) ?? []}
                  onChange={onChange}
                  error={error}
                  disabled={disabled}
                />
              ) : undefined
            }
          />
        )
      }}
    />
  )
}

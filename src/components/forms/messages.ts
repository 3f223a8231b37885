import type { FormField } from '../../config/schema'
import { errorParams, isFieldVisible, type FieldError, type FormValues } from '../../core/forms'
import type { MessageId } from '../../i18n'
import type { SupportHubContextValue } from '../SupportHubProvider/context'

const MESSAGE: Record<Exclude<FieldError['code'], 'pattern'>, MessageId> = {
  required: 'forms.error.required',
  requiredChoice: 'forms.error.requiredChoice',
  requiredCheckbox: 'forms.error.requiredCheckbox',
  minLength: 'forms.error.minLength',
  maxLength: 'forms.error.maxLength',
  email: 'forms.error.email',
  number: 'forms.error.number',
  min: 'forms.error.min',
  max: 'forms.error.max',
  date: 'forms.error.date',
  dateFuture: 'forms.error.dateFuture',
}

/** The reader-facing message of a field problem, in the provider's locale. */
export function fieldErrorMessage(
  error: FieldError,
  field: FormField,
  { t, text }: Pick<SupportHubContextValue, 't' | 'text'>,
): string {
  if (error.code === 'pattern') return field.pattern ? text(field.pattern.message) : ''
  return t(MESSAGE[error.code], { label: text(field.label), ...error.params })
}

/**
 * The error summary's items for the errors the form holds, in field order, for the
 * fields that show; each message is built from the field's own rules.
 */
export function fieldErrorItems(
  fields: readonly FormField[],
  errors: Readonly<Record<string, { type?: unknown } | undefined>>,
  values: FormValues,
  hub: Pick<SupportHubContextValue, 't' | 'text'>,
): { fieldId: string; message: string }[] {
  return fields.flatMap((field) => {
    const error = errors[field.id]
    if (!error || !isFieldVisible(field, values)) return []
    const code = error.type as FieldError['code']
    const message = fieldErrorMessage(
      { fieldId: field.id, code, params: errorParams(field, code) },
      field,
      hub,
    )
    return [{ fieldId: field.id, message }]
  })
}

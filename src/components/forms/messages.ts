import type { FormField } from '../../config/schema'
import type { FieldError } from '../../core/forms'
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

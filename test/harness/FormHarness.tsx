import { useState } from 'react'
import { ErrorSummary, Field, fieldErrorMessage } from '../../src/components/forms'
import { useSupportHub } from '../../src/components/SupportHubProvider'
import type { FormField } from '../../src/config'
import { validateForm, type FormValue } from '../../src/core/forms'

export const harnessFields: FormField[] = [
  { id: 'email', type: 'email', label: 'Email address', hint: 'We reply here', required: true },
  { id: 'subject', type: 'text', label: 'Subject', required: true },
  {
    id: 'side',
    type: 'radio',
    label: 'Where is the problem?',
    required: true,
    options: [
      { value: 'viewer', label: 'Viewer side' },
      { value: 'creator', label: 'Creator side' },
    ],
  },
  { id: 'username', type: 'text', label: 'Username' },
]

/**
 * A small form in the GOV.UK pattern, composed from the parts the ticket and refund forms use:
 * the error summary, fields with hints and inline errors, checks on submit.
 */
export function FormHarness({ fields = harnessFields }: { fields?: FormField[] }) {
  const hub = useSupportHub('Harness')
  const [values, setValues] = useState<Record<string, FormValue>>({})
  const [submitted, setSubmitted] = useState(0)
  const errors = submitted ? validateForm(fields, values, { today: '2026-11-21' }) : []
  const messages = errors.map((e) => ({
    fieldId: e.fieldId,
    message: fieldErrorMessage(
      e,
      fields.find((f) => f.id === e.fieldId)!,
      hub,
    ),
  }))
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        setSubmitted((n) => n + 1)
      }}
    >
      <ErrorSummary errors={messages} focusKey={submitted} />
      {fields.map((field) => (
        <Field
          key={field.id}
          field={field}
          value={values[field.id]}
          onChange={(value) => setValues((v) => ({ ...v, [field.id]: value }))}
          error={messages.find((m) => m.fieldId === field.id)?.message}
        />
      ))}
      <button type="submit">Send</button>
    </form>
  )
}

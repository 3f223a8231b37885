export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './ErrorSummary'
export { Field, type FieldProps } from './Field'
export { fieldErrorItems, fieldErrorMessage } from './messages'
export {
  useSupportForm,
  type SupportFormSendContext,
  type SupportFormStatus,
} from './useSupportForm'
export { DraftNotice, Honeypot, SendFailure, SentConfirmation, SubmitButton } from './FormParts'
export { FieldControl, type FieldControlProps } from './FieldControl'

/**
 * Sending a form, framework-free: an endpoint (multipart POST) or an `onSubmit` callback, with
 * retries, one idempotency key per submission, one request per double click; and drafts in
 * localStorage. Nothing runs at import time.
 */
export {
  createSubmission,
  SubmitError,
  type Submission,
  type SubmitContext,
  type SubmitErrorKind,
  type SubmitResult,
  type SubmitTarget,
} from './submit'
export { clearDraft, createDraftSaver, loadDraft } from './drafts'

/**
 * Sending a form, framework-free: an endpoint (multipart POST) or an `onSubmit` callback, with
 * retries, one idempotency key per submission, one request per double click; and drafts in
 * localStorage. Nothing runs at import time.
 */
export {
  createIdempotencyKey,
  createSubmission,
  endpointUrlAllowed,
  SubmitError,
  type Submission,
  type SubmitContext,
  type SubmitErrorKind,
  type SubmitOptions,
  type SubmitResult,
  type SubmitTarget,
} from './submit'
export {
  clearDraft,
  createDraftSaver,
  loadDraft,
  saveDraft,
  type DraftOptions,
  type DraftSaver,
  type DraftSaverOptions,
  type DraftValue,
  type DraftValues,
} from './drafts'

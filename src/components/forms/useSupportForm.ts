'use client'
import { useEffect, useMemo, useRef, useState, type RefObject, type SyntheticEvent } from 'react'
import type { FormField } from '../../config/schema'
import {
  checkField,
  isFieldVisible,
  validateForm,
  valuesToSend,
  type FormValue,
  type FormValues,
} from '../../core/forms'
import {
  clearDraft,
  createDraftSaver,
  createSubmission,
  loadDraft,
  SubmitError,
  type Submission,
  type SubmitContext,
  type SubmitResult,
  type SubmitTarget,
} from '../../submit'
import { useSupportHub } from '../SupportHubProvider/context'

/** The name of the hidden trap field: no config field can take it (ids start with a letter or digit). */
export const HONEYPOT = '__rsh_hp'

export type SupportFormStatus =
  | { state: 'editing' }
  | { state: 'sending' }
  | { state: 'failed'; kind: SubmitError['kind'] }
  | { state: 'sent'; reference: string }

/** What a host's `onSubmit` receives besides the values: the idempotency key, a signal, the files. */
export type SupportFormSendContext = SubmitContext

export interface SupportFormOptions {
  /** Which form, for the events. */
  form: 'ticket' | 'refund'
  fields: readonly FormField[]
  /** Where the draft is kept; `false` turns drafts off. */
  draftKey: string | false
  /** Today's date (`YYYY-MM-DD`) for `max: "today"`. */
  today: () => string
  /** The host's sender, if any. */
  onSubmit:
    | ((values: Record<string, unknown>, context: SupportFormSendContext) => Promise<SubmitResult>)
    | undefined
  /** The config's endpoint, if any. */
  endpoint: { endpoint: string; headers?: Record<string, string> | undefined } | undefined
  /** Values sent besides the fields (diagnostics the reader agreed to). */
  extraValues?: () => Record<string, unknown>
  sendOptions?: { retries?: number; timeoutMs?: number; backoffMs?: number } | undefined
}

/** The field errors of the last check, by field id: the error code of each field's first failed rule. */
export type FormErrors = Partial<Record<string, { type: string }>>

/** What a field control reads and writes (FieldControl, the honeypot). */
export interface FormControl {
  value: (fieldId: string) => FormValue | undefined
  setValue: (fieldId: string, value: FormValue) => void
  /** The field lost focus: after a submit, its error is checked again. */
  blur: (fieldId: string) => void
}

/** What {@link useSupportForm} gives a form. */
export interface SupportForm {
  control: FormControl
  /** The current values (re-rendered as they change). */
  values: FormValues
  /** The field errors of the last check. */
  errors: FormErrors
  status: SupportFormStatus
  /** Counts failed submits: the error summary takes focus when it changes. */
  failedSubmits: number
  /** For the confirmation, which takes focus once sent. */
  successRef: RefObject<HTMLDivElement | null>
  draftRestored: boolean
  /** "Discard": forgets the draft and empties the form. */
  discardDraft: () => void
  /** Saves a draft with `value` just typed into `fieldId` (debounced). */
  saveDraft: (fieldId: string, value: unknown) => void
  onSubmit: (event: SyntheticEvent<HTMLFormElement>) => void
}

/**
 * What the ticket and refund forms share: the values and errors (the core/forms rules, checked
 * on submit; after a submit, a field's error is checked again when it loses focus), drafts
 * (restored after mount, saved while typing and when the page goes away), sending exactly once
 * (one idempotency key per submission, kept on retry, new when the values change; one request per
 * double click; aborted on unmount), the honeypot, and the form events.
 */
export function useSupportForm({
  form,
  fields,
  draftKey,
  today,
  onSubmit,
  endpoint,
  extraValues,
  sendOptions,
}: SupportFormOptions): SupportForm {
  const { emit } = useSupportHub(form === 'ticket' ? 'TicketForm' : 'RefundForm')
  const files = useMemo(() => fields.filter((f) => f.type === 'file'), [fields])
  // Never kept in a draft: what the config marks sensitive, and files (localStorage holds text).
  const excluded = useMemo(
    () => [...new Set(fields.filter((f) => f.sensitive || f.type === 'file').map((f) => f.id))],
    [fields],
  )

  /** The core/forms rules (a zod schema built from the fields), as errors by field id. */
  const check = (from: FormValues): FormErrors =>
    Object.fromEntries(
      validateForm(fields, from, { today: today() }).map((e) => [e.fieldId, { type: e.code }]),
    )
  const defaults = useMemo(
    () =>
      Object.fromEntries(
        fields.map((f) => [
          f.id,
          f.default ?? (f.type === 'file' ? [] : f.type === 'checkbox' ? false : ''),
        ]),
      ) as FormValues,
    [fields],
  )
  const [values, setValues] = useState<FormValues>(defaults)
  // The latest values for handlers that run before the next render (a blur right after a change).
  const latest = useRef(values)
  const [errors, setErrors] = useState<FormErrors>({})
  // Errors show from the first submit on; until then typing is never interrupted by them.
  const submitted = useRef(false)
  const getValues = () => latest.current
  const reset = (next: FormValues) => {
    latest.current = next
    setValues(next)
    setErrors({})
    submitted.current = false
  }
  const control: FormControl = {
    value: (fieldId) => values[fieldId],
    setValue: (fieldId, value) => {
      latest.current = { ...latest.current, [fieldId]: value }
      setValues(latest.current)
    },
    blur: (fieldId) => {
      if (!submitted.current) return
      // Only the field that lost focus (a hidden one has no error), as the whole check would
      // see it: the refund form's details have two definitions, of which one shows.
      const from = latest.current
      let error: { type: string } | undefined
      for (const field of fields) {
        if (field.id !== fieldId || !isFieldVisible(field, from)) continue
        const problem = checkField(field, from[fieldId], { today: today() })
        if (problem) error = { type: problem.code }
      }
      setErrors((before) => {
        if (before[fieldId]?.type === error?.type) return before
        const others = Object.fromEntries(Object.entries(before).filter(([id]) => id !== fieldId))
        return error ? { ...others, [fieldId]: error } : others
      })
    },
  }

  // Drafts: restored once after mount (never in server HTML), saved while typing.
  const [draftRestored, setDraftRestored] = useState(false)
  const saver = useMemo(
    () => (draftKey ? createDraftSaver(draftKey, { exclude: excluded }) : null),
    [draftKey, excluded],
  )
  useEffect(() => {
    if (!draftKey) return
    const draft = loadDraft(draftKey, { exclude: excluded })
    if (draft) {
      // The draft lives in localStorage, which server HTML cannot read: it is restored after
      // mount, and the notice with it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      reset({ ...defaults, ...draft })
      setDraftRestored(true)
    }
    // Once per mount: later changes of these are the reader's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(() => {
    if (!saver) return
    // A reload or a closed tab never unmounts: save what was typed when the page goes away.
    const flushNow = () => saver.flush()
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush()
    }
    window.addEventListener('pagehide', flushNow)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('pagehide', flushNow)
      document.removeEventListener('visibilitychange', onHidden)
      // Unmounted, or a new saver (the fields changed): what the old one holds is saved now.
      saver.flush()
    }
  }, [saver])

  function forgetDraft() {
    saver?.cancel()
    if (draftKey) clearDraft(draftKey)
  }

  const [status, setStatus] = useState<SupportFormStatus>({ state: 'editing' })
  const [failedSubmits, setFailedSubmits] = useState(0)
  // The form is replaced by the confirmation: focus moves there, so it is read and not lost.
  const successRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (status.state === 'sent') successRef.current?.focus()
  }, [status.state])

  const submission = useRef<Submission | null>(null)
  const sentValues = useRef<string | null>(null)
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])
  // Set synchronously on the first submit: a second click, a second Enter or a submit while
  // sending finds it taken and sends nothing; it is released only after a failure.
  const busy = useRef(false)

  const attachedFiles = (from: FormValues) =>
    files.flatMap((f) => [...((from[f.id] as File[] | undefined) ?? [])])

  async function send(valid: FormValues) {
    const target: SubmitTarget | null = onSubmit ? { onSubmit } : (endpoint ?? null)
    if (!target || busy.current) return
    busy.current = true
    // A bot filled the hidden field: look sent, send nothing.
    if (typeof valid[HONEYPOT] === 'string' && valid[HONEYPOT] !== '') {
      forgetDraft()
      setStatus({ state: 'sent', reference: '—' })
      return
    }
    const sent = { ...valuesToSend(fields, valid), ...extraValues?.() }
    // A retry of the same values keeps its idempotency key; edited values are a new submission.
    const fingerprint = JSON.stringify(sent)
    if (submission.current && sentValues.current !== fingerprint) submission.current = null
    sentValues.current = fingerprint
    submission.current ??= createSubmission(target)
    abort.current ??= new AbortController()
    setStatus({ state: 'sending' })
    try {
      const result = await submission.current.send(sent, attachedFiles(valid), {
        ...sendOptions,
        signal: abort.current.signal,
      })
      forgetDraft()
      submission.current = null
      emit({ type: 'form_submitted', form, reference: result.reference })
      setStatus({ state: 'sent', reference: result.reference })
    } catch (error) {
      busy.current = false
      const kind = error instanceof SubmitError ? error.kind : 'network'
      if (kind === 'aborted') return
      emit({
        type: 'form_failed',
        form,
        reason: kind,
        ...(error instanceof SubmitError && error.status !== undefined
          ? { status: error.status }
          : {}),
      })
      setStatus({ state: 'failed', kind })
    }
  }

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault()
    submitted.current = true
    const current = latest.current
    const found = check(current)
    setErrors(found)
    if (Object.keys(found).length === 0) {
      void send(current)
      return
    }
    setFailedSubmits((n) => n + 1)
    emit({ type: 'form_validation_failed', form, fields: Object.keys(found) })
  }

  return {
    control,
    values,
    errors,
    status,
    failedSubmits,
    successRef,
    draftRestored,
    discardDraft: () => {
      forgetDraft()
      reset(defaults)
      setDraftRestored(false)
    },
    saveDraft: (fieldId: string, value: unknown) => {
      saver?.save({ ...getValues(), [fieldId]: value })
    },
    onSubmit: submit,
  }
}

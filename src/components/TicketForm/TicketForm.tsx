'use client'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { FaqConfig, TicketFormConfig } from '../../config/schema'
import { formatDuration } from '../../core/duration'
import { isFieldVisible, mergeFields } from '../../core/forms'
import { localDate } from '../../core/hours/zone'
import { createFaqIndex } from '../../core/search'
import type { SubmitResult } from '../../submit'
import { FaqAccordion } from '../FaqAccordion'
import {
  DraftNotice,
  ErrorSummary,
  FieldControl,
  fieldErrorItems,
  Honeypot,
  SendFailure,
  SentConfirmation,
  SubmitButton,
  useSupportForm,
  type SupportFormSendContext,
} from '../forms'
import { useSupportHub } from '../SupportHubProvider/context'
import { DiagnosticsConsent, type Diagnostics } from './Diagnostics'
import { presetFields } from './presets'

export interface TicketFormProps {
  /** The `forms.ticket` block of a parsed config. */
  form: TicketFormConfig
  /**
   * Sends the ticket yourself instead of `form.submit.endpoint`: return `{ reference }`. Called
   * with the same idempotency key on every retry of one submission.
   */
  onSubmit?: (
    values: Record<string, unknown>,
    context: SupportFormSendContext,
  ) => Promise<SubmitResult>
  /** The FAQ, for "These answers might help" while the subject and description are typed. */
  faq?: FaqConfig | undefined
  /**
   * Where the draft is kept (one per form on a site).
   * @default 'ticket'
   */
  draftKey?: string
  /**
   * The heading level of the form's title.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4
  /**
   * Render the form's title and description. Turn it off when the page around the form shows
   * them already (`<SupportHub>` does, in the form's section heading).
   * @default true
   */
  showTitle?: boolean
  /** Retry and timeout settings for sending (tests, slow networks). */
  sendOptions?: { retries?: number; timeoutMs?: number; backoffMs?: number }
  /** Extra class names for the root element. */
  className?: string
}

/**
 * A support ticket form from config: preset fields (contact, bug report, creator platform) and
 * the config's own, checked with the GOV.UK error pattern, sent exactly once (one idempotency
 * key, retries, one request per double click), with drafts that survive a reload, FAQ answers
 * suggested while typing, and the reference number and reply time after sending.
 */
export function TicketForm({
  form,
  onSubmit,
  faq,
  draftKey = 'ticket',
  headingLevel = 2,
  showTitle = true,
  sendOptions,
  className,
}: TicketFormProps) {
  const hub = useSupportHub('TicketForm')
  const { t, text, locale, emit } = hub
  const fields = useMemo(
    () =>
      mergeFields(presetFields(form.preset, hub), form.fields, { attachments: form.attachments }),
    [form, hub],
  )
  if (!onSubmit && !form.submit) {
    throw new Error(
      'TicketForm needs somewhere to send tickets: set forms.ticket.submit.endpoint in the config, or pass onSubmit.',
    )
  }
  const diagnostics = useRef<Diagnostics>({})
  const {
    control,
    values,
    errors,
    status,
    failedSubmits,
    successRef,
    draftRestored,
    discardDraft,
    saveDraft,
    onSubmit: submitForm,
  } = useSupportForm({
    form: 'ticket',
    fields,
    draftKey: form.drafts === false ? false : draftKey,
    today: () => localDate(new Date()),
    onSubmit,
    endpoint: form.submit,
    extraValues: () =>
      Object.keys(diagnostics.current).length ? { diagnostics: diagnostics.current } : {},
    sendOptions,
  })

  // Deflection: up to three FAQ answers matching what is typed in the subject and description.
  const index = useMemo(
    () => (faq && form.deflection !== false ? createFaqIndex(faq, { locale }) : null),
    [faq, form.deflection, locale],
  )
  const query = [values.subject, values.description, values.message, values.actual]
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .trim()
  const [suggestions, setSuggestions] = useState<{ itemId: string }[]>([])
  const shownIds = useRef('')
  const deflectionId = useId()
  useEffect(() => {
    if (!index) return
    const timer = setTimeout(() => {
      const found = query.length >= 3 ? index.search(query, { limit: 3 }) : []
      setSuggestions(found)
      // Sent when the suggestions change, not after every pause in typing.
      const ids = found.map((r) => r.itemId)
      if (ids.length && ids.join() !== shownIds.current) {
        emit({ type: 'ticket_deflection_shown', itemIds: ids })
      }
      shownIds.current = ids.join()
    }, 400)
    return () => clearTimeout(timer)
  }, [index, query, emit])

  const Heading = `h${headingLevel}` as const
  const SubHeading = `h${Math.min(headingLevel + 1, 5) as 3 | 4 | 5}` as const
  const errorItems = fieldErrorItems(fields, errors, values, hub)

  if (status.state === 'sent') {
    return (
      <div
        className={className ? `rsh-form ${className}` : 'rsh-form'}
        data-part="ticket-form"
        data-state="sent"
      >
        <SentConfirmation
          focusRef={successRef}
          heading={Heading}
          reference={status.reference}
          replyTime={
            form.replyTime && form.replyTime !== 'immediate'
              ? formatDuration(form.replyTime, { locale })
              : undefined
          }
        ></SentConfirmation>
      </div>
    )
  }

  const sending = status.state === 'sending'
  return (
    <form
      className={className ? `rsh-form ${className}` : 'rsh-form'}
      data-part="ticket-form"
      data-state={status.state}
      noValidate
      aria-busy={sending || undefined}
      onSubmit={submitForm}
    >
      {showTitle && (
        <>
          <Heading className="rsh-form__title">
            {form.title ? text(form.title) : t('ticket.title')}
          </Heading>
          {form.description && <p className="rsh-form__description">{text(form.description)}</p>}
        </>
      )}
      {draftRestored && <DraftNotice onDiscard={discardDraft} firstFieldId={fields[0]?.id} />}
      <ErrorSummary
        errors={errorItems}
        focusKey={failedSubmits}
        headingLevel={Math.min(headingLevel + 1, 4) as 3 | 4}
      />
      {fields.map((field) =>
        isFieldVisible(field, values) ? (
          <FieldControl
            key={field.id}
            field={field}
            control={control}
            error={errorItems.find((e) => e.fieldId === field.id)?.message}
            onValue={saveDraft}
            disabled={sending}
            attachments={form.attachments}
          />
        ) : null,
      )}
      {form.diagnostics && (
        <DiagnosticsConsent
          onChange={(value) => {
            diagnostics.current = value
          }}
        />
      )}
      {suggestions.length > 0 && faq && (
        <section
          className="rsh-form__deflection"
          aria-labelledby={deflectionId}
          data-part="deflection"
        >
          <SubHeading id={deflectionId}>{t('ticket.deflection.title')}</SubHeading>
          <FaqAccordion
            faq={faq}
            results={suggestions}
            headingLevel={Math.min(headingLevel + 2, 6) as 4 | 5 | 6}
            feedback={false}
            copyLink={false}
            showUpdated={false}
            onValueChange={(open) => {
              const last = open.at(-1)
              if (last) emit({ type: 'ticket_deflected', itemId: last })
            }}
          />
        </section>
      )}
      <Honeypot control={control} idPrefix={draftKey} />
      <SendFailure status={status} />
      <SubmitButton status={status} />
    </form>
  )
}

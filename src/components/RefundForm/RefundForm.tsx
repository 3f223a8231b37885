'use client'
import { CircleCheck, CircleQuestionMark, Info } from '../icons/lineIcons'
import { LineIcon } from '../icons/LineIcon'
import { Fragment, useId, useMemo } from 'react'
import type { RefundFormConfig } from '../../config/schema'
import { formatDuration } from '../../core/duration'
import { isFieldVisible, type FormValues } from '../../core/forms'
import { localDate } from '../../core/hours/zone'
import { checkRefundEligibility, type RefundEligibility } from '../../core/refund'
import type { SubmitResult } from '../../submit'
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
import { useSupportHub, type SupportHubContextValue } from '../SupportHubProvider/context'
import { REFUND_FIELD, refundFields } from './fields'

export interface RefundFormProps {
  /** The `forms.refund` block of a parsed config: its policy, reasons and shared form settings. */
  form: RefundFormConfig
  /**
   * Sends the request yourself instead of `form.submit.endpoint`: return `{ reference }`. Called
   * with the same idempotency key on every retry of one submission.
   * @default undefined (the request goes to `form.submit.endpoint`)
   */
  onSubmit?: (
    values: Record<string, unknown>,
    context: SupportFormSendContext,
  ) => Promise<SubmitResult>
  /**
   * Where the draft is kept (one per form on a site).
   * @default 'refund'
   */
  draftKey?: string
  /**
   * The heading level of the form's title; its sections take the next level.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4
  /**
   * Render the form's title and description. Turn it off when the page around the form shows
   * them already (`<SupportHub>` does, in the form's section heading).
   * @default true
   */
  showTitle?: boolean
  /**
   * Retry and timeout settings for sending (tests, slow networks).
   * @default undefined (3 retries, 15 s per attempt, 500 ms first backoff)
   */
  sendOptions?: { retries?: number; timeoutMs?: number; backoffMs?: number }
  /**
   * The company's time zone (IANA, `Europe/Athens`): the days of the withdrawal window are
   * counted in its calendar, so the last day is the same wherever the reader is.
   * @default 'UTC'
   */
  timeZone?: string
  /**
   * Extra class names for the root element.
   * @default undefined
   */
  className?: string
}

/**
 * "Today" for the purchase date's `max`: the later of the reader's day and the company's, so a
 * purchase made today by either calendar is never refused as "in the future".
 */
function latestToday(timeZone: string): string {
  const now = new Date()
  const reader = localDate(now)
  const company = localDate(now, timeZone)
  return reader > company ? reader : company
}

/**
 * A refund request form from config: account, order, purchase date, plan, reason, details and
 * evidence, checked with the GOV.UK error pattern and sent exactly once (one idempotency key,
 * retries, one request per double click), with drafts that survive a reload. While the reason
 * and purchase date are filled in, it says politely whether the policy is likely to grant the
 * refund (never blocking the request), and it explains the processing time, what to have at
 * hand and what to do if the refund is refused.
 */
export function RefundForm({
  form,
  onSubmit,
  draftKey = 'refund',
  headingLevel = 2,
  showTitle = true,
  sendOptions,
  timeZone = 'UTC',
  className,
}: RefundFormProps) {
  const hub = useSupportHub('RefundForm')
  const { t, text, locale } = hub
  const fields = useMemo(() => refundFields(form, hub), [form, hub])
  // Never a Send button that does nothing.
  if (!onSubmit && !form.submit) {
    throw new Error(
      'RefundForm needs somewhere to send requests: set forms.refund.submit.endpoint in the config, or pass onSubmit.',
    )
  }
  const {
    control,
    values,
    errors,
    status,
    failedSubmits,
    successRef: success,
    draftRestored,
    discardDraft,
    saveDraft,
    onSubmit: submitForm,
  } = useSupportForm({
    form: 'refund',
    fields,
    draftKey: form.drafts === false ? false : draftKey,
    today: () => latestToday(timeZone),
    onSubmit,
    endpoint: form.submit,
    sendOptions,
  })

  const eligibility = liveEligibility(form.policy, values, timeZone)

  const Heading = `h${headingLevel}` as const
  const Section = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5'
  const baseId = useId()
  const processing = form.policy.processingDays
    ? t('refund.processing', {
        min: form.policy.processingDays[0],
        max: form.policy.processingDays[1],
      })
    : undefined
  const errorItems = fieldErrorItems(fields, errors, values, hub)

  if (status.state === 'sent') {
    return (
      <div
        className={className ? `rsh-form rsh-refund ${className}` : 'rsh-form rsh-refund'}
        data-part="refund-form"
        data-state="sent"
      >
        <SentConfirmation
          focusRef={success}
          heading={Heading}
          reference={status.reference}
          replyTime={
            form.replyTime && form.replyTime !== 'immediate'
              ? formatDuration(form.replyTime, { locale })
              : undefined
          }
        >
          {processing && <p data-part="refund-processing">{processing}</p>}
        </SentConfirmation>
      </div>
    )
  }

  // The eligibility note follows whichever of the reason and the purchase date comes last.
  const eligibilityAfter = Math.max(
    fields.findIndex((f) => f.id === REFUND_FIELD.reason),
    fields.findIndex((f) => f.id === REFUND_FIELD.purchased),
  )
  const eligibilityNote = (
    <div
      className="rsh-refund__eligibility"
      data-part="refund-eligibility"
      data-eligibility={eligibility ? eligibility.status : undefined}
      data-rule={eligibility ? eligibility.rule : undefined}
      role="status"
    >
      {eligibility && (
        <p className="rsh-refund__eligibility-text">
          <EligibilityIcon status={eligibility.status} />
          <span>{eligibilityMessage(eligibility, form.policy, t)}</span>
        </p>
      )}
    </div>
  )

  const sending = status.state === 'sending'
  return (
    <form
      className={className ? `rsh-form rsh-refund ${className}` : 'rsh-form rsh-refund'}
      data-part="refund-form"
      data-state={status.state}
      noValidate
      aria-busy={sending || undefined}
      onSubmit={submitForm}
    >
      {showTitle && (
        <>
          <Heading className="rsh-form__title">
            {form.title ? text(form.title) : t('refund.title')}
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
      <section
        className="rsh-refund__section"
        data-part="refund-prepare"
        aria-labelledby={`${baseId}-prepare`}
      >
        <Section id={`${baseId}-prepare`} className="rsh-refund__section-title">
          {t('refund.prepare.title')}
        </Section>
        <p>{t('refund.prepare.items')}</p>
      </section>
      {fields.map((field, index) => (
        <Fragment key={`${field.id}-${index}`}>
          {isFieldVisible(field, values) && (
            <FieldControl
              field={field}
              control={control}
              error={errorItems.find((e) => e.fieldId === field.id)?.message}
              onValue={saveDraft}
              disabled={sending}
              attachments={form.attachments}
            />
          )}
          {index === eligibilityAfter && eligibilityNote}
        </Fragment>
      ))}
      {eligibilityAfter === -1 && eligibilityNote}
      <Honeypot control={control} idPrefix={draftKey} />
      {processing && (
        <p className="rsh-refund__processing" data-part="refund-processing">
          {processing}
        </p>
      )}
      <section
        className="rsh-refund__section"
        data-part="refund-refused"
        aria-labelledby={`${baseId}-refused`}
      >
        <Section id={`${baseId}-refused`} className="rsh-refund__section-title">
          {t('refund.refused.title')}
        </Section>
        <p>{t('refund.refused.text')}</p>
      </section>
      <SendFailure status={status} />
      <SubmitButton status={status} />
    </form>
  )
}

/**
 * The policy's likely answer for what is filled in so far, or `undefined` until it can be told:
 * a reason is needed, and with a withdrawal window a real purchase date too (unless the reason
 * alone is refunded). It informs; it never stops the request.
 */
function liveEligibility(
  policy: RefundFormConfig['policy'],
  values: FormValues,
  timeZone: string,
): RefundEligibility | undefined {
  const reason = values[REFUND_FIELD.reason]
  const purchasedAt = values[REFUND_FIELD.purchased]
  if (typeof reason !== 'string' || reason === '') return undefined
  const result = checkRefundEligibility(policy, {
    reason,
    purchasedAt: typeof purchasedAt === 'string' ? purchasedAt : '',
    now: new Date(),
    timeZone,
  })
  // Without a whole date (no window end) the window cannot be told: wait for it rather than
  // say "case by case".
  if (
    policy.withdrawalDays !== undefined &&
    result.windowEnds === undefined &&
    result.status !== 'eligible'
  ) {
    return undefined
  }
  return result
}

function eligibilityMessage(
  result: RefundEligibility,
  policy: RefundFormConfig['policy'],
  t: SupportHubContextValue['t'],
): string {
  switch (result.rule) {
    case 'withdrawal-window':
      return t('refund.eligibility.withdrawal', {
        days: policy.withdrawalDays ?? 0,
        left: result.daysLeft ?? 0,
      })
    case 'eligible-reason':
      return t('refund.eligibility.reason')
    case 'case-by-case':
      return t('refund.eligibility.review')
    case 'not-covered':
      return t('refund.eligibility.notCovered')
  }
}

/** A shape per state (a tick, a question mark, an "i"), so the state is never told by colour alone. */
function EligibilityIcon({ status }: { status: RefundEligibility['status'] }) {
  const Icon = status === 'eligible' ? CircleCheck : status === 'review' ? CircleQuestionMark : Info
  return <LineIcon icon={Icon} className="rsh-refund__eligibility-icon" size={20} />
}

'use client'
import type { ReactNode, RefObject } from 'react'
import { useSupportHub } from '../SupportHubProvider/context'
import { HONEYPOT, type FormControl, type SupportFormStatus } from './useSupportForm'

/** "Draft restored · Discard": Discard empties the form and moves focus to `firstFieldId`. */
export function DraftNotice({
  onDiscard,
  firstFieldId,
}: {
  onDiscard: () => void
  firstFieldId: string | undefined
}) {
  const { t } = useSupportHub('DraftNotice')
  return (
    <p className="rsh-form__draft" data-part="draft-notice">
      {t('ticket.draft.restored')} ·{' '}
      <button
        type="button"
        className="rsh-button"
        data-variant="quiet"
        onClick={() => {
          onDiscard()
          // The button goes away with the notice: focus moves to the first field.
          requestAnimationFrame(() => document.getElementById(firstFieldId ?? '')?.focus())
        }}
      >
        {t('ticket.draft.discard')}
      </button>
    </p>
  )
}

/** A field people never see and bots fill in; a filled one makes the form look sent and send nothing. */
export function Honeypot({ control, idPrefix }: { control: FormControl; idPrefix: string }) {
  const { t } = useSupportHub('Honeypot')
  const id = `${idPrefix}-${HONEYPOT}`
  const value = control.value(HONEYPOT)
  return (
    <div className="rsh-visually-hidden" aria-hidden="true">
      <label htmlFor={id}>{t('ticket.honeypot')}</label>
      <input
        id={id}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => control.setValue(HONEYPOT, event.target.value)}
      />
    </div>
  )
}

/** After a final failure: what happened, and that nothing typed is lost. */
export function SendFailure({ status }: { status: SupportFormStatus }) {
  const { t } = useSupportHub('SendFailure')
  if (status.state !== 'failed') return null
  const reason =
    status.kind === 'timeout'
      ? 'ticket.failed.timeout'
      : status.kind === 'http' || status.kind === 'invalid-response'
        ? 'ticket.failed.server'
        : 'ticket.failed.network'
  return (
    <div className="rsh-form__failed" role="alert" data-part="form-failed">
      <p>{t('ticket.failed', { reason: t(reason) })}</p>
    </div>
  )
}

/** Send, "Sending…" (and inert) while sending, "Try again" after a failure. */
export function SubmitButton({ status }: { status: SupportFormStatus }) {
  const { t } = useSupportHub('SubmitButton')
  const sending = status.state === 'sending'
  return (
    <button
      type="submit"
      className="rsh-button rsh-form__submit"
      data-variant="primary"
      aria-disabled={sending || undefined}
    >
      {sending
        ? t('ticket.sending')
        : status.state === 'failed'
          ? t('ticket.retry')
          : t('ticket.send')}
    </button>
  )
}

/**
 * The confirmation that replaces a sent form: the reference, what happens next, the usual reply
 * time, and anything the form adds. It takes focus (through `focusRef`) so it is read out.
 */
export function SentConfirmation({
  focusRef,
  heading: Heading,
  reference,
  replyTime,
  children,
}: {
  focusRef: RefObject<HTMLDivElement | null>
  heading: 'h2' | 'h3' | 'h4'
  reference: string
  /** Already formatted ("24 hours"), or nothing. */
  replyTime: string | undefined
  children?: ReactNode
}) {
  const { t } = useSupportHub('SentConfirmation')
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      className="rsh-form__success"
      role="status"
      data-part="form-success"
    >
      <Heading className="rsh-form__title">{t('ticket.success.title')}</Heading>
      {reference !== '—' && <p>{t('ticket.success.reference', { reference })}</p>}
      <p>{t('ticket.success.next')}</p>
      {replyTime && <p>{t('ticket.success.replyTime', { duration: replyTime })}</p>}
      {children}
    </div>
  )
}

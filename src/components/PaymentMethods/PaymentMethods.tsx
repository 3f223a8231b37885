'use client'
import { Lock, ShieldCheck } from '../icons/lineIcons'
import { LineIcon } from '../icons/LineIcon'
import { useId } from 'react'
import type { PaymentsConfig } from '../../config/schema'
import type { MessageId } from '../../i18n'
import {
  PAYMENT_BRANDS,
  PAYMENT_MESSAGES,
  PaymentIcon,
  isKnownPaymentMethod,
} from '../icons/paymentIcons'
import { useSupportHub, type SupportHubContextValue } from '../SupportHubProvider/context'

export interface PaymentMethodsProps {
  /** The `payments` of a parsed config: groups of methods and, optionally, security notes. */
  payments: PaymentsConfig
  /**
   * The heading level of each group's name and of "Secure payments".
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /**
   * Extra class names for the root element.
   * @default undefined
   */
  className?: string
}

type PaymentGroup = PaymentsConfig['groups'][number]
type PaymentMethod = PaymentGroup['methods'][number]
type SecurityNote = NonNullable<PaymentsConfig['security']>[number]
type Resolved = { text: string; lang: string | undefined }

const SECURITY_MESSAGES = {
  'pci-dss': 'payments.security.pciDss',
  tls: 'payments.security.tls',
  'no-cvv-storage': 'payments.security.noCvv',
  'fraud-detection': 'payments.security.fraud',
  '3d-secure': 'payments.security.threeDSecure',
} as const satisfies Record<Extract<SecurityNote, string>, MessageId>

/** `gift-card` -> `Gift card`: an id of the host's own, readable when it has no label. */
function readableId(id: string) {
  const words = id.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The method's own label, else its brand or generic name, else its id made readable. */
function methodName(method: PaymentMethod, hub: SupportHubContextValue): Resolved {
  const id = typeof method === 'string' ? method : method.id
  if (typeof method === 'object' && method.label !== undefined) return hub.localize(method.label)
  if (isKnownPaymentMethod(id)) {
    const text = Object.hasOwn(PAYMENT_BRANDS, id)
      ? PAYMENT_BRANDS[id as keyof typeof PAYMENT_BRANDS]
      : hub.t(PAYMENT_MESSAGES[id as keyof typeof PAYMENT_MESSAGES])
    return { text, lang: undefined }
  }
  return { text: readableId(id), lang: undefined }
}

/** The group's conditions, in reading order: minimum amount, who it is for, the note. */
function conditions(group: PaymentGroup, hub: SupportHubContextValue) {
  const list: { kind: string; text: Resolved }[] = []
  const plain = (text: string): Resolved => ({ text, lang: undefined })
  if (group.minAmount) {
    const amount = hub.intl.formatNumber(group.minAmount.value, {
      style: 'currency',
      currency: group.minAmount.currency,
    })
    list.push({ kind: 'min-amount', text: plain(hub.t('payments.minAmount', { amount })) })
  }
  if (group.condition === 'subscriptions-only')
    list.push({ kind: group.condition, text: plain(hub.t('payments.subscriptionsOnly')) })
  if (group.condition === 'some-services')
    list.push({ kind: group.condition, text: plain(hub.t('payments.someServices')) })
  if (group.note !== undefined) list.push({ kind: 'note', text: hub.localize(group.note) })
  return list
}

/**
 * How customers can pay: each group under its heading with its conditions (minimum amount,
 * subscriptions or some services only, a note), its methods as tiles with a brand or line icon
 * and the name as text, then the security notes. An unknown method id shows a neutral icon and
 * its label, or the id made readable.
 */
export function PaymentMethods({ payments, headingLevel = 3, className }: PaymentMethodsProps) {
  const hub = useSupportHub('PaymentMethods')
  const { t } = hub
  const baseId = useId()
  const Heading = `h${headingLevel}` as const
  const security = payments.security ?? []

  return (
    <div
      className={className ? `rsh-payments ${className}` : 'rsh-payments'}
      data-part="payments"
      role="group"
      aria-label={t('payments.label')}
    >
      {payments.groups.map((group) => {
        const label = hub.localize(group.label)
        const headingId = `${baseId}-${group.id}`
        const notes = conditions(group, hub)
        return (
          <div
            key={group.id}
            className="rsh-payments__group"
            data-part="payment-group"
            data-group={group.id}
          >
            <Heading id={headingId} className="rsh-payments__heading" lang={label.lang}>
              {label.text}
            </Heading>
            {notes.map(({ kind, text }) => (
              <p
                key={kind}
                className="rsh-payments__condition"
                data-part="payment-condition"
                data-condition={kind}
                lang={text.lang}
              >
                {text.text}
              </p>
            ))}
            <ul className="rsh-payments__methods" aria-labelledby={headingId}>
              {group.methods.map((method, index) => {
                const id = typeof method === 'string' ? method : method.id
                const name = methodName(method, hub)
                const note =
                  typeof method === 'object' && method.note !== undefined
                    ? hub.localize(method.note)
                    : null
                return (
                  <li
                    // The same id may be listed twice by mistake; the index keeps keys unique.
                    key={`${id}-${index}`}
                    className="rsh-payment"
                    data-part="payment-method"
                    data-method={id}
                    data-known={isKnownPaymentMethod(id) ? 'true' : 'false'}
                  >
                    <span className="rsh-payment__icon">
                      <PaymentIcon method={id} />
                    </span>
                    <span className="rsh-payment__body">
                      <span className="rsh-payment__name" lang={name.lang}>
                        {name.text}
                      </span>
                      {note && (
                        <span className="rsh-payment__note" lang={note.lang}>
                          {note.text}
                        </span>
                      )}
                    </span>
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
      {security.length > 0 && (
        <div className="rsh-payments__security" data-part="payment-security">
          <Heading id={`${baseId}-security`} className="rsh-payments__heading">
            {t('payments.security.title')}
          </Heading>
          <ul className="rsh-payments__security-list" aria-labelledby={`${baseId}-security`}>
            {security.map((item, index) => {
              const text: Resolved =
                typeof item === 'string'
                  ? { text: t(SECURITY_MESSAGES[item]), lang: undefined }
                  : hub.localize(item.text)
              // A lock for what keeps card data private, a shield for the rest.
              const Icon = item === 'tls' || item === 'no-cvv-storage' ? Lock : ShieldCheck
              return (
                <li
                  key={typeof item === 'string' ? item : `custom-${index}`}
                  className="rsh-payments__security-item"
                  data-part="payment-security-item"
                  data-security={typeof item === 'string' ? item : 'custom'}
                >
                  <LineIcon icon={Icon} size={18} />
                  <span lang={text.lang}>{text.text}</span>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </div>
  )
}

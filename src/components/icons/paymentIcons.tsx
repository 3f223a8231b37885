import { Banknote, CreditCard, Landmark, Repeat, Wallet } from './lineIcons'
import type { LineIconNode } from './lineIcons'
import { LineIcon } from './LineIcon'
import type { PAYMENT_METHODS } from '../../config/schema'
import type { MessageId } from '../../i18n'
import { BrandIcon } from './BrandIcon'
import type { BrandMarkName } from './brandMarks'

/** A payment method with its own icon and name. */
export type KnownPaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Brand names: proper nouns, the same in every language. */
export const PAYMENT_BRANDS = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  paypal: 'PayPal',
  'apple-pay': 'Apple Pay',
  'google-pay': 'Google Pay',
  bitcoin: 'Bitcoin',
  ethereum: 'Ethereum',
  klarna: 'Klarna',
} as const satisfies Partial<Record<KnownPaymentMethod, string>>

/** Generic methods, named by a UI message in the reader's language. */
export const PAYMENT_MESSAGES = {
  card: 'payments.method.card',
  'bank-transfer': 'payments.method.bankTransfer',
  sepa: 'payments.method.sepa',
  'direct-debit': 'payments.method.directDebit',
  cash: 'payments.method.cash',
} as const satisfies Record<Exclude<KnownPaymentMethod, keyof typeof PAYMENT_BRANDS>, MessageId>

/** Whether `id` is one of the methods with its own icon and name. */
export function isKnownPaymentMethod(id: string): id is KnownPaymentMethod {
  return Object.hasOwn(PAYMENT_BRANDS, id) || Object.hasOwn(PAYMENT_MESSAGES, id)
}

/**
 * Each known method's icon: a brand mark (by its simple-icons name), or a line icon for a generic
 * method. SEPA is named by a message but has its own mark.
 */
const PAYMENT_ICONS: Record<KnownPaymentMethod, BrandMarkName | LineIconNode> = {
  visa: 'siVisa',
  mastercard: 'siMastercard',
  amex: 'siAmericanexpress',
  paypal: 'siPaypal',
  'apple-pay': 'siApplepay',
  'google-pay': 'siGooglepay',
  bitcoin: 'siBitcoin',
  ethereum: 'siEthereum',
  klarna: 'siKlarna',
  sepa: 'siSepa',
  card: CreditCard,
  'bank-transfer': Landmark,
  'direct-debit': Repeat,
  cash: Banknote,
}

/**
 * The icon of a payment method: the brand's mark, a line icon for generic methods, and a neutral
 * wallet for any other id. Decorative: the method's name is always shown as text next to it.
 */
export function PaymentIcon({ method }: { method: string }) {
  const icon = isKnownPaymentMethod(method) ? PAYMENT_ICONS[method] : Wallet
  return typeof icon === 'string' ? <BrandIcon mark={icon} size={24} /> : <LineIcon icon={icon} />
}

import { Banknote, CreditCard, Landmark, Repeat, Wallet } from './lineIcons'
import { LineIcon } from './LineIcon'
import type { PAYMENT_METHODS } from '../../config/schema'
import type { MessageId } from '../../i18n'
import { BrandIcon } from './BrandIcon'

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
 * The icon of a payment method: the brand's mark, a line icon for generic methods, and a neutral
 * wallet for any other id. Decorative: the method's name is always shown as text next to it.
 */
export function PaymentIcon({ method }: { method: string }) {
  switch (method) {
    case 'visa':
      return <BrandIcon mark="siVisa" size={24} />
    case 'mastercard':
      return <BrandIcon mark="siMastercard" size={24} />
    case 'amex':
      return <BrandIcon mark="siAmericanexpress" size={24} />
    case 'paypal':
      return <BrandIcon mark="siPaypal" size={24} />
    case 'apple-pay':
      return <BrandIcon mark="siApplepay" size={24} />
    case 'google-pay':
      return <BrandIcon mark="siGooglepay" size={24} />
    case 'bitcoin':
      return <BrandIcon mark="siBitcoin" size={24} />
    case 'ethereum':
      return <BrandIcon mark="siEthereum" size={24} />
    case 'klarna':
      return <BrandIcon mark="siKlarna" size={24} />
    case 'sepa':
      return <BrandIcon mark="siSepa" size={24} />
    case 'card':
      return <LineIcon icon={CreditCard} />
    case 'bank-transfer':
      return <LineIcon icon={Landmark} />
    case 'direct-debit':
      return <LineIcon icon={Repeat} />
    case 'cash':
      return <LineIcon icon={Banknote} />
    default:
      return <LineIcon icon={Wallet} />
  }
}

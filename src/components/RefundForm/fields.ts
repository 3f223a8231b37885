import type { FormField, RefundFormConfig } from '../../config/schema'
import { mergeFields } from '../../core/forms'
import type { MessageId } from '../../i18n'
import type { SupportHubContextValue } from '../SupportHubProvider/context'

/** The reasons a refund form can offer, in their default order. */
export const REFUND_REASONS = [
  'duplicate-charge',
  'technical-failure',
  'withdrawal',
  'other',
] as const satisfies NonNullable<RefundFormConfig['reasons']>

type Reason = (typeof REFUND_REASONS)[number]

const REASON_LABEL: Record<Reason, MessageId> = {
  'duplicate-charge': 'refund.reason.duplicateCharge',
  'technical-failure': 'refund.reason.technicalFailure',
  withdrawal: 'refund.reason.withdrawal',
  other: 'refund.reason.other',
}

/** The ids of the built-in fields: the keys of the values sent. */
export const REFUND_FIELD = {
  email: 'account-email',
  order: 'order-number',
  purchased: 'purchase-date',
  plan: 'plan',
  reason: 'reason',
  details: 'details',
  evidence: 'evidence',
} as const

/**
 * The refund request's fields, labelled in the reader's locale from the catalogs, merged with the
 * config's own (`form.fields`: a field with a built-in id replaces it, others are added):
 * account email, order or transaction number, purchase date, plan, reason (`form.reasons` or all
 * four), details (required only for "other"), and evidence files when `form.attachments` is set
 * (without it, no file field is kept: files are only taken with their limits).
 *
 * Details are one value (`details`) with two definitions that never show together: optional
 * while the reason is empty or a named one, required for "other", where the reason alone says
 * nothing. The reader sees "(optional)" come and go with the reason; what was typed stays.
 */
export function refundFields(
  form: Pick<RefundFormConfig, 'reasons' | 'attachments' | 'fields'>,
  { t }: Pick<SupportHubContextValue, 't'>,
): FormField[] {
  const reasons = form.reasons ?? REFUND_REASONS
  const details = {
    id: REFUND_FIELD.details,
    type: 'textarea',
    label: t('refund.field.details'),
    maxLength: 5000,
  } as const satisfies FormField
  const builtIn: FormField[] = [
    {
      id: REFUND_FIELD.email,
      type: 'email',
      label: t('refund.field.email'),
      required: true,
      autocomplete: 'email',
      maxLength: 320,
    },
    {
      id: REFUND_FIELD.order,
      type: 'text',
      label: t('refund.field.order'),
      hint: t('refund.field.order.hint'),
      required: true,
      maxLength: 100,
    },
    {
      id: REFUND_FIELD.purchased,
      type: 'date',
      label: t('refund.field.purchased'),
      required: true,
      max: 'today',
    },
    { id: REFUND_FIELD.plan, type: 'text', label: t('refund.field.plan'), maxLength: 200 },
    {
      id: REFUND_FIELD.reason,
      type: 'radio',
      label: t('refund.field.reason'),
      required: true,
      options: reasons.map((value) => ({ value, label: t(REASON_LABEL[value]) })),
    },
    {
      ...details,
      // Every named reason, offered or not: a draft from an older config still shows the field.
      showWhen: {
        field: REFUND_FIELD.reason,
        equals: ['', ...REFUND_REASONS.filter((reason) => reason !== 'other')],
      },
    },
    {
      ...details,
      required: true,
      showWhen: { field: REFUND_FIELD.reason, equals: 'other' },
    },
    { id: REFUND_FIELD.evidence, type: 'file', label: t('refund.field.evidence') },
  ]
  return mergeFields(builtIn, form.fields, { attachments: form.attachments })
}

export { RefundForm, type RefundFormProps } from './RefundForm'
export { REFUND_FIELD, REFUND_REASONS, refundFields } from './fields'

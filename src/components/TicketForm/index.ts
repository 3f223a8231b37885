export { TicketForm, type TicketFormProps } from './TicketForm'
export { mergeFields, presetFields } from './presets'

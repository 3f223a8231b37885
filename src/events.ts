/** A FAQ question was opened, by a click, a key, or a deep link. */
export interface FaqOpenedEvent {
  type: 'faq_opened'
  /** The `id` of the FAQ item. */
  itemId: string
  /** The `id` of the category the item belongs to. */
  categoryId: string
  /** What opened it: the user (click or key) or the page address (`#faq-<id>`). */
  source: 'user' | 'deep-link'
}

/** A reader answered "Was this helpful?" under an answer (once per question). */
export interface FaqFeedbackEvent {
  type: 'faq_feedback'
  itemId: string
  /** `true` for "Yes", `false` for "No". */
  helpful: boolean
  /** What the reader was looking for, when they said "No" and wrote something. */
  comment?: string
}

/**
 * A reader searched the FAQ (sent once typing pauses). Searches with `resultCount: 0` show what
 * the FAQ is missing.
 */
export interface FaqSearchedEvent {
  type: 'faq_searched'
  query: string
  resultCount: number
}

/** A reader followed a contact channel's action (a chat, email, phone, social or form link). */
export interface ChannelClickedEvent {
  type: 'channel_clicked'
  channelId: string
  channelType: 'chat' | 'email' | 'phone' | 'social' | 'link' | 'form' | 'postal'
  /** Whether the channel was open at the time (`undefined` when it has no hours). */
  open: boolean | undefined
}

/** A form was sent and the server answered with a reference. */
export interface FormSubmittedEvent {
  type: 'form_submitted'
  form: 'ticket' | 'refund'
  reference: string
}

/** Sending a form failed for good (after its retries); nothing the reader typed is lost. */
export interface FormFailedEvent {
  type: 'form_failed'
  form: 'ticket' | 'refund'
  reason: 'network' | 'timeout' | 'http' | 'aborted' | 'invalid-response'
  status?: number
}

/** A submit was stopped by field errors: the field ids only, never what was typed. */
export interface FormValidationFailedEvent {
  type: 'form_validation_failed'
  form: 'ticket' | 'refund'
  fields: string[]
}

/** The ticket form suggested FAQ answers while the reader typed. */
export interface TicketDeflectionShownEvent {
  type: 'ticket_deflection_shown'
  itemIds: string[]
}

/** The reader opened a suggested answer instead of (or before) sending the ticket. */
export interface TicketDeflectedEvent {
  type: 'ticket_deflected'
  itemId: string
}

/** Every event the components emit through `onEvent`, discriminated by `type`. */
export type SupportHubEvent =
  | FaqOpenedEvent
  | FaqFeedbackEvent
  | FaqSearchedEvent
  | ChannelClickedEvent
  | FormSubmittedEvent
  | FormFailedEvent
  | FormValidationFailedEvent
  | TicketDeflectionShownEvent
  | TicketDeflectedEvent

/** Receives the components' analytics events. */
export type SupportHubEventHandler = (event: SupportHubEvent) => void

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

/** Every event the components emit through `onEvent`, discriminated by `type`. */
export type SupportHubEvent =
  FaqOpenedEvent | FaqFeedbackEvent | FaqSearchedEvent | ChannelClickedEvent

/** Receives the components' analytics events. */
export type SupportHubEventHandler = (event: SupportHubEvent) => void

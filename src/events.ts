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

/** Every event the components emit through `onEvent`, discriminated by `type`. */
export type SupportHubEvent = FaqOpenedEvent

/** Receives the components' analytics events. */
export type SupportHubEventHandler = (event: SupportHubEvent) => void

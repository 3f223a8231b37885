'use client'
import { createContext, useContext } from 'react'
import type { LocalizedText } from '../../config/schema'
import type { SupportHubEvent } from '../../events'
import type { MessageId, SupportIntl } from '../../i18n'

/** What every component reads from `<SupportHubProvider>`. */
export interface SupportHubContextValue {
  /** The UI locale, as given to the provider. */
  locale: string
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl'
  /** Formats UI messages, numbers, dates and lists for the locale. */
  intl: SupportIntl
  /** A UI message by id, formatted with ICU values. */
  t: (id: MessageId, values?: Record<string, string | number | Date>) => string
  /** Config text (a string or a locale map) in the best locale available. */
  text: (value: LocalizedText) => string
  /**
   * Config text with the `lang` to mark it with: set only when the text is in another language
   * than the provider's (a locale map's fallback, or plain text in the provider's
   * `contentLocale`), so screen readers pronounce it right (WCAG 3.1.2).
   */
  localize: (value: LocalizedText) => { text: string; lang: string | undefined }
  /** Sends an analytics event to the host's `onEvent`, if any. */
  emit: (event: SupportHubEvent) => void
}

// `null`, not `{}`: a missing provider must be detectable so the error can name the component.
export const SupportHubContext = createContext<SupportHubContextValue | null>(null)

/**
 * The provider's values, for a component. Throws a message naming `component` and the fix when
 * it is rendered outside `<SupportHubProvider>`.
 */
export function useSupportHub(component: string): SupportHubContextValue {
  const context = useContext(SupportHubContext)
  if (!context) {
    throw new Error(
      `${component} must be used inside <SupportHubProvider>. Wrap it, for example: ` +
        `<SupportHubProvider locale="en"><${component} … /></SupportHubProvider>, ` +
        `or render <SupportHub config={…} />, which includes the provider.`,
    )
  }
  return context
}

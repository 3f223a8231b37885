'use client'
import type { LocalizedText } from '../../config/schema'
import { useSupportHub } from '../SupportHubProvider/context'

/**
 * Config text shown as text, marked with its language when that differs from the page's (WCAG
 * 3.1.2, language of parts): a locale map's fallback, or plain config text in the provider's
 * `contentLocale`, so a screen reader reads it with the right voice. Attributes and aria-labels
 * take `hub.text` instead (an attribute cannot carry a `lang` of its own).
 */
export function Localized({ value }: { value: LocalizedText }) {
  const { text, lang } = useSupportHub('Localized').localize(value)
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>
}

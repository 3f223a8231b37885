'use client'
import { useMemo } from 'react'
import type { FaqConfig } from '../../config/schema'
import { serializeJsonLd, toFaqPageJsonLd } from '../../core/faq/jsonLd'
import { useSupportHub } from '../SupportHubProvider/context'

export interface FaqJsonLdProps {
  /** The `faq` block of a parsed config. */
  faq: FaqConfig
}

/**
 * schema.org `FAQPage` structured data for search engines, as a
 * `<script type="application/ld+json">` in the provider's locale. Content is escaped so it can
 * never leave the element.
 */
export function FaqJsonLd({ faq }: FaqJsonLdProps) {
  const { locale } = useSupportHub('FaqJsonLd')
  const json = useMemo(() => serializeJsonLd(toFaqPageJsonLd(faq, { locale })), [faq, locale])
  return <script type="application/ld+json">{json}</script>
}

// FaqAccordion without the "Was this helpful?" and "Copy link" controls under each answer.
import { createElement as h } from 'react'
import { FaqAccordion, SupportHubProvider } from '../../dist/index.js'
import { faqConfig } from '../lib/faq-data.mjs'

export function Faq({ items }) {
  return h(
    SupportHubProvider,
    { locale: 'en' },
    h(FaqAccordion, { faq: faqConfig(items), feedback: false, copyLink: false }),
  )
}

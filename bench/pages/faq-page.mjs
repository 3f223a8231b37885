// The page of part 4 (bench/browser.mjs): the whole FAQ (<Faq>: search box, category tabs,
// accordion) over 2,000 questions, from the built library, as a host renders it.
import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { Faq, SupportHubProvider } from '../../dist/index.js'
import { faqConfig, faqItems } from '../lib/faq-data.mjs'

const faq = faqConfig(faqItems(2000), 10)
const container = document.getElementById('root')
createRoot(container).render(h(SupportHubProvider, { locale: 'en' }, h(Faq, { faq })))

// @szhsin/react-accordion.
import { Accordion, AccordionItem } from '@szhsin/react-accordion'
import { createElement as h } from 'react'

export function Faq({ items }) {
  return h(
    Accordion,
    { allowMultiple: true },
    items.map((item) => h(AccordionItem, { key: item.id, header: item.question }, item.answer)),
  )
}

// react-accessible-accordion.
import { createElement as h } from 'react'
import {
  Accordion,
  AccordionItem,
  AccordionItemButton,
  AccordionItemHeading,
  AccordionItemPanel,
} from 'react-accessible-accordion'

export function Faq({ items }) {
  return h(
    Accordion,
    { allowMultipleExpanded: true, allowZeroExpanded: true },
    items.map((item) =>
      h(
        AccordionItem,
        { key: item.id, uuid: item.id },
        h(AccordionItemHeading, null, h(AccordionItemButton, null, item.question)),
        h(AccordionItemPanel, null, item.answer),
      ),
    ),
  )
}

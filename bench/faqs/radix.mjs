// Bare @radix-ui/react-accordion, as its documentation shows it: closed answers are not rendered.
import * as Accordion from '@radix-ui/react-accordion'
import { createElement as h } from 'react'

export function Faq({ items }) {
  return h(
    Accordion.Root,
    { type: 'multiple' },
    items.map((item) =>
      h(
        Accordion.Item,
        { key: item.id, value: item.id },
        h(Accordion.Header, null, h(Accordion.Trigger, null, item.question)),
        h(Accordion.Content, null, item.answer),
      ),
    ),
  )
}

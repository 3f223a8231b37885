// @radix-ui/react-accordion with `forceMount`: closed answers are rendered, `hidden`.
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
        h(Accordion.Content, { forceMount: true }, item.answer),
      ),
    ),
  )
}

// No library: one <details> per question, for reference.
import { createElement as h } from 'react'

export function Faq({ items }) {
  return h(
    'div',
    null,
    items.map((item) =>
      h('details', { key: item.id }, h('summary', null, item.question), h('p', null, item.answer)),
    ),
  )
}

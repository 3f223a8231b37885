// @mui/material's Accordion (styled with Emotion), without an icon package.
import { Accordion, AccordionDetails, AccordionSummary } from '@mui/material'
import { createElement as h } from 'react'

export function Faq({ items }) {
  return h(
    'div',
    null,
    items.map((item) =>
      h(
        Accordion,
        { key: item.id },
        h(
          AccordionSummary,
          { id: `${item.id}-header`, 'aria-controls': `${item.id}-content` },
          item.question,
        ),
        h(AccordionDetails, null, item.answer),
      ),
    ),
  )
}

export { FaqAccordion, type FaqAccordionProps, type HeadingLevel } from './FaqAccordion'
export { faqAnchor } from './anchors'

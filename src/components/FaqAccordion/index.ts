export {
  FaqAccordion,
  type FaqAccordionProps,
  type FaqAccordionResult,
  type HeadingLevel,
} from './FaqAccordion'
export { faqAnchor } from './anchors'

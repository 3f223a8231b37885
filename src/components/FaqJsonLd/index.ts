export { FaqJsonLd, type FaqJsonLdProps } from './FaqJsonLd'

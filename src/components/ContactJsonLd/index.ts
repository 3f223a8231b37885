export { ContactJsonLd, type ContactJsonLdProps } from './ContactJsonLd'

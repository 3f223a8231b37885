export { filterFaqByAudience } from './audience'
export { serializeJsonLd, toFaqPageJsonLd, type FaqPageJsonLd } from './jsonLd'

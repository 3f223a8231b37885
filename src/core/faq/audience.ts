import type { FaqConfig } from '../../config/schema'

/**
 * The FAQ as one audience sees it: categories and questions for that audience or for everyone.
 * A question without `audiences` follows its category; a category without them is for everyone.
 * Categories left empty are dropped. With no audience, the FAQ is returned as it is.
 */
export function filterFaqByAudience(faq: FaqConfig, audienceId: string | undefined): FaqConfig {
  if (audienceId === undefined) return faq
  const categories = faq.categories.flatMap((category) => {
    const items = category.items.filter((item) => {
      const audiences = item.audiences ?? category.audiences
      return audiences === undefined || audiences.includes(audienceId)
    })
    return items.length > 0 ? [{ ...category, items }] : []
  })
  return { ...faq, categories }
}

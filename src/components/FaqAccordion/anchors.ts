/** The element id, and URL fragment, of a FAQ item: `faq-<id>`. */
export function faqAnchor(itemId: string): string {
  return `faq-${itemId}`
}

/** The FAQ item id named by a location hash (`#faq-refunds` -> `refunds`), else `null`. */
export function itemIdFromHash(hash: string): string | null {
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash
  try {
    fragment = decodeURIComponent(fragment)
  } catch {
    return null
  }
  return fragment.startsWith('faq-') && fragment.length > 4 ? fragment.slice(4) : null
}

// Escaped characters are parked as private-use tokens while the syntax is removed, then restored.
const PARK = /\\([^\w\s])/g
const PARKED = /\uE000(\d+)\uE001/g

/**
 * The reading text of a Markdown answer: links become their text, emphasis and list markers go,
 * escapes are undone, paragraphs and list items become lines. For search indexes and for
 * structured data (JSON-LD), never for display.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(PARK, (_, char: string) => `\uE000${char.charCodeAt(0)}\uE001`)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s{0,3}(?:#{1,6}|>)\s*/gm, '')
    .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?=$|[^\w*])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/ {2,}\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(PARKED, (_, code: string) => String.fromCharCode(Number(code)))
    .trim()
}

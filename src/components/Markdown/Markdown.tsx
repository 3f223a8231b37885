'use client'
import { compiler, RuleType, type MarkdownToJSX } from 'markdown-to-jsx'
import { createElement, useMemo, type ReactNode } from 'react'
import { isSafeLinkHref } from '../../core/url'

export interface MarkdownProps {
  /** The Markdown source: paragraphs, lists, bold, emphasis, links and line breaks. */
  source: string
}

/** A link only when its address is safe (https, http, mailto, tel or relative); else its text. */
function SafeLink({
  href,
  title,
  children,
}: {
  href?: string
  title?: string
  children?: ReactNode
}) {
  if (!href || !isSafeLinkHref(href)) return <span data-part="unsafe-link">{children}</span>
  return (
    <a href={href} title={title}>
      {children}
    </a>
  )
}

/** Elements an answer may contain; their only attributes are `key` and an ordered list's `start`. */
const ALLOWED = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'br', 'span'])
/** Elements outside the subset that hold blocks: their content is kept, in a plain `div`. */
const BLOCKS = new Set([
  'div',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'footer',
  'header',
])

/**
 * Every element markdown-to-jsx builds passes here. Anything outside the subset (task
 * checkboxes, footnote blocks with author-chosen ids, tables, rules, marks) keeps its text but
 * loses its element and every attribute, so no answer can add a control, an id or a style.
 */
const safeCreateElement: MarkdownToJSX.Options['createElement'] = (tag, props, ...children) => {
  const key = (props as { key?: string | number }).key
  // Components: the link override (SafeLink) and nothing else.
  if (typeof tag !== 'string') return createElement(tag, props, ...children)
  if (tag === 'input') return (props as { checked?: boolean }).checked ? '[x] ' : '[ ] '
  if (tag === 'hr' || tag === 'img') return null
  if (ALLOWED.has(tag)) {
    const start = tag === 'ol' ? (props as { start?: number }).start : undefined
    return createElement(tag, { key, start }, ...children)
  }
  if (tag === 'td' || tag === 'th') return createElement('span', { key }, ...children, ' ')
  return createElement(BLOCKS.has(tag) ? 'div' : 'span', { key }, ...children)
}

/** The parser's options: the safe subset. Exported for the tests. @internal */
export const markdownOptions: MarkdownToJSX.Options = {
  // Raw HTML is shown as the text it is; nothing in an answer becomes an element of its own.
  disableParsingRawHTML: true,
  forceBlock: true,
  wrapper: null,
  createElement: safeCreateElement,
  overrides: { a: { component: SafeLink } },
  sanitizer: (value) => (isSafeLinkHref(value) ? value : null),
  renderRule(next, node, renderChildren, state) {
    switch (node.type) {
      // Images could load from anywhere: show their description as text instead.
      case RuleType.image:
        return node.alt ?? null
      case RuleType.refImage:
        return node.alt ?? null
      // A heading inside an answer would break the page outline: render it as a strong paragraph.
      // (Setext headings reach here as `heading` nodes too.)
      case RuleType.heading:
        return createElement(
          'p',
          { key: state.key },
          createElement('strong', null, renderChildren(node.children, state)),
        )
      default:
        return next()
    }
  },
}

/**
 * markdown-to-jsx 7 reads ` - ` after inline markup in a list item (`- **Card** - Visa`) as the
 * start of a nested list. In Markdown a list marker only ever starts a line, so a marker between
 * words is escaped (`\-`) and renders as the character it is. Code is left as it is.
 */
export function escapeMidLineMarkers(source: string): string {
  // Code (fenced blocks and inline spans, the odd parts of the split) is left as written.
  return source
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(\S)( +)([-+*])(?= )/g, '$1$2\\$3')))
    .join('')
}

/**
 * Whether `source` is one line of text with nothing Markdown would read as markup: no character
 * that can start markup or an entity, no autolink, no list, quote or code marker at the start.
 * Most answers are; they skip the parser (which was most of the time a server spent rendering a
 * long FAQ). Markdown.test.tsx checks the two paths give the same HTML.
 */
export function isPlainText(source: string): boolean {
  return (
    !/[\n\r\t*_`[\]<>#|~!\\&^=@]|:\/\/|www\.|^\s|\s$|^[-+]|^\d+[.)]/.test(source) &&
    source.length > 0
  )
}

/**
 * A safe subset of Markdown rendered to React elements: never raw HTML, never
 * `dangerouslySetInnerHTML`, links only for safe schemes.
 */
export function Markdown({ source }: MarkdownProps) {
  return useMemo(
    () =>
      isPlainText(source)
        ? createElement('p', { key: '0' }, source)
        : compiler(escapeMidLineMarkers(source), markdownOptions),
    [source],
  )
}

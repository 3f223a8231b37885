// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../test/fixtures'
import { localeChain, resolveText } from '../../i18n'
import { SupportHubProvider } from '../SupportHubProvider'
import { FaqAccordion } from '.'

/** The visible text of an HTML string, tags and whitespace dropped (so inline markup cannot split words). */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '')
}

/** The words of a Markdown answer, without its syntax. */
function markdownWords(markdown: string): string[] {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>#]|^\s*(\d+\.|-)\s/gm, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

describe('FaqAccordion server rendering', () => {
  it('renders in Node without a DOM, with every answer in the HTML', () => {
    expect(typeof document).toBe('undefined')
    const config = fixture('faq-el-004')
    const html = renderToString(
      <SupportHubProvider locale="el">
        <FaqAccordion faq={config.faq} />
      </SupportHubProvider>,
    )
    const text = htmlText(html)
    for (const category of config.faq.categories) {
      for (const item of category.items) {
        const answer = resolveText(item.answer, localeChain('el'))
        expect(answer).not.toBe('')
        expect(text, `answer of ${item.id}`).toContain(markdownWords(answer).join(''))
      }
    }
    expect(html).toContain('lang="el"')
  })
})

import { render, screen } from '@testing-library/react'
import fc from 'fast-check'
import { compiler } from 'markdown-to-jsx'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown } from '.'
import { escapeMidLineMarkers, isPlainText, markdownOptions } from './Markdown'

function renderMarkdown(source: string) {
  return render(<Markdown source={source} />).container
}

describe('Markdown (safe subset)', () => {
  it('renders paragraphs, lists, bold, emphasis and line breaks', () => {
    const container = renderMarkdown(
      'First paragraph with **bold** and *emphasis*.\n\n- one\n- two\n\n1. first\n2. second\n\nline one  \nline two',
    )
    expect(container.querySelectorAll('p')).toHaveLength(2)
    expect(screen.getByText('bold').tagName).toBe('STRONG')
    expect(screen.getByText('emphasis').tagName).toBe('EM')
    expect(container.querySelectorAll('ul > li')).toHaveLength(2)
    expect(container.querySelectorAll('ol > li')).toHaveLength(2)
    expect(container.querySelector('br')).not.toBeNull()
  })

  it('renders https, mailto and tel links as links', () => {
    renderMarkdown(
      '[Help](https://help.example.com) [Mail](mailto:help@example.com) [Call](tel:+302100000000)',
    )
    expect(screen.getByRole('link', { name: 'Help' })).toHaveAttribute(
      'href',
      'https://help.example.com',
    )
    expect(screen.getByRole('link', { name: 'Mail' })).toHaveAttribute(
      'href',
      'mailto:help@example.com',
    )
    expect(screen.getByRole('link', { name: 'Call' })).toHaveAttribute('href', 'tel:+302100000000')
  })

  it('shows javascript: and data: links as plain text', () => {
    const container = renderMarkdown(
      '[one](javascript:alert(1)) [two](data:text/html;base64,PHNjcmlwdD4=) [three](JaVaScRiPt:alert(1))',
    )
    expect(container.querySelector('a')).toBeNull()
    expect(container).toHaveTextContent('one two three')
  })

  it('shows raw HTML as text and creates no element from it', () => {
    const container = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<b onclick="alert(1)">bold?</b>',
    )
    expect(container.querySelector('script, img, b, [onerror], [onclick]')).toBeNull()
    expect(container).toHaveTextContent('<script>alert(1)</script>')
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">')
  })

  it('shows an image as its description, loading nothing', () => {
    const container = renderMarkdown(
      '![Screenshot of the settings page](https://tracker.example.com/p.png)',
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container).toHaveTextContent('Screenshot of the settings page')
  })

  it('renders headings inside an answer as strong paragraphs, keeping the page outline', () => {
    const container = renderMarkdown('# Big title\n\nBody')
    expect(container.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull()
    expect(screen.getByText('Big title').tagName).toBe('STRONG')
  })

  it('keeps text outside the subset but none of its elements or attributes', () => {
    const container = renderMarkdown(
      [
        '- [ ] open task\n- [x] done task',
        'See note[^faq-refunds].\n\n[^faq-refunds]: The footnote.',
        '| a | b |\n| - | - |\n| c | d |',
        '> quoted',
        '---',
        '~~struck~~ and ==marked==',
      ].join('\n\n'),
    )
    expect(
      container.querySelector(
        'input, table, blockquote, hr, del, mark, footer, sup, [id], [style], [class]',
      ),
    ).toBeNull()
    for (const text of [
      '[ ] open task',
      '[x] done task',
      'The footnote.',
      'quoted',
      'struck',
      'marked',
      'c',
    ]) {
      expect(container).toHaveTextContent(text)
    }
  })

  // Regression: markdown-to-jsx 7.7.7 turned "- **Card** - Visa" into a nested list, losing the dash.
  it('keeps a dash between words in a list item as text, not a nested list', () => {
    const container = renderMarkdown(
      '- **Cards** - Visa, Mastercard\n- *Wallets* - PayPal\n- [Transfer](https://example.com) - above 500 €',
    )
    expect(container.querySelectorAll('ul')).toHaveLength(1)
    expect(container.querySelectorAll('li')).toHaveLength(3)
    expect(container.querySelector('li')).toHaveTextContent('Cards - Visa, Mastercard')
  })

  it('leaves a dash inside code as written', () => {
    renderMarkdown('- Run `npm run a - b` now')
    expect(screen.getByText('npm run a - b').tagName).toBe('CODE')
  })

  it('still reads real nested lists', () => {
    const container = renderMarkdown('- parent\n  - child')
    expect(container.querySelectorAll('ul ul li')).toHaveLength(1)
  })
})

describe('plain text skips the parser with the same HTML', () => {
  /** The parser's HTML for `source`, whatever isPlainText says. */
  const parsed = (source: string) =>
    renderToStaticMarkup(<>{compiler(escapeMidLineMarkers(source), markdownOptions)}</>)
  const rendered = (source: string) => renderToStaticMarkup(<Markdown source={source} />)

  it.each([
    'Most requests are handled within 2 working days.',
    'Ναι, μπορείτε να ακυρώσετε τη συνδρομή σας οποιαδήποτε στιγμή.',
    '네, 언제든지 해지할 수 있습니다. 환불은 3~5일이 걸립니다',
    'Sí: el cargo (19,90 €) aparece en tu extracto como "ACME" - 100% seguro?',
    "It's 9:00-17:00, Mon-Fri; 24/7 for outages.",
  ])('%s', (source) => {
    expect(rendered(source)).toBe(parsed(source))
  })

  it('is taken only for one line with no markup', () => {
    for (const source of [
      'a **b**',
      'a\nb',
      '- item',
      '1. first',
      '> quote',
      'see https://x.y',
      '    code',
      'a &amp; b',
      'x_y_z',
      '',
    ]) {
      expect(isPlainText(source), source).toBe(false)
    }
    expect(isPlainText('Refunds take 5 to 10 days (card) or 1 day (PayPal).')).toBe(true)
  })

  it('gives the parser’s HTML for any text it takes (1,000 random strings)', () => {
    const alphabet = fc.constantFrom(
      ...'aZ9 0.,;:?%$/-+()\'"’€ΑαΩ한글ñ—…'.split(''),
      ' ',
      '  ',
      '1. ',
      '- ',
      '·',
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const source = chars.join('')
        fc.pre(isPlainText(source))
        expect(rendered(source)).toBe(parsed(source))
      }),
      { numRuns: 1000 },
    )
  })
})

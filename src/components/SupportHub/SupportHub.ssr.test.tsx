// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { parseSectionedConfig, parseSupportConfig } from '../../config'
import { loadLocale } from '../../i18n'
import { unloadLocaleForTests } from '../../i18n/catalogs'
import { SupportHub } from '.'
import { registerConfigParser, unloadConfigParserForTests } from './configParser'

const dir = join(import.meta.dirname, '../../../examples')
const examples = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown] as const)

describe('SupportHub server rendering (Node, no DOM)', () => {
  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined')
    expect(typeof window).toBe('undefined')
  })

  it.each(examples)('%s renders to HTML with every section, answers included', (_, config) => {
    const html = renderToString(<SupportHub config={config} />)
    const sections = (config as { sections: string[] }).sections
    for (const section of sections) expect(html).toContain(`data-section="${section}"`)
    expect(html).not.toContain('data-part="config-error"')
    // Answers are in the HTML for search engines and for readers before any script runs.
    const faq = (config as { faq: { categories: { items: { answer: unknown }[] }[] } }).faq
    const answer = faq.categories[0]!.items[0]!.answer
    const text: unknown =
      typeof answer === 'string' ? answer : Object.values(answer as Record<string, string>)[0]
    const firstWords = String(text)
      .replace(/[*_#>`[\]\\]/g, '')
      .trim()
      .split(/\s+/)
      .slice(0, 2)
    expect(html).toContain(firstWords.join(' '))
    // Forms are not loaded on the server: their sections offer the button that opens them.
    expect(html).not.toContain('data-part="ticket-form"')
    expect(html).not.toContain('data-part="refund-form"')
  })

  it.each(examples)('%s also renders from an already parsed config', (_, config) => {
    const parsed = parseSupportConfig(config)
    if (!parsed.ok) throw new Error('example does not parse')
    // The same page: no error panel, nothing lost in a second parse.
    const fromParsed = renderToString(<SupportHub config={parsed.config} />)
    expect(fromParsed).not.toContain('data-part="config-error"')
    expect(fromParsed).toBe(renderToString(<SupportHub config={config} />))
  })

  it.each(examples)(
    '%s renders the same page from a config checked ahead, as it is or through JSON, with no checker',
    (_, config) => {
      const fromRaw = renderToString(<SupportHub config={config} />)
      const checked = parseSectionedConfig(config)
      const throughJson: unknown = JSON.parse(JSON.stringify(checked))
      // As in a browser given only checked configs: the checker is never loaded.
      unloadConfigParserForTests()
      try {
        expect(renderToString(<SupportHub config={checked} />)).toBe(fromRaw)
        expect(renderToString(<SupportHub config={throughJson} />)).toBe(fromRaw)
      } finally {
        registerConfigParser(parseSectionedConfig)
      }
    },
  )

  it('shows the error panels of a config checked ahead, as of raw JSON', () => {
    const broken = { version: 1, brand: { name: 'Nimbus' }, faq: { categories: 5 } }
    const checked: unknown = JSON.parse(JSON.stringify(parseSectionedConfig(broken)))
    const html = renderToString(<SupportHub config={checked} />)
    expect(html).toContain('data-part="config-error"')
    expect(html).toContain('<code>faq.categories</code>')
    expect(html).toBe(renderToString(<SupportHub config={broken} />))
  })

  it('takes a checked config on trust, but still renders no unsafe link in it', () => {
    const checked = parseSectionedConfig(examples.find(([name]) => name.startsWith('004'))![1])
    const tampered = JSON.parse(
      JSON.stringify(checked).replaceAll('"https://', '"javascript:alert(1)//'),
    ) as unknown
    const html = renderToString(<SupportHub config={tampered} />)
    expect(html).not.toMatch(/(href|src)="javascript:/i)
  })

  it('renders a locale whose catalog is not loaded only after loadLocale()', async () => {
    const config = examples.find(([name]) => name.startsWith('004'))![1]
    unloadLocaleForTests('el')
    // Without its catalog the page waits (Suspense): the server sends no half-English page.
    expect(renderToString(<SupportHub config={config} />)).not.toContain('<h1')
    await loadLocale('el')
    expect(renderToString(<SupportHub config={config} />)).toContain('Υποστήριξη Kyma Systems')
  })

  it('renders a broken config to HTML with its error panel, not a crash', () => {
    const html = renderToString(
      <SupportHub config={{ version: 1, brand: { name: 'Nimbus' }, faq: { categories: 5 } }} />,
    )
    expect(html).toContain('data-part="config-error"')
    expect(html).toContain('<code>faq.categories</code>')
  })
})

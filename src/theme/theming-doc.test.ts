import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// docs/theming.md is the reference of every token and styling hook: it must name each one the
// stylesheet and the theme code define, name nothing that does not exist, and give the defaults
// the stylesheet really has.

const here = import.meta.dirname
const root = join(here, '..', '..')
const css = readFileSync(join(here, 'styles.css'), 'utf8')
const doc = readFileSync(join(root, 'docs', 'theming.md'), 'utf8')

const TOKEN = /--rsh-[a-z0-9-]+/g

/** Every `--rsh-*` name in the stylesheet and in the theme code (tokens set from JS). */
function sourceTokens(): Set<string> {
  const texts = [css]
  for (const name of readdirSync(here)) {
    if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      texts.push(readFileSync(join(here, name), 'utf8'))
  }
  return new Set(texts.flatMap((text) => text.match(TOKEN) ?? []))
}

/** The custom properties declared in the first rule with exactly this selector. */
function declarations(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  expect(start, `styles.css has no rule ${selector}`).toBeGreaterThanOrEqual(0)
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  const found = new Map<string, string>()
  for (const [, name, value] of body.matchAll(/(--rsh-[a-z0-9-]+)\s*:\s*([^;]+);/g))
    found.set(name!, value!.replace(/\s+/g, ' ').trim())
  return found
}

/** The doc's table row for a token, as its cells with backticks removed. */
function row(token: string): string[] | undefined {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${token}\` `))
  return line
    ?.split('|')
    .slice(1, -1)
    .map((cell) => cell.trim().replace(/^`|`$/g, ''))
}

/** Every `data-part` value the components render (`data-part="…"`, or a `part="…"` prop). */
function sourceParts(dir = join(root, 'src', 'components')): Set<string> {
  const parts = new Set<string>()
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) sourceParts(path).forEach((p) => parts.add(p))
    else if (name.endsWith('.tsx') && !name.includes('.test.'))
      for (const [, part] of readFileSync(path, 'utf8').matchAll(/\bpart="([a-z0-9-]+)"/g))
        parts.add(part!)
  }
  return parts
}

/** The part names listed in the doc's "Parts" table. */
function documentedParts(): Set<string> {
  const start = doc.indexOf('\n### Parts\n')
  expect(start, 'docs/theming.md has no "### Parts" section').toBeGreaterThan(0)
  const section = doc.slice(start, doc.indexOf('\n#', start + 1))
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| -'))
  // The second column lists the parts; the first names the component.
  return new Set(
    rows
      .slice(1)
      .flatMap((l) => [...(l.split('|')[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!)),
  )
}

describe('docs/theming.md', () => {
  it('names every --rsh-* token of the stylesheet and the theme code', () => {
    const named = new Set(doc.match(TOKEN) ?? [])
    const missing = [...sourceTokens()].filter((token) => !named.has(token))
    expect(missing, 'tokens missing from docs/theming.md').toEqual([])
  })

  it('names no --rsh-* token that does not exist', () => {
    const tokens = sourceTokens()
    const unknown = [...new Set(doc.match(TOKEN) ?? [])].filter((token) => !tokens.has(token))
    expect(unknown, 'tokens in docs/theming.md that are not in src/theme').toEqual([])
  })

  it('gives each token its real light and dark default', () => {
    const light = declarations(':where(.rsh-root)')
    const dark = declarations(":where(.rsh-root[data-rsh-color-scheme='dark'])")
    const system = declarations(":where(.rsh-root:not([data-rsh-color-scheme='light']))")
    // The doc's dark column stands for both ways to be dark: the pinned and the system scheme.
    expect(Object.fromEntries(system)).toEqual(Object.fromEntries(dark))
    expect(light.size).toBeGreaterThan(30)
    for (const [token, value] of light) {
      const cells = row(token)
      expect(cells, `docs/theming.md has no table row for ${token}`).toBeDefined()
      expect(cells?.[1], `light default of ${token}`).toBe(value)
      expect(cells?.[2], `dark default of ${token}`).toBe(dark.get(token) ?? '')
    }
    for (const token of dark.keys())
      expect(light.has(token), `${token} has no light value`).toBe(true)
  })

  it('lists every data-part the components render, and none that they do not', () => {
    const parts = sourceParts()
    const listed = documentedParts()
    expect(parts.size).toBeGreaterThan(50)
    expect(
      [...parts].filter((p) => !listed.has(p)),
      'parts missing from the doc',
    ).toEqual([])
    expect(
      [...listed].filter((p) => !parts.has(p)),
      'parts in the doc that do not exist',
    ).toEqual([])
  })
})

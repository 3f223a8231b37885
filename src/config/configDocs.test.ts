// @vitest-environment node
/**
 * The field reference in docs/config.md is generated from schema.json by `npm run docs:config`
 * (scripts/generate-config-docs.mjs). These tests fail when the page no longer matches the
 * schema, and check that the generated tables say what a reader needs.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BEGIN_MARKER,
  DOC_FILE,
  END_MARKER,
  SCHEMA_FILE,
  headingSlug,
  renderReference,
  updateConfigDocs,
} from '../../scripts/generate-config-docs.mjs'

interface SchemaNode {
  description?: string
  required?: string[]
  properties?: Record<string, SchemaNode>
  [keyword: string]: unknown
}

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode
const doc = readFileSync(DOC_FILE, 'utf8')
const reference = renderReference(schema)

interface Row {
  type: string
  required: string
  description: string
}

/** The table rows of a reference, by field path (a path can have a row in several tables). */
function rowsOf(markdown: string): Map<string, Row[]> {
  const rows = new Map<string, Row[]>()
  for (const line of markdown.split('\n')) {
    const match = /^\| `([^`]+)` \|(.*)\|$/.exec(line)
    if (!match) continue
    const [type = '', required = '', description = ''] = match[2]!
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
    rows.set(match[1]!, [...(rows.get(match[1]!) ?? []), { type, required, description }])
  }
  return rows
}

const rows = rowsOf(reference)

/** The one row of a field path. */
function row(path: string): Row {
  const found = rows.get(path)
  expect(found, `a row for ${path}`).toHaveLength(1)
  return found![0]!
}

/** Every `description` in a schema, at any depth. */
function descriptions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(descriptions)
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    key === 'description' && typeof value === 'string' ? [value] : descriptions(value),
  )
}

/** The headings of a Markdown page, outside code blocks. */
function headings(markdown: string): string[] {
  let fenced = false
  const found: string[] = []
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced
    const heading = /^#{1,6} (.+)$/.exec(line)
    if (!fenced && heading) found.push(heading[1]!)
  }
  return found
}

describe('docs/config.md', () => {
  it('is up to date with schema.json', async () => {
    const updated = await updateConfigDocs(doc, schema)
    expect(doc, 'docs/config.md is out of date: run npm run docs:config').toBe(updated)
  }, 30_000)

  it('has the generated reference between its markers', () => {
    const begin = doc.indexOf(BEGIN_MARKER)
    const end = doc.indexOf(END_MARKER)
    expect(begin).toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(begin)
    expect(doc.slice(begin, end)).toContain('### Top level')
    // The hand-written parts around it stay.
    expect(doc.slice(0, begin)).toContain('## Checks beyond the field reference')
    expect(doc.slice(end)).toContain('## Checking files: `react-support-hub validate`')
  })

  it('has no two headings with the same anchor, and every link in the page leads somewhere', () => {
    const slugs = headings(doc).map(headingSlug)
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([])
    const anchors = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!)
    expect(anchors.length).toBeGreaterThan(40)
    expect(anchors.filter((anchor) => !slugs.includes(anchor))).toEqual([])
    const pages = [...doc.matchAll(/\]\(([\w-]+\.md)(?:#[^)]*)?\)/g)].map((match) => match[1]!)
    expect(pages.filter((page) => !existsSync(join(dirname(DOC_FILE), page)))).toEqual([])
  })
})

describe('renderReference()', () => {
  it('has a row for every top-level property, required as the schema says', () => {
    const required = schema.required ?? []
    expect(required).toContain('brand')
    for (const name of Object.keys(schema.properties ?? {})) {
      expect(row(name).required).toMatch(required.includes(name) ? /^required$/ : /^optional\b/)
    }
  })

  it('shows defaults with the optional fields that have one', () => {
    expect(row('locale').required).toBe('optional, default `"en"`')
    expect(row('timeZone').required).toBe('optional, default `"UTC"`')
  })

  it('marks required fields of nested objects', () => {
    expect(row('brand.name').required).toBe('required')
    expect(row('brand.logo').required).toBe('optional')
    expect(row('faq.categories[].items[].question').required).toBe('required')
    expect(row('hours.closed[].until').required).toBe('optional')
    expect(row('forms.refund.policy').required).toBe('required')
  })

  it('shows every description of schema.json', () => {
    const text = reference.replace(/\\(.)/g, '$1')
    const all = descriptions(schema)
    expect(all.length).toBeGreaterThan(100)
    expect(all.filter((description) => !text.includes(description))).toEqual([])
  })

  it('lists the channel kinds, each with a table of its own fields', () => {
    const kinds = (rows.get('channels[].type') ?? []).map((kind) => kind.type)
    expect(kinds).toEqual([
      '`"chat"`',
      '`"email"`',
      '`"phone"`',
      '`"social"`',
      '`"link"`',
      '`"form"`',
      '`"postal"`',
    ])
    expect(reference).toContain(
      'One of 7 kinds, told apart by `type`: [`"chat"`](#channels-with-type-chat)',
    )
    expect(reference).toContain('#### `channels[]` with `"type": "postal"`')
    // A field of one kind only, and one every kind has.
    expect(row('channels[].network').type).toContain('`"bluesky"`')
    expect(row('channels[].whenClosed').type).toBe('one of `"show"`, `"unavailable"`, `"hide"`')
    // `address` is an email address for one kind and a postal address (text) for another.
    expect(rows.get('channels[].address')?.map((address) => address.type)).toEqual([
      'string',
      'text',
    ])
  })

  it('links a repeated object to its first section instead of repeating it', () => {
    expect(row('channels[].hours').type).toBe(
      '`"inherit"` or `"always"` or object (same as [`hours`](#hours))',
    )
    expect(row('forms.refund.fields').type).toBe(
      'array of object (same as [`forms.ticket.fields[]`](#formsticketfields))',
    )
    expect(reference).not.toContain('### `forms.refund.fields[]`')
  })

  it('shows types with their limits', () => {
    expect(row('theme.radius').type).toBe('number (0 to 32)')
    expect(row('theme.accent').type).toBe('string (colour)')
    expect(row('forms.ticket.attachments.maxFiles').type).toBe('integer (at least 1)')
    expect(row('forms.refund.policy.processingDays').type).toBe(
      'array of 2 items: [integer (at least 0), integer (at least 0)]',
    )
    expect(row('hours.weekly[].days').type).toBe(
      'non-empty array, each item one of `"mon"`, `"tue"`, `"wed"`, `"thu"`, `"fri"`, `"sat"`, `"sun"`',
    )
    expect(row('sla.rows[].targets').type).toBe('map of any key to string or `null`')
    expect(row('brand.name').type).toBe('text')
    // The named formats are explained once, with their patterns.
    expect(reference).toContain('| time | `^(?:[01]\\d\\|2[0-3]):[0-5]\\d$\\|^24:00$` |')
  })

  it('shows a pattern it has no name for as it is', () => {
    const markdown = renderReference({
      type: 'object',
      properties: { code: { type: 'string', pattern: '^A|B$', description: 'A code.' } },
      required: ['code'],
      additionalProperties: false,
    })
    expect(markdown).toContain('| `code` | string matching `^A\\|B$` | required | A code. |')
  })

  it('escapes Markdown in descriptions, which are plain text', () => {
    expect(row('faq.categories[].items[].id').description).toContain('"#faq-\\<id\\>"')
    expect(row('faq.categories[].items[].answer').description).toContain('\\*\\*bold\\*\\*')
  })

  it('stops on a schema it cannot show, naming the field', () => {
    const field = (property: object) => ({
      type: 'object',
      properties: { contact: property },
      additionalProperties: false,
    })
    expect(() =>
      renderReference(field({ type: 'string', format: 'email', description: 'An address.' })),
    ).toThrow('contact: the keyword "format" is not shown')
    expect(() => renderReference(field({ type: 'string' }))).toThrow(
      'contact: a field without a description',
    )
  })
})

describe('updateConfigDocs()', () => {
  it('replaces only the text between the markers', async () => {
    const page = `# Title\n\nBefore.\n\n${BEGIN_MARKER}\n\nOld reference.\n\n${END_MARKER}\n\n## After\n\nAfter.\n`
    const updated = await updateConfigDocs(page, schema)
    expect(updated.startsWith(`# Title\n\nBefore.\n\n${BEGIN_MARKER}\n`)).toBe(true)
    expect(updated.endsWith(`${END_MARKER}\n\n## After\n\nAfter.\n`)).toBe(true)
    expect(updated).not.toContain('Old reference.')
    expect(updated).toContain('### Top level')
    // Generating again changes nothing.
    expect(await updateConfigDocs(updated, schema)).toBe(updated)
  }, 30_000)

  it('needs both markers', async () => {
    await expect(updateConfigDocs('# Config reference\n', schema)).rejects.toThrow(
      'needs the markers',
    )
  })
})

import { act } from '@testing-library/react'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseSupportConfig, type ConfigError } from '../../config'
import { SupportHub } from '.'

/**
 * Property-based: whatever JSON a host passes, `parseSupportConfig` answers (never throws) and
 * `<SupportHub>` renders (never throws, never crashes a section on a config it accepted, never
 * writes a script URL into the page). Configs are random values, and the seed configs with
 * random mutations: values replaced by anything, keys deleted or misspelled, hostile strings.
 */

const dir = join(import.meta.dirname, '../../../examples')
const examples = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)

type Path = (string | number)[]

/** Every path to a value inside `value`, the root included. */
function pathsOf(value: unknown, base: Path = []): Path[] {
  const out: Path[] = [base]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...base, i])))
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) out.push(...pathsOf(v, [...base, key]))
  }
  return out
}

const hostileString = fc.constantFrom(
  '',
  '   ',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '[x](javascript:alert(1))',
  'Mars/Olympus',
  '2025-02-30',
  'PT',
  '#zzz',
  '__proto__',
  'constructor',
  '\u202Eevil',
  'x'.repeat(5000),
)

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'misspell', 'hostile', 'duplicate'),
  value: fc.oneof(fc.anything({ maxDepth: 2 }), hostileString),
  hostile: hostileString,
})

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(config: Record<string, unknown>, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(config)
  for (const m of mutations) {
    const paths = pathsOf(root)
    const path = paths[m.at % paths.length]!
    if (path.length === 0) {
      if (m.kind === 'replace') root = m.value
      continue
    }
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], root)
    const key = path[path.length - 1]!
    const target = parent as Record<string | number, unknown>
    switch (m.kind) {
      case 'replace':
        target[key] = m.value
        break
      case 'hostile':
        target[key] = m.hostile
        break
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
        else Reflect.deleteProperty(target, key)
        break
      case 'misspell':
        if (typeof key === 'string' && !Array.isArray(parent)) {
          target[`${key.slice(1)}${key[0] ?? ''}`] = target[key]
          Reflect.deleteProperty(target, key)
        }
        break
      case 'duplicate':
        if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]))
        break
    }
  }
  return root
}

const mutatedConfig = fc
  .tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([config, mutations]) => mutate(config, mutations))

const anyConfig = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.anything({ maxDepth: 0 })),
        brand: fc.oneof(fc.record({ name: fc.string() }), fc.anything({ maxDepth: 1 })),
        faq: fc.anything({ maxDepth: 3 }),
        channels: fc.anything({ maxDepth: 3 }),
        sections: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: ['version', 'brand'] },
    ),
  },
  { weight: 6, arbitrary: mutatedConfig },
)

const NOW = new Date('2026-11-18T09:30:00Z')
const RENDER_CRASH = /could not be shown/

/** The attribute names of every tag (React quotes every value and escapes `"` inside it). */
function attributeNames(html: string): string[] {
  const names: string[] = []
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    for (const attribute of (tag[1] ?? '').matchAll(/\s([^\s=>/]+)(?:="[^"]*")?/g)) {
      names.push((attribute[1] ?? '').toLowerCase())
    }
  }
  return names
}

/** No script URL, no event-handler attribute and no script but JSON-LD reaches the HTML. */
function expectSafeHtml(html: string): void {
  expect(html).not.toMatch(/(?:href|src|action)="\s*(?:javascript|data|vbscript):/i)
  expect(attributeNames(html).filter((name) => name.startsWith('on'))).toEqual([])
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i)
}

describe('the safety check itself', () => {
  it('finds a handler attribute, and not text that looks like one', () => {
    expect(attributeNames('<img src="x" onerror="alert(1)">')).toContain('onerror')
    expect(attributeNames('<a title="&lt;img src=x onerror=alert(1)&gt;" href="#">x</a>')).toEqual([
      'title',
      'href',
    ])
  })
})

describe('any config a host may pass', () => {
  beforeAll(() => {
    // Section failures are the thing under test: React's own logging of them is noise here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterAll(() => {
    vi.restoreAllMocks()
  })

  it('parseSupportConfig never throws and always answers with a config or errors with paths', () => {
    fc.assert(
      fc.property(anyConfig, (input) => {
        const result = parseSupportConfig(input)
        if (result.ok) expect(result.config.version).toBe(1)
        else {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const error of result.errors) {
            expect(typeof error.path).toBe('string')
            expect(error.message.length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 600 },
    )
  })

  it('<SupportHub> renders on the server for every one of them, safely', () => {
    fc.assert(
      fc.property(anyConfig, (input) => {
        const html = renderToString(<SupportHub config={input} now={NOW} />)
        expect(html).toContain('data-rsh-root')
        // A section that threw on the server is marked for the client to render.
        expect(html).not.toContain('<!--$!-->')
        expectSafeHtml(html)
      }),
      { numRuns: 500 },
    )
  }, 60_000)

  it('<SupportHub> renders in a DOM for every one of them, and no accepted config crashes a section', async () => {
    const container = document.createElement('div')
    document.body.append(container)
    const samples = fc.sample(anyConfig, 150)
    for (const input of samples) {
      const errors: ConfigError[] = []
      const root = createRoot(container)
      await act(async () => {
        root.render(
          <SupportHub config={input} now={NOW} onConfigError={(e) => errors.push(...e)} />,
        )
        await Promise.resolve()
      })
      expect(container.querySelector('[data-rsh-root]')).not.toBeNull()
      expect(errors.filter((e) => RENDER_CRASH.test(e.message))).toEqual([])
      if (parseSupportConfig(input).ok) {
        expect(container.querySelector('[data-part="config-error"]')).toBeNull()
      }
      expectSafeHtml(container.innerHTML)
      act(() => root.unmount())
    }
    container.remove()
  }, 120_000)
})

// @vitest-environment node
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  extractBlocks,
  parseConfigBlocks,
  typecheckBlocks,
} from '../scripts/check-doc-examples.mjs'

// The checker behind `npm run check:docs`: it must find the blocks, and fail on a broken one.
const outDir = join(
  import.meta.dirname,
  '..',
  'node_modules',
  '.cache',
  'check-doc-examples',
  'test',
)

const GOOD = `import { SupportHub } from 'react-support-hub'
import 'react-support-hub/styles.css'

export const Help = ({ json }: { json: unknown }) => <SupportHub config={json} headingLevel={2} />`

// headingLevel is 1, 2 or 3: a wrong prop type, on the block's third line.
const BAD = `import { SupportHub } from 'react-support-hub'

export const Help = ({ json }: { json: unknown }) => <SupportHub config={json} headingLevel={7} />`

const markdown = [
  '# Title', // 1
  '', // 2
  '```tsx', // 3
  GOOD, // 4-7
  '```', // 8
  '', // 9
  '```tsx', // 10
  BAD, // 11-13
  '```', // 14
  '', // 15
  '<!-- not-checked: a fragment of the block above -->', // 16
  '```ts', // 17
  'help.render()', // 18
  '```', // 19
  '', // 20
  '```sh', // 21
  'npm install react-support-hub', // 22
  '```', // 23
].join('\n')

describe('check-doc-examples', () => {
  it('finds each fenced block with its first line, language and what to do with it', () => {
    const { blocks, problems } = extractBlocks(markdown, 'docs/example.md')
    expect(problems).toEqual([])
    expect(blocks.map((b) => [b.line, b.lang, b.action])).toEqual([
      [4, 'tsx', 'typecheck'],
      [11, 'tsx', 'typecheck'],
      [18, 'ts', 'skip'],
      [22, 'sh', 'none'],
    ])
    expect(blocks[0]?.code).toBe(GOOD)
    expect(blocks[2]?.reason).toBe('a fragment of the block above')
  })

  it('requires a reason to skip a block', () => {
    const { problems } = extractBlocks('text\n\n<!-- not-checked: -->\n```tsx\nx\n```\n', 'a.md')
    expect(problems).toEqual([
      { file: 'a.md', line: 3, message: 'a not-checked marker needs a reason' },
    ])
  })

  it('passes a correct example and fails a wrong one at its markdown line', () => {
    const { blocks } = extractBlocks(markdown, 'docs/example.md')
    const problems = typecheckBlocks(
      blocks.filter((b) => b.action === 'typecheck'),
      { outDir },
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'docs/example.md', line: 13 })
    expect(problems[0]?.message).toMatch(/^TS2322: Type '7' is not assignable to type '1 \| 2 \| 3/)
  }, 60_000)

  it('fails an example that uses a name it does not import', () => {
    const { blocks } = extractBlocks('```tsx\n<SupportHub config={{}} />\n```\n', 'README.md')
    const problems = typecheckBlocks(blocks, { outDir })
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['README.md:2'])
    expect(problems[0]?.message).toContain("Cannot find name 'SupportHub'")
  }, 60_000)

  it('writes the files of a multi-file example where they can import each other', () => {
    const text = [
      '<!-- file: app/help/page.tsx -->', // 1
      '```tsx', // 2
      "import { HelpClient } from './help-client'", // 3
      "import config from './support.json'", // 4
      'export default function Page() {', // 5
      '  return <HelpClient config={config} size={2} />', // 6
      '}', // 7
      '```', // 8
      '<!-- file: app/help/help-client.tsx -->', // 9
      '```tsx', // 10
      "'use client'", // 11
      "import { SupportHub } from 'react-support-hub'", // 12
      'export const HelpClient = ({ config }: { config: unknown }) => <SupportHub config={config} />', // 13
      '```', // 14
      '<!-- file: app/help/support.json -->', // 15
      '```json', // 16
      '{ "version": 1 }', // 17
      '```', // 18
      '<!-- file: ../escape.tsx -->', // 19
      '```tsx', // 20
      'export {}', // 21
      '```', // 22
    ].join('\n')
    const { blocks, problems } = extractBlocks(text, 'docs/recipes.md')
    expect(blocks.map((b) => [b.action, b.path])).toEqual([
      ['typecheck', 'app/help/page.tsx'],
      ['typecheck', 'app/help/help-client.tsx'],
      ['file', 'app/help/support.json'],
      ['none', undefined],
    ])
    expect(problems.map((p) => p.line)).toEqual([19])
    // The imports resolve; the one wrong prop (`size`) is reported at its markdown line.
    const typed = typecheckBlocks(blocks.slice(0, 3), { outDir })
    expect(typed.map((p) => `${p.file}:${p.line}`)).toEqual(['docs/recipes.md:6'])
    expect(typed[0]?.message).toContain("Property 'size' does not exist")
  }, 60_000)

  it('parses marked JSON configs with parseSupportConfig and reports their problems', async () => {
    const text = [
      '<!-- check: config -->',
      '```json',
      '{ "version": 1, "brand": { "name": "Acme" } }',
      '```',
      '<!-- check: config -->',
      '```json',
      '{ "version": 1, "brand": { "name": "Acme" }, "channels": [{ "id": "x", "type": "fax" }] }',
      '```',
      '```json',
      '"theme": { "accent": "not a colour" }',
      '```',
    ].join('\n')
    const { blocks } = extractBlocks(text, 'docs/getting-started.md')
    expect(blocks.map((b) => b.action)).toEqual(['config', 'config', 'none'])
    const problems = await parseConfigBlocks(blocks.filter((b) => b.action === 'config'))
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) {
      expect(problem).toMatchObject({ file: 'docs/getting-started.md', line: 7 })
      expect(problem.message).toMatch(/^config: channels\[0\]/)
    }
  }, 60_000)
})

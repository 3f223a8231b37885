// @vitest-environment node
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { stripDescriptions } from '../../scripts/strip-descriptions.mjs'
import { supportConfigSchema } from './schema'

// The library build (vite.config.ts) takes the field descriptions out of the published schema
// (scripts/strip-descriptions.mjs): these tests check that what it leaves is the same schema.

const here = dirname(fileURLToPath(import.meta.url))
const source = readFileSync(join(here, 'schema.ts'), 'utf8')

describe('stripDescriptions', () => {
  it('removes every z.describe() of the config schema and leaves valid TypeScript', async () => {
    const { code, removed } = stripDescriptions(source)
    expect(removed).toBe(source.match(/\bz\.describe\(/g)!.length)
    expect(code).not.toContain('z.describe(')
    expect(code).not.toContain("'The name readers pick") // (the JSDoc comment stays)
    await expect(transform(code, { loader: 'ts' })).resolves.toBeDefined()
  })

  it('cuts only arguments: other checks, commas and trailing commas stay right', () => {
    const input = [
      "const a = s.check(z.describe('only'))",
      "const b = s.check(z.minLength(1), z.describe('last'))",
      "const c = s.check(z.describe('first'), z.minLength(1))",
      "const d = s.check(\n  z.gte(0),\n  z.describe(\n    'multi, line (with) parens',\n  ),\n)",
      "const e = s.check(z.describe('a'), z.describe('b'))",
    ].join('\n')
    expect(stripDescriptions(input).code).toBe(
      [
        'const a = s',
        'const b = s.check(z.minLength(1))',
        'const c = s.check(z.minLength(1))',
        'const d = s.check(\n  z.gte(0),\n)',
        'const e = s',
      ].join('\n'),
    )
  })

  it('refuses a z.describe() it cannot take out', () => {
    expect(() => stripDescriptions("const s = z.string()\nconst m = [z.describe('x')]")).toThrow(
      /cannot strip/,
    )
  })

  it('gives the same result as the full schema for every example config', async () => {
    // The stripped module beside node_modules (so 'zod/mini' resolves), with its relative
    // imports made absolute.
    const code = stripDescriptions(source).code.replace(
      /from '(\.\.?\/[^']+)'/g,
      (_, path: string) => `from '${join(here, path)}'`,
    )
    const dir = join(here, '../../node_modules/.cache/rsh-strip-test')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'schema.ts'), code)
    const stripped = (await import(/* @vite-ignore */ join(dir, 'schema.ts'))) as {
      supportConfigSchema: typeof supportConfigSchema
    }

    const examples = join(here, '../../examples')
    const configs = readdirSync(examples)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(examples, file), 'utf8')) as unknown)
    expect(configs.length).toBeGreaterThanOrEqual(5)
    // …and broken ones: the same errors at the same paths.
    const broken = [
      { version: 1, brand: { name: 'X' }, faq: { categories: [] } },
      { version: 1, brand: { name: 7 }, channels: [{ type: 'email', id: 'e', address: 'nope' }] },
    ]
    for (const config of [...configs, ...broken]) {
      expect(stripped.supportConfigSchema.safeParse(config)).toEqual(
        supportConfigSchema.safeParse(config),
      )
    }
  })
})

// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { upFrontOnly } from '../../../scripts/up-front-only.mjs'

/** What a page that imports `exports` from the package's entry downloads up front. */
async function upFront(exports: string): Promise<{ code: string; modules: string[] }> {
  const result = await build({
    stdin: {
      contents: `export { ${exports} } from './src/index'`,
      resolveDir: fileURLToPath(new URL('../../..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
    metafile: true,
    plugins: [upFrontOnly],
  })
  const [output] = Object.values(result.metafile.outputs)
  return {
    code: result.outputFiles[0]!.text,
    // The modules with code in the bundle (tree-shaken ones are listed with 0 bytes).
    modules: Object.entries(output!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  }
}

describe('<SupportHub> up front', () => {
  it('holds no config checker: no zod, no schema, no parser; it loads them on demand', async () => {
    const { code, modules } = await upFront('SupportHub')
    expect(modules.filter((path) => /node_modules\/zod\//.test(path))).toEqual([])
    expect(modules).not.toContain('src/config/schema.ts')
    expect(modules).not.toContain('src/config/parse.ts')
    expect(code).toMatch(/import\(["'][./]*config\/sections["']\)/)
  })

  it('holds no form, no catalog but English and no brand mark: each loads when a page needs it', async () => {
    const { modules } = await upFront('SupportHub')
    // A guard that the list is of real source paths, or the filters below would pass vacuously.
    expect(modules).toContain('src/components/SupportHub/SupportHub.tsx')
    expect(
      modules.filter((path) => /src\/components\/(TicketForm|RefundForm)\//.test(path)),
    ).toEqual([])
    expect(
      modules.filter((path) => /src\/i18n\/messages\//.test(path) && !path.endsWith('/en.json')),
    ).toEqual([])
    expect(modules.filter((path) => path.includes('src/components/icons/marks/'))).toEqual([])
  })

  it('with the parser imported too (raw JSON checked in the browser), zod is there', async () => {
    const { modules } = await upFront('SupportHub, parseSectionedConfig')
    expect(modules.some((path) => /node_modules\/zod\//.test(path))).toBe(true)
  })
})

/**
 * Part 1 of `npm run bench`: the bundle weight of the same 3-question FAQ with each library.
 *
 * One entry per library renders the 3 questions into #root with `createRoot`; esbuild bundles
 * it (bundle, minify, ESM, browser, `NODE_ENV=production`, react and react-dom external) and the
 * output is gzipped at level 9. Ours is `FaqAccordion` in `SupportHubProvider` from dist/index.js;
 * its stylesheet (dist/styles.css) is not in the JS and is reported beside it. Dynamic imports
 * stay imports (what a page loads later, such as the UI catalog of another language, is not in
 * the first download), as in `npm run size`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { upFrontOnly } from '../scripts/up-front-only.mjs'
import { faqItems } from './lib/faq-data.mjs'
import { LIBRARIES, assertBuilt, describe, modulePath, root } from './lib/libraries.mjs'
import { runPart } from './lib/part.mjs'
import { bytes } from './lib/stats.mjs'

const ITEMS = faqItems(3)

/** esbuild's bundle of one FAQ entry: minified bytes, gzip bytes, and the largest inputs. */
async function bundle(library) {
  const contents = [
    "import { createElement } from 'react'",
    "import { createRoot } from 'react-dom/client'",
    `import { Faq } from ${JSON.stringify(modulePath(library))}`,
    `const items = ${JSON.stringify(ITEMS)}`,
    "createRoot(document.getElementById('root')).render(createElement(Faq, { items }))",
  ].join('\n')
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: `${library.id}-entry.mjs` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [upFrontOnly],
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  })
  const code = result.outputFiles[0].contents
  const inputs = Object.values(result.metafile.outputs)[0].inputs
  const byPackage = new Map()
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
    const name = match ? match[1] : path
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput)
  }
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    largest: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8),
  }
}

export async function run() {
  assertBuilt()
  const measured = []
  for (const library of LIBRARIES.filter((l) => l.weight)) {
    const { versions: found, missing } = describe(library)
    const versions = missing.length > 0 ? 'not installed' : found
    if (missing.length > 0) {
      measured.push({ library, versions, error: `not installed (${missing.join(', ')})` })
      continue
    }
    try {
      measured.push({ library, versions, ...(await bundle(library)) })
    } catch (error) {
      measured.push({ library, versions, error: `failed: ${String(error.message).split('\n')[0]}` })
    }
  }
  const baseline = measured.find((m) => m.library.baseline && m.gzip !== undefined)
  const css = readFileSync(join(root, 'dist/styles.css'))
  const cssGzip = gzipSync(css, { level: 9 }).length
  const rows = measured.map((m) => [
    m.library.label,
    m.versions,
    m.error ?? bytes(m.minified),
    m.error ? '-' : bytes(m.gzip),
    m.error || !baseline ? '-' : `${(m.gzip / baseline.gzip).toFixed(2)}x`,
    m.library.ours
      ? `${bytes(cssGzip)} (dist/styles.css, not counted)`
      : m.library.id === 'mui'
        ? 'in the JS (Emotion)'
        : 'none (unstyled)',
  ])
  const ours = measured.find((m) => m.library.ours)
  const notes = []
  if (ours?.largest) {
    notes.push(
      `Largest inputs of ours (minified bytes, files of dist/ and packages): ${ours.largest
        .map(([name, size]) => `${name} ${bytes(size)}`)
        .join(', ')}.`,
    )
  }
  return {
    title: '1. Bundle weight, 3-question FAQ',
    method:
      'One entry per library renders the same 3 questions with `createRoot`; esbuild bundles it (bundle, minify, ESM, browser, `process.env.NODE_ENV` = production, `react` and `react-dom` external, dynamic imports left as imports: what loads later is not in the first download), gzip level 9. Ours imports `FaqAccordion` and `SupportHubProvider` from the built dist/index.js.',
    tables: [
      {
        head: ['FAQ', 'packages', 'JS minified', 'JS gzip', 'gzip vs bare Radix', 'stylesheet'],
        rows,
      },
    ],
    targets: [],
    notes,
    // For the side-by-side table of bench/run.mjs.
    byLibrary: Object.fromEntries(
      measured.map((m) => [
        m.library.id,
        {
          gzip: m.gzip ?? null,
          ratio: m.gzip !== undefined && baseline ? m.gzip / baseline.gzip : null,
          error: m.error ?? null,
        },
      ]),
    ),
  }
}

await runPart(import.meta.url, run)

/**
 * The FAQs compared by `npm run bench`: one module per library in bench/faqs/, each exporting
 * `Faq({ items })` that renders the same questions and answers the way the library's
 * documentation shows it. A library that is not installed is reported as such, not measured.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * `weight`: measured in part 1; `ssr`: in part 2. `baseline`: the ratios' denominator.
 * `packages`: what must be installed (versions are read from node_modules).
 */
export const LIBRARIES = [
  {
    id: 'radix',
    label: 'Radix Accordion (bare)',
    module: 'radix.mjs',
    packages: ['@radix-ui/react-accordion'],
    baseline: true,
    weight: true,
    ssr: true,
  },
  {
    id: 'radix-force-mount',
    label: 'Radix Accordion, `forceMount` answers',
    module: 'radix-force-mount.mjs',
    packages: ['@radix-ui/react-accordion'],
    weight: false,
    ssr: true,
  },
  {
    id: 'mui',
    label: 'MUI Accordion (Emotion)',
    module: 'mui.mjs',
    packages: ['@mui/material', '@emotion/react', '@emotion/styled'],
    weight: true,
    ssr: true,
  },
  {
    id: 'react-accessible-accordion',
    label: 'react-accessible-accordion',
    module: 'react-accessible-accordion.mjs',
    packages: ['react-accessible-accordion'],
    weight: true,
    ssr: true,
  },
  {
    id: 'szhsin',
    label: '@szhsin/react-accordion',
    module: 'szhsin.mjs',
    packages: ['@szhsin/react-accordion'],
    weight: true,
    ssr: true,
  },
  {
    id: 'ours',
    label: 'react-support-hub `FaqAccordion` in `SupportHubProvider`',
    module: 'ours.mjs',
    packages: [],
    ours: true,
    weight: true,
    ssr: true,
  },
  {
    id: 'ours-lean',
    label: 'react-support-hub `FaqAccordion`, `feedback` and `copyLink` off',
    module: 'ours-lean.mjs',
    packages: [],
    ours: true,
    weight: false,
    ssr: true,
  },
  {
    id: 'plain',
    label: 'plain `<details>`, no library (reference)',
    module: 'plain.mjs',
    packages: [],
    weight: true,
    ssr: true,
  },
]

/** The absolute path of a library's FAQ module. */
export const modulePath = (library) => join(root, 'bench/faqs', library.module)

/** The installed version of `name`, or undefined when it is not installed. */
export function installedVersion(name) {
  const file = join(root, 'node_modules', name, 'package.json')
  if (!existsSync(file)) return undefined
  return JSON.parse(readFileSync(file, 'utf8')).version
}

/** `name@version` of everything a library needs, and the names of the missing packages. */
export function describe(library) {
  if (library.ours) {
    const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    return { versions: `${own.name}@${own.version} (dist/)`, missing: [] }
  }
  const found = library.packages.map((name) => [name, installedVersion(name)])
  return {
    versions: found.map(([name, version]) => `${name}@${version ?? '-'}`).join(', ') || '-',
    missing: found.filter(([, version]) => version === undefined).map(([name]) => name),
  }
}

/** The built library must exist: the comparisons import it from dist/. */
export function assertBuilt() {
  if (!existsSync(join(root, 'dist/index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` first')
  }
}

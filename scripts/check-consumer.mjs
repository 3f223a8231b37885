// Builds examples/consumer, a host app, from the packed tarball as a product team would install it
// from npm, and opens the built page in Chromium. A broken export map, a type the package does not
// ship, or a chunk that fails to load in a host's bundle fails this check.
//
// Steps: npm pack (the dist/ of `npm run build`) into a temporary directory; copy the app and its
// seed config there, away from this repo's node_modules, src/ and dist/; npm install the tarball
// and the app's own dependencies; tsc --noEmit; vite build; serve the build and check the Greek
// support page in Chromium (headings, sections in config order, the stylesheet, an answer that
// opens, the ticket form that loads on demand, and no console error or warning).
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { chromium } from 'playwright'
import { chromiumArgs, findChromium, installHint } from '../test/chromium.mjs'
import { serve } from '../test/static-server.mjs'

const repo = resolve(import.meta.dirname, '..')
const source = join(repo, 'examples', 'consumer')
const seedName = '004-el-company-faq.json'
const started = Date.now()
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

/** Runs a command; its output is shown only when it fails. */
function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } })
  if (result.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${result.stdout}${result.stderr}`,
    )
  return result.stdout
}

if (!existsSync(join(repo, 'dist', 'index.js')))
  throw new Error('dist/ is missing: run npm run build first')
const executablePath = findChromium()
if (!executablePath) throw new Error(installHint)

const dir = mkdtempSync(join(tmpdir(), 'rsh-consumer-'))
try {
  // 1. The tarball npm would publish.
  const [pack] = JSON.parse(
    run('npm', ['pack', '--json', '--silent', '--pack-destination', dir], repo),
  )
  const tarball = join(dir, pack.filename)
  log(`packed ${pack.filename} (${pack.files.length} files)`)

  // 2. The app and its seed, in the same layout as in the repo (examples/consumer, examples/*.json).
  const app = join(dir, 'examples', 'consumer')
  cpSync(source, app, {
    recursive: true,
    filter: (path) => !/(^|[\\/])(node_modules|dist|package-lock\.json|[^\\/]*\.tgz)$/.test(path),
  })
  cpSync(join(repo, 'examples', seedName), join(dir, 'examples', seedName))
  checkImports(app)
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
  manifest.dependencies['react-support-hub'] = `file:${relative(app, tarball).split(sep).join('/')}`
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)

  // 3. Install as a host does: the tarball and the registry, nothing linked from this repo.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app)
  const installed = join(app, 'node_modules', 'react-support-hub')
  if (lstatSync(installed).isSymbolicLink() || existsSync(join(installed, 'src')))
    throw new Error(`${installed} is not the unpacked tarball`)
  const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version
  log(`installed react-support-hub ${version} from the tarball, and the app's dependencies`)

  // 4. Types and the production build, with the app's own TypeScript and Vite.
  run(join(app, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.json'], app)
  log('tsc --noEmit: the package types resolve and check (skipLibCheck off)')
  run(join(app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], app)
  const assets = readdirSync(join(app, 'dist', 'assets'))
  log(
    `vite build: ${assets.length} assets (${assets.filter((f) => f.endsWith('.css')).length} CSS)`,
  )

  // 5. The built page in Chromium.
  await checkPage(
    join(app, 'dist'),
    JSON.parse(readFileSync(join(repo, 'examples', seedName), 'utf8')),
  )
  log('check:consumer passed')
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/**
 * The app may import only its declared packages and the seed config beside it: a relative path
 * into the repo's src/ or dist/ would test the source instead of the package.
 */
function checkImports(app) {
  const { dependencies, devDependencies } = JSON.parse(
    readFileSync(join(app, 'package.json'), 'utf8'),
  )
  const packages = new Set([...Object.keys(dependencies), ...Object.keys(devDependencies)])
  const files = readdirSync(join(app, 'src'), { recursive: true }).map((f) => join('src', f))
  for (const file of [...files.filter((f) => /\.[cm]?[jt]sx?$/.test(f)), 'vite.config.ts']) {
    const text = readFileSync(join(app, file), 'utf8')
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0]
      const ok = specifier.startsWith('.')
        ? /^\.\.\/\.\.\/[\w-]+\.json$/.test(specifier)
        : packages.has(name) || specifier.startsWith('node:')
      if (!ok)
        throw new Error(
          `examples/consumer/${file} imports '${specifier}': only its packages and the seed config`,
        )
    }
  }
}

/**
 * What a reader of the built app sees: the Greek title and every section of the config in its
 * order, styled by the package's stylesheet; an answer opens; the ticket form, a separate chunk,
 * loads when asked for; nothing is written to the console as an error or a warning.
 */
async function checkPage(root, seed) {
  const catalog = JSON.parse(readFileSync(join(repo, 'src', 'i18n', 'messages', 'el.json'), 'utf8'))
  const title = catalog['hub.title'].replace('{brand}', seed.brand.name)
  const headings = seed.sections.map((section) =>
    section === 'ticket' || section === 'refund'
      ? seed.forms[section].title
      : catalog[`hub.section.${section}`],
  )
  const firstQuestion = seed.faq.categories[0].items[0].question

  const server = await serve({ root })
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  const problems = []
  try {
    // An English browser: the config's own locale decides the page's language.
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Athens' })
    // The seed's logo is on an unresolvable *.example host: answer it, and refuse anything else
    // outside the app, so the page is checked offline and any stray request is reported.
    await context.route(
      (url) => url.origin !== server.url,
      (route) => {
        const url = route.request().url()
        if (url === seed.brand.logo)
          return route.fulfill({
            contentType: 'image/svg+xml',
            body: '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="#1d4ed8"/></svg>',
          })
        problems.push(`request outside the app: ${url}`)
        return route.abort()
      },
    )
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console.${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
    page.on('requestfailed', (request) => {
      if (request.url() !== seed.brand.logo)
        problems.push(`failed to load ${request.url()}: ${request.failure()?.errorText}`)
    })
    page.setDefaultTimeout(15_000)
    await page.goto(`${server.url}/`)

    const h1 = page.getByRole('heading', { level: 1 })
    await h1.waitFor()
    const shown = {
      title: (await h1.textContent())?.trim(),
      lang: await page.locator('.rsh-root').first().getAttribute('lang'),
      sections: await page
        .locator('section[data-part="hub-section"]')
        .evaluateAll((sections) =>
          sections.map((s) => [s.dataset.section, s.querySelector('h2')?.textContent?.trim()]),
        ),
      measure: await page
        .locator('.rsh-root')
        .first()
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--rsh-measure').trim()),
    }
    const expected = {
      title,
      lang: 'el',
      sections: seed.sections.map((section, i) => [section, headings[i]]),
      // A token only react-support-hub/styles.css defines: the stylesheet is in the build.
      measure: '70ch',
    }
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      throw new Error(
        `the built app does not show the support page:\n  expected ${JSON.stringify(expected)}\n  shown    ${JSON.stringify(shown)}`,
      )
    log(`Chromium: "${title}", ${headings.length} sections in order: ${headings.join(', ')}`)

    const question = page.getByRole('button', { name: firstQuestion, exact: true })
    await question.click()
    const answerId = await question.getAttribute('aria-controls')
    if ((await question.getAttribute('aria-expanded')) !== 'true' || !answerId)
      throw new Error(`"${firstQuestion}" does not open when clicked`)
    await page.locator(`[id="${answerId}"]`).waitFor({ state: 'visible' })

    await page
      .locator('#ticket')
      .getByRole('button', { name: catalog['channels.action.ticket'], exact: true })
      .click()
    await page.locator('#ticket form').waitFor({ state: 'visible' })
    log('Chromium: an answer opens; the ticket form loads its chunk when opened')
  } finally {
    await browser.close()
    await server.close()
  }
  if (problems.length)
    throw new Error(`the built app reported problems:\n  ${problems.join('\n  ')}`)
}

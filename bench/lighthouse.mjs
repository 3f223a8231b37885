/**
 * Part 5 of `npm run bench`: Lighthouse on the built demo page (`npm run build:demo` writes
 * demo/dist), `?config=004`, the full Greek support page.
 *
 * demo/dist is served by a static node:http server on 127.0.0.1 (gzip, long cache for the
 * hashed assets). chrome-launcher starts the system Chromium (headless, no sandbox), and the
 * `lighthouse` package audits the page through its debugging port: the default (mobile,
 * simulated throttling) several times, the reported run being the median of the performance
 * scores (Lighthouse's own advice for variance), and once with the desktop preset.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { chromiumArgs, findChromium, installHint } from '../test/chromium.mjs'
import { root } from './lib/libraries.mjs'
import { runPart } from './lib/part.mjs'
import { serve } from '../test/static-server.mjs'

const PAGE = '/index.html?config=004'
const MOBILE_RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }

const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)

/** The audits of a category that lost points, as "title (score)". */
function failing(lhr, id) {
  return lhr.categories[id].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.title} (${Math.round(audit.score * 100)})`)
}

const metric = (lhr, id) => lhr.audits[id]?.displayValue ?? '-'

export async function run() {
  const dist = join(root, 'demo/dist')
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('demo/dist/index.html is missing: run `npm run build:demo` first')
  }
  const chromePath = findChromium()
  if (!chromePath) throw new Error(installHint)
  const server = await serve({ root: dist })
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  })
  try {
    const url = `${server.url}${PAGE}`
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    }
    const mobile = []
    for (let i = 0; i < MOBILE_RUNS; i++) {
      const result = await lighthouse(url, flags)
      if (!result) throw new Error('Lighthouse returned no result')
      if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message)
      mobile.push(result.lhr)
    }
    const desktopResult = await lighthouse(url, flags, desktopConfig)
    if (!desktopResult) throw new Error('Lighthouse returned no result')
    const desktop = desktopResult.lhr
    const sorted = [...mobile].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
    const median = sorted[Math.floor(sorted.length / 2)]
    const row = (label, lhr) => [
      label,
      ...CATEGORIES.map((id) => String(score(lhr, id))),
      metric(lhr, 'first-contentful-paint'),
      metric(lhr, 'largest-contentful-paint'),
      metric(lhr, 'total-blocking-time'),
      metric(lhr, 'cumulative-layout-shift'),
    ]
    const notes = []
    for (const id of CATEGORIES) {
      const lost = failing(median, id)
      if (lost.length > 0) notes.push(`Mobile, ${id}: points lost on ${lost.join('; ')}.`)
    }
    const consoleErrors = median.audits['errors-in-console']?.details?.items ?? []
    for (const item of consoleErrors) {
      notes.push(
        `Console error on the page: ${item.source}: ${String(item.description).split('\n')[0]}${item.sourceLocation?.url ? ` (${item.sourceLocation.url})` : ''}.`,
      )
    }
    const desktopLost = failing(desktop, 'performance')
    if (desktopLost.length > 0) {
      notes.push(`Desktop, performance: points lost on ${desktopLost.join('; ')}.`)
    }
    return {
      title: '5. Lighthouse, demo page',
      method: `Lighthouse ${median.lighthouseVersion} on demo/dist${PAGE} (the full Greek page of the demo, \`npm run build:demo\`), served from 127.0.0.1 by a static node:http server (gzip); the system Chromium started by chrome-launcher (headless). Mobile is Lighthouse's default (emulated phone, simulated slow 4G and 4x CPU slowdown): ${MOBILE_RUNS} runs, the run with the median performance score shown; performance scores of all runs: ${mobile.map((lhr) => score(lhr, 'performance')).join(', ')}. Desktop: the desktop preset, one run.`,
      tables: [
        {
          head: [
            'run',
            'performance',
            'accessibility',
            'best practices',
            'SEO',
            'FCP',
            'LCP',
            'TBT',
            'CLS',
          ],
          rows: [row('mobile (median run)', median), row('desktop', desktop)],
        },
      ],
      targets: CATEGORIES.map((id) => ({
        label: `Lighthouse ${id === 'best-practices' ? 'best practices' : id === 'seo' ? 'SEO' : id} (mobile)`,
        value: String(score(median, id)),
        target: `>= ${TARGETS[id]}`,
        met: score(median, id) >= TARGETS[id],
      })),
      notes,
    }
  } finally {
    chrome.kill()
    await server.close()
  }
}

await runPart(import.meta.url, run)

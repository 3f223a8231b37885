/**
 * Part 4 of `npm run bench`: interaction latency in Chromium (Playwright) on a page with the
 * whole FAQ (<Faq> in <SupportHubProvider>: search box, category tabs, accordion) over 2,000
 * questions, built from dist/ with esbuild (React's production build bundled in) and the
 * library's dist/styles.css, served from 127.0.0.1.
 *
 * Measured inside the page with performance.now(): from a synthetic `input` event in the search
 * box (value set, then the event dispatched) to the updated results (a MutationObserver sees
 * React's commit; then a forced style and layout), and on to the next frame (the next
 * requestAnimationFrame, then a task after it, about when the frame is painted). Likewise from a
 * `click()` on a question to its answer region shown (no `hidden`, `checkVisibility()`).
 */
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { chromiumArgs, findChromium, installHint } from '../test/chromium.mjs'
import { SEARCH_WORDS } from './lib/faq-data.mjs'
import { assertBuilt, root } from './lib/libraries.mjs'
import { runPart } from './lib/part.mjs'
import { serve } from '../test/static-server.mjs'
import { median, ms, quantile } from './lib/stats.mjs'

const ITEMS = 2000
const WORD_RUNS = 30
const WARM_UP_WORDS = 3
const CLICK_RUNS = 40
const KEY_GAP_MS = 80
const TARGET_MS = 16

async function pageFiles() {
  const result = await build({
    entryPoints: [join(root, 'bench/pages/faq-page.mjs')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  })
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>FAQ benchmark page</title>
    <link rel="stylesheet" href="/styles.css" />
  </head>
  <body>
    <main><h1>Help centre</h1><div id="root"></div></main>
    <script type="module" src="/page.js"></script>
  </body>
</html>
`
  return {
    '/index.html': html,
    '/page.js': result.outputFiles[0].contents,
    '/styles.css': readFileSync(join(root, 'dist/styles.css')),
  }
}

/** Installs `window.__bench` in the page: the timed actions. Runs in the browser. */
function installHelpers() {
  const search = () => document.querySelector('[data-part="faq-search"]')
  const input = () => search().querySelector('input')
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set

  /** Times `action` until `ready()` holds after a DOM change inside `target`. */
  function measure(target, action, ready) {
    return new Promise((resolve) => {
      let start = 0
      let done = false
      const finish = () => {
        if (done || !ready()) return
        done = true
        observer.disconnect()
        clearTimeout(timer)
        void document.body.offsetHeight // style and layout, now
        const laidOut = performance.now() - start
        requestAnimationFrame(() => {
          const frame = performance.now() - start
          const channel = new MessageChannel()
          channel.port1.onmessage = () =>
            resolve({ laidOut, frame, painted: performance.now() - start })
          channel.port2.postMessage(null)
        })
      }
      const observer = new MutationObserver(finish)
      observer.observe(target, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      })
      const timer = setTimeout(() => {
        if (done) return
        done = true
        observer.disconnect()
        resolve(null)
      }, 5000)
      start = performance.now()
      action()
    })
  }

  window.__bench = {
    count: () => document.querySelectorAll('[data-part="faq-trigger"]').length,
    /** Types `query` into the search box (the whole value, as one keystroke changes it). */
    type(query) {
      const box = input()
      // A reader's keystroke lands in a focused box: focus first (outside the timing), as a
      // click or Tab would.
      if (document.activeElement !== box) box.focus()
      return measure(
        search(),
        () => {
          setValue.call(box, query)
          box.dispatchEvent(new Event('input', { bubbles: true }))
        },
        () =>
          query.trim() === ''
            ? search().querySelector('[data-part="faq-search-count"]') === null &&
              search().querySelector('[role="tablist"]') !== null
            : search().querySelector('[data-part="faq-search-count"]') !== null,
      )
    },
    /** Clicks the `index`th question and times it until its answer shows. */
    async open(index) {
      const button = document.querySelectorAll('[data-part="faq-trigger"]')[index]
      const answer = document.getElementById(button.getAttribute('aria-controls'))
      button.scrollIntoView({ block: 'center' })
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      return measure(
        search(),
        () => button.click(),
        () => !answer.hasAttribute('hidden') && answer.checkVisibility(),
      )
    },
    /** Closes the `index`th question again (not timed). */
    close(index) {
      const button = document.querySelectorAll('[data-part="faq-trigger"]')[index]
      const answer = document.getElementById(button.getAttribute('aria-controls'))
      return measure(
        search(),
        () => button.click(),
        () => answer.hasAttribute('hidden'),
      )
    },
  }
}

function summary(label, samples, note) {
  const kept = samples.filter(Boolean)
  const laidOut = kept.map((s) => s.laidOut)
  const painted = kept.map((s) => s.painted)
  return {
    label,
    kept,
    laidOut,
    row: [
      label,
      `${kept.length}${kept.length < samples.length ? ` (${samples.length - kept.length} timed out)` : ''}`,
      ms(median(laidOut)),
      ms(quantile(laidOut, 0.95)),
      ms(median(painted)),
      ms(quantile(painted, 0.95)),
      note,
    ],
  }
}

export async function run() {
  assertBuilt()
  const executablePath = findChromium()
  if (!executablePath) throw new Error(installHint)
  const server = await serve({ files: await pageFiles() })
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${server.url}/`)
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-part="faq-trigger"]').length === count,
      ITEMS,
      { timeout: 30000 },
    )
    await page.evaluate(installHelpers)
    const type = (query) => page.evaluate((q) => window.__bench.type(q), query)
    const closedAnswer = await page.evaluate(() =>
      document
        .querySelector('[data-part="faq-answer"][data-state="closed"]')
        ?.getAttribute('hidden'),
    )
    const heading = () =>
      page.evaluate(
        () => document.querySelector('[data-part="faq-search-count"]')?.textContent ?? '',
      )
    const firstHeadings = new Map()

    const first = []
    const next = []
    const clear = []
    for (let run = 0; run < WARM_UP_WORDS + WORD_RUNS; run++) {
      const word = SEARCH_WORDS[run % SEARCH_WORDS.length]
      const keep = run >= WARM_UP_WORDS
      for (let n = 1; n <= word.length; n++) {
        const sample = await type(word.slice(0, n))
        if (keep) (n === 1 ? first : next).push(sample)
        if (keep && n === 1) {
          const text = await heading()
          firstHeadings.set(text, (firstHeadings.get(text) ?? 0) + 1)
        }
        await page.waitForTimeout(KEY_GAP_MS)
      }
      const sample = await type('')
      if (keep) clear.push(sample)
      await page.waitForTimeout(KEY_GAP_MS)
    }

    const clicks = []
    for (let run = 0; run < 3 + CLICK_RUNS; run++) {
      const index = Math.floor(((run * 7919) % ITEMS) + 0) % ITEMS
      const sample = await page.evaluate((i) => window.__bench.open(i), index)
      if (run >= 3) clicks.push(sample)
      await page.evaluate((i) => window.__bench.close(i), index)
      await page.waitForTimeout(KEY_GAP_MS)
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)

    const rows = [
      summary(
        'keystroke while searching → results',
        next,
        'query grows by a letter; the ≤ 20 results re-render',
      ),
      summary(
        'first keystroke → results',
        first,
        `search starts: the list replaced by the results (the index of ${ITEMS} questions was built when the box got focus)`,
      ),
      summary(
        'clearing the search → all questions',
        clear,
        `${ITEMS} questions shown again (kept mounted while searching)`,
      ),
      summary(
        'click on a question → answer shown',
        clicks,
        'questions all over the list; the 180 ms opening animation follows',
      ),
    ]
    const [typing, firstKey, , click] = rows
    const version = browser.version()
    return {
      title: `4. In Chromium: FAQ search and accordion, ${ITEMS.toLocaleString('en-US')} questions`,
      method: `Chromium ${version}, headless, 1280×800, no CPU throttling; Playwright drives it, the times are taken inside the page with \`performance.now()\`. The page renders \`<SupportHubProvider><Faq faq={${ITEMS} questions in 10 categories}/></SupportHubProvider>\` from dist/ plus dist/styles.css (esbuild bundle, React production build). Typing: ${WORD_RUNS} words typed a letter at a time (${KEY_GAP_MS} ms apart, ${WARM_UP_WORDS} more words first as warm-up), then the box cleared; the box is focused first (outside the timing, as a click or Tab would), and each keystroke sets the value and dispatches an \`input\` event. Clicks: ${CLICK_RUNS} questions (after 3 warm-up clicks), each closed again before the next. "Results laid out": until a MutationObserver sees React's commit and a forced style and layout returns; "next frame": until the following requestAnimationFrame and a task after it (about when it is painted; includes waiting for the frame).`,
      tables: [
        {
          head: [
            'interaction',
            'samples',
            'laid out, median',
            'laid out, p95',
            'next frame, median',
            'next frame, p95',
            'what happens',
          ],
          rows: rows.map((r) => r.row),
        },
      ],
      targets: [
        {
          label: 'Keystroke → results while searching (median, laid out)',
          value: `${ms(median(typing.laidOut))} (p95 ${ms(quantile(typing.laidOut, 0.95))})`,
          target: `<= ${TARGET_MS} ms`,
          met: median(typing.laidOut) <= TARGET_MS,
        },
        {
          label: 'First keystroke → results (median, laid out)',
          value: `${ms(median(firstKey.laidOut))} (p95 ${ms(quantile(firstKey.laidOut, 0.95))})`,
          target: `<= ${TARGET_MS} ms`,
          met: median(firstKey.laidOut) <= TARGET_MS,
        },
        {
          label: 'Click → answer shown (median, laid out)',
          value: `${ms(median(click.laidOut))} (p95 ${ms(quantile(click.laidOut, 0.95))})`,
          target: 'none set',
          met: null,
        },
      ],
      notes: [
        `Results heading after the first keystroke (one letter): ${[...firstHeadings]
          .map(([text, count]) => `"${text}" ${count}×`)
          .join(', ')}.`,
        `Closed answers in the page once hydrated: ${closedAnswer === null || closedAnswer === undefined ? 'no `hidden` attribute' : `hidden="${closedAnswer}"`}.`,
      ],
      chromium: version,
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

await runPart(import.meta.url, run)

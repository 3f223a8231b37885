/**
 * Part 2 of `npm run bench`: server render of a 1,000-question FAQ with each library.
 *
 * `renderToString` in Node with React's production build (`NODE_ENV=production`; set here
 * before React loads). After warm-up renders, every round renders each library once, in a new
 * random order each round, so drift and garbage collection spread over all of them; the figure
 * is the median per library, also as a ratio to bare Radix. Each library's HTML is searched for
 * the 1,000 answer texts, and for how a closed answer is hidden.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { LIBRARIES, assertBuilt, describe, modulePath } from './lib/libraries.mjs'
import { runPart } from './lib/part.mjs'
import { bytes, median, ms, quantile, shuffle } from './lib/stats.mjs'
import { faqItems } from './lib/faq-data.mjs'

process.env.NODE_ENV = 'production'

const ITEMS = 1000
const WARM_UP = 5
const ROUNDS = 30
const TARGET_RATIO = 1.2

const VOID = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
])

/** The open elements around position `at` of `html`, outermost first: `{ name, attributes }`. */
function ancestorsAt(html, at) {
  const stack = []
  const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g
  for (let match = tag.exec(html); match && match.index < at; match = tag.exec(html)) {
    const [, closing, name, attributes] = match
    if (closing) {
      const open = stack.map((element) => element.name).lastIndexOf(name)
      if (open >= 0) stack.length = open
    } else if (!VOID.has(name.toLowerCase()) && !attributes.endsWith('/')) {
      stack.push({ name, attributes })
    }
  }
  return stack
}

/** How the first (closed) answer is kept out of view: what its nearest 6 ancestors carry. */
function hiddenBy(html, answer) {
  const at = html.indexOf(answer)
  if (at < 0) return '-'
  const found = new Set()
  for (const { attributes } of ancestorsAt(html, at).slice(-6)) {
    const hidden = /(?:^|\s)hidden(?:="([^"]*)")?(?=[\s/]|$)/.exec(attributes)
    if (hidden) found.add(hidden[1] ? `hidden="${hidden[1]}"` : '`hidden`')
    const style = /\sstyle="([^"]*)"/.exec(attributes)?.[1] ?? ''
    for (const rule of style.match(/display:\s*none|visibility:\s*hidden|(?:^|;)\s*height:\s*0/g) ??
      []) {
      found.add(`style ${rule.replace(/^;\s*/, '')}`)
    }
    const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1] ?? ''
    for (const name of classes.split(/\s+/).filter((c) => /hidden|collapsed/i.test(c))) {
      found.add(`class ${name}`)
    }
  }
  return found.size > 0 ? [...found].join(', ') : 'nothing (shown unless CSS hides it)'
}

/** A full garbage collection before each timed render, so no render pays for another's garbage. */
function collector() {
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc')
}

export async function run() {
  assertBuilt()
  const { createElement } = await import('react')
  const { renderToString } = await import('react-dom/server')
  const items = faqItems(ITEMS)
  const entries = []
  for (const library of LIBRARIES.filter((l) => l.ssr)) {
    const { versions: found, missing } = describe(library)
    const versions = missing.length > 0 ? 'not installed' : found
    const entry = { library, versions, times: [] }
    entries.push(entry)
    if (missing.length > 0) {
      entry.error = `not installed (${missing.join(', ')})`
      continue
    }
    try {
      const { Faq } = await import(modulePath(library))
      entry.render = () => renderToString(createElement(Faq, { items }))
      const html = entry.render()
      entry.html = html.length
      entry.answers = items.filter((item) => html.includes(item.answer)).length
      entry.hiddenBy = hiddenBy(html, items[0].answer)
    } catch (error) {
      entry.error = `failed: ${String(error.message).split('\n')[0]}`
    }
  }
  const live = entries.filter((e) => e.render && !e.error)
  const gc = collector()
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    for (const entry of shuffle([...live])) {
      gc()
      const start = performance.now()
      entry.render()
      const time = performance.now() - start
      if (round >= WARM_UP) entry.times.push(time)
    }
  }
  const baseline = live.find((e) => e.library.baseline)
  const base = baseline ? median(baseline.times) : Number.NaN
  const rows = entries.map((e) => {
    if (e.error) return [e.library.label, e.versions, e.error, '-', '-', '-', '-', '-']
    const m = median(e.times)
    return [
      e.library.label,
      e.versions,
      ms(m),
      ms(quantile(e.times, 0.95)),
      baseline ? `${(m / base).toFixed(2)}x` : '-',
      bytes(e.html),
      `${e.answers === ITEMS ? 'yes' : e.answers === 0 ? 'no' : 'partly'} (${e.answers}/${ITEMS})`,
      e.hiddenBy,
    ]
  })
  const ours = live.find((e) => e.library.id === 'ours')
  const oursRatio = ours && baseline ? median(ours.times) / base : Number.NaN
  return {
    title: '2. Server render, 1,000-question FAQ',
    method: `\`renderToString\` (react-dom/server, production build) in Node ${process.version}. ${WARM_UP} warm-up rounds, then ${ROUNDS} rounds; each round renders every FAQ once, in a new random order, after a full garbage collection. Median and p95 of the ${ROUNDS} renders; ratio of medians to bare Radix. "Answers in HTML": how many of the 1,000 answer texts the HTML contains; "closed answer": what hides the first (closed) answer, from the attributes of its 6 nearest elements in the HTML.`,
    tables: [
      {
        head: [
          'FAQ',
          'packages',
          'median',
          'p95',
          'vs bare Radix',
          'HTML',
          'answers in HTML',
          'closed answer',
        ],
        rows,
      },
    ],
    targets: ours
      ? [
          {
            label: 'SSR, ours vs bare Radix (median)',
            value: `${oursRatio.toFixed(2)}x (${ms(median(ours.times))} vs ${ms(base)})`,
            target: `<= ${TARGET_RATIO}x`,
            met: oursRatio <= TARGET_RATIO,
          },
          {
            label: 'SSR, answers in our HTML',
            value: `${ours.answers}/${ITEMS}`,
            target: 'all',
            met: ours.answers === ITEMS,
          },
        ]
      : [
          {
            label: 'SSR, ours vs bare Radix (median)',
            value: entries.find((e) => e.library.id === 'ours')?.error ?? 'not measured',
            target: `<= ${TARGET_RATIO}x`,
            met: false,
          },
        ],
    notes:
      ours?.hiddenBy === '`hidden`'
        ? [
            'Ours: the server HTML hides closed answers with plain `hidden`; in the browser they become `hidden="until-found"` once hydrated (part 4 checks it), so find-in-page reaches them from then on.',
          ]
        : [],
    // For the side-by-side table of bench/run.mjs.
    byLibrary: Object.fromEntries(
      entries.map((e) => [
        e.library.id,
        e.error
          ? { error: e.error }
          : {
              median: median(e.times),
              ratio: baseline ? median(e.times) / base : null,
              answers: e.answers,
              items: ITEMS,
              hiddenBy: e.hiddenBy,
            },
      ]),
    ),
  }
}

await runPart(import.meta.url, run)

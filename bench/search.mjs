/**
 * FAQ search benchmark: `npm run bench:search`.
 *
 * Builds a synthetic FAQ of 5,000 items in the languages of the test fixtures (Greek, German,
 * Korean, Spanish, English, Arabic), then measures the index build (median of several runs
 * after warm-up) and the query latency (median and p95 over many different queries: whole
 * words, prefixes, typos, words typed without accents, parts of compounds, several words).
 * Also reports the gzip weight of the search module bundled alone, and MiniSearch's figures on
 * the same FAQ and queries for comparison.
 *
 * Fails (exit code 1) when the build takes more than 150 ms or the median query more than 2 ms.
 * The source is TypeScript, so it is bundled with esbuild first; the numbers are for Node.
 * It is also part 3 of `npm run bench` (bench/run.mjs starts it with `--json <file>`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import MiniSearch from 'minisearch'
import { random } from './lib/faq-data.mjs'
import { root } from './lib/libraries.mjs'
import { runPart } from './lib/part.mjs'
import { median, ms as msOf, quantile } from './lib/stats.mjs'

const entry = join(root, 'src/core/search/index.ts')

const BUDGET = { buildMs: 150, queryMedianMs: 2 }
const ITEMS = 5000
const BUILD_RUNS = 9
const WARM_UP_RUNS = 3
const QUERIES = 2000

const FIXTURES = [
  'test/fixtures/faq-el-000.json',
  'test/fixtures/faq-el-004.json',
  'test/fixtures/search/faq-de-001.json',
  'test/fixtures/search/faq-ko-002.json',
  'test/fixtures/search/faq-es-003.json',
  'test/fixtures/faq-en.json',
  'test/fixtures/faq-ar.json',
]

const rand = random(20250423)
const pick = (list) => list[Math.floor(rand() * list.length)]

function text(value, locale) {
  if (typeof value === 'string') return value
  return value[locale] ?? Object.values(value)[0]
}

/** The fixture items, as plain strings, with the words of each language for variations. */
function loadSources() {
  const items = []
  const wordsByLocale = new Map()
  for (const file of FIXTURES) {
    const config = JSON.parse(readFileSync(join(root, file), 'utf8'))
    const locale = config.locale
    const words = wordsByLocale.get(locale) ?? new Set()
    wordsByLocale.set(locale, words)
    for (const category of config.faq.categories) {
      for (const item of category.items) {
        const source = {
          locale,
          question: text(item.question, locale),
          answer: text(item.answer, locale),
          tags: (item.tags ?? []).map((tag) => text(tag, locale)),
        }
        items.push(source)
        for (const word of `${source.question} ${source.answer}`.match(/[\p{L}]{3,}/gu) ?? []) {
          words.add(word)
        }
      }
    }
  }
  return { items, wordsByLocale: new Map([...wordsByLocale].map(([k, v]) => [k, [...v]])) }
}

/**
 * 5,000 items made from the fixture items: words of the question swapped for other words of
 * the same language, the sentences of the answer shuffled and one of them swapped for a
 * sentence of another answer half of the time (answers stay about as long as the fixtures'
 * ones, 410 characters on average), and about one word in eight replaced by a made-up word (two words of the language run together, like a compound or
 * an inflection), so the vocabulary grows with the FAQ the way a real one does (Heaps' law:
 * some tens of thousands of distinct words for 300,000 words of text in six languages).
 */
function syntheticFaq({ items, wordsByLocale }) {
  const sentencesByLocale = new Map()
  for (const item of items) {
    const list = sentencesByLocale.get(item.locale) ?? []
    list.push(...item.answer.split(/(?<=[.!?;。])\s+/))
    sentencesByLocale.set(item.locale, list)
  }
  const madeUp = (words) =>
    `${pick(words)}${pick(words)
      .toLowerCase()
      .slice(1 + Math.floor(rand() * 3))}`
  const vary = (text, words, rate) =>
    text.replace(/[\p{L}]{3,}/gu, (word) => (rand() < rate ? madeUp(words) : word))
  const categories = []
  let n = 0
  while (n < ITEMS) {
    const size = Math.min(ITEMS - n, 10 + Math.floor(rand() * 40))
    const categoryItems = []
    for (let i = 0; i < size; i++, n++) {
      const source = pick(items)
      const words = wordsByLocale.get(source.locale)
      const sentences = sentencesByLocale.get(source.locale)
      const question = source.question
        .split(' ')
        .map((word) => (rand() < 0.25 ? pick(words) : word))
        .join(' ')
      const own = source.answer.split(/(?<=[.!?;。])\s+/).sort(() => rand() - 0.5)
      if (rand() < 0.5) own[Math.floor(rand() * own.length)] = pick(sentences)
      categoryItems.push({
        id: `item-${n}`,
        question: rand() < 0.5 ? `${question} (${madeUp(words)})` : question,
        answer: vary(own.join(' '), words, 0.12),
        tags: [...source.tags, pick(words)],
      })
    }
    categories.push({
      id: `category-${categories.length}`,
      title: 'Category',
      items: categoryItems,
    })
  }
  return { categories }
}

/** Queries of every kind, taken from the synthetic FAQ's own questions. */
function queries(faq) {
  const all = faq.categories.flatMap((category) => category.items)
  const kinds = ['word', 'prefix', 'typo', 'no-accents', 'compound part', 'two words', 'phrase']
  const list = []
  while (list.length < QUERIES) {
    const item = pick(all)
    const words = item.question.match(/[\p{L}\p{N}]+/gu) ?? []
    const long = words.filter((word) => [...word].length >= 5)
    const kind = kinds[list.length % kinds.length]
    const word = pick(long.length > 0 ? long : words)
    if (word === undefined) continue
    const chars = [...word]
    let query
    switch (kind) {
      case 'word':
        query = word
        break
      case 'prefix':
        query = chars.slice(0, 2 + Math.floor(rand() * 4)).join('')
        break
      case 'typo': {
        const at = 1 + Math.floor(rand() * (chars.length - 2))
        query = [...chars.slice(0, at), chars[at + 1], chars[at], ...chars.slice(at + 2)].join('')
        break
      }
      case 'no-accents':
        query = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        break
      case 'compound part':
        query = chars
          .slice(Math.min(3, chars.length - 4))
          .join('')
          .slice(0, 7)
        break
      case 'two words': {
        const start = Math.floor(rand() * Math.max(1, words.length - 1))
        query = words.slice(start, start + 2).join(' ')
        break
      }
      default: {
        const start = Math.floor(rand() * Math.max(1, words.length - 2))
        query = words.slice(start, start + 3).join(' ')
      }
    }
    list.push({ kind, query })
  }
  return list
}

// Queries take fractions of a millisecond: a third decimal tells them apart.
const ms = (value) => msOf(value, 3)

/** The gzip size of `entry` (or of `contents`, resolved from the project), bundled and minified. */
async function gzipWeight(options) {
  const result = await build({
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    ...options,
  })
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length
}

/** Median build time of `create` over `runs` runs after `warmUp` runs, and the last result. */
function timeBuilds(create, runs, warmUp) {
  const times = []
  let result
  for (let run = 0; run < warmUp + runs; run++) {
    result = undefined
    const start = performance.now()
    result = create()
    const time = performance.now() - start
    if (run >= warmUp) times.push(time)
  }
  return { times, result }
}

/** The latency of each query, measured after one warm-up pass. */
function timeQueries(list, search) {
  for (const { query } of list) search(query)
  return list.map(({ query }) => {
    const start = performance.now()
    search(query)
    return performance.now() - start
  })
}

/** Everything `npm run bench:search` measures: the printed rows, and the figures with budgets. */
async function measure() {
  const dir = mkdtempSync(join(tmpdir(), 'rsh-bench-'))
  let search
  try {
    const file = join(dir, 'search.mjs')
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    })
    writeFileSync(file, result.outputFiles[0].contents)
    search = await import(pathToFileURL(file).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  const faq = syntheticFaq(loadSources())
  const locale = 'de'

  // This library: the builds first, on a quiet heap.
  const built = timeBuilds(() => search.createFaqIndex(faq, { locale }), BUILD_RUNS, WARM_UP_RUNS)
  const index = built.result
  const fresh = search.createFaqIndex(faq, { locale })
  const firstStart = performance.now()
  fresh.search('erstatt')
  const firstQuery = performance.now() - firstStart
  const list = queries(faq)
  const times = timeQueries(list, (query) => index.search(query))
  const limited = timeQueries(list, (query) => index.search(query, { limit: 20 }))
  const found = list.filter(({ query }) => index.search(query).length > 0).length
  const byKind = new Map()
  list.forEach(({ kind }, i) => byKind.set(kind, [...(byKind.get(kind) ?? []), times[i]]))

  const items = faq.categories.flatMap((category) => category.items)
  const words = new Set()
  for (const item of items) {
    for (const word of `${item.question} ${item.answer}`.match(/[\p{L}\p{N}]+/gu) ?? []) {
      words.add(word.toLowerCase())
    }
  }
  const characters = items.reduce((sum, item) => sum + item.question.length + item.answer.length, 0)

  // MiniSearch 7.2 with its own tokenizer, for comparison (no budget applies).
  const documents = items.map((item, id) => ({
    id,
    question: item.question,
    answer: item.answer,
    tags: item.tags.join(' '),
  }))
  const miniSearchBuilt = timeBuilds(
    () => {
      const miniSearch = new MiniSearch({ fields: ['question', 'answer', 'tags'] })
      miniSearch.addAll(documents)
      return miniSearch
    },
    3,
    1,
  )
  const miniSearchOptions = { prefix: true, fuzzy: 0.2, boost: { question: 3, answer: 2 } }
  const miniSearchTimes = timeQueries(list, (query) =>
    miniSearchBuilt.result.search(query, miniSearchOptions),
  )

  const weight = await gzipWeight({ entryPoints: [entry] })
  const miniSearchWeight = await gzipWeight({
    stdin: { contents: "export { default } from 'minisearch'", resolveDir: root },
  })

  const buildMedian = median(built.times)
  const queryMedian = median(times)
  const rows = [
    [
      'FAQ',
      `${index.size} items`,
      `${Math.round(characters / 1000)}k characters, ~${words.size} distinct words`,
    ],
    [
      `build (median of ${BUILD_RUNS})`,
      ms(buildMedian),
      `<= ${BUDGET.buildMs} ms; min ${ms(Math.min(...built.times))}, max ${ms(Math.max(...built.times))}`,
    ],
    ['first query after a build', ms(firstQuery), 'builds the text searched inside words'],
    [`query median (${list.length} queries)`, ms(queryMedian), `<= ${BUDGET.queryMedianMs} ms`],
    ['query p95', ms(quantile(times, 0.95)), `max ${ms(Math.max(...times))}`],
    ...[...byKind].map(([kind, kindTimes]) => [
      `  ${kind}`,
      ms(median(kindTimes)),
      `p95 ${ms(quantile(kindTimes, 0.95))}`,
    ]),
    ['query median, limit 20', ms(median(limited)), `p95 ${ms(quantile(limited, 0.95))}`],
    ['queries with results', `${Math.round((found / list.length) * 100)} %`, ''],
    ['gzip, search module', `${weight} B`, 'esbuild --minify, gzip -9, with its imports'],
    [
      'MiniSearch 7.2, build',
      ms(median(miniSearchBuilt.times)),
      'for comparison: addAll, its own tokenizer',
    ],
    [
      'MiniSearch 7.2, query median',
      ms(median(miniSearchTimes)),
      `p95 ${ms(quantile(miniSearchTimes, 0.95))}; prefix, fuzzy 0.2`,
    ],
    ['MiniSearch 7.2, gzip', `${miniSearchWeight} B`, 'the library alone'],
  ]
  const failures = []
  if (buildMedian > BUDGET.buildMs) failures.push(`build ${ms(buildMedian)} > ${BUDGET.buildMs} ms`)
  if (queryMedian > BUDGET.queryMedianMs) {
    failures.push(`query median ${ms(queryMedian)} > ${BUDGET.queryMedianMs} ms`)
  }
  return {
    rows,
    failures,
    items: index.size,
    buildMedian,
    queryMedian,
    queryP95: quantile(times, 0.95),
    queries: list.length,
  }
}

/** The measurements as part 3 of `npm run bench` (see bench/lib/part.mjs). */
function toPart(result) {
  return {
    title: '3. FAQ search, 5,000 questions',
    method: `\`npm run bench:search\` (bench/search.mjs): the search module (src/core/search) bundled with esbuild and run in Node ${process.version}; a synthetic FAQ of ${result.items} questions in six languages built from the test fixtures; index build: median of ${BUILD_RUNS} builds after ${WARM_UP_RUNS} warm-up builds; queries: ${result.queries} different queries (whole words, prefixes, typos, no accents, parts of compounds, several words) after one warm-up pass.`,
    tables: [
      {
        head: ['measure', 'value', 'note'],
        // The rows indented under "query p95" are the medians by kind of query.
        rows: result.rows.map(([name, ...rest]) =>
          name.startsWith('  ') ? [`query median, ${name.trim()}`, ...rest] : [name, ...rest],
        ),
      },
    ],
    targets: [
      {
        label: 'Search, index build (5,000 questions, median)',
        value: ms(result.buildMedian),
        target: `<= ${BUDGET.buildMs} ms`,
        met: result.buildMedian <= BUDGET.buildMs,
      },
      {
        label: 'Search, query (median)',
        value: ms(result.queryMedian),
        target: `<= ${BUDGET.queryMedianMs} ms`,
        met: result.queryMedian <= BUDGET.queryMedianMs,
      },
      {
        label: 'Search, query (p95)',
        value: ms(result.queryP95),
        target: `<= ${BUDGET.queryMedianMs} ms`,
        met: result.queryP95 <= BUDGET.queryMedianMs,
      },
    ],
    notes: [],
  }
}

// Run alone (`npm run bench:search`) it prints the part as Markdown; bench/run.mjs starts it with
// `--json <file>`. Over budget, the exit code is 1 either way.
await runPart(import.meta.url, async () => {
  const result = await measure()
  if (result.failures.length > 0) {
    console.error(`Over budget: ${result.failures.join('; ')}`)
    process.exitCode = 1
  }
  return toPart(result)
})

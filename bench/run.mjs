/**
 * `npm run bench` (after `npm run build` and `npm run build:demo`): every benchmark part, one
 * after the other, each in its own Node process, then bench/RESULTS.md with the machine, the
 * date, a side-by-side table, every target with its figure, and each part's details.
 *
 *   1. bench/weight.mjs      bundle weight of a 3-question FAQ with each library
 *   2. bench/ssr.mjs         server render of a 1,000-question FAQ with each library
 *   3. bench/search.mjs      FAQ search over 5,000 questions (also `npm run bench:search`)
 *   4. bench/browser.mjs     keystroke → results and click → answer in Chromium
 *   5. bench/lighthouse.mjs  Lighthouse on the built demo page
 *
 * A part that fails (or runs past its time limit) is written as failed in RESULTS.md and the
 * others still run; the exit code is then 1. With `--strict`, a missed target also exits 1.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, tmpdir, totalmem, type, arch } from 'node:os'
import { join } from 'node:path'
import { findChromium } from '../test/chromium.mjs'
import { LIBRARIES, describe, root } from './lib/libraries.mjs'
import { markdownPart, markdownTable, verdict } from './lib/part.mjs'
import { ms } from './lib/stats.mjs'

const PARTS = [
  { id: 'weight', file: 'weight.mjs', title: '1. Bundle weight, 3-question FAQ', limit: 120 },
  { id: 'ssr', file: 'ssr.mjs', title: '2. Server render, 1,000-question FAQ', limit: 240 },
  { id: 'search', file: 'search.mjs', title: '3. FAQ search, 5,000 questions', limit: 120 },
  {
    id: 'browser',
    file: 'browser.mjs',
    title: '4. In Chromium: FAQ search and accordion',
    limit: 240,
  },
  { id: 'lighthouse', file: 'lighthouse.mjs', title: '5. Lighthouse, demo page', limit: 240 },
]
const strict = process.argv.includes('--strict')

// The running part is in its own process group: stop it (and its browsers) with the runner.
let current
const dir = mkdtempSync(join(tmpdir(), 'rsh-bench-'))
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) stopGroup(current)
    rmSync(dir, { recursive: true, force: true })
    process.exit(130)
  })
}

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

/** Runs one part in a child process; resolves to its result, or `{ error }`. */
function runPart(part) {
  const output = join(dir, `${part.id}.json`)
  return new Promise((resolve) => {
    const started = performance.now()
    // Its own process group, so a part past its limit goes with the browsers it started.
    const child = spawn(process.execPath, [join(root, 'bench', part.file), '--json', output], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'pipe'],
      detached: true,
    })
    current = child
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk)
      stderr = (stderr + chunk).slice(-4000)
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      stopGroup(child)
    }, part.limit * 1000)
    child.on('close', (code) => {
      clearTimeout(timer)
      current = undefined
      const seconds = (performance.now() - started) / 1000
      let result
      try {
        result = JSON.parse(readFileSync(output, 'utf8'))
      } catch {
        // No result written: the part failed.
      }
      if (result) {
        resolve({ ...result, seconds })
        return
      }
      const reason = timedOut
        ? `stopped after its limit of ${part.limit} s`
        : `exit code ${code}: ${lastError(stderr)}`
      resolve({ error: reason, seconds })
    })
  })
}

/** The most telling line of a failed part's stderr. */
function lastError(stderr) {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !line.startsWith('Node.js v'))
  const error = lines.findLast((line) => /error|missing|cannot|failed/i.test(line))
  return (error ?? lines.at(-1) ?? 'no output').slice(0, 300)
}

function chromiumVersion() {
  const path = findChromium()
  if (!path) return 'not found'
  try {
    const text = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return text
      .trim()
      .replace(/\s+built on .*/, '')
      .replace(/^Chromium /, '')
  } catch {
    return `${path} (version unknown)`
  }
}

function gitCommit() {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown'
  }
}

function machine(started, seconds) {
  const cpu = cpus()
  return [
    ['date', `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
    ['commit', gitCommit()],
    ['CPU', `${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`],
    ['RAM', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', `${type()} ${release()} ${arch()}`],
    ['Node', process.version],
    ['Chromium', chromiumVersion()],
    [
      'load average at start (1, 5, 15 min)',
      loadavg()
        .map((n) => n.toFixed(2))
        .join(', '),
    ],
    ['run time', `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`],
  ]
}

/** The libraries side by side: weight and server render, with ratios to bare Radix. */
function sideBySide(weight, ssr) {
  const rows = LIBRARIES.map((library) => {
    const w = weight?.byLibrary?.[library.id]
    const s = ssr?.byLibrary?.[library.id]
    const missing = describe(library).missing
    const gzip = w
      ? w.error
        ? w.error
        : `${w.gzip.toLocaleString('en-US')} B (${w.ratio.toFixed(2)}x)`
      : library.weight
        ? 'failed'
        : 'same code as the row above'
    const render = s ? (s.error ? s.error : `${ms(s.median)} (${s.ratio.toFixed(2)}x)`) : 'failed'
    const answers =
      s && !s.error
        ? s.answers === s.items
          ? 'yes'
          : s.answers === 0
            ? 'no'
            : `${s.answers}/${s.items}`
        : '-'
    return [
      library.label,
      missing.length > 0 ? 'not installed' : describe(library).versions,
      gzip,
      render,
      answers,
    ]
  })
  return {
    head: [
      'FAQ',
      'packages',
      'JS gzip, 3 questions (vs bare Radix)',
      'server render, 1,000 questions, median (vs bare Radix)',
      'answers in the server HTML',
    ],
    rows,
  }
}

async function main() {
  const started = new Date()
  const clock = performance.now()
  const results = []
  try {
    for (const part of PARTS) {
      console.log(`\n=== ${part.title} (bench/${part.file}) ===\n`)
      results.push({ part, result: await runPart(part) })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const seconds = (performance.now() - clock) / 1000
  const byId = Object.fromEntries(results.map(({ part, result }) => [part.id, result]))

  const targets = []
  for (const { part, result } of results) {
    if (result.error) targets.push([part.title, `failed: ${result.error}`, '-', '**failed**'])
    for (const t of result.targets ?? []) targets.push([t.label, t.value, t.target, verdict(t.met)])
  }
  const failed = results.filter(({ result }) => result.error)
  const missed = results.flatMap(({ result }) =>
    (result.targets ?? []).filter((t) => t.met === false),
  )

  const sections = results.map(({ part, result }) =>
    result.error
      ? `## ${part.title}\n\n**Failed** (${result.seconds.toFixed(0)} s): ${result.error}`
      : `## ${result.title}\n\n${markdownPart(result)}\n\n_Part run time: ${result.seconds.toFixed(0)} s._`,
  )
  const markdown = [
    '# Benchmark results',
    'Written by `npm run bench` (bench/run.mjs): library and demo builds, then the five parts below, each in its own Node process. Rerun it to compare; figures move with the machine and its load, so compare runs made on the same machine. Details of each method are in its section and in the header comment of its script.',
    '## Machine',
    markdownTable({ head: ['', ''], rows: machine(started, seconds) }),
    '## Targets',
    markdownTable({ head: ['figure', 'value', 'target', ''], rows: targets }),
    '## Side by side',
    'Ratios are to bare `@radix-ui/react-accordion` on the same run. Ours is `FaqAccordion` in `SupportHubProvider`, imported from the built dist/; its stylesheet is not counted in the JS (see part 1). A library marked "not installed" is missing from node_modules (see docs/development.md, Benchmarks).',
    markdownTable(sideBySide(byId.weight, byId.ssr)),
    ...sections,
  ].join('\n\n')
  // Formatted as `prettier --check .` (npm run lint) expects it.
  const file = join(root, 'bench/RESULTS.md')
  const { format, resolveConfig } = await import('prettier')
  writeFileSync(file, await format(markdown, { ...(await resolveConfig(file)), filepath: file }))

  console.log(`\nWrote bench/RESULTS.md (${Math.round(seconds)} s).`)
  console.log(markdownTable({ head: ['figure', 'value', 'target', ''], rows: targets }))
  if (failed.length > 0) {
    console.error(
      `\n${failed.length} part(s) failed: ${failed.map(({ part }) => part.id).join(', ')}`,
    )
    process.exitCode = 1
  } else if (strict && missed.length > 0) {
    console.error(`\n${missed.length} target(s) not met (--strict).`)
    process.exitCode = 1
  }
}

await main()

/**
 * What every part of `npm run bench` returns, and how a part runs on its own.
 *
 * A part is a module exporting `run()`, which resolves to
 * `{ title, method, tables: [{ head, rows }], targets: [{ label, value, target, met }], notes }`
 * (`met` is true, false, or null when there is nothing to compare). Run directly
 * (`node bench/ssr.mjs`) it prints its result as Markdown; with `--json <file>` (how
 * bench/run.mjs starts it, in a child process) it also writes the result there.
 */
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** A Markdown table; `|` inside cells is escaped. */
export function markdownTable({ head, rows }) {
  const cell = (value) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ')
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

export const verdict = (met) => (met === true ? 'met' : met === false ? '**not met**' : '-')

/** A part's result as Markdown: method, tables, notes. */
export function markdownPart(result) {
  return [
    result.method,
    ...result.tables.map(
      (table) => (table.caption ? `${table.caption}\n\n` : '') + markdownTable(table),
    ),
    (result.notes ?? []).map((note) => `- ${note}`).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** Runs `run` when `metaUrl` is the script Node was started with; otherwise does nothing. */
export async function runPart(metaUrl, run) {
  if (!process.argv[1] || pathToFileURL(process.argv[1]).href !== metaUrl) return
  const at = process.argv.indexOf('--json')
  const result = await run()
  if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], JSON.stringify(result))
  console.log(`## ${result.title}\n\n${markdownPart(result)}\n`)
  if (result.targets.length > 0) {
    console.log(
      markdownTable({
        head: ['target', 'value', 'goal', ''],
        rows: result.targets.map((t) => [t.label, t.value, t.target, verdict(t.met)]),
      }),
    )
  }
}

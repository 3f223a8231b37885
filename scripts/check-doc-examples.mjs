/**
 * Type-checks every code example in README.md and docs/*.md (`npm run check:docs`).
 *
 * Each ```ts, ```tsx, ```js and ```jsx fenced block is written as a module of its own into
 * node_modules/.cache/check-doc-examples/ (inside the repository, so `react` and its types
 * resolve as they do for the source), and all of them are checked as one TypeScript program with
 * the options in scripts/doc-examples.tsconfig.json: strict, `jsx: react-jsx`, and the package's
 * entry points ('react-support-hub', '/config', '/locales', '/styles.css') mapped to src/, so
 * the examples are checked against the current source without a build.
 *
 * A ```json block marked `<!-- check: config -->` on the line above is a whole config: it is run
 * through parseSupportConfig and must parse without errors. Other ```json blocks, and ```sh,
 * ```css and the rest, are not checked.
 *
 * A block that is one file of a multi-file example says its path on the line above:
 * `<!-- file: app/support/page.tsx -->`. Such blocks of one markdown file are written under one
 * folder at those paths, so they can import each other (`import { X } from './x'`); a ```json
 * block with a path is written too, for a code block to import.
 *
 * A block that is deliberately not a complete module opts out with a marker on the line above:
 * `<!-- not-checked: why it cannot be checked -->`. The reason is required, and every skipped
 * block is listed in the output.
 *
 * On failure it prints `file.md:line: message` for each problem and exits 1.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const TSCONFIG = join(root, 'scripts', 'doc-examples.tsconfig.json')
const CACHE = join(root, 'node_modules', '.cache', 'check-doc-examples')

/** The fence languages that are type-checked, and the file extension each is written with. */
const EXTENSIONS = { ts: 'ts', tsx: 'tsx', js: 'js', jsx: 'jsx' }

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/
const NOT_CHECKED = /^<!--\s*not-checked:(.*?)-->$/
const CHECK_CONFIG = /^<!--\s*check:\s*config\s*-->$/
const FILE = /^<!--\s*file:\s*(\S*)\s*-->$/

/**
 * @typedef {object} DocBlock
 * @property {string} file The markdown file, relative to the repository (`docs/theming.md`).
 * @property {number} line The 1-based line of the block's first code line in the markdown.
 * @property {string} lang The fence's language (`tsx`).
 * @property {string} code The block's text.
 * @property {'typecheck' | 'config' | 'file' | 'skip' | 'none'} action What the checker does
 *   with it: type-check it, parse it as a config, only write it (a JSON file a block imports),
 *   skip it (`not-checked` marker), or nothing (a language that is not checked).
 * @property {string} [reason] Why it is skipped (`not-checked` marker).
 * @property {string} [path] Its path in a multi-file example (`file` marker).
 */

/**
 * The fenced code blocks of one markdown text, with what to do with each. A `not-checked` marker
 * without a reason is reported as a problem.
 * @param {string} markdown
 * @param {string} file
 * @returns {{ blocks: DocBlock[], problems: { file: string, line: number, message: string }[] }}
 */
export function extractBlocks(markdown, file) {
  const lines = markdown.split('\n')
  /** @type {DocBlock[]} */
  const blocks = []
  const problems = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '')
    if (!open) continue
    const [, indent = '', fence = '```', lang = ''] = open
    const body = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j] ?? ''
      const close = FENCE.exec(line)
      if (
        close &&
        close[2]?.[0] === fence[0] &&
        (close[2]?.length ?? 0) >= fence.length &&
        !close[3]
      )
        break
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())
    }
    // The marker is the nearest non-blank line above the fence.
    let k = i - 1
    while (k >= 0 && (lines[k] ?? '').trim() === '') k--
    const above = k >= 0 ? (lines[k] ?? '').trim() : ''
    const skip = NOT_CHECKED.exec(above)
    const path = FILE.exec(above)?.[1]
    const language = lang.toLowerCase()
    /** @type {DocBlock} */
    const block = { file, line: i + 2, lang: language, code: body.join('\n'), action: 'none' }
    if (skip) {
      block.action = 'skip'
      block.reason = (skip[1] ?? '').trim()
      if (!block.reason)
        problems.push({ file, line: k + 1, message: 'a not-checked marker needs a reason' })
    } else if (path !== undefined) {
      const extension = language === 'json' ? 'json' : EXTENSIONS[language]
      if (!extension || !path.endsWith(`.${extension}`) || /(^|\/)\.\.(\/|$)|^\//.test(path))
        problems.push({
          file,
          line: k + 1,
          message: `a file marker needs a relative path ending in .${extension ?? 'ts, .tsx, .js, .jsx or .json'} (got "${path}")`,
        })
      else {
        block.path = path
        block.action = language === 'json' ? 'file' : 'typecheck'
      }
    } else if (language in EXTENSIONS) {
      block.action = 'typecheck'
    } else if (language === 'json' && CHECK_CONFIG.test(above)) {
      block.action = 'config'
    }
    blocks.push(block)
    i = j
  }
  return { blocks, problems }
}

/**
 * Where a block is written: `docs_getting-started.md.L23.tsx`, or for a block of a multi-file
 * example `docs_recipes.md/app/support/page.tsx`.
 */
function modulePath(outDir, block) {
  const folder = block.file.replace(/[\\/]/g, '_')
  return block.path
    ? join(outDir, folder, block.path)
    : join(outDir, `${folder}.L${block.line}.${EXTENSIONS[block.lang]}`)
}

/**
 * Type-checks blocks as one TypeScript program. Problems in a block are reported at the markdown
 * file and line; problems elsewhere (the source the examples import) at their own file.
 * @param {DocBlock[]} blocks Blocks whose action is 'typecheck' (the program's files), and 'file'
 *   (written only, for those to import).
 * @param {{ outDir?: string, tsconfig?: string }} [options]
 * @returns {{ file: string, line: number, message: string }[]}
 */
export function typecheckBlocks(
  blocks,
  { outDir = join(CACHE, 'modules'), tsconfig = TSCONFIG } = {},
) {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  /** @type {Map<string, DocBlock>} */
  const byPath = new Map()
  const roots = []
  const problems = []
  for (const block of blocks) {
    const path = modulePath(outDir, block)
    if (byPath.has(path)) {
      problems.push({
        file: block.file,
        line: block.line,
        message: `a second block for ${block.path ?? path}`,
      })
      continue
    }
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, `${block.code}\n`)
    byPath.set(path, block)
    if (block.action === 'typecheck') roots.push(path)
  }
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  })
  if (!parsed) throw new Error(`cannot read ${tsconfig}`)
  const program = ts.createProgram({ rootNames: roots, options: parsed.options })
  for (const d of [...parsed.errors, ...ts.getPreEmitDiagnostics(program)]) {
    const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    if (!d.file || d.start === undefined) {
      problems.push({ file: relative(root, tsconfig), line: 0, message })
      continue
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start)
    const block = byPath.get(d.file.fileName)
    if (block) problems.push({ file: block.file, line: block.line + line, message })
    else problems.push({ file: relative(root, d.file.fileName), line: line + 1, message })
  }
  return problems
}

/**
 * Parses ```json config blocks with the repository's own parseSupportConfig (src/config, bundled
 * with esbuild), so a config shown in the docs is known to be valid.
 * @param {DocBlock[]} blocks Blocks whose action is 'config'.
 * @returns {Promise<{ file: string, line: number, message: string }[]>}
 */
export async function parseConfigBlocks(blocks) {
  if (blocks.length === 0) return []
  const { build } = await import('esbuild')
  const outfile = join(CACHE, `config-${process.pid}.mjs`)
  await build({
    entryPoints: [join(root, 'src', 'config', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  })
  /** @type {{ parseSupportConfig: (input: unknown) => { ok: boolean, errors?: { path: string, message: string }[] } }} */
  const { parseSupportConfig } = await import(pathToFileURL(outfile).href)
  rmSync(outfile, { force: true })
  const problems = []
  for (const block of blocks) {
    let json
    try {
      json = JSON.parse(block.code)
    } catch (error) {
      problems.push({ file: block.file, line: block.line, message: `not JSON: ${String(error)}` })
      continue
    }
    const result = parseSupportConfig(json)
    for (const e of result.ok ? [] : (result.errors ?? []))
      problems.push({
        file: block.file,
        line: block.line,
        message: `config: ${e.path || '(root)'}: ${e.message}`,
      })
  }
  return problems
}

/**
 * Checks the examples of some markdown files.
 * @param {string[]} files Paths relative to the repository root.
 * @param {{ outDir?: string }} [options]
 */
export async function checkDocExamples(files, options = {}) {
  const blocks = []
  const problems = []
  for (const file of files) {
    const found = extractBlocks(readFileSync(join(root, file), 'utf8'), file)
    blocks.push(...found.blocks)
    problems.push(...found.problems)
  }
  const typed = blocks.filter((b) => b.action === 'typecheck')
  const written = blocks.filter((b) => b.action === 'file')
  const configs = blocks.filter((b) => b.action === 'config')
  const skipped = blocks.filter((b) => b.action === 'skip')
  if (typed.length > 0) problems.push(...typecheckBlocks([...typed, ...written], options))
  problems.push(...(await parseConfigBlocks(configs)))
  return { typechecked: typed.length, configs: configs.length, skipped, problems }
}

/** README.md and every markdown file in docs/. */
export function docFiles() {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`)
  return ['README.md', ...docs]
}

async function main() {
  const files = docFiles()
  const { typechecked, configs, skipped, problems } = await checkDocExamples(files)
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`)
  console.log(
    `check:docs: ${files.length} markdown files; ${typechecked} code blocks type-checked, ` +
      `${configs} JSON configs parsed, ${skipped.length} skipped`,
  )
  for (const s of skipped) console.log(`  skipped ${s.file}:${s.line}: ${s.reason ?? ''}`)
  if (problems.length > 0) {
    console.error(`check:docs: ${problems.length} problem(s)`)
    process.exit(1)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()

/**
 * The `react-support-hub` command line: `react-support-hub validate <file>... [--json]` checks
 * config files with `parseSupportConfig()` and prints every problem with its JSON path.
 *
 * Everything here is pure: files are read and text is written through the `CliIo` passed in, so
 * tests run it without a process or a file system. `bin.ts` is the Node entry.
 */
import { parseSupportConfig, type ConfigError } from '../config/parse'

/** What the CLI needs from the outside world. */
export interface CliIo {
  /**
   * Reads a file as UTF-8 text. Rejects when it cannot; an error whose `code` is `"ENOENT"`
   * means the file does not exist.
   */
  readFile: (path: string) => Promise<string>
  /** Writes `text` and a line break to standard output. */
  stdout: (text: string) => void
  /** Writes `text` and a line break to standard error. */
  stderr: (text: string) => void
}

/** Exit code: every file is a valid config (or help was asked for). */
export const EXIT_VALID = 0
/** Exit code: a file is not valid JSON or not a valid config. */
export const EXIT_INVALID = 1
/** Exit code: the command line is wrong, or a file could not be read. */
export const EXIT_USAGE = 2

/** The help text, printed by `--help` (on stdout) and after a usage error (on stderr). */
export const USAGE = `Usage: react-support-hub validate <config.json>... [--json]
       react-support-hub --help

Checks react-support-hub config files (the same checks as parseSupportConfig()) and prints
every problem with its JSON path, for example:
  faq.categories[0].items[2].question: Required field is missing.

Options:
  --json      Print one JSON object on stdout instead of text:
              { "valid": boolean, "errors": [{ "file", "path", "message" }] }
              ("errors" only when a file is invalid or unreadable; "path" is "" for the
              file as a whole).
  -h, --help  Print this help.

Exit codes:
  0  every file is a valid config
  1  a file is not valid JSON, or not a valid config
  2  wrong command line, or a file could not be read (for example, it does not exist)`

/** A problem in one file, as `--json` prints it. */
interface FileError extends ConfigError {
  file: string
}

/** The outcome of checking one file. */
type FileResult =
  | { file: string; status: 'valid' }
  | { file: string; status: 'invalid'; errors: ConfigError[] }
  | { file: string; status: 'not-json'; message: string }
  | { file: string; status: 'unreadable'; message: string }

/**
 * Runs the CLI on `argv` (the arguments after the program name, as in `process.argv.slice(2)`).
 *
 * Never throws and never exits: it writes through `io` and returns the exit code, `0` when every
 * file is a valid config, `1` when a file is not JSON or not a valid config, `2` for a wrong
 * command line or a file that could not be read (`2` wins over `1`).
 *
 * @param argv - For example `["validate", "support.json", "--json"]`.
 * @param io - Reads files and writes output; `bin.ts` passes Node's.
 * @returns The exit code for the process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv)
  if (args.kind === 'help') {
    io.stdout(USAGE)
    return EXIT_VALID
  }
  if (args.kind === 'error') {
    io.stderr(`react-support-hub: ${args.message}\n`)
    io.stderr(USAGE)
    return EXIT_USAGE
  }

  const results: FileResult[] = []
  for (const file of args.files) results.push(await checkFile(file, io))

  if (args.json) io.stdout(JSON.stringify(jsonReport(results), null, 2))
  else for (const result of results) printResult(result, io)
  if (!args.json && results.length > 1) io.stdout(summary(results))

  if (results.some((result) => result.status === 'unreadable')) return EXIT_USAGE
  if (results.some((result) => result.status !== 'valid')) return EXIT_INVALID
  return EXIT_VALID
}

type Args =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'validate'; files: string[]; json: boolean }

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = []
  let json = false
  let optionsEnded = false
  for (const arg of argv) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) positional.push(arg)
    else if (arg === '--') optionsEnded = true
    else if (arg === '--help' || arg === '-h') return { kind: 'help' }
    else if (arg === '--json') json = true
    else return { kind: 'error', message: `unknown option ${JSON.stringify(arg)}.` }
  }
  const [command, ...files] = positional
  if (command === undefined) return { kind: 'error', message: 'no command given.' }
  if (command === 'help') return { kind: 'help' }
  if (command !== 'validate') {
    return { kind: 'error', message: `unknown command ${JSON.stringify(command)}.` }
  }
  if (files.length === 0) {
    return { kind: 'error', message: 'validate needs at least one config file.' }
  }
  return { kind: 'validate', files, json }
}

async function checkFile(file: string, io: CliIo): Promise<FileResult> {
  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    return { file, status: 'unreadable', message: readProblem(error) }
  }
  let input: unknown
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse refuses.
    input = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { file, status: 'not-json', message: jsonProblem(error, text) }
  }
  const result = parseSupportConfig(input)
  return result.ok ? { file, status: 'valid' } : { file, status: 'invalid', errors: result.errors }
}

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file.'
  if (code === 'EISDIR') return 'it is a directory, not a file.'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.'
  const reason = error instanceof Error ? error.message : String(error)
  return reason.endsWith('.') ? reason : `${reason}.`
}

/**
 * JSON.parse's message, with the line and column of the position it names (Node 20 names only
 * the offset; newer engines add the line themselves).
 */
function jsonProblem(error: unknown, text: string): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')
  const position = /\bposition (\d+)/.exec(message)?.[1]
  if (position === undefined || /\bline\b/.test(message)) return `${message}.`
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(position))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column}).`
}

/** A path as printed: the empty path (the config itself) is `(root)`. */
function showPath(path: string): string {
  return path === '' ? '(root)' : path
}

function printResult(result: FileResult, io: CliIo): void {
  switch (result.status) {
    case 'valid':
      io.stdout(`${result.file} is a valid react-support-hub config.`)
      return
    case 'invalid': {
      const count = result.errors.length
      io.stdout(
        `${result.file} is not a valid react-support-hub config (${count} problem${count === 1 ? '' : 's'}):`,
      )
      for (const error of result.errors) io.stdout(`  ${showPath(error.path)}: ${error.message}`)
      return
    }
    case 'not-json':
      io.stdout(`${result.file} is not valid JSON: ${result.message}`)
      return
    case 'unreadable':
      io.stderr(`Cannot read ${result.file}: ${result.message}`)
      return
  }
}

function summary(results: readonly FileResult[]): string {
  const valid = results.filter((result) => result.status === 'valid').length
  const unreadable = results.filter((result) => result.status === 'unreadable').length
  const invalid = results.length - valid - unreadable
  const parts = [`${valid} valid`, `${invalid} invalid`]
  if (unreadable > 0) parts.push(`${unreadable} unreadable`)
  return `${results.length} files checked: ${parts.join(', ')}.`
}

function jsonReport(results: readonly FileResult[]): { valid: boolean; errors?: FileError[] } {
  const errors: FileError[] = results.flatMap((result): FileError[] => {
    switch (result.status) {
      case 'valid':
        return []
      case 'invalid':
        return result.errors.map((error) => ({ file: result.file, ...error }))
      case 'not-json':
        return [{ file: result.file, path: '', message: `Not valid JSON: ${result.message}` }]
      case 'unreadable':
        return [{ file: result.file, path: '', message: `Cannot read the file: ${result.message}` }]
    }
  })
  return errors.length === 0 ? { valid: true } : { valid: false, errors }
}

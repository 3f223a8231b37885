// @vitest-environment node
/**
 * End to end: the real `react-support-hub` command, bundled from src/cli/bin.ts with esbuild and
 * run by Node on real files, as `npx react-support-hub validate …` runs it.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

let dir = ''
let bundle = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rsh-cli-'))
  bundle = join(dir, 'cli.mjs')
  await build({
    entryPoints: [fileURLToPath(new URL('./bin.ts', import.meta.url))],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'bundle',
    logLevel: 'silent',
  })
  const files: Record<string, string> = {
    'valid.json': JSON.stringify({ version: 1, brand: { name: 'Acme' } }),
    'invalid.json': JSON.stringify({ version: 1, brand: { name: 5 } }),
    'typo.json': JSON.stringify({
      version: 1,
      brand: { name: 'Acme' },
      faq: {
        categories: [{ id: 'a', title: 'A', items: [{ id: 'q', quesiton: 'Q?', answer: 'A' }] }],
      },
    }),
    'broken.json': '{\n  "version": 1,\n  "brand": { "name": "Acme" },\n}\n',
  }
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
}, 60_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the bundled CLI in `dir` (so file names print as given) and never rejects. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node', [bundle, ...args], { cwd: dir }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

describe('react-support-hub (bundled, run by node)', () => {
  it('passes every example config in examples/', async () => {
    const examples = fileURLToPath(new URL('../../examples', import.meta.url))
    const names = (await readdir(examples)).filter((name) => name.endsWith('.json'))
    expect(names).toHaveLength(5)
    const run = await cli('validate', ...names.map((name) => join(examples, name)))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('exits 0 for a valid config', async () => {
    const run = await cli('validate', 'valid.json')
    expect(run).toEqual({
      code: 0,
      stdout: 'valid.json is a valid react-support-hub config.\n',
      stderr: '',
    })
  })

  it('exits 1 for an invalid config and prints the path', async () => {
    const run = await cli('validate', 'invalid.json')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'invalid.json is not a valid react-support-hub config (1 problem):',
    )
    expect(run.stdout).toContain('  brand.name: ')
  })

  it('suggests the key a typo meant', async () => {
    const run = await cli('validate', 'typo.json')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Unknown key "quesiton". Did you mean "question"?')
  })

  it('says clearly that a file is not JSON, and where', async () => {
    const run = await cli('validate', 'broken.json')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^broken\.json is not valid JSON: .+\(line 4,? column 1\)\.\n$/)
  })

  it('prints parseable JSON with --json', async () => {
    const run = await cli('validate', '--json', 'valid.json', 'typo.json')
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {
      valid: boolean
      errors: { file: string; path: string; message: string }[]
    }
    expect(report.valid).toBe(false)
    expect(report.errors).toContainEqual({
      file: 'typo.json',
      path: 'faq.categories[0].items[0].quesiton',
      message: 'Unknown key "quesiton". Did you mean "question"?',
    })
  })

  it('exits 2 for a missing file', async () => {
    const run = await cli('validate', 'missing.json')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('Cannot read missing.json: no such file.\n')
  })

  it('prints the usage: on stdout for --help, on stderr (exit 2) without arguments', async () => {
    const help = await cli('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: react-support-hub validate/)
    const none = await cli()
    expect(none.code).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('Usage: react-support-hub validate')
  })
})

import { runCli, USAGE, type CliIo } from './validate'

/** A minimal valid config. */
const VALID = JSON.stringify({ version: 1, brand: { name: 'Acme' } })

/** A config with a typo'd key in a question, so the question is also missing. */
const TYPO = JSON.stringify({
  version: 1,
  brand: { name: 'Acme' },
  faq: {
    categories: [
      { id: 'account', title: 'Account', items: [{ id: 'q', quesiton: 'Q?', answer: 'A.' }] },
    ],
  },
})

/** A fake file system and captured output. */
function fakeIo(files: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path]
      if (text !== undefined) return Promise.resolve(text)
      return Promise.reject(
        Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        }),
      )
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  }
  return {
    io,
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  }
}

async function run(argv: string[], files: Record<string, string> = {}) {
  const fake = fakeIo(files)
  const code = await runCli(argv, fake.io)
  return { code, stdout: fake.stdout(), stderr: fake.stderr() }
}

describe('runCli validate', () => {
  it('exits 0 with one line naming a valid file', async () => {
    const result = await run(['validate', 'support.json'], { 'support.json': VALID })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('support.json is a valid react-support-hub config.')
    expect(result.stderr).toBe('')
  })

  it('exits 1 and prints each problem with its path, the file name and a count', async () => {
    const config = JSON.stringify({
      version: 1,
      brand: { name: 5 },
      faq: { categories: [{ id: 'a', title: 'A', items: [{ id: 'q', answer: 'A.' }] }] },
    })
    const result = await run(['validate', 'bad.json'], { 'bad.json': config })
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('bad.json is not a valid react-support-hub config (2 problems):')
    expect(lines).toContain(
      '  brand.name: Expected text (a string or a map of locale to string), but got a number.',
    )
    expect(lines).toContain('  faq.categories[0].items[0].question: Required field is missing.')
    expect(lines).toHaveLength(3)
  })

  it('says "1 problem" for one', async () => {
    const result = await run(['validate', 'a.json'], { 'a.json': '{"version":1}' })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      'a.json is not a valid react-support-hub config (1 problem):\n  brand: Required field is missing.',
    )
  })

  it('prints "(root)" for a problem with the config itself', async () => {
    const result = await run(['validate', 'list.json'], { 'list.json': '[]' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('  (root): The config must be a JSON object, but got an array.')
  })

  it('suggests the key a typo meant', async () => {
    const result = await run(['validate', 'typo.json'], { 'typo.json': TYPO })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '  faq.categories[0].items[0].quesiton: Unknown key "quesiton". Did you mean "question"?',
    )
  })

  it('reports a file that is not JSON clearly, with the line and column', async () => {
    const text = '{\n  "version": 1,\n  "brand": { "name": "Acme" },\n}\n'
    const result = await run(['validate', 'broken.json'], { 'broken.json': text })
    expect(result.code).toBe(1)
    // Node 20 names the offset only, and the CLI adds the line; newer Nodes add it themselves.
    expect(result.stdout).toMatch(/^broken\.json is not valid JSON: .+\(line 4,? column 1\)\.$/)
  })

  it('reports an empty file as not JSON', async () => {
    const result = await run(['validate', 'empty.json'], { 'empty.json': '' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^empty\.json is not valid JSON: /)
  })

  it('reads a file saved with a byte order mark', async () => {
    const result = await run(['validate', 'bom.json'], { 'bom.json': `\uFEFF${VALID}` })
    expect(result.code).toBe(0)
  })

  it('exits 2 with a clear message for a missing file', async () => {
    const result = await run(['validate', 'nope.json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('Cannot read nope.json: no such file.')
    expect(result.stdout).toBe('')
  })

  it('checks every file: 1 when any is invalid, with a summary', async () => {
    const result = await run(['validate', 'good.json', 'typo.json'], {
      'good.json': VALID,
      'typo.json': TYPO,
    })
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('good.json is a valid react-support-hub config.')
    expect(lines[1]).toBe('typo.json is not a valid react-support-hub config (2 problems):')
    expect(lines.at(-1)).toBe('2 files checked: 1 valid, 1 invalid.')
  })

  it('exits 2 when a file cannot be read, even if another is invalid', async () => {
    const result = await run(['validate', 'typo.json', 'nope.json'], { 'typo.json': TYPO })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('2 files checked: 0 valid, 1 invalid, 1 unreadable.')
  })

  it('exits 0 when every file is valid', async () => {
    const result = await run(['validate', 'a.json', 'b.json'], { 'a.json': VALID, 'b.json': VALID })
    expect(result.code).toBe(0)
  })
})

describe('runCli validate --json', () => {
  it('prints { valid: true } for a valid file', async () => {
    const result = await run(['validate', '--json', 'support.json'], { 'support.json': VALID })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ valid: true })
  })

  it('prints every error with its file and path', async () => {
    const result = await run(['validate', 'typo.json', '--json'], { 'typo.json': TYPO })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      errors: [
        {
          file: 'typo.json',
          path: 'faq.categories[0].items[0].question',
          message: 'Required field is missing.',
        },
        {
          file: 'typo.json',
          path: 'faq.categories[0].items[0].quesiton',
          message: 'Unknown key "quesiton". Did you mean "question"?',
        },
      ],
    })
  })

  it('reports a file that is not JSON as an error of the whole file', async () => {
    const result = await run(['validate', '--json', 'broken.json'], { 'broken.json': '{' })
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as {
      valid: boolean
      errors: { file: string; path: string; message: string }[]
    }
    expect(report.valid).toBe(false)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatchObject({ file: 'broken.json', path: '' })
    expect(report.errors[0]!.message).toMatch(/^Not valid JSON: /)
  })

  it('reports a missing file in the JSON, with exit code 2', async () => {
    const result = await run(['validate', '--json', 'nope.json'])
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      errors: [{ file: 'nope.json', path: '', message: 'Cannot read the file: no such file.' }],
    })
  })
})

describe('runCli usage', () => {
  it('prints the usage on stderr and exits 2 without arguments', async () => {
    const result = await run([])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('no command given.')
    expect(result.stderr).toContain(USAGE)
  })

  it('refuses an unknown command', async () => {
    const result = await run(['check', 'support.json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown command "check".')
    expect(result.stderr).toContain('Usage: react-support-hub validate')
  })

  it('refuses an unknown option', async () => {
    const result = await run(['validate', '--fix', 'support.json'], { 'support.json': VALID })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown option "--fix".')
  })

  it('asks for a file when validate has none', async () => {
    const result = await run(['validate', '--json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('validate needs at least one config file.')
  })

  it.each([['--help'], ['-h'], ['help'], ['validate', '--help']])(
    'prints the usage on stdout and exits 0 for %s',
    async (...argv) => {
      const result = await run(argv)
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(USAGE)
      expect(result.stderr).toBe('')
    },
  )

  it('documents the exit codes and --json', () => {
    expect(USAGE).toContain('--json')
    expect(USAGE).toMatch(/0 {2}every file is a valid config/)
    expect(USAGE).toMatch(/1 {2}a file is not valid JSON, or not a valid config/)
    expect(USAGE).toMatch(/2 {2}wrong command line, or a file could not be read/)
  })

  it('takes a file name that starts with "-" after "--"', async () => {
    const result = await run(['validate', '--', '-odd.json'], { '-odd.json': VALID })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('-odd.json is a valid react-support-hub config.')
  })
})

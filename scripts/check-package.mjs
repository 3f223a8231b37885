// Packs the library as npm would publish it and checks the tarball: only what a consumer needs,
// valid package.json exports (publint), and types that resolve in every ESM setup (attw).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts })
const dir = mkdtempSync(join(tmpdir(), 'rsh-pack-'))
try {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]))
  const files = pack.files.map((f) => f.path).sort()
  const allowed =
    /^(package\.json|README\.md|LICENSE|dist\/[\w/-]+\.js(\.map)?|dist\/(index|config)\.d\.ts|dist\/styles\.css)$/
  const unexpected = files.filter((f) => !allowed.test(f))
  console.log(
    `${pack.filename}: ${files.length} files, ${pack.size} bytes packed, ${pack.unpackedSize} unpacked`,
  )
  for (const f of files) console.log(`  ${f}`)
  for (const required of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/config.js',
    'dist/config.d.ts',
    'dist/styles.css',
  ]) {
    if (!files.includes(required))
      throw new Error(`the package is missing ${required}; run npm run build first`)
  }
  if (unexpected.length)
    throw new Error(
      `the package holds files a consumer does not need:\n  ${unexpected.join('\n  ')}`,
    )
  // The lazy forms must stay behind a dynamic import, or every page pays for them.
  const lazy = readFileSync('dist/components/lazy.js', 'utf8')
  if (/^import[^(]*TicketForm|^import[^(]*RefundForm/m.test(lazy) || !lazy.includes('import(')) {
    throw new Error(
      'dist/components/lazy.js imports a form statically: the forms would not be code-split',
    )
  }
  const tarball = join(dir, pack.filename)
  console.log(run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']))
  // The stylesheet has no types to resolve; attw checks every JavaScript entry point.
  console.log(
    run('npx', [
      '--no-install',
      'attw',
      tarball,
      '--profile',
      'esm-only',
      '--exclude-entrypoints',
      './styles.css',
    ]),
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

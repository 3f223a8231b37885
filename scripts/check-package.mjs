// Packs the library as npm would publish it and checks the tarball: exactly what a consumer needs
// (dist/, schema.json, README.md, LICENSE, CHANGELOG.md, package.json; nothing else), valid
// package.json exports (publint), types that resolve in every ESM setup (attw), and a
// `react-support-hub` command that runs from the packed files.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts })
const dir = mkdtempSync(join(tmpdir(), 'rsh-pack-'))
try {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]))
  const files = pack.files.map((f) => f.path).sort()
  // Exactly what a consumer needs: the build (JavaScript, source maps, one bundled .d.ts per
  // entry, the stylesheet), the config's JSON Schema, and the package's documents.
  const allowed =
    /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|schema\.json|dist\/[\w/-]+(\.node)?\.js(\.map)?|dist\/(index|config|locales)\.d\.ts|dist\/styles\.css)$/
  const unexpected = files.filter((f) => !allowed.test(f))
  console.log(
    `${pack.filename}: ${files.length} files, ${pack.size} bytes packed, ${pack.unpackedSize} unpacked`,
  )
  for (const f of files) console.log(`  ${f}`)
  for (const required of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/index.js',
    'dist/index.node.js',
    'dist/index.d.ts',
    'dist/config.js',
    'dist/config.d.ts',
    'dist/locales.js',
    'dist/locales.d.ts',
    'dist/styles.css',
    'dist/cli.js',
    'schema.json',
  ]) {
    if (!files.includes(required))
      throw new Error(
        required.startsWith('dist/')
          ? `the package is missing ${required}; run npm run build first`
          : `the package is missing ${required}: list it in package.json "files"`,
      )
  }
  if (unexpected.length)
    throw new Error(
      `the package holds files a consumer does not need:\n  ${unexpected.join('\n  ')}`,
    )
  const tarball = join(dir, pack.filename)
  checkCli(tarball)
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

/**
 * Runs the packed `react-support-hub` command (package.json "bin") the way npx does: from the
 * unpacked tarball, with the dependencies of this repo. A valid config exits 0, an invalid one 1
 * with its problem; the packed schema.json is JSON.
 */
function checkCli(tarball) {
  const unpacked = join(dir, 'unpacked')
  mkdirSync(unpacked)
  run('tar', ['-xzf', tarball, '-C', unpacked])
  // Node resolves the package's imports (zod …) from here, as from a host's node_modules.
  symlinkSync(resolve('node_modules'), join(unpacked, 'node_modules'), 'junction')
  const schema = JSON.parse(readFileSync(join(unpacked, 'package', 'schema.json'), 'utf8'))
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema')
    throw new Error('schema.json in the package is not a draft 2020-12 JSON Schema')

  const cli = join(unpacked, 'package', 'dist', 'cli.js')
  if (!readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'))
    throw new Error('dist/cli.js does not start with #!/usr/bin/env node')
  writeFileSync(join(dir, 'valid.json'), JSON.stringify({ version: 1, brand: { name: 'Acme' } }))
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ version: 1, brand: { nmae: 'Acme' } }))
  const validate = (file) =>
    spawnSync('node', [cli, 'validate', file], { cwd: dir, encoding: 'utf8' })
  const ok = validate('valid.json')
  const bad = validate('invalid.json')
  if (ok.status !== 0 || bad.status !== 1 || !bad.stdout.includes('Did you mean "name"?')) {
    throw new Error(
      `the packed CLI misbehaves (exit codes ${ok.status} and ${bad.status}, expected 0 and 1):\n${ok.stdout}${ok.stderr}${bad.stdout}${bad.stderr}`,
    )
  }
  checkServerRendering(unpacked)
  console.log(
    `packed CLI: node dist/cli.js validate\n  ${ok.stdout.trim()}\n  ${bad.stdout.trim().replaceAll('\n', '\n  ')}`,
  )
}

/**
 * A host's server, as Node resolves the package (the "node" export condition): a Greek config
 * renders to Greek HTML with no loadLocale() call.
 */
function checkServerRendering(unpacked) {
  const host = join(dir, 'host')
  mkdirSync(join(host, 'node_modules'), { recursive: true })
  symlinkSync(
    join(unpacked, 'package'),
    join(host, 'node_modules', 'react-support-hub'),
    'junction',
  )
  for (const name of ['react', 'react-dom'])
    symlinkSync(resolve('node_modules', name), join(host, 'node_modules', name), 'junction')
  writeFileSync(
    join(host, 'render.mjs'),
    [
      "import { readFileSync } from 'node:fs'",
      "import { createElement } from 'react'",
      "import { renderToString } from 'react-dom/server'",
      "import { SupportHub } from 'react-support-hub'",
      'const config = JSON.parse(readFileSync(process.argv[2], "utf8"))',
      'process.stdout.write(renderToString(createElement(SupportHub, { config })))',
    ].join('\n'),
  )
  const example = resolve('examples', '004-el-company-faq.json')
  const result = spawnSync('node', ['render.mjs', example], { cwd: host, encoding: 'utf8' })
  if (result.status !== 0 || !result.stdout.includes('Υποστήριξη Kyma Systems'))
    throw new Error(
      `server rendering of the packed package failed (exit ${result.status}):\n${result.stderr}${result.stdout.slice(0, 300)}`,
    )
  console.log(
    `packed SSR: renderToString of examples/004 in Node, ${result.stdout.length} bytes of Greek HTML`,
  )
}

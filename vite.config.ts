/// <reference types="vitest/config" />
import { chmod, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import dts from 'vite-plugin-dts'
import { chromiumArgs, findChromium } from './test/chromium.mjs'

const stylesheet = fileURLToPath(new URL('./src/theme/styles.css', import.meta.url))
const jsonSchemaFile = fileURLToPath(new URL('./schema.json', import.meta.url))
const jsonSchemaSource = fileURLToPath(new URL('./src/config/jsonSchema.ts', import.meta.url))
const schemaSource = fileURLToPath(new URL('./src/config/schema.ts', import.meta.url))
const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}
const dependencies = [
  ...Object.keys(manifest.dependencies),
  ...Object.keys(manifest.peerDependencies),
]

/** Ships the theme stylesheet as `dist/styles.css` without the JS importing it (no side effect). */
function emitStylesheet(): Plugin {
  return {
    name: 'rsh-emit-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(stylesheet, 'utf8'),
      })
    },
  }
}

/**
 * Writes the config's JSON Schema, generated from the zod schema, to `schema.json` at the package
 * root (exported as `react-support-hub/schema.json`, and what the repo's example configs name in
 * `"$schema"`). Library build only (Storybook's build drops `build.lib`). The file is checked in:
 * src/config/jsonSchema.test.ts fails when it no longer matches the schema.
 */
function emitJsonSchema(): Plugin {
  return {
    name: 'rsh-emit-json-schema',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    async writeBundle() {
      // Loaded through Vite (TypeScript, extensionless imports) when needed, not imported by
      // this config, so `vite` and `vitest` start without loading the schema.
      const { module } = await runnerImport<{ configJsonSchema: () => unknown }>(jsonSchemaSource)
      // Formatted as `prettier --check .` expects it.
      const { format, resolveConfig } = await import('prettier')
      const text = await format(JSON.stringify(module.configJsonSchema(), null, 2), {
        ...(await resolveConfig(jsonSchemaFile)),
        filepath: jsonSchemaFile,
      })
      const current = await readFile(jsonSchemaFile, 'utf8').catch(() => undefined)
      if (text !== current) await writeFile(jsonSchemaFile, text)
    },
  }
}

/**
 * Leaves the field descriptions (`z.describe('…')`) out of the published config schema: they are
 * for schema.json and docs/config.md, both generated from the source, and a page never reads
 * them (about 9 kB minified). Library build only; tests, Storybook and the demo keep them.
 */
function stripSchemaDescriptions(): Plugin {
  return {
    name: 'rsh-strip-schema-descriptions',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    async transform(code, id) {
      if (id !== schemaSource) return null
      const { stripDescriptions } = await import('./scripts/strip-descriptions.mjs')
      const { code: stripped, removed } = stripDescriptions(code, id)
      if (removed === 0) this.error(`${id}: no z.describe() found; is the strip still needed?`)
      return { code: stripped, map: null }
    },
  }
}

/** Makes the `cli` entry (`dist/cli.js`, the package's `bin`) a script Node can run directly. */
function cliBin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'rsh-cli-bin',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    // After the type bundler (sequential, post), which gives every entry a declaration file.
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const cli = join(outDir, 'cli.js')
        // The bundler keeps the entry's `#!/usr/bin/env node` line; npx needs it.
        if (!(await readFile(cli, 'utf8')).startsWith('#!')) {
          this.error(`${cli} lost its #! line: src/cli/bin.ts must start with #!/usr/bin/env node`)
        }
        await chmod(cli, 0o755)
        // A command has no types: `dist/cli.d.ts` would be an empty `export {}`. The Node entry
        // shares the main entry's types (package.json maps both to dist/index.d.ts).
        await rm(join(outDir, 'cli.d.ts'), { force: true })
        await rm(join(outDir, 'index.node.d.ts'), { force: true })
      },
    },
  }
}

/** Lets a browser test switch the page's media features (colour scheme, reduced motion). */
const emulateMedia = defineBrowserCommand<[EmulatedMedia]>(async (context, media) => {
  await context.page.emulateMedia(media)
})

/**
 * Makes the page's requests whose URL contains `part` fail, as a dropped connection or a bad
 * deploy would (the network is the edge a test may fake); `null` lets every request through again.
 */
const failRequests = defineBrowserCommand<[string | null]>(async (context, part) => {
  await context.page.unrouteAll({ behavior: 'ignoreErrors' })
  if (part !== null) {
    await context.page.route(
      (url) => url.href.includes(part),
      (route) => route.abort('connectionfailed'),
    )
  }
})

export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark' | 'no-preference' | null
  reducedMotion?: 'reduce' | 'no-preference' | null
}

/** A fresh browser config per project: Vitest rejects one object shared by two projects. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    }),
    instances: [{ browser: 'chromium' as const }],
    commands: { emulateMedia, failRequests },
  }
}

export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      bundleTypes: true,
    }),
    emitStylesheet(),
    emitJsonSchema(),
    stripSchemaDescriptions(),
    cliBin(),
  ],
  // Pre-bundled up front: discovered mid-run, they would load a second copy of React.
  optimizeDeps: { include: ['react-dom/client', 'react-dom/server'] },
  build: {
    lib: {
      // `cli` is the `react-support-hub` command (package.json "bin"), for Node only.
      entry: {
        index: 'src/index.ts',
        // The same API for Node, with every UI catalog registered (package.json "node" condition).
        'index.node': 'src/index.node.ts',
        config: 'src/config/index.ts',
        // The built-in UI catalogs, for registering them up front (`registerLocales(el)`).
        locales: 'src/locales/index.ts',
        cli: 'src/cli/bin.ts',
      },
      formats: ['es'],
    },
    sourcemap: true,
    rolldownOptions: {
      // Dependencies stay imports: the host's bundler dedupes and tree-shakes them. Node's
      // built-ins (imported by the CLI only) stay imports too, not browser stubs.
      external: (id) =>
        dependencies.some((name) => id === name || id.startsWith(`${name}/`)) ||
        id.startsWith('node:') ||
        builtinModules.includes(id),
      output: {
        // One file per source module, so a host's bundler keeps only what it imports (the
        // package has no side effects but its CSS).
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}', 'test/ticket-server/**/*.test.ts'],
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-browser.ts'],
          // A real HTTP server for test/browser/submit.test.ts (URL through inject('submitServer')).
          globalSetup: ['test/server/global-setup.ts', 'test/ticket-server/global-setup.ts'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
    ],
  },
})

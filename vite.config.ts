/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright'
import { defineConfig, type Plugin } from 'vite'
import dts from 'vite-plugin-dts'
import { chromiumArgs, findChromium } from './test/chromium.mjs'

const stylesheet = fileURLToPath(new URL('./src/theme/styles.css', import.meta.url))
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

/** Lets a browser test switch the page's media features (colour scheme, reduced motion). */
const emulateMedia = defineBrowserCommand<[EmulatedMedia]>(async (context, media) => {
  await context.page.emulateMedia(media)
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
    commands: { emulateMedia },
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
  ],
  // Pre-bundled up front: discovered mid-run, they would load a second copy of React.
  optimizeDeps: { include: ['react-dom/client', 'react-dom/server'] },
  build: {
    lib: {
      entry: { index: 'src/index.ts', config: 'src/config/index.ts' },
      formats: ['es'],
    },
    sourcemap: true,
    rolldownOptions: {
      // Dependencies stay imports: the host's bundler dedupes and tree-shakes them.
      external: (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
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
          include: ['src/**/*.test.{ts,tsx}'],
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
          globalSetup: ['test/server/global-setup.ts'],
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

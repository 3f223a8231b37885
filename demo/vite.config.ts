// The demo page (`npm start`, `npm run build:demo`): its own Vite config, apart from the library
// build and the Vitest projects in the root vite.config.ts. It serves demo/ and imports the
// library straight from ../src, so edits to the components show up at once (HMR).
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const demoRoot = fileURLToPath(new URL('.', import.meta.url))
const repoRoot = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root: demoRoot,
  // Relative asset URLs: demo/dist works from any path (a static host's subfolder, say).
  base: './',
  publicDir: false,
  // Its own pre-bundle cache, so it never clashes with Storybook's or Vitest's.
  cacheDir: `${repoRoot}node_modules/.vite-demo`,
  plugins: [react()],
  // Pre-bundled up front: discovered mid-run, it would load a second copy of React.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // Another server on 5173: take the next free port (Vite prints the URL it chose).
    strictPort: false,
    // The page imports ../src and ../examples.
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page bundles React, zod and every example; the library's own size is `npm run size`.
    chunkSizeWarningLimit: 1000,
    // The placeholder logo stays a file: a config accepts only http(s) logo URLs, not data: URLs.
    assetsInlineLimit: 0,
  },
})

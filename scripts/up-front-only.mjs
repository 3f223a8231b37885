/**
 * An esbuild plugin that leaves dynamic imports as imports: what a page loads later (the ticket
 * and refund forms until opened, the UI catalogs of other languages) is not part of what it
 * downloads up front. Shared by `npm run size` (.size-limit.js), `npm run bench` (bench/weight.mjs)
 * and the brand-mark bundle test, so all three measure the same thing.
 */
export const upFrontOnly = {
  name: 'dynamic-imports-load-later',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    )
  },
}

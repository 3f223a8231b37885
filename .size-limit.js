// Size budgets (npm run size, enforced in .ci/run): gzip, React external.
//
// What a page downloads up front is counted; what it loads later is not: a dynamic import (the
// ticket and refund forms until they are opened, the UI catalogs of other languages) is left out
// of every check below, so "SupportHub" is the page as it first loads in English. The catalog
// of another language is its own check ("one more language"), to add for a page in that
// language. Brand marks load the same way, each its own small file, only those a page shows; and
// the config checker, which <SupportHub> needs only for raw JSON (its own check below).
// A limit is the budget where it is met, else the current size rounded up: a change that
// adds weight has to raise it here, in plain sight.

import { upFrontOnly } from './scripts/up-front-only.mjs'

/** esbuild: dynamic imports stay imports (their chunks load later), not inlined. */
const loadedUpFront = (config) => ({ ...config, plugins: [...(config.plugins ?? []), upFrontOnly] })

const check = (name, importSpec, limit, path = 'dist/index.js') => ({
  name,
  path,
  import: importSpec,
  ignore: ['react', 'react-dom'],
  gzip: true,
  limit,
  modifyEsbuildConfig: loadedUpFront,
})

export default [
  check(
    'FaqAccordion alone (issue 8 budget: 20 kB)',
    '{ FaqAccordion, SupportHubProvider }',
    '20 kB',
  ),
  check(
    'Complete FAQ: search, tabs, audiences, feedback, JSON-LD',
    '{ Faq, SupportHubProvider }',
    '26 kB',
  ),
  check(
    'SupportHub, initial page, forms not opened, config checked ahead (issue 8 budget: 40 kB)',
    '{ SupportHub }',
    '40 kB',
  ),
  // Given raw JSON, the page loads the config checker (zod and the schema) on demand before it
  // renders: this is what such a page downloads in all, up front and then.
  check(
    'SupportHub, initial page, raw JSON checked in the browser (with the checker it loads)',
    '{ SupportHub, parseSectionedConfig }',
    '55 kB',
  ),
  check(
    'PaymentMethods alone (its brand marks load later, each on its own)',
    '{ PaymentMethods, SupportHubProvider }',
    '10 kB',
  ),
  check(
    'TicketForm alone: fields, rules, drafts, sending',
    '{ TicketForm, SupportHubProvider }',
    '38 kB',
  ),
  check('RefundForm alone', '{ RefundForm, SupportHubProvider }', '23 kB'),
  check('Everything, both forms included (issue 8 budget: 75 kB)', '*', '75 kB'),
  check('One more language: the Greek UI catalog', '{ el }', '6 kB', 'dist/locales.js'),
  check(
    'Config parser, react-support-hub/config',
    '{ parseSupportConfig }',
    '16 kB',
    'dist/config.js',
  ),
]

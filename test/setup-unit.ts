import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { allBrandMarks } from '../src/components/icons/allBrandMarks'
import { registerBrandMarks } from '../src/components/icons/brandMarkRegistry'
import { registerConfigParser } from '../src/components/SupportHub/configParser'
import { parseSectionedConfig } from '../src/config/sections'
import { ar, de, el, en, es, fr, ko, registerLocales } from '../src/locales'

// Every built-in catalog and brand mark up front, as the Node entry (src/index.node.ts) does, so
// tests render any locale at once and server HTML has the marks. The on-demand loading itself is
// tested in the browser project (locale-loading, payment-methods), whose setup registers no mark.
registerLocales(en, de, el, es, ko, fr, ar)
// The config checker too (as the Node entry does); SupportHub's loading of it on demand is
// tested in test/browser/support-hub.test.tsx.
registerConfigParser(parseSectionedConfig)
registerBrandMarks(allBrandMarks)

afterEach(() => cleanup())

// jsdom has no layout, so no scrolling; the browser project checks that deep links scroll.
// (The SSR test runs this setup in Node, where there is no Element at all.)
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined })
}

import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
// The Node entry registers every built-in catalog, brand mark and the config checker up front, so
// tests render any locale at once and server HTML has the marks. The on-demand loading itself is
// tested in the browser project (locale-loading, payment-methods, and the checker in
// test/browser/support-hub.test.tsx), whose setup registers no mark.
import '../src/index.node'

afterEach(() => cleanup())

// jsdom has no layout, so no scrolling; the browser project checks that deep links scroll.
// (The SSR test runs this setup in Node, where there is no Element at all.)
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined })
}

import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { ar, de, el, en, es, fr, ko, registerLocales } from '../src/locales'

// Every built-in catalog up front, so tests render any locale at once. The on-demand loading
// itself is tested in test/browser/locale-loading.test.tsx.
registerLocales(en, de, el, es, ko, fr, ar)

afterEach(() => cleanup())

// jsdom has no layout, so no scrolling; the browser project checks that deep links scroll.
// (The SSR test runs this setup in Node, where there is no Element at all.)
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined })
}

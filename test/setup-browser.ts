import '../src/theme/styles.css'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { registerConfigParser } from '../src/components/SupportHub/configParser'
import { parseSectionedConfig } from '../src/config/sections'
import { allLocales, registerLocales } from '../src/locales'

// Every built-in catalog up front, so tests render any locale at once. The on-demand loading
// itself is tested in test/browser/locale-loading.test.tsx.
registerLocales(...allLocales)
// The config checker too (as the Node entry does); SupportHub's loading of it on demand is
// tested in test/browser/support-hub.test.tsx.
registerConfigParser(parseSectionedConfig)

// Real events in a real browser: React's act() bookkeeping (for simulated environments) does not apply.
// (Testing Library turns it on in its own beforeAll, which runs before this one.)
beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false
})

afterEach(() => {
  cleanup()
  history.replaceState(null, '', location.pathname + location.search)
})

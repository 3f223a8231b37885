import type { EmulatedMedia } from '../../vite.config'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates media features for the page under test (Playwright's `page.emulateMedia`). */
    emulateMedia: (media: EmulatedMedia) => Promise<void>
  }
}

import type { EmulatedMedia } from '../../vite.config'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates media features for the page under test (Playwright's `page.emulateMedia`). */
    emulateMedia: (media: EmulatedMedia) => Promise<void>
    /**
     * Makes the page's requests whose URL contains `part` fail (a dropped connection); `null`
     * lets every request through again.
     */
    failRequests: (part: string | null) => Promise<void>
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the submit test server (`test/server/server.ts`), e.g. `http://127.0.0.1:40123`. */
    submitServer: string
  }
}

export {}

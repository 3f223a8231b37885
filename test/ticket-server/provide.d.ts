declare module 'vitest' {
  export interface ProvidedContext {
    /** The example ticket server's gateway (`test/ticket-server/gateway.ts`), e.g. `http://127.0.0.1:40124`. */
    ticketServer: string
  }
}

export {}

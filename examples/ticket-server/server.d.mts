import type { Server } from 'node:http'

/** The types of `server.mjs`, for importing it from TypeScript (its tests do). */
export interface TicketServerOptions {
  /** Where tickets are stored (created when needed). */
  dir: string
  /** The largest request body, attachments included. @default 26214400 (25 MB) */
  maxBytes?: number
  /** The most attachments in one request. @default 10 */
  maxFiles?: number
  /** The page origins allowed to post; `['*']` allows any. @default ['*'] */
  origins?: string[]
  /** Where a line per request goes. @default console.log */
  log?: (line: string) => void
}

/** The example ticket server, not yet listening. */
export function createTicketServer(options: TicketServerOptions): Server

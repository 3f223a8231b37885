import { inject } from 'vitest'
import type { Failure, GatewayState } from './gateway'

/** The example ticket server, behind its gateway, started by the browser project's globalSetup. */
export const ticketServer = (inject('ticketServer') as string | undefined) ?? missingSetup()

function missingSetup(): never {
  throw new Error(
    "No ticket server: add test/ticket-server/global-setup.ts to the browser project's globalSetup in vite.config.ts",
  )
}

/** How the next POSTs fail at the gateway, in order (then they go through). */
export async function failNext(...failures: Failure[]): Promise<void> {
  const response = await fetch(`${ticketServer}/__gateway/fail`, {
    method: 'POST',
    body: JSON.stringify({ failures }),
  })
  if (!response.ok) throw new Error(`the gateway refused the failures: ${response.status}`)
}

/** The POSTs the gateway saw, and the tickets the server stored. */
export async function gatewayState(): Promise<GatewayState> {
  return (await (await fetch(`${ticketServer}/__gateway/state`)).json()) as GatewayState
}

/** Forgets POSTs and failures, and empties the ticket store. */
export async function resetTicketServer(): Promise<void> {
  const response = await fetch(`${ticketServer}/__gateway/reset`, { method: 'POST' })
  if (!response.ok) throw new Error(`the gateway could not reset: ${response.status}`)
}

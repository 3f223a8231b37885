import { inject } from 'vitest'
import type { Received, ReceivedRequest, ScriptedResponse } from './server'

/** The test server's address, started by the browser project's globalSetup. */
export const server = inject('submitServer')

/** Sets the next answers of `/api/*`, in order. */
export async function script(...responses: ScriptedResponse[]): Promise<void> {
  const response = await fetch(`${server}/script`, {
    method: 'POST',
    body: JSON.stringify({ responses }),
  })
  if (!response.ok) throw new Error(`the test server refused the script: ${response.status}`)
}

/** Everything the server received, and the tickets it stored. */
export async function received(): Promise<Received> {
  return (await (await fetch(`${server}/received`)).json()) as Received
}

/** The form POSTs the server got (the CORS preflights left out). */
export async function posts(): Promise<ReceivedRequest[]> {
  return (await received()).requests.filter((request) => request.method === 'POST')
}

/** Forgets requests, tickets and script. */
export async function resetServer(): Promise<void> {
  await fetch(`${server}/reset`, { method: 'POST' })
}

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startTicketServerGateway } from './gateway'

/**
 * Starts the example ticket server (examples/ticket-server), storing in a temporary folder, behind
 * its test gateway; the page reads the gateway's URL with `inject('ticketServer')`.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'rsh-tickets-'))
  const gateway = await startTicketServerGateway(dir)
  project.provide('ticketServer', gateway.url)
  return async () => {
    await gateway.close()
    await rm(dir, { recursive: true, force: true })
  }
}

import type { TestProject } from 'vitest/node'
import { startSubmitServer } from './server'

/** Starts the submit test server for the browser project; its page reads the URL with `inject('submitServer')`. */
export default async function setup(project: TestProject) {
  const server = await startSubmitServer()
  project.provide('submitServer', server.url)
  return () => server.close()
}

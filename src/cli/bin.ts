#!/usr/bin/env node
/// <reference types="node" />
/**
 * The Node entry of the `react-support-hub` command (`dist/cli.js`, the package's `bin`): runs
 * `runCli()` on the process's arguments with Node's file system and streams.
 *
 * The reference above gives this file Node's types in the library build too, whose type program
 * (tsconfig.build.json) has none: the rest of the library runs in browsers.
 */
import { readFile } from 'node:fs/promises'
import process from 'node:process'
import { runCli } from './validate'

void runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
}).then(
  // An exit code, not process.exit(): output still being piped is written out first.
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `react-support-hub: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 2
  },
)

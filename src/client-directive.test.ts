import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname)
const HOOK =
  /\buse(?:State|Effect|Memo|Callback|Ref|Id|Context|LayoutEffect|SyncExternalStore|SupportHub|ControllableState|Now|Stored|VisitorTimeZone|IsomorphicLayoutEffect)\(/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('server components support', () => {
  it("marks every file that calls a hook with 'use client'; framework-free layers have no React", () => {
    const missing: string[] = []
    const needless: string[] = []
    const reactInCore: string[] = []
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8')
      const marked = /^\s*['"]use client['"]/.test(text)
      const name = relative(root, file)
      if (HOOK.test(text) && !marked) missing.push(name)
      const frameworkFree = /^(core|config|i18n|submit)\//.test(name)
      if (marked && frameworkFree) needless.push(name)
      if (frameworkFree && /from '(react|react-dom)(\/[^']*)?'|useStored'/.test(text))
        reactInCore.push(name)
    }
    expect(missing).toEqual([])
    expect(needless).toEqual([])
    // Framework-free layers never import React, so they run on a server or in a build step.
    expect(reactInCore).toEqual([])
  })
})

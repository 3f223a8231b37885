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
  it("marks every file that calls a hook with 'use client', and no framework-free file", () => {
    const missing: string[] = []
    const needless: string[] = []
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8')
      const marked = /^\s*['"]use client['"]/.test(text)
      const name = relative(root, file)
      if (HOOK.test(text) && !marked) missing.push(name)
      if (marked && /^(core|config|i18n)\//.test(name)) needless.push(name)
    }
    expect(missing).toEqual([])
    expect(needless).toEqual([])
  })
})

import { describe, expect, it, vi } from 'vitest'
import { createLazyRegistry, readOrSuspend } from './lazyRegistry'

describe('createLazyRegistry', () => {
  it('loads a key once, then has its value', async () => {
    const load = vi.fn((key: string) => Promise.resolve(key.toUpperCase()))
    const registry = createLazyRegistry(load)
    expect(registry.peek('a')).toBeUndefined()
    const first = registry.load('a')
    expect(registry.load('a')).toBe(first)
    await first
    expect(registry.peek('a')).toBe('A')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('has registered values at once, without loading', () => {
    const load = vi.fn(() => Promise.resolve(0))
    const registry = createLazyRegistry(load)
    registry.register('a', 1)
    expect(registry.peek('a')).toBe(1)
    expect(load).not.toHaveBeenCalled()
  })

  it('remembers a failure as null, reports it once, and never rejects', async () => {
    const error = new Error('offline')
    const onFail = vi.fn()
    const registry = createLazyRegistry(() => Promise.reject(error), onFail)
    await expect(registry.load('a')).resolves.toBeUndefined()
    await registry.load('a')
    expect(registry.peek('a')).toBeNull()
    expect(onFail).toHaveBeenCalledExactlyOnceWith('a', error)
  })

  it('keeps a registered value over a later failed load', async () => {
    const registry = createLazyRegistry<string, number>(() => Promise.reject(new Error('offline')))
    registry.register('a', 1)
    await registry.load('a')
    expect(registry.peek('a')).toBe(1)
  })

  it('forgets one key or every key', async () => {
    const registry = createLazyRegistry((key: string) => Promise.resolve(key))
    await Promise.all([registry.load('a'), registry.load('b')])
    registry.reset('a')
    expect(registry.peek('a')).toBeUndefined()
    expect(registry.peek('b')).toBe('b')
    registry.reset()
    expect(registry.peek('b')).toBeUndefined()
  })
})

describe('readOrSuspend', () => {
  it('throws the load promise while the value is missing, then gives the value or null', async () => {
    const registry = createLazyRegistry((key: string) =>
      key === 'bad' ? Promise.reject(new Error('offline')) : Promise.resolve(key),
    )
    let thrown: unknown
    try {
      readOrSuspend(registry, 'a')
    } catch (promise) {
      thrown = promise
    }
    expect(thrown).toBe(registry.load('a'))
    await thrown
    expect(readOrSuspend(registry, 'a')).toBe('a')
    await registry.load('bad')
    expect(readOrSuspend(registry, 'bad')).toBeNull()
  })
})

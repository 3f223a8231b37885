'use client'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * localStorage that never throws: storage can be missing (server rendering), blocked (privacy
 * settings, sandboxed iframes) or full; the components then simply do not remember.
 */
const PREFIX = 'react-support-hub:'
/** Tells this page's readers of a key that it changed (the `storage` event only tells others). */
const CHANGE_EVENT = 'react-support-hub:storage'

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

function readRaw(key: string): string | null {
  try {
    return storage()?.getItem(PREFIX + key) ?? null
  } catch {
    return null
  }
}

function parse<T>(raw: string | null, isValid: (value: unknown) => value is T): T | undefined {
  if (raw === null) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return isValid(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  return parse(readRaw(key), isValid)
}

export function writeStored(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Not remembered; nothing else depends on it.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_EVENT))
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/**
 * A stored value that re-renders its readers when it changes, in this tab or another. It is
 * `undefined` on the server and while hydrating, so server and client HTML agree.
 */
export function useStored<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  const getSnapshot = useCallback(() => readRaw(key), [key])
  const raw = useSyncExternalStore(subscribe, getSnapshot, () => null)
  return parse(raw, isValid)
}

'use client'
import { useCallback, useSyncExternalStore } from 'react'
import { parseStored, readRaw, subscribeStored } from './storage'

/**
 * A stored value that re-renders its readers when it changes, in this tab or another. It is
 * `undefined` on the server and while hydrating, so server and client HTML agree.
 */
export function useStored<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  const getSnapshot = useCallback(() => readRaw(key), [key])
  const raw = useSyncExternalStore(subscribeStored, getSnapshot, () => null)
  return parseStored(raw, isValid)
}

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

export function readRaw(key: string): string | null {
  try {
    return storage()?.getItem(PREFIX + key) ?? null
  } catch {
    return null
  }
}

export function parseStored<T>(
  raw: string | null,
  isValid: (value: unknown) => value is T,
): T | undefined {
  if (raw === null) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return isValid(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  return parseStored(readRaw(key), isValid)
}

export function writeStored(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Not remembered; nothing else depends on it.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_EVENT))
}

/** Forgets a stored value. */
export function removeStored(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key)
  } catch {
    // Nothing to forget.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGE_EVENT))
}

/** Calls `onChange` when a stored value changes, in this tab or another. */
export function subscribeStored(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

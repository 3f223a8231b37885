/**
 * Values that load on demand, once per key, and can also be registered up front (the Node entry
 * registers everything, so server rendering never waits). Brand marks, UI catalogs and the config
 * checker share it: each loads in its own chunk, and a chunk that fails leaves a fallback rather
 * than a blank page, so `load` never rejects and a failure is remembered as `null`.
 */
export interface LazyRegistry<K extends string, V> {
  /** Makes a value available at once, without loading it. */
  register(key: K, value: V): void
  /** The value if it is there, `null` if it failed to load, `undefined` while it is not loaded. */
  peek(key: K): V | null | undefined
  /** Loads a value (once; later calls share the first promise). Never rejects. */
  load(key: K): Promise<void>
  /** Forgets one key, or every key. For tests of the loading itself. */
  reset(key?: K): void
}

export function createLazyRegistry<K extends string, V>(
  load: (key: K) => Promise<V>,
  onFail?: (key: K, error: unknown) => void,
): LazyRegistry<K, V> {
  // `null` marks a failed load; a registered value is kept over a later failure. Kept small: the
  // catalogs' copy is in every page's first bundle.
  const values = new Map<K, V | null>()
  const loading = new Map<K, Promise<void>>()
  return {
    register: (key, value) => void values.set(key, value),
    peek: (key) => values.get(key),
    load: (key) => {
      let promise = loading.get(key)
      if (!promise) {
        promise = load(key).then(
          (value) => {
            values.set(key, value)
          },
          (error: unknown) => {
            if (!values.has(key)) values.set(key, null)
            onFail?.(key, error)
          },
        )
        loading.set(key, promise)
      }
      return promise
    },
    reset: (key) => {
      for (const map of [values, loading]) {
        if (key === undefined) map.clear()
        else map.delete(key)
      }
    },
  }
}

/**
 * Suspends the rendering component until `promise` settles. Thrown promises are the Suspense
 * protocol React 18 and 19 share (`use()` is React 19 only); this is the one place that throws one.
 */
export function suspendOn(promise: Promise<unknown>): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw promise
}

/** The value of `key` for a render: suspends while it loads; `null` if it failed to load. */
export function readOrSuspend<K extends string, V>(registry: LazyRegistry<K, V>, key: K): V | null {
  const value = registry.peek(key)
  if (value === undefined) suspendOn(registry.load(key))
  return value
}

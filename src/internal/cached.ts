/**
 * The value in `cache` for `key`, made with `create` the first time. For `Intl` formatters, which
 * cost far more to build than to use: one per locale and set of options, reused on every render.
 * A string key is used as it is; an options object by its JSON (its keys in the order written).
 */
export function cached<V>(
  cache: Map<string, V>,
  key: string | object | undefined,
  create: () => V,
): V {
  const id = typeof key === 'string' ? key : key === undefined ? '' : JSON.stringify(key)
  let value = cache.get(id)
  if (value === undefined) {
    value = create()
    cache.set(id, value)
  }
  return value
}

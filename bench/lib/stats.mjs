/** The `q` quantile of `values` (linear interpolation between the closest ranks). */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low)
}

export const median = (values) => quantile(values, 0.5)

/** Milliseconds, with more decimals (`small`) for values under 10. */
export function ms(value, small = 2) {
  if (!Number.isFinite(value)) return 'n/a'
  return `${value.toFixed(value < 10 ? small : 1)} ms`
}

/** Bytes with a thousands separator. */
export const bytes = (value) => `${value.toLocaleString('en-US')} B`

/** Shuffles `list` in place with `rand` (Fisher-Yates) and returns it. */
export function shuffle(list, rand = Math.random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  return list
}

/**
 * Attachment rules for the support forms (no React): which files a field accepts, checked at
 * selection time, before anything is uploaded, and file sizes for people.
 */

/** What an attachments field accepts (`forms.*.attachments` in the config). */
export interface AttachmentLimits {
  /** The most files one submission may carry. */
  maxFiles: number
  /** The largest size of a single file, in bytes. */
  maxBytes: number
  /**
   * Accepted types, as in the `accept` attribute of a file input: exact MIME types
   * (`'application/pdf'`), MIME wildcards (`'image/*'`) or file name extensions (`'.log'`),
   * compared case-insensitively. Empty accepts every file.
   */
  accept: readonly string[]
}

/** Why a file was not added: its type, its size, or the count limit. */
export type RejectReason = 'too-large' | 'wrong-type' | 'too-many'

/** A file refused at selection, with the rule it broke. */
export interface Rejection {
  file: File
  reason: RejectReason
}

/** The MIME type without parameters (`text/plain; charset=utf-8` -> `text/plain`), lower case. */
function essence(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase()
}

/**
 * Whether `file` matches one of the `accept` rules: an exact MIME type, a MIME wildcard such as
 * `'image/*'`, or a name extension such as `'.pdf'`, all case-insensitive. An empty list (or one
 * of blank entries only) accepts everything.
 */
export function acceptsFile(file: File, accept: readonly string[]): boolean {
  const rules = accept.map((rule) => rule.trim().toLowerCase()).filter((rule) => rule !== '')
  if (rules.length === 0) return true
  const name = file.name.toLowerCase()
  const type = essence(file.type)
  return rules.some((rule) => {
    if (rule.startsWith('.')) return name.endsWith(rule)
    if (rule === '*' || rule === '*/*') return true
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1))
    return type === essence(rule)
  })
}

/** Two selections of the same file on disk look alike in these three. */
function identity(file: File): string {
  return `${file.name}\u0000${String(file.size)}\u0000${String(file.lastModified)}`
}

/**
 * Checks newly `added` files against the `limits`, given the files already attached. Each added
 * file is checked in order: its type, then its size, then the count (`existing` plus those
 * accepted so far). A file that is already attached (same name, size and modification time) is
 * skipped silently, as is a second copy within `added`; every other refused file gets exactly one
 * rejection, with the first rule it broke.
 */
export function checkFiles(
  existing: readonly File[],
  added: readonly File[],
  limits: AttachmentLimits,
): { accepted: File[]; rejected: Rejection[] } {
  const accepted: File[] = []
  const rejected: Rejection[] = []
  const seen = new Set(existing.map(identity))
  for (const file of added) {
    const key = identity(file)
    if (seen.has(key)) continue
    if (!acceptsFile(file, limits.accept)) rejected.push({ file, reason: 'wrong-type' })
    else if (file.size > limits.maxBytes) rejected.push({ file, reason: 'too-large' })
    else if (existing.length + accepted.length >= limits.maxFiles)
      rejected.push({ file, reason: 'too-many' })
    else {
      accepted.push(file)
      seen.add(key)
    }
  }
  return { accepted, rejected }
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** A size in one unit, ready for `Intl.NumberFormat` with `style: 'unit'`. */
export interface ByteUnit {
  /** The size in `unit`s, unrounded (the formatter rounds to `digits`). */
  value: number
  unit: (typeof UNITS)[number]
  /** The most fraction digits to show. */
  digits: 0 | 1
}

/**
 * The unit a file size is shown in, for people: formatted with `style: 'unit'`,
 * `unitDisplay: 'short'` and `maximumFractionDigits: digits` it reads `"48 MB"`, `"9.5 MB"`,
 * `"512 kB"` (`"9,5 MB"` in German). Decimal units as storage makers and most systems show
 * them: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes, 1 GB = 1,000,000,000 bytes (so a
 * 10,485,760-byte limit reads "10 MB"). One decimal at most below 10, whole numbers from 10 up;
 * whole bytes below 1 kB; a negative or invalid size is 0 bytes. The formatting itself is the
 * provider's (`intl.formatNumber`), which falls back from a locale `Intl` does not know.
 */
export function byteUnit(bytes: number): ByteUnit {
  const size = Number.isFinite(bytes) && bytes > 0 ? bytes : 0
  const last = UNITS.length - 1
  let power = 0
  while (power < last && size >= 1000 ** (power + 1)) power++
  const digitsFor = (value: number, at: number) => (at > 0 && value < 10 ? 1 : 0)
  const roundedAt = (at: number) => {
    const value = size / 1000 ** at
    const scale = 10 ** digitsFor(value, at)
    return Math.round(value * scale) / scale
  }
  // 999,999 bytes would round to "1,000 kB": say "1 MB" instead.
  if (power < last && roundedAt(power) >= 1000) power++
  const value = size / 1000 ** power
  return { value, unit: UNITS[power] ?? 'byte', digits: digitsFor(value, power) }
}

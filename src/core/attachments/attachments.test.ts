import { describe, expect, it } from 'vitest'
import { createSupportIntl } from '../../i18n/intl'
import { acceptsFile, byteUnit, checkFiles, type AttachmentLimits } from '.'

const MB = 1_000_000

/** A file of `size` bytes without allocating them (only `size` is read). */
function file(name: string, type: string, size = 10, lastModified = 1_700_000_000_000): File {
  const made = new File([], name, { type, lastModified })
  Object.defineProperty(made, 'size', { value: size })
  return made
}

const limits: AttachmentLimits = {
  maxFiles: 3,
  maxBytes: 10_485_760,
  accept: ['image/*', 'application/pdf', '.log'],
}

describe('acceptsFile', () => {
  it('accepts an exact MIME type, ignoring case and parameters', () => {
    expect(acceptsFile(file('a.pdf', 'application/pdf'), ['application/pdf'])).toBe(true)
    expect(acceptsFile(file('a.pdf', 'Application/PDF'), ['application/pdf'])).toBe(true)
    expect(acceptsFile(file('a.txt', 'text/plain;charset=utf-8'), ['text/plain'])).toBe(true)
    expect(acceptsFile(file('a.txt', 'text/plain'), ['application/pdf'])).toBe(false)
  })

  it('accepts any subtype under a MIME wildcard, and nothing outside it', () => {
    expect(acceptsFile(file('a.png', 'image/png'), ['image/*'])).toBe(true)
    expect(acceptsFile(file('a.heic', 'image/heic'), ['IMAGE/*'])).toBe(true)
    expect(acceptsFile(file('a.mov', 'video/quicktime'), ['image/*'])).toBe(false)
    // A type that merely starts with the same letters is not inside the wildcard.
    expect(acceptsFile(file('a.x', 'imagery/x'), ['image/*'])).toBe(false)
  })

  it('accepts a file name extension whatever its case, even without a MIME type', () => {
    expect(acceptsFile(file('crash.LOG', ''), ['.log'])).toBe(true)
    expect(acceptsFile(file('Report.PDF', ''), ['.pdf'])).toBe(true)
    expect(acceptsFile(file('catalog', ''), ['.log'])).toBe(false)
    expect(acceptsFile(file('log.txt', 'text/plain'), ['.log'])).toBe(false)
  })

  it('accepts everything when nothing is listed', () => {
    expect(acceptsFile(file('a.mov', 'video/quicktime'), [])).toBe(true)
    expect(acceptsFile(file('a.mov', 'video/quicktime'), ['', ' '])).toBe(true)
  })
})

describe('checkFiles', () => {
  it('accepts files that meet every limit, in the order given', () => {
    const a = file('a.png', 'image/png')
    const b = file('b.pdf', 'application/pdf')
    expect(checkFiles([], [a, b], limits)).toEqual({ accepted: [a, b], rejected: [] })
  })

  it('checks the type first, then the size, then the count, one reason per file', () => {
    const full = [file('1.png', 'image/png', 1), file('2.png', 'image/png', 2)]
    // Wrong type and too large and over the count: the type is what is reported.
    const movie = file('report.mov', 'video/quicktime', 48 * MB)
    // Right type, too large and over the count: the size.
    const big = file('big.png', 'image/png', 11 * MB)
    const ok = file('ok.pdf', 'application/pdf', 3)
    const extra = file('extra.pdf', 'application/pdf', 4)
    expect(checkFiles(full, [movie, big, ok, extra], limits)).toEqual({
      accepted: [ok],
      rejected: [
        { file: movie, reason: 'wrong-type' },
        { file: big, reason: 'too-large' },
        { file: extra, reason: 'too-many' },
      ],
    })
  })

  it('counts the files already attached towards the limit', () => {
    const existing = [file('1.png', 'image/png', 1), file('2.png', 'image/png', 2)]
    const third = file('3.png', 'image/png', 3)
    const fourth = file('4.png', 'image/png', 4)
    expect(checkFiles(existing, [third, fourth], limits)).toEqual({
      accepted: [third],
      rejected: [{ file: fourth, reason: 'too-many' }],
    })
    expect(checkFiles([...existing, third], [fourth], limits).rejected).toEqual([
      { file: fourth, reason: 'too-many' },
    ])
  })

  it('takes a file of exactly the size limit', () => {
    const exact = file('exact.pdf', 'application/pdf', limits.maxBytes)
    expect(checkFiles([], [exact], limits).accepted).toEqual([exact])
  })

  it('skips a file chosen again silently, even when the list is full', () => {
    const shot = file('shot.png', 'image/png', 5, 42)
    const again = file('shot.png', 'image/png', 5, 42)
    const other = file('shot.png', 'image/png', 5, 43)
    expect(checkFiles([shot], [again], limits)).toEqual({ accepted: [], rejected: [] })
    expect(checkFiles([shot], [again, other], limits)).toEqual({ accepted: [other], rejected: [] })
    expect(checkFiles([], [shot, again], limits)).toEqual({ accepted: [shot], rejected: [] })
    const full = [shot, file('2.png', 'image/png'), file('3.png', 'image/png')]
    expect(checkFiles(full, [again], limits)).toEqual({ accepted: [], rejected: [] })
  })
})

describe('byteUnit', () => {
  /** As FileAttachments shows a size: the unit chosen here, formatted by the provider's intl. */
  const formatBytes = (bytes: number, locale: string) => {
    const { value, unit, digits } = byteUnit(bytes)
    return createSupportIntl(locale).formatNumber(value, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    })
  }
  const sizes = [48 * MB, 9.5 * MB, 512_000, 10_485_760, 800, 1_200_000_000, 999_999, 0]

  it('uses decimal units in English, one decimal below 10', () => {
    expect(sizes.map((size) => formatBytes(size, 'en'))).toEqual([
      '48 MB',
      '9.5 MB',
      '512 kB',
      '10 MB',
      '800 byte',
      '1.2 GB',
      '1 MB',
      '0 byte',
    ])
  })

  it('writes German numbers and unit names', () => {
    expect(sizes.map((size) => formatBytes(size, 'de'))).toEqual([
      '48 MB',
      '9,5 MB',
      '512 kB',
      '10 MB',
      '800 Byte',
      // CLDR puts a no-break space before "GB" in German (only there).
      '1,2\u00a0GB',
      '1 MB',
      '0 Byte',
    ])
  })

  it('writes Greek numbers', () => {
    expect(sizes.map((size) => formatBytes(size, 'el'))).toEqual([
      '48 MB',
      '9,5 MB',
      '512 kB',
      '10 MB',
      '800 byte',
      '1,2 GB',
      '1 MB',
      '0 byte',
    ])
  })

  it('writes Korean sizes without a space', () => {
    expect(sizes.map((size) => formatBytes(size, 'ko'))).toEqual([
      '48MB',
      '9.5MB',
      '512kB',
      '10MB',
      '800byte',
      '1.2GB',
      '1MB',
      '0byte',
    ])
  })

  it('never shows a negative or invalid size', () => {
    expect(formatBytes(-5, 'en')).toBe('0 byte')
    expect(formatBytes(Number.NaN, 'en')).toBe('0 byte')
  })

  it('picks the unit and the fraction digits', () => {
    expect(byteUnit(9.5 * MB)).toEqual({ value: 9.5, unit: 'megabyte', digits: 1 })
    expect(byteUnit(48 * MB)).toEqual({ value: 48, unit: 'megabyte', digits: 0 })
    expect(byteUnit(800)).toEqual({ value: 800, unit: 'byte', digits: 0 })
    expect(byteUnit(999_999)).toMatchObject({ unit: 'megabyte', digits: 1 })
    expect(byteUnit(-5)).toEqual({ value: 0, unit: 'byte', digits: 0 })
  })

  it('falls back to English for a locale Intl cannot read, instead of throwing', () => {
    expect(() => new Intl.NumberFormat('en_US!')).toThrow()
    expect(formatBytes(9.5 * MB, 'en_US!')).toBe('9.5 MB')
  })
})
